/**
 * The save slots as the saves dialog shows them, from what storage holds. Needs no story engine, so the title's
 * Load works before the story has arrived.
 */
import { slotKind, slotName } from '../core/slots.ts';
import { PLACE_NAMES } from '../core/vocabulary.ts';
import type { SlotEntry } from '../storage/save-slots.ts';
import type { SlotView } from '../ui/overlay.tsx';

/** Every slot the dialog shows, filled or not, in a fixed order: autosaves, quick, then the twelve. */
export function slotViews(entries: readonly SlotEntry[]): SlotView[] {
  const bySlot = new Map(entries.map((e) => [e.slot, e]));
  const autosaves = entries.filter((e) => slotKind(e.slot) === 'auto').sort((a, b) => b.savedAt - a.savedAt);
  const fixed = ['quick', ...Array.from({ length: 12 }, (_, i) => `slot-${i + 1}`)];
  return [...autosaves.map((e) => e.slot), ...fixed].map((slot) => {
    const entry = bySlot.get(slot);
    const save = entry?.save;
    return {
      slot,
      name: slotName(slot),
      kind: slotKind(slot),
      save: save
        ? {
            savedAt: save.savedAt,
            chapter: save.stage.chapter,
            place: save.stage.place ? PLACE_NAMES[save.stage.place] : null,
            playTime: save.playTime,
            thumbnail: save.thumbnail,
            line: save.beat?.text || null,
          }
        : null,
      problem: entry?.problem ?? null,
    };
  });
}
