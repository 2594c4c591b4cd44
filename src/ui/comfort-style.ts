/**
 * Puts the player's comfort settings on the page: variables and attributes on <html> that comfort.css reads.
 * Presentation only; the settings themselves are validated in core/comfort.ts. Runs before the first screen is
 * drawn, so text never appears at the wrong size first.
 */
import { type Comfort, reducesMotion } from '../core/comfort.ts';
import './comfort.css';

const REDUCE_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the device asks for less motion (false where the browser cannot say). */
export function deviceAsksForLessMotion(): boolean {
  return window.matchMedia?.(REDUCE_QUERY).matches ?? false;
}

/** Calls back when the device's motion preference changes (the player changed it in the system settings). */
export function onDeviceMotionChange(listener: () => void): void {
  window.matchMedia?.(REDUCE_QUERY).addEventListener?.('change', listener);
}

export function applyComfort(root: HTMLElement, comfort: Comfort, deviceReduces: boolean): void {
  root.style.setProperty('--text-scale', String(comfort.textSize / 100));
  root.style.setProperty('--story-leading', String(comfort.lineSpacing));
  root.style.setProperty('--tracking', `${comfort.letterSpacing}em`);
  root.style.setProperty('--panel-alpha', String(comfort.panelOpacity));
  root.dataset.font = comfort.font;
  root.dataset.contrast = comfort.highContrast ? 'high' : 'normal';
  root.dataset.motion = reducesMotion(comfort.motion, deviceReduces) ? 'reduce' : 'full';
}
