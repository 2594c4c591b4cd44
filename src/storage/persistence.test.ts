import { describe, expect, it } from 'vitest';
import { askToPersist } from './persistence.ts';

function manager(kept: boolean, answer: boolean) {
  const calls = { persist: 0 };
  return {
    calls,
    persisted: async () => kept,
    persist: async () => {
      calls.persist += 1;
      return answer;
    },
  };
}

describe('asking to keep storage', () => {
  it('asks when storage is not kept yet, and gives the answer', async () => {
    expect(await askToPersist(manager(false, true))).toBe('granted');
    expect(await askToPersist(manager(false, false))).toBe('denied');
  });

  it('does not ask when storage is already kept', async () => {
    const browser = manager(true, true);
    expect(await askToPersist(browser)).toBe('already');
    expect(browser.calls.persist).toBe(0);
  });

  it('says unavailable where the browser has no storage manager or throws, and never throws itself', async () => {
    expect(await askToPersist(undefined)).toBe('unavailable');
    const throwing = { persisted: async () => Promise.reject(new Error('no')), persist: async () => true };
    expect(await askToPersist(throwing)).toBe('unavailable');
  });
});
