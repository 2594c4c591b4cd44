/**
 * The journal: the player's readings beside the ones they could have taken (a comparison, never a verdict), their
 * answers at reflection stops, and their own notes, by chapter. From here they add a note or a name, print, save
 * the journal as Markdown, HTML or JSON, open a saved JSON journal, and, on a shared computer, save and then
 * clear everything the game keeps on this device.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { CHAPTERS } from '../core/chapters.ts';
import { byChapter, isEmptyJournal, type Journal, withName, withNote } from '../core/journal.ts';
import { journalFileName, journalHtml, journalMarkdown } from '../core/journal-export.ts';
import { journalJson, readJournal } from '../core/journal-file.ts';
import { Confirm, DialogHeader, StatusLine, useModalDialog, useStatus } from './dialog-parts.tsx';
import { downloadText, readChosenFile } from './files.ts';
import { JsonFilePicker } from './JsonFilePicker.tsx';

export interface JournalControl {
  readonly journal: () => Journal;
  readonly update: (change: (journal: Journal) => Journal) => void;
  readonly replace: (journal: Journal) => void;
  readonly stamp: () => string;
  readonly newId: () => string;
  /** A sentence about the journal's storage (not kept, or an unreadable copy set aside), if any. */
  readonly problem: () => string | null;
  /** Removes everything of ours from this device and goes back to a fresh title. */
  readonly clearDevice: () => Promise<void>;
  /**
   * The note being written, kept on the device as it is typed (a browser that crashes loses none of it), and
   * cleared when the note is kept.
   */
  readonly draft: { readonly read: () => string; readonly write: (text: string) => void };
}

type Asking = 'import' | 'clear' | null;

