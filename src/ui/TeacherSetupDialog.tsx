/**
 * Teacher setup, reached from the title with no login: how far the class has read (the spoiler fence and its
 * note), which beats may be opened, the glossary, reflection stops and projector mode. It is kept on this
 * device as it is changed, and shared as a link (the setup rides in the fragment after `#`, which browsers never
 * send to a server) or as a small file. From here a teacher also opens the guide and the class tally.
 */
import { useState } from 'preact/hooks';
import { CHAPTERS } from '../core/chapters.ts';
import {
  type ClassroomSetup,
  DEFAULT_SETUP,
  describeSetup,
  FENCE_NOTE_MAX,
  readSetup,
  setupFragment,
  storedSetup,
} from '../core/classroom.ts';
import { DialogHeader, StatusLine, useModalDialog, useStatus } from './dialog-parts.tsx';
import { downloadText, readChosenFile } from './files.ts';
import { JsonFilePicker } from './JsonFilePicker.tsx';

export interface SetupControl {
  readonly setup: () => ClassroomSetup;
  readonly set: (setup: ClassroomSetup) => void;
  /** The game's address without any fragment, to which a setup link adds its own. */
  readonly baseAddress: () => string;
}

export function TeacherSetupDialog({
  open,
  control,
  onGuide,
  onTally,
  onClose,
}: {
  open: boolean;
  control: SetupControl;
  onGuide: () => void;
  onTally: () => void;
  onClose: () => void;
}) {
  const dialog = useModalDialog(open);
  const [status, announce] = useStatus();
  const [linkShown, setLinkShown] = useState(false);
  const setup = control.setup();
  const change = (next: Partial<ClassroomSetup>) => {
    control.set({ ...setup, ...next });
    setLinkShown(false);
  };
  const link = `${control.baseAddress()}#${setupFragment(setup)}`;
  const beats = CHAPTERS.filter((c) => c.kind === 'beat');

  const copy = async () => {
    setLinkShown(true);
    try {
      await navigator.clipboard.writeText(link);
      announce('Link copied. Give it to your class; opening it offers them this setup.');
    } catch {
      announce('The link is shown below: select it and copy it.');
    }
  };

  const openFile = async (file: File) => {
    const text = await readChosenFile(file, 16 * 1024);
    const read =
      text === null
        ? { ok: false as const, problem: 'That file could not be read.' }
        : readSetup(text, file.size);
    if (!read.ok) {
      announce(read.problem);
      return;
    }
    control.set(read.setup);
    announce('Class setup opened and in use on this device.');
  };

  return (
    <dialog ref={dialog} class="panel-dialog setup-dialog" aria-labelledby="setup-title" onClose={onClose}>
      <DialogHeader id="setup-title" title="Teacher setup" />
      <div class="dialog-body">
        <p>
          Changes are kept on this device at once. To give every student the same setup, share the link or the
          file below. No account; nothing is sent anywhere.
        </p>
        <fieldset class="setup-group">
          <legend>How far has the class read?</legend>
          <p class="field">
            <label for="setup-read-to">Open up to and including</label>
            <select
              id="setup-read-to"
              value={setup.readTo ?? 'all'}
              onChange={(event) => {
                const value = (event.target as HTMLSelectElement).value;
                change({ readTo: value === 'all' ? null : value });
              }}
            >
              <option value="all">Everything (no fence)</option>
              {CHAPTERS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({c.book})
                </option>
              ))}
            </select>
          </p>
          <p class="field">
            <label for="setup-note">What students see at the fence</label>
            <textarea
              id="setup-note"
              rows={2}
              maxLength={FENCE_NOTE_MAX}
              value={setup.fenceNote}
              onInput={(event) => change({ fenceNote: (event.target as HTMLTextAreaElement).value })}
            />
          </p>
        </fieldset>
        <fieldset class="setup-group">
          <legend>Beats that can be opened from Chapters</legend>
          {beats.map((beat) => (
            <p key={beat.id} class="check">
              <input
                id={`setup-beat-${beat.id}`}
                type="checkbox"
                checked={setup.beats.includes(beat.id)}
                onChange={(event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  change({
                    beats: on ? [...setup.beats, beat.id] : setup.beats.filter((b) => b !== beat.id),
                  });
                }}
              />
              <label for={`setup-beat-${beat.id}`}>
                {beat.title} ({beat.book})
              </label>
            </p>
          ))}
        </fieldset>
        <fieldset class="setup-group">
          <legend>While playing</legend>
          {(
            [
              ['glossary', 'Explain the story’s special words (carer, donation…) when first met'],
              ['reflectionStops', 'Stop at reflection points with a question to write about'],
              ['projector', 'Projector mode: large, high-contrast text for the whole class'],
            ] as const
          ).map(([key, label]) => (
            <p key={key} class="check">
              <input
                id={`setup-${key}`}
                type="checkbox"
                checked={setup[key]}
                onChange={(event) => change({ [key]: (event.target as HTMLInputElement).checked })}
              />
              <label for={`setup-${key}`}>{label}</label>
            </p>
          ))}
        </fieldset>
        <h3>This setup in words</h3>
        <ul class="setup-summary">
          {describeSetup(setup).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>Share it</h3>
        <div class="button-row">
          <button type="button" class="bar-button" onClick={() => void copy()}>
            Copy a link with this setup
          </button>
          <button
            type="button"
            class="bar-button"
            onClick={() => {
              downloadText(
                'lost-corner-class-setup.json',
                JSON.stringify(storedSetup(setup), null, 2),
                'application/json',
              );
              announce('Saved as lost-corner-class-setup.json, in your downloads.');
            }}
          >
            Save as a file
          </button>
          <button
            type="button"
            class="bar-button"
            onClick={() => {
              control.set(DEFAULT_SETUP);
              announce('Back to no class setup: everything open, no stops, no glossary.');
            }}
          >
            Clear the setup
          </button>
        </div>
        {linkShown && (
          <p class="field">
            <label for="setup-link">Link</label>
            <input
              id="setup-link"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => (e.target as HTMLInputElement).select()}
            />
          </p>
        )}
        <JsonFilePicker
          id="setup-open"
          label="Open a setup file"
          onFiles={([file]) => file && void openFile(file)}
        />
        <h3>For the lesson</h3>
        <div class="button-row">
          <button type="button" class="bar-button" onClick={onGuide}>
            Teacher guide
          </button>
          <button type="button" class="bar-button" onClick={onTally}>
            Class tally of readings
          </button>
        </div>
        <StatusLine message={status} />
      </div>
    </dialog>
  );
}
