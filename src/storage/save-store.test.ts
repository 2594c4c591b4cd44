import { describe, expect, it } from 'vitest';
import { MemorySaveStore } from './save-store.ts';

describe('MemorySaveStore', () => {
  it('gives back a copy of what was written, and null for an empty slot', async () => {
    const store = new MemorySaveStore();
    const value = { a: [1, 2], b: 'x' };
    await store.write('auto', value);
    value.a.push(3);
    expect(await store.read('auto')).toEqual({ a: [1, 2], b: 'x' });
    expect(await store.read('other')).toBeNull();
  });

  it('forgets a removed slot and says it is not persistent', async () => {
    const store = new MemorySaveStore();
    await store.write('auto', 1);
    await store.remove('auto');
    expect(await store.read('auto')).toBeNull();
    expect(store.persistent).toBe(false);
  });
});
