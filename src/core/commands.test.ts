import { describe, expect, it } from 'vitest';
import { parseTag, parseTags, TagError } from './commands.ts';

describe('parseTag', () => {
  it('turns a key and value into a typed command', () => {
    expect(parseTag('place: car_dusk')).toEqual({ kind: 'place', place: 'car_dusk' });
    expect(parseTag('register: memory')).toEqual({ kind: 'register', register: 'memory' });
    expect(parseTag('speaker: ruth')).toEqual({ kind: 'speaker', speaker: 'ruth' });
    expect(parseTag('chapter: Part One: Hailsham')).toEqual({ kind: 'chapter', title: 'Part One: Hailsham' });
  });

  it('tolerates spaces around the key and the value', () => {
    expect(parseTag('  light :   dusk ')).toEqual({ kind: 'light', light: 'dusk' });
  });

  it('reads "none" as silence for ambience', () => {
    expect(parseTag('ambience: none')).toEqual({ kind: 'ambience', ambience: null });
    expect(parseTag('ambience: car_rain')).toEqual({ kind: 'ambience', ambience: 'car_rain' });
  });

  it('splits a stance into its point and option', () => {
    expect(parseTag('stance: telling.kept_back')).toEqual({
      kind: 'stance',
      point: 'telling',
      option: 'kept_back',
    });
  });

  it('rejects an unknown key, naming the file, line and knot', () => {
    const error = catchTagError(() =>
      parseTag('colour: blue', { file: 'story/a.ink', line: 4, knot: 'drive' }),
    );
    expect(error.message).toMatch(/^story\/a\.ink:4 \(knot 'drive'\): unknown tag 'colour'/);
  });

  it('rejects a value outside the vocabulary and lists the values it knows', () => {
    const error = catchTagError(() => parseTag('place: the_moon', { knot: 'drive' }));
    expect(error.message).toBe(
      "story (knot 'drive'): unknown place 'the_moon' (known: car_dusk, hailsham_fields) in tag '# place: the_moon'",
    );
  });

  it('rejects a key that needs a value when it has none', () => {
    expect(catchTagError(() => parseTag('place')).problem).toMatch(/place needs a value/);
    expect(catchTagError(() => parseTag('chapter:')).problem).toBe('needs a value');
  });

  it('rejects malformed stances', () => {
    for (const bad of ['stance: telling', 'stance: a.b.c', 'stance: Telling.kept', 'stance: .x']) {
      expect(catchTagError(() => parseTag(bad)).problem).toMatch(/point\.option/);
    }
  });

  it('does not treat inherited object keys as tags', () => {
    expect(() => parseTag('constructor: x')).toThrow(TagError);
    expect(() => parseTag('__proto__: x')).toThrow(TagError);
  });

  it('parses a list of tags in order and accepts none', () => {
    expect(parseTags(['place: car_dusk', 'light: night'])).toEqual([
      { kind: 'place', place: 'car_dusk' },
      { kind: 'light', light: 'night' },
    ]);
    expect(parseTags(null)).toEqual([]);
  });
});

function catchTagError(run: () => unknown): TagError {
  try {
    run();
  } catch (error) {
    if (error instanceof TagError) return error;
    throw error;
  }
  throw new Error('expected a TagError');
}
