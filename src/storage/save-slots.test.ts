import { describe, expect, it } from 'vitest';
import { compileForTests } from '../core/compile-for-tests.ts';
import { Playthrough } from '../core/playthrough.ts';
import { Reading } from '../core/read-lines.ts';
import { checkSave, makeSave, type SaveData } from '../core/save.ts';
import type { CompiledStory } from '../core/story-module.ts';
import { SaveSlots } from './save-slots.ts';
import { MemorySaveStore } from './save-store.ts';

const STORY: CompiledStory = {
  json: compileForTests(`
-> road
=== road ===
# place: car
Rain on the glass.
The donor asks.
* [Tell] Told.
* [Keep] Kept.
- Later.
-> END
`),
  sources: {},
  hash: '5555555555555555',
};

/** A real save after reading `lines` lines, taken at `savedAt`. */
function saveAt(savedAt: number, lines = 1): SaveData {
  const p = new Playthrough(STORY, 1);
  for (let i = 0; i < lines; i += 1) p.next();
  return makeSave(p, { savedAt, playTime: savedAt / 10 });
}

const damagedAt = (savedAt: number) => ({ ...saveAt(savedAt), seed: 'not a number' });

/** A store whose read of one slot fails, as IndexedDB can. */
class FailingStore extends MemorySaveStore {
  constructor(private readonly failing: string) {
    super();
  }
  override async read(slot: string): Promise<unknown> {
    if (slot === this.failing) throw new Error('the store is unwell');
    return super.read(slot);
  }
}

describe('SaveSlots.list', () => {
  it('lists the filled slots in order with their saves, skipping the empty ones', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    await store.write('slot-3', saveAt(300, 2));
    await store.write('auto-1', saveAt(100));
    const list = await slots.list();
    expect(list.map((e) => [e.slot, e.savedAt, e.problem])).toEqual([
      ['auto-1', 100, null],
      ['slot-3', 300, null],
    ]);
    expect(list[1]?.save?.beat?.text).toBe('The donor asks.');
    expect(await slots.list()).toHaveLength(2);
  });

  it('reports a damaged save with its problem and the time it claims, never its contents', async () => {
    const store = new MemorySaveStore();
    await store.write('quick', damagedAt(200));
    await store.write('slot-5', 'not a save at all');
    const list = await new SaveSlots(store).list();
    expect(list).toEqual([
      {
        slot: 'quick',
        savedAt: 200,
        save: null,
        problem: expect.stringMatching(/^This save is damaged \(.+\)\.$/),
      },
      { slot: 'slot-5', savedAt: 0, save: null, problem: 'This is not a saved game.' },
    ]);
  });

  it('reports a slot the store cannot read rather than failing the whole list', async () => {
    const store = new FailingStore('slot-2');
    await store.write('slot-1', saveAt(100));
    const list = await new SaveSlots(store).list();
    expect(list.map((e) => [e.slot, e.problem])).toEqual([
      ['slot-1', null],
      ['slot-2', 'This save could not be read just now.'],
    ]);
  });

  it('reads one slot, or null for an empty one', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    await slots.write('slot-7', saveAt(700));
    expect((await slots.read('slot-7'))?.save?.savedAt).toBe(700);
    expect(await slots.read('slot-8')).toBeNull();
  });
});

describe('SaveSlots.newest', () => {
  it('is null when nothing is saved, or nothing saved can be read', async () => {
    const store = new MemorySaveStore();
    expect(await new SaveSlots(store).newest()).toBeNull();
    await store.write('auto-1', damagedAt(100));
    expect(await new SaveSlots(store).newest()).toBeNull();
  });

  it('picks the newest save that reads, with no note when nothing newer is damaged', async () => {
    const store = new MemorySaveStore();
    await store.write('auto-1', saveAt(100));
    await store.write('slot-2', saveAt(300, 2));
    await store.write('quick', saveAt(200));
    await store.write('auto-2', damagedAt(50));
    const newest = await new SaveSlots(store).newest();
    expect(newest?.entry.slot).toBe('slot-2');
    expect(newest?.entry.save.beat?.text).toBe('The donor asks.');
    expect(newest?.note).toBeNull();
  });

  it('goes back to the one before when the newest is damaged, and says so', async () => {
    const store = new MemorySaveStore();
    await store.write('auto-1', saveAt(100));
    await store.write('auto-2', damagedAt(200));
    const newest = await new SaveSlots(store).newest();
    expect(newest?.entry.slot).toBe('auto-1');
    expect(newest?.note).toBe('Your newest save could not be read, so you are back at the one before it.');
  });
});

