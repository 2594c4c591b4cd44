import { describe, expect, it } from 'vitest';
import {
  ALL_SAVE_SLOTS,
  AUTOSAVE_SLOTS,
  LEGACY_AUTOSAVE,
  newestFirst,
  nextAutosave,
  PLAYER_SLOTS,
  QUICK_SLOT,
  SLOT_COUNT,
  type SlotSummary,
  slotKind,
  slotName,
} from './slots.ts';

describe('nextAutosave', () => {
  it('starts with the first autosave when there is none', () => {
    expect(nextAutosave([])).toBe('auto-1');
  });

  it('takes the one after the newest, going round', () => {
    expect(nextAutosave([{ slot: 'auto-1', savedAt: 10 }])).toBe('auto-2');
    expect(
      nextAutosave([
        { slot: 'auto-1', savedAt: 10 },
        { slot: 'auto-2', savedAt: 20 },
      ]),
    ).toBe('auto-3');
    expect(
      nextAutosave([
        { slot: 'auto-1', savedAt: 10 },
        { slot: 'auto-2', savedAt: 20 },
        { slot: 'auto-3', savedAt: 30 },
      ]),
    ).toBe('auto-1');
  });

  it('ignores the quick save, the player’s slots and the old single autosave', () => {
    const existing: SlotSummary[] = [
      { slot: 'auto-2', savedAt: 20 },
      { slot: QUICK_SLOT, savedAt: 90 },
      { slot: 'slot-3', savedAt: 95 },
      { slot: LEGACY_AUTOSAVE, savedAt: 99 },
    ];
    expect(nextAutosave(existing)).toBe('auto-3');
    expect(nextAutosave([{ slot: LEGACY_AUTOSAVE, savedAt: 99 }])).toBe('auto-1');
  });

  it('replaces the oldest of the three once they have taken turns', () => {
    let saved: SlotSummary[] = [];
    const written: string[] = [];
    for (let time = 1; time <= 10; time += 1) {
      const slot = nextAutosave(saved);
      const others = saved.filter((s) => s.slot !== slot);
      if (saved.length === AUTOSAVE_SLOTS.length) {
        const oldest = [...saved].sort((a, b) => a.savedAt - b.savedAt)[0];
        expect(slot).toBe(oldest?.slot);
      }
      saved = [...others, { slot, savedAt: time * 1000 }];
      written.push(slot);
    }
    expect(written).toEqual([
      'auto-1',
      'auto-2',
      'auto-3',
      'auto-1',
      'auto-2',
      'auto-3',
      'auto-1',
      'auto-2',
      'auto-3',
      'auto-1',
    ]);
  });
});

describe('slot names and kinds', () => {
  it('names and sorts every slot', () => {
    expect(slotName('auto-2')).toBe('Autosave');
    expect(slotName(LEGACY_AUTOSAVE)).toBe('Autosave');
    expect(slotName(QUICK_SLOT)).toBe('Quick save');
    expect(slotName('slot-3')).toBe('Slot 3');
    expect(slotName('slot-12')).toBe('Slot 12');
    expect(slotKind('auto-1')).toBe('auto');
    expect(slotKind(LEGACY_AUTOSAVE)).toBe('auto');
    expect(slotKind(QUICK_SLOT)).toBe('quick');
    expect(slotKind('slot-1')).toBe('player');
    expect(slotKind('slot-12')).toBe('player');
  });

  it('has three autosaves, the old autosave, a quick save and twelve player slots, each once', () => {
    expect(PLAYER_SLOTS).toHaveLength(SLOT_COUNT);
    expect(PLAYER_SLOTS.map(slotName)).toEqual(Array.from({ length: 12 }, (_, i) => `Slot ${i + 1}`));
    expect(ALL_SAVE_SLOTS).toHaveLength(3 + 1 + 1 + SLOT_COUNT);
    expect(new Set(ALL_SAVE_SLOTS).size).toBe(ALL_SAVE_SLOTS.length);
    expect(ALL_SAVE_SLOTS.filter((s) => slotKind(s) === 'auto')).toEqual([
      ...AUTOSAVE_SLOTS,
      LEGACY_AUTOSAVE,
    ]);
  });
});

describe('newestFirst', () => {
  it('puts the newest first, keeps ties in the order given, and leaves the list it was given alone', () => {
    const saves = [
      { slot: 'a', savedAt: 1 },
      { slot: 'b', savedAt: 3 },
      { slot: 'c', savedAt: 2 },
      { slot: 'd', savedAt: 3 },
    ];
    const copy = [...saves];
    expect(newestFirst(saves).map((s) => s.slot)).toEqual(['b', 'd', 'c', 'a']);
    expect(saves).toEqual(copy);
  });

  it('keeps the other fields of each entry', () => {
    expect(newestFirst([{ slot: 'a', savedAt: 1, problem: 'x' }])[0]).toEqual({
      slot: 'a',
      savedAt: 1,
      problem: 'x',
    });
  });
});
