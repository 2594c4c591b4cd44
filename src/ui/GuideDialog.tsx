/**
 * The teacher guide inside the game, with a Print button: printing the game while the guide (or the journal) is
 * open prints only that dialog's text, on white, by the print rules in dialogs.css. The guide's own title names
 * the dialog. The same guide is also a page of its own, guide.html, for printing or sharing.
 */
import { useEffect, useState } from 'preact/hooks';
import { useModalDialog } from './dialog-parts.tsx';
import type { TeacherGuide } from './guide/TeacherGuide.tsx';

/** The guide's words are many and rarely read in play: they arrive when the guide is first opened. */
function useGuide(open: boolean): typeof TeacherGuide | 'failed' | null {
  const [guide, setGuide] = useState<typeof TeacherGuide | 'failed' | null>(null);
  useEffect(() => {
    if (!open || (guide && guide !== 'failed')) return;
    import('./guide/TeacherGuide.tsx').then(
      (module) => setGuide(() => module.TeacherGuide),
      // Not arrived (offline before the copy was made, a half-finished upload): said, and tried at the next opening.
      () => setGuide('failed'),
    );
  }, [open, guide]);
  return guide;
}

export function GuideDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModalDialog(open);
  const Guide = useGuide(open);
  return (
    <dialog
      ref={dialog}
      class="panel-dialog guide-dialog printable"
      aria-labelledby="guide-title"
      onClose={onClose}
    >
      <div class="dialog-header guide-dialog-bar">
        <button type="button" class="bar-button" onClick={() => window.print()}>
          Print the guide
        </button>
        {import.meta.env.VITE_SINGLE_FILE !== '1' && (
          <a class="bar-button" href="./guide.html" target="_blank" rel="noopener">
            Open as a page
          </a>
        )}
        <form method="dialog" class="dialog-close">
          <button type="submit" class="bar-button">
            Close
          </button>
        </form>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long text that scrolls must be reachable by keyboard. */}
      <div class="dialog-body" tabIndex={0}>
        {open &&
          (Guide === 'failed' ? (
            <>
              <h2 id="guide-title">Teacher guide</h2>
              <p role="status">
                The guide’s text did not arrive just now. Close this and open the guide again to try once
                more.
              </p>
            </>
          ) : Guide ? (
            <Guide headingLevel={2} />
          ) : (
            <h2 id="guide-title" aria-busy="true">
              Teacher guide
            </h2>
          ))}
      </div>
    </dialog>
  );
}
