import { describe, expect, it } from 'vitest';
import { revealTimes, visibleCount } from './typewriter.ts';

describe('typewriter', () => {
  it('shows the first character at once and the rest at the given speed', () => {
    const times = revealTimes('abcd', 10);
    expect(times).toEqual([0, 100, 200, 300]);
    expect(visibleCount(times, 0)).toBe(1);
    expect(visibleCount(times, 150)).toBe(2);
    expect(visibleCount(times, 300)).toBe(4);
  });

  it('pauses after punctuation followed by a space, but not inside a word', () => {
    const times = revealTimes('a, b.c', 10);
    expect(times[2]).toBe(100 + 500); // after ", " the space waits for the comma's pause
    expect(times[5]! - times[4]!).toBe(100); // "b.c": no pause after a full stop inside a word
  });

  it('shows everything at once at infinite speed', () => {
    const times = revealTimes('Every word, now.', Number.POSITIVE_INFINITY);
    expect(visibleCount(times, 0)).toBe('Every word, now.'.length);
  });

  it('counts characters, not UTF-16 halves', () => {
    expect(revealTimes('a😊b', 10)).toHaveLength(3);
  });

  it('never shows more than the line', () => {
    const times = revealTimes('abc', 10);
    expect(visibleCount(times, 1e9)).toBe(3);
    expect(visibleCount([], 10)).toBe(0);
  });
});
