/**
 * A second, durable copy of the journal (and of the note being written) in IndexedDB, beside the saves.
 *
 * Why: Chromium writes localStorage to disk on a timer, some seconds after the page sets it, so a browser killed
 * in that window loses the latest words. IndexedDB commits each write with strict durability before it reports
 * success. localStorage stays the copy read at start (it can be read before anything async); this mirror is
 * written shortly after every change and, at start, wins wherever the two differ, since it is the one that reached
 * the disk. Clearing the device clears it with the saves.
 */
import { journalJson, readJournal } from '../core/journal-file.ts';
import type { SaveStore } from '../storage/save-store.ts';
import type { ClassroomState } from './classroom-state.ts';

const KEY = 'journal-mirror';
/** Well inside the two seconds a crash may cost: the mirror trails the words by at most this much. */
const DELAY_MS = 400;

export interface NoteDraft {
  read(): string;
  write(text: string): void;
}

export class JournalMirror {
  private timer: number | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: SaveStore,
    private readonly classroom: ClassroomState,
    private readonly draft: NoteDraft,
  ) {}

  /** Takes back from the mirror whatever localStorage lost; then mirrors every change. Never throws. */
  async start(): Promise<void> {
    try {
      const stored = (await this.store.read(KEY)) as { journal?: unknown; draft?: unknown } | null;
      if (
        stored &&
        typeof stored.journal === 'string' &&
        stored.journal !== journalJson(this.classroom.journal)
      ) {
        const read = readJournal(stored.journal);
        if (read.ok) this.classroom.replaceJournal(read.journal);
      }
      if (stored && typeof stored.draft === 'string' && stored.draft !== this.draft.read()) {
        this.draft.write(stored.draft);
      }
    } catch {
      // No mirror to read (storage refused): localStorage's copy stands.
    }
    this.classroom.onChange(() => this.soon());
  }

  /** Call after the note draft changes (the journal's own changes are heard already). */
  soon(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      const copy = { journal: journalJson(this.classroom.journal), draft: this.draft.read() };
      // One write at a time, in order, so an older copy never lands after a newer one.
      this.writing = this.writing.then(() => this.store.write(KEY, copy)).catch(() => undefined);
    }, DELAY_MS);
  }
}
