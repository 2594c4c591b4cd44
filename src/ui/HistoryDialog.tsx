import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history.ts';
import { SPEAKERS } from '../core/vocabulary.ts';
import './dialogs.css';

/**
 * The backlog: everything read and chosen so far, newest at the bottom, with both versions of any line Kathy is
 * unsure of, and a search over what has been read. A native modal <dialog>: focus is trapped inside and returns
 * where it was on closing.
 */
export function HistoryDialog(props: {
  open: boolean;
  entries: readonly HistoryEntry[];
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const end = useRef<HTMLLIElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      element.showModal();
      // Focus where it was before the search box existed: on Close, not in a field (no keyboard pops up).
      close.current?.focus();
      end.current?.scrollIntoView({ block: 'end' });
    }
    if (!props.open && element.open) element.close();
  }, [props.open]);

  const needle = normalise(query.trim());
  const shown = props.entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => needle === '' || searchText(entry).includes(needle));
  const total = props.entries.length;
  const summary =
    needle === ''
      ? ''
      : `${shown.length} of ${total} ${total === 1 ? 'line' : 'lines'} ${shown.length === 1 ? 'matches' : 'match'}`;

  // Announce the count once typing pauses, not at every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(summary), 400);
    return () => window.clearTimeout(timer);
  }, [summary]);

  const clear = () => {
    setQuery('');
    search.current?.focus();
  };

  return (
    <dialog
      ref={dialog}
      class="panel-dialog history"
      aria-labelledby="history-title"
      onClose={() => {
        setQuery('');
        props.onClose();
      }}
    >
      <header class="dialog-header">
        <h2 id="history-title">What has been read</h2>
        <search class="history-search">
          <label for="history-query">Search what has been read</label>
          <div class="search-row">
            <input
              ref={search}
              id="history-query"
              type="search"
              autocomplete="off"
              spellcheck={false}
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Escape in the box clears it first; a second Escape closes the dialog.
                if (event.key === 'Escape' && query !== '') {
                  event.preventDefault();
                  setQuery('');
                }
              }}
            />
            {query !== '' && (
              <button type="button" class="bar-button" onClick={clear}>
                Clear
              </button>
            )}
          </div>
          <p class="search-count" role="status">
            {announced}
          </p>
        </search>
      </header>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area with nothing focusable must take focus itself, or keyboards cannot scroll it. */}
      <section class="dialog-body" tabIndex={0} aria-label="Lines read so far">
        <ol class="history-list">
          {shown.map(({ entry, index }, i) => (
            <li key={index} class={`history-${entry.kind}`} ref={i === shown.length - 1 ? end : undefined}>
              <HistoryLine entry={entry} />
            </li>
          ))}
        </ol>
        {total === 0 && <p>Nothing yet.</p>}
      </section>
      <form method="dialog" class="dialog-footer">
        <button type="submit" class="menu-button" ref={close}>
          Close
        </button>
      </form>
    </dialog>
  );
}

/** Lower case, with curly quotes and apostrophes as straight ones, so "didn't" finds "didn’t". */
function normalise(text: string): string {
  return text.toLocaleLowerCase('en-GB').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

function searchText(entry: HistoryEntry): string {
  switch (entry.kind) {
    case 'line':
      return normalise(entry.alternative ? `${entry.text}\n${entry.alternative}` : entry.text);
    case 'choice':
      return normalise(entry.text);
    case 'recall':
      return normalise(entry.label);
    case 'return':
      return '';
  }
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
