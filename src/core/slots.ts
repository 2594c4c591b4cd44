/**
 * Where saves go. Three autosaves take turns (a new one after every choice, at a chapter's start and when the
 * tab is hidden; every line in between updates the current one), so a damaged newest save still leaves two
 * behind it. One quick save. Twelve slots the player names by number. `auto` is where saves went before
 * autosaves took turns; it is still read, never written.
 */
export const AUTOSAVE_SLOTS = ['auto-1', 'auto-2', 'auto-3'] as const;
export const LEGACY_AUTOSAVE = 'auto';
export const QUICK_SLOT = 'quick';
export const SLOT_COUNT = 12;
export const PLAYER_SLOTS: readonly string[] = Array.from({ length: SLOT_COUNT }, (_, i) => `slot-${i + 1}`);

export const ALL_SAVE_SLOTS: readonly string[] = [
  ...AUTOSAVE_SLOTS,
  LEGACY_AUTOSAVE,
  QUICK_SLOT,
  ...PLAYER_SLOTS,
];

export type SlotKind = 'auto' | 'quick' | 'player';

export function slotKind(slot: string): SlotKind {
  if (slot === QUICK_SLOT) return 'quick';
  if (PLAYER_SLOTS.includes(slot)) return 'player';
  return 'auto';
}

/** "Autosave", "Quick save", "Slot 3". */
export function slotName(slot: string): string {
  const kind = slotKind(slot);
  if (kind === 'quick') return 'Quick save';
  if (kind === 'player') return `Slot ${slot.slice(5)}`;
  return 'Autosave';
}

/** A save as the lists show it, without reading its whole contents again. */
export interface SlotSummary {
  readonly slot: string;
  readonly savedAt: number;
}

/** Newest first; ties keep the order given. */
export function newestFirst<T extends SlotSummary>(saves: readonly T[]): T[] {
  return [...saves].sort((a, b) => b.savedAt - a.savedAt);
}

/** The autosave to write next: the one after the newest, so the oldest is the one replaced. */
export function nextAutosave(existing: readonly SlotSummary[]): (typeof AUTOSAVE_SLOTS)[number] {
  const newest = newestFirst(
    existing.filter((s) => (AUTOSAVE_SLOTS as readonly string[]).includes(s.slot)),
  )[0];
  if (!newest) return AUTOSAVE_SLOTS[0];
  const at = AUTOSAVE_SLOTS.indexOf(newest.slot as (typeof AUTOSAVE_SLOTS)[number]);
  return AUTOSAVE_SLOTS[(at + 1) % AUTOSAVE_SLOTS.length] ?? AUTOSAVE_SLOTS[0];
}
