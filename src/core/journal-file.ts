/**
 * Journals as files: what is written on the device and in the JSON a player downloads, and the strict reading of
 * it back (an import, or the device's own copy). A file is size-capped before it is read, parsed with JSON.parse
 * only, and must match the schema exactly: no unknown keys, every string within its limit. What does not match is
 * refused with a sentence a student can act on; nothing in it is merged into anything.
 */
import * as v from 'valibot';
import { JOURNAL_FORMAT, JOURNAL_LIMITS, JOURNAL_VERSION, type Journal } from './journal.ts';

/** Larger than any real journal (2,000 entries of 4,000 characters is about 8 MB; a class writes kilobytes). */
export const JOURNAL_FILE_MAX_BYTES = 2 * 1024 * 1024;

const ID = v.pipe(v.string(), v.maxLength(JOURNAL_LIMITS.id), v.regex(/^[a-z0-9_]+$/));
const ENTRY_ID = v.pipe(v.string(), v.minLength(1), v.maxLength(JOURNAL_LIMITS.id));
const LINE = v.pipe(v.string(), v.maxLength(JOURNAL_LIMITS.line));
const TEXT = v.pipe(v.string(), v.maxLength(JOURNAL_LIMITS.text));
/**
 * When an entry was written: its date only. A journal goes into files a student hands in, and a time of day adds
 * nothing to a reading but says when the student was at a screen (see "Privacy" in the README). Journals written
 * before this kept full timestamps; those are read and cut to their date.
 */
const AT = v.pipe(
  v.union([v.pipe(v.string(), v.isoDate()), v.pipe(v.string(), v.maxLength(40), v.isoTimestamp())]),
  v.transform((at) => at.slice(0, 10)),
);

const STANCE = v.strictObject({
  id: ENTRY_ID,
  chapter: ID,
  point: ID,
  option: ID,
  text: LINE,
  offered: v.pipe(
    v.array(v.strictObject({ option: ID, text: LINE })),
    v.maxLength(JOURNAL_LIMITS.optionsPerStance),
  ),
  at: AT,
});
const ANSWER = v.strictObject({
  id: ENTRY_ID,
  chapter: ID,
  point: ID,
  prompt: LINE,
  line: LINE,
  text: TEXT,
  at: AT,
});
const NOTE = v.strictObject({ id: ENTRY_ID, chapter: ID, text: TEXT, at: AT });

const JOURNAL = v.pipe(
  v.strictObject({
    format: v.literal(JOURNAL_FORMAT),
    version: v.literal(JOURNAL_VERSION),
    id: ENTRY_ID,
    name: v.pipe(v.string(), v.maxLength(JOURNAL_LIMITS.name)),
    stances: v.array(STANCE),
    answers: v.array(ANSWER),
    notes: v.array(NOTE),
  }),
  v.check(
    (j) => j.stances.length + j.answers.length + j.notes.length <= JOURNAL_LIMITS.entries,
    `a journal holds at most ${JOURNAL_LIMITS.entries} entries`,
  ),
);

export type JournalRead = { ok: true; journal: Journal } | { ok: false; problem: string };

/** The JSON written to the device and to a downloaded file. */
export function journalJson(journal: Journal): string {
  return JSON.stringify(journal, null, 2);
}

/**
 * Reads a journal file's text. `bytes` is the file's size as the browser reports it, checked before the text is
 * read at all (pass the text's length when there is no file).
 */
export function readJournal(text: string, bytes = text.length): JournalRead {
  if (bytes > JOURNAL_FILE_MAX_BYTES) {
    return refuse(
      `This file is ${megabytes(bytes)}, too large to be a journal from this game (at most 2 MB).`,
    );
  }
  if (text.trim() === '') return refuse('This file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('This file is not a journal saved by this game: it is not JSON, or it was cut short.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse('This file is not a journal saved by this game.');
  }
  const record = parsed as Record<string, unknown>;
  if (record.format !== JOURNAL_FORMAT) {
    return refuse(
      record.format === 'lost-corner-save'
        ? 'This is a story save, not a journal. Load it from Saves instead.'
        : 'This file is not a journal saved by this game.',
    );
  }
  if (typeof record.version === 'number' && record.version > JOURNAL_VERSION) {
    return refuse(
      'This journal was saved by a newer version of the game. Open it there, or update this copy.',
    );
  }
  const result = v.safeParse(JOURNAL, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return refuse(
      `This journal file has been changed or damaged${where ? ` (at ${where})` : ''}, so it was not opened. Nothing here has changed.`,
    );
  }
  return { ok: true, journal: result.output };
}

function refuse(problem: string): JournalRead {
  return { ok: false, problem };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
