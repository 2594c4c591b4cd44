import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Listens for keys on the window with the handler of the latest render. Registered once, so a key pressed
 * between a render and its effects never reaches a handler that still sees the previous screen.
 */
export function useWindowKeys(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
