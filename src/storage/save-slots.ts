/**
 * The saves as the player sees them: three autosaves taking turns, a quick save, twelve slots. Reads validate
 * every save (a damaged one is listed with its problem, never loaded), and Continue takes the newest that reads;
 * if a newer one is damaged, it says so. What the player has read lives beside the saves, under its own key.
 */

import { Reading } from '../core/read-lines.ts';
import { checkSave, type SaveData } from '../core/save-format.ts';
import {
  ALL_SAVE_SLOTS,
  AUTOSAVE_SLOTS,
  newestFirst,
  nextAutosave,
  type SlotSummary,
} from '../core/slots.ts';
import type { SaveStore } from './save-store.ts';

/** A slot as read: its save, or why it cannot be loaded; empty slots are left out. */
export type SlotEntry =
  | { readonly slot: string; readonly savedAt: number; readonly save: SaveData; readonly problem: null }
  | { readonly slot: string; readonly savedAt: number; readonly save: null; readonly problem: string };

const READING_KEY = 'reading';

export class SaveSlots {
  /** The autosave the current stretch of reading writes to; moves on at choices, chapters and hidden tabs. */
  private autosave: string | null = null;

  constructor(readonly store: SaveStore) {}

  get persistent(): boolean {
    return this.store.persistent;
  }

  /** Every filled slot, each read and checked. Slots that cannot be read at all are reported, not thrown. */
  async list(): Promise<SlotEntry[]> {
    const entries: SlotEntry[] = [];
    for (const slot of ALL_SAVE_SLOTS) {
      let stored: unknown;
      try {
        stored = await this.store.read(slot);
      } catch {
        entries.push({ slot, savedAt: 0, save: null, problem: 'This save could not be read just now.' });
        continue;
      }
      if (stored === null || stored === undefined) continue;
      const check = checkSave(stored);
      const savedAt = savedAtOf(stored);
      entries.push(
        check.ok
          ? { slot, savedAt: check.save.savedAt, save: check.save, problem: null }
          : { slot, savedAt, save: null, problem: check.problem },
      );
    }
    return entries;
  }

  /**
   * The save Continue resumes: the newest that reads. When something newer is damaged, `note` says that an
   * earlier save was used instead, in one calm sentence.
   */
  async newest(): Promise<{ entry: SlotEntry & { save: SaveData }; note: string | null } | null> {
    const entries = newestFirst(await this.list());
    const usable = entries.find((e): e is SlotEntry & { save: SaveData } => e.save !== null);
    if (!usable) return null;
    const skipped = entries.some((e) => e.save === null && e.savedAt > usable.savedAt);
    return {
      entry: usable,
      note: skipped ? 'Your newest save could not be read, so you are back at the one before it.' : null,
    };
  }

  async read(slot: string): Promise<SlotEntry | null> {
    return (await this.list()).find((e) => e.slot === slot) ?? null;
  }

  write(slot: string, save: SaveData): Promise<void> {
    return this.store.write(slot, save);
  }

  remove(slot: string): Promise<void> {
    if (slot === this.autosave) this.autosave = null;
    return this.store.remove(slot);
  }

  /**
   * Writes the autosave. With `turn`, the next of the three takes over first (so the one being left keeps the
   * moment before), as after a choice, at a chapter's start, or when the tab is hidden.
   */
  async writeAutosave(save: SaveData, turn: boolean): Promise<string> {
    if (turn || this.autosave === null) {
      const existing: SlotSummary[] = [];
      for (const slot of AUTOSAVE_SLOTS) {
        const stored = await this.store.read(slot).catch(() => null);
        if (stored !== null && stored !== undefined) existing.push({ slot, savedAt: savedAtOf(stored) });
      }
      // A new stretch of reading (after a load, too) starts in the next slot, so the save it began from stays.
      this.autosave = nextAutosave(existing);
    }
    const slot = this.autosave;
    await this.store.write(slot, save);
    return slot;
  }

  /** A new reading (New game, a chapter): its first autosave takes a fresh turn. */
  startReading(): void {
    this.autosave = null;
  }

  async removeAutosaves(): Promise<void> {
    for (const slot of [...AUTOSAVE_SLOTS, 'auto']) await this.store.remove(slot).catch(() => undefined);
    this.autosave = null;
  }

  async readReading(): Promise<Reading> {
    try {
      return Reading.from(await this.store.read(READING_KEY));
    } catch {
      return new Reading();
    }
  }

  async writeReading(reading: Reading): Promise<void> {
    if (!reading.dirty) return;
    await this.store.write(READING_KEY, reading.stored());
  }
}

function savedAtOf(stored: unknown): number {
  const at = (stored as { savedAt?: unknown } | null)?.savedAt;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}
