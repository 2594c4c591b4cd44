/**
 * The class tally: a teacher loads several students' JSON journals on one machine and sees, for each stance
 * point, how many chose each reading. Counts only; no answer's words. Names stay hidden unless the teacher shows
 * them. Nothing loaded here is kept: closing the dialog forgets it.
 */
import { useState } from 'preact/hooks';
import { CHAPTERS } from '../core/chapters.ts';
import type { Journal } from '../core/journal.ts';
import { readJournal } from '../core/journal-file.ts';
import { tallyJournals } from '../core/stance-tally.ts';
import { DialogHeader, StatusLine, useModalDialog, useStatus } from './dialog-parts.tsx';
import { readChosenFile } from './files.ts';
import { JsonFilePicker } from './JsonFilePicker.tsx';

export function TallyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModalDialog(open);
  const [status, announce] = useStatus();
  const [journals, setJournals] = useState<readonly Journal[]>([]);
  const [refused, setRefused] = useState<readonly string[]>([]);
  const [showNames, setShowNames] = useState(false);
  const tally = tallyJournals(journals);

  const load = async (files: readonly File[]) => {
    const read: Journal[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const text = await readChosenFile(file);
      const result =
        text === null
          ? { ok: false as const, problem: 'It could not be read.' }
          : readJournal(text, file.size);
      if (result.ok) read.push(result.journal);
      else problems.push(`${file.name}: ${result.problem}`);
    }
    setJournals([...journals, ...read]);
    setRefused([...refused, ...problems]);
    announce(
      `${read.length} journal${read.length === 1 ? '' : 's'} added${problems.length ? `, ${problems.length} not read` : ''}.`,
    );
  };

  const title = (id: string) => CHAPTERS.find((c) => c.id === id)?.title ?? id;

  return (
    <dialog
      ref={dialog}
      class="panel-dialog tally-dialog"
      aria-labelledby="tally-title"
      onClose={() => {
        setJournals([]);
        setRefused([]);
        setShowNames(false);
        onClose();
      }}
    >
      <DialogHeader id="tally-title" title="Class tally of readings" />
      <div class="dialog-body">
        <p>
          Load the JSON journals your students saved. Only counts are shown, never what anyone wrote. Nothing
          loaded here is kept on this device.
        </p>
        <JsonFilePicker
          id="tally-files"
          label="Journals (JSON, several at once)"
          multiple
          onFiles={(files) => void load(files)}
        />
        <p>
          {tally.journals} journal{tally.journals === 1 ? '' : 's'} counted
          {tally.duplicates > 0 ? `; ${tally.duplicates} loaded twice, counted once` : ''}.
        </p>
        {refused.length > 0 && (
          <ul class="problem">
            {refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {tally.journals > 0 && (
          <p class="check">
            <input
              id="tally-names"
              type="checkbox"
              checked={showNames}
              onChange={() => setShowNames(!showNames)}
            />
            <label for="tally-names">Show the names in the journals</label>
          </p>
        )}
        {showNames && <p>{tally.names.map((name, i) => name || `Journal ${i + 1} (no name)`).join(', ')}</p>}
        {tally.points.map((point) => (
          <table key={point.point} class="tally-table">
            <caption>
              {title(point.chapter)}: {point.total} reading{point.total === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Reading</th>
                <th scope="col">Students</th>
              </tr>
            </thead>
            <tbody>
              {point.options.map((option) => (
                <tr key={option.option}>
                  <th scope="row">{option.text}</th>
                  <td>{option.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <StatusLine message={status} />
      </div>
    </dialog>
  );
}
