import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The quiet loading line, shown when the reader has asked to start before the rest of the game has arrived; or,
 * if a part of the game did not arrive, a calm message with a way to try again (the same words as index.html's
 * own fallback, for a failure before this layer exists). Trying again reloads the page; saves and the journal
 * are in the browser's storage, untouched.
 */
export function LoadingScreen({ progress, failed = false }: { progress: number; failed?: boolean }) {
  const retry = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (failed) retry.current?.focus();
  }, [failed]);
  const percent = Math.round(progress * 100);
  if (failed) {
    return (
      <div class="loading">
        <div id="load-failed" role="alert">
          <p>Lost Corner could not finish loading: a part of the game did not arrive.</p>
          <p>Your saves and journal are safe on this device.</p>
          <button type="button" id="load-retry" ref={retry} onClick={() => location.reload()}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="loading">
      <p id="loading-label">Loading Lost Corner</p>
      <progress aria-labelledby="loading-label" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
