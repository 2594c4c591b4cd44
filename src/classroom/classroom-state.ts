/**
 * The classroom side of the game on this device: the teacher's setup and the player's journal, each kept in its
 * own localStorage record apart from story saves, plus the story's reflection prompts and glossary. Scenes and
 * screens read it and change it through here; every change is written at once (a journal answer is written as it
 * is typed, so closing the tab loses nothing) and heard by whoever listens (the overlay redraws).
 */
import { type ClassroomSetup, DEFAULT_SETUP, readSetup, storedSetup } from '../core/classroom.ts';
import type { Glossary } from '../core/glossary.ts';
import { emptyJournal, type Journal } from '../core/journal.ts';
import { journalJson, readJournal } from '../core/journal-file.ts';
import type { Reflections } from '../core/reflections.ts';
import { LocalRecord } from '../storage/local-record.ts';
import { ourKey } from '../storage/storage-names.ts';

export interface ClassroomDeps {
  readonly setupRecord: LocalRecord;
  readonly journalRecord: LocalRecord;
  readonly reflections: Reflections;
  readonly glossary: Glossary;
  /** Wall-clock time in ms. */
  readonly now: () => number;
  /** A fresh random id (a journal's, an entry's). */
  readonly newId: () => string;
}

export class ClassroomState {
  private currentSetup: ClassroomSetup;
  private currentJournal: Journal;
  private readonly listeners = new Set<() => void>();
  /** A calm sentence about the journal's storage, shown in the journal until it is dismissed or resolved. */
  journalProblem: string | null = null;

  constructor(private readonly deps: ClassroomDeps) {
    this.currentSetup = this.loadSetup();
    this.currentJournal = this.loadJournal();
  }

  static fromWindow(parts: Omit<ClassroomDeps, 'setupRecord' | 'journalRecord'>): ClassroomState {
    return new ClassroomState({
      ...parts,
      setupRecord: LocalRecord.fromWindow(ourKey('classroom')),
      journalRecord: LocalRecord.fromWindow(ourKey('journal')),
    });
  }

  get setup(): ClassroomSetup {
    return this.currentSetup;
  }

  get journal(): Journal {
    return this.currentJournal;
  }

  get reflections(): Reflections {
    return this.deps.reflections;
  }

  get glossary(): Glossary {
    return this.deps.glossary;
  }

  /** The time now, as journal entries record it. */
  /** Today's date where the student is (YYYY-MM-DD): journal entries carry the date, never the time. */
  stamp(): string {
    const now = new Date(this.deps.now());
    const two = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  }

  newId(): string {
    return this.deps.newId();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setSetup(setup: ClassroomSetup): boolean {
    this.currentSetup = setup;
    const kept = this.deps.setupRecord.write(JSON.stringify(storedSetup(setup)));
    this.changed();
    return kept;
  }

  updateJournal(change: (journal: Journal) => Journal): void {
    const next = change(this.currentJournal);
    if (next === this.currentJournal) return;
    this.currentJournal = next;
    if (!this.deps.journalRecord.write(journalJson(next))) {
      this.journalProblem =
        'This browser is not keeping the journal on this device (storage is full or switched off). It lasts until this tab closes: download it to keep it.';
    } else if (this.journalProblem?.startsWith('This browser is not keeping')) {
      this.journalProblem = null;
    }
    this.changed();
  }

  /** Replaces the journal with one read from a file (the player confirmed it). */
  replaceJournal(journal: Journal): void {
    this.updateJournal(() => journal);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private loadSetup(): ClassroomSetup {
    const text = this.deps.setupRecord.read();
    if (text === null) return DEFAULT_SETUP;
    const read = readSetup(text);
    return read.ok ? read.setup : DEFAULT_SETUP;
  }

  private loadJournal(): Journal {
    const text = this.deps.journalRecord.read();
    if (text === null) return emptyJournal(this.deps.newId());
    const read = readJournal(text);
    if (read.ok) return read.journal;
    // Never overwrite what could not be read: keep it aside and say so.
    this.deps.journalRecord.setAside(text);
    this.journalProblem =
      'The journal kept on this device could not be read, so a new one was started. The old copy is kept aside, unchanged.';
    return emptyJournal(this.deps.newId());
  }
}
