import { useEffect, useRef } from 'preact/hooks';

/**
 * "About this adaptation": what the game is and is not, and whose work it stands on. A native modal <dialog>,
 * so focus is trapped while it is open and returns where it was when it closes.
 */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About this adaptation</h2>
      <p>
        <strong>Lost Corner</strong> is an unofficial, educational visual novel. Its characters, places and
        events come from Kazuo Ishiguro’s novel <cite>Never Let Me Go</cite> (2005). Every sentence you read
        here is new writing; none is taken from the novel, a film or a study guide. It is not endorsed by the
        author or his publishers, and it is no substitute for reading the book.
      </p>
      <p>
        What happens is fixed, as it is for the people in the story. What you choose is how Kathy reads a
        face, what she feels, and what she keeps.
      </p>
      <h3>Your privacy</h3>
      <p>
        No account, no tracking, no adverts. Your progress is kept in this browser on this device and is never
        sent anywhere.
      </p>
      <h3>Made with</h3>
      <p>
        Phaser, inkjs (the runtime for Inkle’s ink), Howler and Preact. Type: Literata by TypeTogether and
        Atkinson Hyperlegible Next by the Braille Institute, both under the SIL Open Font License. Pictures
        and sounds are original, drawn and synthesised by the game’s own code.
      </p>
      <form method="dialog">
        <button type="submit" class="menu-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
