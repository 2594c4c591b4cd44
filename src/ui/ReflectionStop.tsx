/**
 * A reflection stop: the story pauses after a reflection point with a question and a place to write. Never
 * timed and always skippable; what is typed is kept in the journal as it is typed, so leaving mid-sentence loses
 * nothing. A modal dialog: focus starts in the text box, Escape or "Skip" goes on without writing, and
 * "Continue when ready" goes on with the answer kept.
 */
import { useModalDialog } from './dialog-parts.tsx';

export interface ReflectionStopView {
  /** The habit of reading it follows, as a question ("What are they afraid of?"). */
  readonly habit: string;
  readonly prompt: string;
  /** The line the stop follows, quoted so the reader knows where they are. */
  readonly line: string;
  /** What is written so far (an earlier answer to the same point is opened again). */
  readonly answer: string;
  readonly onWrite: (text: string) => void;
  readonly onContinue: () => void;
  readonly onSkip: () => void;
}

export function ReflectionStop({ stop }: { stop: ReflectionStopView }) {
  const dialog = useModalDialog(true);
  return (
    <dialog
      ref={dialog}
      class="panel-dialog reflection-stop"
      aria-labelledby="reflection-title"
      aria-describedby="reflection-prompt"
      onCancel={(event) => {
        event.preventDefault();
        stop.onSkip();
      }}
    >
      <header class="dialog-header">
        <h2 id="reflection-title">Pause to reflect</h2>
      </header>
      <div class="dialog-body">
        <p class="reflection-habit">{stop.habit}</p>
        <blockquote class="reflection-line">{stop.line}</blockquote>
        <label class="reflection-label" for="reflection-answer">
          <span id="reflection-prompt">{stop.prompt}</span>
        </label>
        <textarea
          id="reflection-answer"
          class="reflection-answer"
          rows={6}
          data-autofocus
          value={stop.answer}
          onInput={(event) => stop.onWrite((event.target as HTMLTextAreaElement).value)}
        />
        <p class="reflection-kept">
          Kept in your journal on this device as you type. Take as long as you like.
        </p>
        <div class="button-row">
          <button type="button" class="menu-button" onClick={stop.onContinue}>
            Continue when ready
          </button>
          <button type="button" class="bar-button" onClick={stop.onSkip}>
            Skip this question
          </button>
        </div>
      </div>
    </dialog>
  );
}
