import { useEffect } from 'preact/hooks';

/**
 * A gamepad drives the game through the same doors as the keyboard, so there is one set of rules for input:
 * A presses the focused control (or reads on), B closes the open window (or steps back), the d-pad moves focus,
 * and the other buttons send the keys listed on the help screen. Polled only while a pad is connected.
 *
 * Standard mapping button numbers: 0 A, 1 B, 2 X, 3 Y, 4 LB, 5 RB, 9 Start, 12–15 d-pad up, down, left, right.
 */
const KEYS: Readonly<Record<number, string>> = { 2: 'v', 3: 'h', 4: 'PageUp', 5: 'k', 9: 'o' };

export function useGamepad(): void {
  useEffect(() => {
    let frame = 0;
    let held = new Set<number>();

    const poll = () => {
      const pad = navigator.getGamepads?.().find((p) => p?.connected);
      if (!pad) {
        frame = 0;
        return;
      }
      const now = new Set<number>();
      pad.buttons.forEach((button, i) => {
        if (button.pressed) now.add(i);
      });
      for (const i of now) if (!held.has(i)) press(i);
      held = now;
      frame = requestAnimationFrame(poll);
    };
    const start = () => {
      if (frame === 0) frame = requestAnimationFrame(poll);
    };
    window.addEventListener('gamepadconnected', start);
    if (navigator.getGamepads?.().some((p) => p?.connected)) start();
    return () => {
      window.removeEventListener('gamepadconnected', start);
      cancelAnimationFrame(frame);
    };
  }, []);
}

function press(button: number): void {
  const focused = document.activeElement as HTMLElement | null;
  const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
  if (button === 0) {
    if (focused && focused !== document.body && focused.matches('button, a, input, select, summary')) {
      focused.click();
    } else sendKey(' ');
  } else if (button === 1) {
    if (dialog) dialog.close();
    else sendKey('ArrowLeft');
  } else if (button >= 12 && button <= 15) {
    moveFocus(button === 12 || button === 14 ? -1 : 1, dialog ?? document.body);
  } else {
    const key = KEYS[button];
    if (key) sendKey(key);
  }
}

function sendKey(key: string): void {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

function moveFocus(direction: 1 | -1, within: HTMLElement): void {
  const focusable = [
    ...within.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex="0"]'),
  ].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
  if (focusable.length === 0) return;
  const at = focusable.indexOf(document.activeElement as HTMLElement);
  const next = at === -1 ? 0 : (at + direction + focusable.length) % focusable.length;
  focusable[next]?.focus();
}
