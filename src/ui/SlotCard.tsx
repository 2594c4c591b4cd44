/** One save slot as a card: its picture, name, chapter, when, how long played, the line, and its buttons. */
import { formatPlayTime } from '../core/play-clock.ts';
import { Confirm } from './dialog-parts.tsx';
import type { SlotView } from './SavesDialog.tsx';

export type Asking = { readonly slot: string; readonly action: 'overwrite' | 'delete' } | null;

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "22 Nov 2026" and "14:05". */
export function savedWhen(savedAt: number): { date: string; time: string } {
  const at = new Date(savedAt);
  return { date: DATE.format(at), time: TIME.format(at) };
}

interface CardProps {
  readonly view: SlotView;
  readonly mode: 'save' | 'load';
  readonly canSave: boolean;
  readonly autofocus: boolean;
  readonly asking: 'overwrite' | 'delete' | null;
  readonly busy: boolean;
  readonly onLoad: () => void;
  readonly onSave: () => void;
  readonly onAskDelete: () => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function SlotCard({ view, mode, canSave, autofocus, asking, busy, ...on }: CardProps) {
  const { save, problem, name } = view;
  const when = save ? savedWhen(save.savedAt) : null;
  const summary = [name, save?.chapter, when && `${when.date} ${when.time}`].filter(Boolean).join(', ');
  const headingId = `slot-name-${view.slot}`;
  const savable = mode === 'save' && canSave && view.kind !== 'auto' && !problem;
  const loadable = mode === 'load' && save !== null && !problem;

  let main = null;
  if (loadable)
    main = (
      <button
        type="button"
        class="bar-button slot-main"
        aria-label={`Load ${summary}`}
        data-autofocus={autofocus || undefined}
        onClick={on.onLoad}
      >
        Load
      </button>
    );
  else if (savable)
    main = (
      <button
        type="button"
        class="bar-button slot-main"
        aria-label={save ? `Save over ${summary}` : `Save in ${name}`}
        aria-disabled={busy || undefined}
        data-autofocus={autofocus || undefined}
        onClick={() => !busy && on.onSave()}
      >
        {save ? 'Save over' : 'Save'}
      </button>
    );

  return (
    <li class={`slot-card${problem ? ' damaged' : ''}`} data-slot={view.slot}>
      <div class="slot-text">
        <h4 id={headingId} tabIndex={-1}>
          {name}
        </h4>
        {problem && <p class="slot-problem">{problem}</p>}
        {!save && !problem && <p class="sr-only">Empty</p>}
        {save && !problem && (
          <>
            {save.place && <p class="sr-only">{save.place}</p>}
            {save.chapter && <p class="slot-chapter">{save.chapter}</p>}
            {when && (
              <p class="slot-meta">
                <time dateTime={new Date(save.savedAt).toISOString()}>
                  {when.date}, {when.time}
                </time>
                <span aria-hidden="true"> · </span>
                <span class="sr-only">, </span>
                played for {formatPlayTime(save.playTime)}
              </p>
            )}
            {save.line && <p class="slot-line">{save.line}</p>}
          </>
        )}
        {asking ? (
          <Confirm
            question={asking === 'delete' ? `Delete ${name}? This cannot be undone.` : `Save over ${name}?`}
            confirm={asking === 'delete' ? 'Delete' : 'Save over'}
            cancel={asking === 'delete' ? 'Keep it' : 'Cancel'}
            busy={busy}
            onConfirm={on.onConfirm}
            onCancel={on.onCancel}
          />
        ) : (
          (main || save || problem) && (
            <div class="slot-actions">
              {main}
              {(save || problem) && (
                <button
                  type="button"
                  class="bar-button slot-delete"
                  aria-label={`Delete ${name}`}
                  aria-disabled={busy || undefined}
                  onClick={() => !busy && on.onAskDelete()}
                >
                  Delete
                </button>
              )}
            </div>
          )
        )}
      </div>
      {/* Shown first, read last: its words are in the text above for screen readers. */}
      <div class="slot-picture" aria-hidden="true">
        {save?.thumbnail ? (
          <img src={save.thumbnail} alt="" width={192} height={108} />
        ) : (
          <span class="slot-placeholder">
            {problem ? 'Damaged' : save ? (save.place ?? 'No picture') : 'Empty'}
          </span>
        )}
      </div>
    </li>
  );
}
