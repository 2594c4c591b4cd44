/**
 * Says, once, that a newer version of the game is ready, and offers to start it now. Never acts by itself: the
 * reader may be mid-sentence in a reflection. "Later" hides it; the new version starts the next time the game
 * is opened anyway.
 */
export function UpdateNotice({ onUpdate, onLater }: { onUpdate: () => void; onLater: () => void }) {
  return (
    <aside class="update-notice" aria-labelledby="update-title">
      <p id="update-title" role="status">
        A new version of Lost Corner is ready. It will start the next time you open the game.
      </p>
      <div class="button-row">
        <button type="button" class="bar-button" onClick={onUpdate}>
          Update now
        </button>
        <button type="button" class="bar-button" onClick={onLater}>
          Later
        </button>
      </div>
    </aside>
  );
}
