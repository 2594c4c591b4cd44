import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineKey, READING_FORMAT, Reading } from './read-lines.ts';

/** What a store gives back: the stored form, through JSON. */
const throughStorage = (reading: Reading) => JSON.parse(JSON.stringify(reading.stored())) as unknown;

describe('lineKey', () => {
  it('is FNV-1a over the knot, a zero character and the words, in base 36', () => {
    // 0x050c5d1f is the published FNV-1a (32-bit) hash of a single zero byte.
    expect(lineKey(null, '')).toBe((0x050c5d1f).toString(36));
    expect(lineKey('', '')).toBe(lineKey(null, ''));
  });

  it('is the same every time for the same knot and words', () => {
    expect(lineKey('road', 'Rain on the glass.')).toBe(lineKey('road', 'Rain on the glass.'));
    expect(lineKey('road', 'Rain on the glass.')).toBe('7iyyw3');
  });

  it('differs for a different knot, different words, or the same characters split differently', () => {
    const key = lineKey('road', 'Rain on the glass.');
    expect(lineKey('fields', 'Rain on the glass.')).not.toBe(key);
    expect(lineKey('road', 'Rain on the glass!')).not.toBe(key);
    expect(lineKey(null, 'Rain on the glass.')).not.toBe(key);
    expect(lineKey('ab', 'c')).not.toBe(lineKey('a', 'bc'));
  });

  it('is always a key the stored format accepts, whatever the words', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.string({ unit: 'grapheme', maxLength: 200 }), (knot, text) => {
        expect(lineKey(knot, text)).toMatch(/^[0-9a-z]{1,8}$/);
      }),
      { numRuns: 300, seed: 21 },
    );
  });
});

describe('Reading', () => {
  it('knows the lines and chapters marked, and nothing else', () => {
    const reading = new Reading();
    reading.markRead('road', 'Rain on the glass.');
    reading.markReached(['prologue', 'pencil_case']);
    expect(reading.hasRead('road', 'Rain on the glass.')).toBe(true);
    expect(reading.hasRead('fields', 'Rain on the glass.')).toBe(false);
    expect(reading.hasRead('road', 'The donor asks.')).toBe(false);
    expect(reading.hasReached('prologue')).toBe(true);
    expect(reading.hasReached('pencil_case')).toBe(true);
    expect(reading.hasReached('part_one')).toBe(false);
  });

  it('round-trips through what it stores', () => {
    const reading = new Reading();
    reading.markRead('road', 'Rain on the glass.');
    reading.markRead(null, 'A line outside any knot.');
    reading.markReached(['prologue']);
    const stored = throughStorage(reading);
    expect(stored).toMatchObject({ format: READING_FORMAT, version: 1, chapters: ['prologue'] });
    const back = Reading.from(stored);
    expect(back.hasRead('road', 'Rain on the glass.')).toBe(true);
    expect(back.hasRead(null, 'A line outside any knot.')).toBe(true);
    expect(back.hasReached('prologue')).toBe(true);
    expect(back.dirty).toBe(false);
    expect(throughStorage(back)).toEqual(stored);
  });

  it('starts afresh from anything damaged rather than failing', () => {
    const good = throughStorage(new Reading(['7iyyw3'], ['prologue']));
    const damaged: unknown[] = [
      null,
      undefined,
      'reading',
      [],
      {},
      { ...(good as object), format: 'other' },
      { ...(good as object), version: 2 },
      { ...(good as object), lines: ['NOT-A-KEY'] },
      { ...(good as object), lines: ['123456789'] },
      { ...(good as object), lines: 'abc' },
      { ...(good as object), chapters: ['x'.repeat(101)] },
      { ...(good as object), chapters: Array.from({ length: 101 }, (_, i) => `c${i}`) },
      { ...(good as object), extra: true },
    ];
    expect(Reading.from(good).hasReached('prologue')).toBe(true);
    for (const input of damaged) {
      const reading = Reading.from(input);
      expect(reading.hasReached('prologue')).toBe(false);
      expect(reading.stored()).toEqual({ format: READING_FORMAT, version: 1, lines: [], chapters: [] });
    }
  });

  it('never throws on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(Reading.from(input).dirty).toBe(false);
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it('is dirty only when something new was marked since it was last stored', () => {
    const reading = new Reading();
    expect(reading.dirty).toBe(false);
    reading.markRead('road', 'Rain on the glass.');
    expect(reading.dirty).toBe(true);
    reading.stored();
    expect(reading.dirty).toBe(false);
    reading.markRead('road', 'Rain on the glass.');
    reading.markReached([]);
    expect(reading.dirty).toBe(false);
    reading.markReached(['prologue']);
    expect(reading.dirty).toBe(true);
    reading.stored();
    reading.markReached(['prologue']);
    expect(reading.dirty).toBe(false);
  });

  it('is not dirty when built from what was already stored', () => {
    expect(new Reading(['7iyyw3'], ['prologue']).dirty).toBe(false);
  });
});
