import { useEffect, useRef } from 'preact/hooks';
import type { HistoryEntry } from '../core/history.ts';
import { SPEAKERS } from '../core/vocabulary.ts';

/**
 * The backlog: everything read and chosen so far, newest at the bottom, with both versions of any line Kathy is
 * unsure of. A native modal <dialog>: focus is trapped inside and returns where it was on closing.
 */
export function HistoryDialog(props: {
  open: boolean;
  entries: readonly HistoryEntry[];
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      element.showModal();
      end.current?.scrollIntoView({ block: 'end' });
    }
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog ref={dialog} class="history" aria-labelledby="history-title" onClose={props.onClose}>
      <h2 id="history-title">What has been read</h2>
      <ol class="history-list">
        {props.entries.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the backlog only grows at its end, so positions are stable.
          <li key={i} class={`history-${entry.kind}`} ref={i === props.entries.length - 1 ? end : undefined}>
            <HistoryLine entry={entry} />
          </li>
        ))}
      </ol>
      {props.entries.length === 0 && <p>Nothing yet.</p>}
      <form method="dialog">
        <button type="submit" class="menu-button">
          Close
        </button>
      </form>
    </dialog>
  );
}

function HistoryLine({ entry }: { entry: HistoryEntry }) {
  switch (entry.kind) {
    case 'line':
      return (
        <>
          {entry.speaker && <span class="speaker">{SPEAKERS[entry.speaker]}: </span>}
          <span class={entry.remembered ? 'remembered' : undefined}>{entry.text}</span>
          {entry.alternative && <span class="alternative-text"> Or perhaps: {entry.alternative}</span>}
        </>
      );
    case 'choice':
      return <span class="chosen">You chose: {entry.text}</span>;
    case 'recall':
      return <span class="marker">Remembering: {entry.label}</span>;
    case 'return':
      return <span class="marker">Back to the present</span>;
  }
}
