/**
 * Fullscreen, remembered as a setting. A browser only enters fullscreen in answer to a click or key, so a
 * player who left the game in fullscreen gets it back at their first press, not on load.
 */
import type { Settings } from '../core/settings.ts';
import type { FullscreenControl } from './overlay.tsx';

export function fullscreenControl(
  element: HTMLElement,
  settings: () => Settings,
  save: (next: Settings) => void,
): FullscreenControl {
  const available = () =>
    document.fullscreenEnabled === true && typeof element.requestFullscreen === 'function';
  const active = () => document.fullscreenElement !== null;
  const enter = () => element.requestFullscreen().catch(() => undefined);

  if (settings().fullscreen && available()) {
    const once = () => {
      window.removeEventListener('pointerdown', once, true);
      window.removeEventListener('keydown', once, true);
      if (settings().fullscreen && !active()) void enter();
    };
    window.addEventListener('pointerdown', once, true);
    window.addEventListener('keydown', once, true);
  }

  return {
    available,
    active,
    toggle: () => {
      const want = !active();
      save({ ...settings(), fullscreen: want });
      if (want) void enter();
      else void document.exitFullscreen().catch(() => undefined);
    },
  };
}
