/**
 * The player's journal: every reflection answer, every stance with the moment it was taken, and their own notes,
 * each filed under the chapter (part or beat) where it was written. It is kept on the device apart from saves, so
 * a story update, a lost save or a new reading never touches it; it belongs to the player, not to a playthrough.
 *
 * Every change returns a new journal (the stored one is replaced whole), and every entry carries the date it was
 * made (never the time of day), given by the caller, so tests are deterministic.
 *
 * Format history (bump JOURNAL_VERSION with every change, and read the older shapes in journal-file.ts):
 * - 1: name, stances (with the options not taken), answers, notes.
 *   Amended: each entry's `at` is its date (YYYY-MM-DD); the full timestamps written before are read as their date.
 */
import { CHAPTERS } from './chapters.ts';

export const JOURNAL_FORMAT = 'lost-corner-journal';
export const JOURNAL_VERSION = 1;

/** Limits on what one journal may hold: far above what a class writes, low enough that a file stays small. */
export const JOURNAL_LIMITS = Object.freeze({
  name: 40,
  text: 4_000,
  entries: 2_000,
  /** A chapter id, a stance point or option, a reflection id: all `lower_snake_case` in the story. */
  id: 80,
  /** A line of the story (a choice's words, a prompt). */
  line: 600,
  optionsPerStance: 8,
});

export interface StanceOption {
  readonly option: string;
  readonly text: string;
}

/** A reading the player chose, with the others they could have chosen at that moment. */
export interface StanceEntry {
  readonly id: string;
  /** The chapter id (see chapters.ts) it was taken in. */
  readonly chapter: string;
  readonly point: string;
  readonly option: string;
  /** The words of the option taken. */
  readonly text: string;
  /** Every option offered at that choice, the taken one included, in the order shown. */
  readonly offered: readonly StanceOption[];
  /** ISO 8601. */
  readonly at: string;
}

/** An answer written at a reflection stop. */
export interface AnswerEntry {
  readonly id: string;
  readonly chapter: string;
  /** The reflection point's id (`# reflect:` in the story). */
  readonly point: string;
  /** The prompt as the player saw it. */
  readonly prompt: string;
  /** The line of the story the stop followed. */
  readonly line: string;
  readonly text: string;
  readonly at: string;
}

/** A note of the player's own, not tied to a prompt. */
export interface NoteEntry {
  readonly id: string;
  readonly chapter: string;
  readonly text: string;
  readonly at: string;
}

export interface Journal {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  /** Random, made when the journal is first written: a teacher's tally counts one journal loaded twice once. */
  readonly id: string;
  /** An optional first name or initials, only ever kept on this device and in files the player saves. */
  readonly name: string;
  readonly stances: readonly StanceEntry[];
  readonly answers: readonly AnswerEntry[];
  readonly notes: readonly NoteEntry[];
}

export function emptyJournal(id: string): Journal {
  return {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    id,
    name: '',
    stances: [],
    answers: [],
    notes: [],
  };
}

export function isEmptyJournal(journal: Journal): boolean {
  return journal.name.trim() === '' && entryCount(journal) === 0;
}

export function entryCount(journal: Journal): number {
  return journal.stances.length + journal.answers.length + journal.notes.length;
}

/** What is typed is kept as typed, only cut to the limit (never rejected: losing a student's words is worse). */
function clip(text: string, limit: number): string {
  return text.length > limit ? text.slice(0, limit) : text;
}

function full(journal: Journal): boolean {
  return entryCount(journal) >= JOURNAL_LIMITS.entries;
}

/** Kept as typed (a trailing space may be the gap between two initials still being typed); trimmed when shown. */
export function withName(journal: Journal, name: string): Journal {
  return { ...journal, name: clip(name, JOURNAL_LIMITS.name) };
}

export function withStance(journal: Journal, stance: StanceEntry): Journal {
  if (full(journal)) return journal;
  const entry: StanceEntry = {
    ...stance,
    text: clip(stance.text, JOURNAL_LIMITS.line),
    offered: stance.offered
      .slice(0, JOURNAL_LIMITS.optionsPerStance)
      .map((o) => ({ option: o.option, text: clip(o.text, JOURNAL_LIMITS.line) })),
  };
  return { ...journal, stances: [...journal.stances, entry] };
}

/**
 * Keeps an answer. An answer with the id of one already kept replaces it (the player edited it); an empty answer
 * removes it.
 */
export function withAnswer(journal: Journal, answer: AnswerEntry): Journal {
  const text = clip(answer.text, JOURNAL_LIMITS.text);
  const others = journal.answers.filter((a) => a.id !== answer.id);
  if (text.trim() === '') return { ...journal, answers: others };
  if (others.length === journal.answers.length && full(journal)) return journal;
  const entry = {
    ...answer,
    text,
    prompt: clip(answer.prompt, JOURNAL_LIMITS.line),
    line: clip(answer.line, JOURNAL_LIMITS.line),
  };
  const at = journal.answers.findIndex((a) => a.id === answer.id);
  const answers =
    at < 0 ? [...journal.answers, entry] : journal.answers.map((a, i) => (i === at ? entry : a));
  return { ...journal, answers };
}

/** Keeps a note, replacing one with the same id; an empty note removes it. */
export function withNote(journal: Journal, note: NoteEntry): Journal {
  const text = clip(note.text, JOURNAL_LIMITS.text);
  const others = journal.notes.filter((n) => n.id !== note.id);
  if (text.trim() === '') return { ...journal, notes: others };
  if (others.length === journal.notes.length && full(journal)) return journal;
  const entry = { ...note, text };
  const at = journal.notes.findIndex((n) => n.id === note.id);
  const notes = at < 0 ? [...journal.notes, entry] : journal.notes.map((n, i) => (i === at ? entry : n));
  return { ...journal, notes };
}

/** The latest answer to a reflection point, if any: a stop met again opens with it. */
export function lastAnswerTo(journal: Journal, point: string): AnswerEntry | undefined {
  return journal.answers.findLast((a) => a.point === point);
}

/** The stances taken so far, oldest first, as `point.option`. */
export function stancesTaken(journal: Journal): string[] {
  return journal.stances.map((s) => `${s.point}.${s.option}`);
}

export interface JournalChapter {
  readonly chapter: string;
  readonly title: string;
  readonly book: string | null;
  readonly stances: readonly StanceEntry[];
  readonly answers: readonly AnswerEntry[];
  readonly notes: readonly NoteEntry[];
}

/**
 * The journal organised by chapter, in the story's order (chapters the story no longer has come last, under
 * their id, so nothing written is ever hidden). Chapters with nothing in them are left out.
 */
export function byChapter(journal: Journal): JournalChapter[] {
  const known = CHAPTERS.map((c) => c.id);
  const ids = [
    ...known,
    ...[...journal.stances, ...journal.answers, ...journal.notes]
      .map((e) => e.chapter)
      .filter((id, i, all) => !known.includes(id) && all.indexOf(id) === i),
  ];
  return ids
    .map((id) => {
      const chapter = CHAPTERS.find((c) => c.id === id);
      return {
        chapter: id,
        title: chapter?.title ?? id,
        book: chapter?.book ?? null,
        stances: journal.stances.filter((e) => e.chapter === id),
        answers: journal.answers.filter((e) => e.chapter === id),
        notes: journal.notes.filter((e) => e.chapter === id),
      };
    })
    .filter((c) => c.stances.length + c.answers.length + c.notes.length > 0);
}