describe('SaveSlots autosaves', () => {
  it('keeps writing the current autosave until it is time to take a turn, then moves to the next', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    expect(await slots.writeAutosave(saveAt(100), false)).toBe('auto-1');
    expect(await slots.writeAutosave(saveAt(110, 2), false)).toBe('auto-1');
    expect(checkSave(await store.read('auto-1'))).toMatchObject({ ok: true, save: { savedAt: 110 } });
    expect(await slots.writeAutosave(saveAt(200), true)).toBe('auto-2');
    expect(await slots.writeAutosave(saveAt(210), false)).toBe('auto-2');
    expect(await slots.writeAutosave(saveAt(300), true)).toBe('auto-3');
    expect(await slots.writeAutosave(saveAt(400), true)).toBe('auto-1');
    const kept = await Promise.all(['auto-1', 'auto-2', 'auto-3'].map((s) => store.read(s)));
    expect(kept.map((s) => (s as SaveData).savedAt)).toEqual([400, 210, 300]);
  });

  it('starts a new session at the autosave after the newest, so the last one is kept', async () => {
    const store = new MemorySaveStore();
    await store.write('auto-1', saveAt(100));
    await store.write('auto-2', saveAt(200));
    expect(await new SaveSlots(store).writeAutosave(saveAt(300), false)).toBe('auto-3');
    expect(((await store.read('auto-2')) as SaveData).savedAt).toBe(200);
  });

  it('takes a fresh turn for a new reading', async () => {
    const slots = new SaveSlots(new MemorySaveStore());
    expect(await slots.writeAutosave(saveAt(100), false)).toBe('auto-1');
    slots.startReading();
    expect(await slots.writeAutosave(saveAt(200), false)).toBe('auto-2');
  });

  it('removes every autosave, the old single one included, and leaves the other slots', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    await slots.writeAutosave(saveAt(100), false);
    await slots.writeAutosave(saveAt(200), true);
    await store.write('auto', saveAt(50));
    await slots.write('quick', saveAt(300));
    await slots.write('slot-1', saveAt(400));
    await slots.removeAutosaves();
    expect((await slots.list()).map((e) => e.slot)).toEqual(['quick', 'slot-1']);
    expect(await slots.writeAutosave(saveAt(500), false)).toBe('auto-1');
  });

  it('forgets the current autosave when it is removed, and turns to the next one', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    await slots.writeAutosave(saveAt(100), false);
    await slots.writeAutosave(saveAt(200), true);
    await slots.remove('auto-2');
    expect(await store.read('auto-2')).toBeNull();
    expect(await slots.writeAutosave(saveAt(300), false)).toBe('auto-2');
  });
});

describe('SaveSlots reading', () => {
  it('reads nothing read yet from an empty store, and what was written back again', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    const reading = await slots.readReading();
    expect(reading.hasRead('road', 'Rain on the glass.')).toBe(false);
    reading.markRead('road', 'Rain on the glass.');
    reading.markReached(['prologue']);
    await slots.writeReading(reading);
    expect(reading.dirty).toBe(false);
    const again = await new SaveSlots(store).readReading();
    expect(again.hasRead('road', 'Rain on the glass.')).toBe(true);
    expect(again.hasReached('prologue')).toBe(true);
  });

  it('writes nothing when nothing new was read', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    await slots.writeReading(new Reading());
    expect(await store.read('reading')).toBeNull();
    const reading = new Reading();
    reading.markRead('road', 'Rain on the glass.');
    await slots.writeReading(reading);
    await store.write('reading', 'left alone');
    await slots.writeReading(reading);
    expect(await store.read('reading')).toBe('left alone');
  });

  it('starts afresh from a damaged or unreadable reading', async () => {
    const store = new MemorySaveStore();
    await store.write('reading', { format: 'lost-corner-reading', version: 1, lines: 'all of them' });
    const reading = await new SaveSlots(store).readReading();
    expect(reading.stored()).toMatchObject({ lines: [], chapters: [] });
    const unreadable = await new SaveSlots(new FailingStore('reading')).readReading();
    expect(unreadable.dirty).toBe(false);
    expect(unreadable.stored()).toMatchObject({ lines: [], chapters: [] });
  });

  it('keeps the reading out of the list of saves', async () => {
    const store = new MemorySaveStore();
    const slots = new SaveSlots(store);
    const reading = new Reading();
    reading.markReached(['prologue']);
    await slots.writeReading(reading);
    expect(await slots.list()).toEqual([]);
  });
});
