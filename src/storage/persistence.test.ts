import { describe, expect, it } from 'vitest';
import { askToPersistOnce } from './persistence.ts';

function record() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function manager(answer: boolean) {
  const calls = { persist: 0 };
  return {
    calls,
    persisted: async () => false,
    persist: async () => {
      calls.persist += 1;
      return answer;
    },
  };
}

describe('asking to keep storage', () => {
  it('asks once, records the answer, and never asks again on this device', async () => {
    const storage = record();
    const browser = manager(false);
    expect(await askToPersistOnce(browser, storage)).toBe('denied');
    expect(await askToPersistOnce(browser, storage)).toBe('asked-before');
    expect(browser.calls.persist).toBe(1);
    expect(storage.items.get('lost-corner/storage-persist')).toBe('denied');
  });

  it('does not ask when storage is already kept', async () => {
    const browser = { persisted: async () => true, persist: async () => Promise.reject(new Error('asked')) };
    expect(await askToPersistOnce(browser, record())).toBe('granted');
  });

  it('says unavailable where the browser has no storage manager or throws, and never throws itself', async () => {
    expect(await askToPersistOnce(undefined, record())).toBe('unavailable');
    const throwing = { persisted: async () => Promise.reject(new Error('no')), persist: async () => true };
    expect(await askToPersistOnce(throwing, record())).toBe('unavailable');
    expect(await askToPersistOnce(manager(true), null)).toBe('granted');
  });
});