export function JournalDialog({
  open,
  control,
  onClose,
}: {
  open: boolean;
  control: JournalControl;
  onClose: () => void;
}) {
  const dialog = useModalDialog(open);
  const [status, announce] = useStatus();
  const [asking, setAsking] = useState<Asking>(null);
  const [imported, setImported] = useState<Journal | null>(null);
  const [noteChapter, setNoteChapter] = useState(CHAPTERS[0]?.id ?? 'prologue');
  const [noteText, setNoteTextNow] = useState(() => control.draft.read());
  const setNoteText = (text: string) => {
    setNoteTextNow(text);
    control.draft.write(text);
  };
  // The draft may have been restored after this dialog was first drawn (from the durable copy, at start).
  useLayoutEffect(() => {
    if (open) setNoteTextNow(control.draft.read());
  }, [open]);
  const [busy, setBusy] = useState(false);
  const journal = control.journal();
  const chapters = byChapter(journal);

  const save = (kind: 'md' | 'html' | 'json') => {
    const context = { at: control.stamp() };
    const text =
      kind === 'md'
        ? journalMarkdown(journal, context)
        : kind === 'html'
          ? journalHtml(journal, context)
          : journalJson(journal);
    const type = kind === 'md' ? 'text/markdown' : kind === 'html' ? 'text/html' : 'application/json';
    const name = journalFileName(journal, context, kind);
    downloadText(name, text, type);
    announce(`Saved as ${name}, in your downloads.`);
  };

  const open_ = async (file: File) => {
    const text = await readChosenFile(file);
    const read =
      text === null
        ? { ok: false as const, problem: 'That file could not be read.' }
        : readJournal(text, file.size);
    if (!read.ok) {
      announce(read.problem);
      return;
    }
    if (isEmptyJournal(journal)) {
      control.replace(read.journal);
      announce('Journal opened.');
      return;
    }
    setImported(read.journal);
    setAsking('import');
  };

  const addNote = () => {
    if (noteText.trim() === '') return;
    control.update((j) =>
      withNote(j, { id: control.newId(), chapter: noteChapter, text: noteText, at: control.stamp() }),
    );
    setNoteText('');
    announce('Note kept.');
  };

  return (
    <dialog
      ref={dialog}
      class="panel-dialog journal-dialog printable"
      aria-labelledby="journal-title"
      onClose={() => {
        setAsking(null);
        onClose();
      }}
    >
      <DialogHeader id="journal-title" title="Journal" />
      <div class="dialog-body journal-body">
        <p class="journal-privacy">Kept only in this browser, on this device, apart from your saves.</p>
        {control.problem() && <p class="problem">{control.problem()}</p>}
        <p class="field">
          <label for="journal-name">First name or initials (optional)</label>
          <input
            id="journal-name"
            type="text"
            maxLength={40}
            autoComplete="off"
            value={journal.name}
            onInput={(event) => control.update((j) => withName(j, (event.target as HTMLInputElement).value))}
          />
        </p>
        {chapters.length === 0 && (
          <p>
            Nothing yet. The readings you choose in the story are kept here, with any answers you write at a
            reflection stop and notes of your own.
          </p>
        )}
        {chapters.map((chapter) => (
          <section
            key={chapter.chapter}
            class="journal-chapter"
            aria-labelledby={`journal-${chapter.chapter}`}
          >
            <h3 id={`journal-${chapter.chapter}`}>
              {chapter.title}
              {chapter.book && <span class="journal-book"> ({chapter.book})</span>}
            </h3>
            {chapter.stances.length > 0 && (
              <>
                <h4>Your readings, and the others you could have taken</h4>
                <ul class="journal-stances">
                  {chapter.stances.map((stance) => (
                    <li key={stance.id}>
                      <p class="stance-taken">
                        <span class="sr-only">You chose: </span>
                        {stance.text}
                      </p>
                      <ul class="stance-others" aria-label="Other readings">
                        {stance.offered
                          .filter((o) => o.option !== stance.option)
                          .map((o) => (
                            <li key={o.option}>{o.text}</li>
                          ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {chapter.answers.length > 0 && (
              <>
                <h4>Reflections</h4>
                {chapter.answers.map((answer) => (
                  <div key={answer.id} class="journal-answer">
                    <p class="journal-prompt">{answer.prompt}</p>
                    <p class="journal-text">{answer.text}</p>
                  </div>
                ))}
              </>
            )}
            {chapter.notes.length > 0 && (
              <>
                <h4>Notes</h4>
                {chapter.notes.map((note) => (
                  <p key={note.id} class="journal-text">
                    {note.text}
                  </p>
                ))}
              </>
            )}
          </section>
        ))}
        <section class="journal-note-form journal-actions" aria-labelledby="journal-add-note">
          <h3 id="journal-add-note">Add a note</h3>
          <p class="field">
            <label for="journal-note-chapter">Chapter</label>
            <select
              id="journal-note-chapter"
              value={noteChapter}
              onChange={(event) => setNoteChapter((event.target as HTMLSelectElement).value)}
            >
              {CHAPTERS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </p>
          <p class="field">
            <label for="journal-note-text">Note</label>
            <textarea
              id="journal-note-text"
              rows={3}
              value={noteText}
              onInput={(event) => setNoteText((event.target as HTMLTextAreaElement).value)}
            />
          </p>
          <button type="button" class="bar-button" onClick={addNote}>
            Keep this note
          </button>
        </section>
        <section class="journal-actions" aria-labelledby="journal-keep">
          <h3 id="journal-keep">Print, save or open</h3>
          <div class="button-row">
            <button type="button" class="bar-button" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" class="bar-button" onClick={() => save('md')}>
              Save as Markdown
            </button>
            <button type="button" class="bar-button" onClick={() => save('html')}>
              Save as a web page
            </button>
            <button type="button" class="bar-button" onClick={() => save('json')}>
              Save as JSON (to open again)
            </button>
          </div>
          <JsonFilePicker
            id="journal-open"
            label="Open a journal saved as JSON"
            onFiles={([file]) => file && void open_(file)}
          />
          {asking === 'import' && imported && (
            <Confirm
              question={`Replace the journal on this device with the one from the file${imported.name ? ` (${imported.name})` : ''}? Save this one first if you want to keep it.`}
              confirm="Replace it"
              cancel="Keep this one"
              onConfirm={() => {
                control.replace(imported);
                setAsking(null);
                announce('Journal opened.');
              }}
              onCancel={() => setAsking(null)}
            />
          )}
        </section>
        <section class="journal-actions" aria-labelledby="journal-end">
          <h3 id="journal-end">End of class, or a shared computer</h3>
          <p>
            Saves your journal as a file, then removes everything this game keeps on this device: journal,
            saves, settings and class setup. Then it goes back to the title, as if new. The game’s own files
            stay so it still opens without a network; they hold nothing of yours.
          </p>
          {asking === 'clear' ? (
            <Confirm
              question="Save your journal and then clear everything of this game from this device?"
              confirm="Save it and clear this device"
              cancel="Not now"
              busy={busy}
              onConfirm={() => {
                setBusy(true);
                if (!isEmptyJournal(journal)) save('json');
                void control.clearDevice();
              }}
              onCancel={() => setAsking(null)}
            />
          ) : (
            <button type="button" class="bar-button" onClick={() => setAsking('clear')}>
              Save and clear this device…
            </button>
          )}
        </section>
        <StatusLine message={status} />
      </div>
    </dialog>
  );
}
