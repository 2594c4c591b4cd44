/**
 * A second, durable copy of the journal (and of the note being written) in IndexedDB, beside the saves.
 *
 * Why: Chromium writes localStorage to disk on a timer, some seconds after the page sets it, so a browser killed
 * in that window loses the latest words. IndexedDB commits each write with strict durability before it reports
 * success. localStorage stays the copy read at start (it can be read before anything async).
 *
 * Which copy is newer is decided by a revision number, bumped in localStorage with every change and carried by
 * the mirror: after a crash localStorage may have lost its last changes (the mirror's revision is higher, and it
 * wins); after an ordinary reload the mirror may not have caught up yet (localStorage's is higher, and it stays).
 * Clearing the device clears both.
 */
import { journalJson, readJournal } from '../core/journal-file.ts';
import { LocalRecord } from '../storage/local-record.ts';
import type { SaveStore } from '../storage/save-store.ts';
import { ourKey } from '../storage/storage-names.ts';
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
  private readonly revision = LocalRecord.fromWindow(ourKey('journal-revision'));

  constructor(
    private readonly store: SaveStore,
    private readonly classroom: ClassroomState,
    private readonly draft: NoteDraft,
  ) {}

  /** Takes back from the mirror whatever localStorage lost; then mirrors every change. Never throws. */
  async start(): Promise<void> {
    try {
      const stored = (await this.store.read(KEY)) as {
        journal?: unknown;
        draft?: unknown;
        revision?: unknown;
      } | null;
      const mirrored = typeof stored?.revision === 'number' ? stored.revision : 0;
      if (stored && mirrored > this.localRevision()) {
        if (typeof stored.journal === 'string') {
          const read = readJournal(stored.journal);
          if (read.ok) this.classroom.replaceJournal(read.journal);
        }
        if (typeof stored.draft === 'string') this.draft.write(stored.draft);
        this.revision.write(String(mirrored));
      }
    } catch {
      // No mirror to read (storage refused): localStorage's copy stands.
    }
    this.classroom.onChange(() => this.soon());
  }

  /** Call after the note draft changes (the journal's own changes are heard already). */
  soon(): void {
    const revision = this.localRevision() + 1;
    this.revision.write(String(revision));
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      const copy = {
        journal: journalJson(this.classroom.journal),
        draft: this.draft.read(),
        revision: this.localRevision(),
      };
      // One write at a time, in order, so an older copy never lands after a newer one.
      this.writing = this.writing.then(() => this.store.write(KEY, copy)).catch(() => undefined);
    }, DELAY_MS);
  }

  private localRevision(): number {
    const n = Number(this.revision.read() ?? 0);
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  }
}
