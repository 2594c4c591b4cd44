import { describe, expect, it } from 'vitest';
import { parseTag, parseTags, TagError } from './commands.ts';

describe('parseTag', () => {
  it('turns a key and value into a typed command', () => {
    expect(parseTag('place: car')).toEqual({ kind: 'place', place: 'car' });
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

  it('reads music, silence, a beat’s chapters, content notes and the summary flag', () => {
    expect(parseTag('music: song_after_dark')).toEqual({ kind: 'music', music: 'song_after_dark' });
    expect(parseTag('music: none')).toEqual({ kind: 'music', music: null });
    expect(parseTag('book: Part One, chapters 5 and 6')).toEqual({
      kind: 'book',
      chapters: 'Part One, chapters 5 and 6',
    });
    expect(parseTag('content_note: illness, death')).toEqual({
      kind: 'content_note',
      topics: 'illness, death',
    });
    expect(parseTag('summary')).toEqual({ kind: 'summary' });
    expect(catchTagError(() => parseTag('summary: yes')).problem).toMatch(/flag/);
  });

  it('splits a stance into its point and option', () => {
    expect(parseTag('stance: telling.kept_back')).toEqual({
      kind: 'stance',
      point: 'telling',
      option: 'kept_back',
    });
  });

  it('reads the tags that describe a memory', () => {
    expect(parseTag('memory: The song on the tape')).toEqual({
      kind: 'memory',
      label: 'The song on the tape',
    });
    expect(parseTag('keepsake: tape')).toEqual({ kind: 'keepsake', keepsake: 'tape' });
    expect(parseTag('age: 11')).toEqual({ kind: 'age', age: 11 });
    expect(parseTag('depends: madame_tears')).toEqual({ kind: 'depends', knowledge: 'madame_tears' });
  });

  it('keeps the whole alternative of an uncertain line, colons and commas too', () => {
    expect(parseTag('uncertain: Or it was May: the lilac, anyway, was out.')).toEqual({
      kind: 'uncertain',
      alternative: 'Or it was May: the lilac, anyway, was out.',
    });
  });

  it('reads a sound as a one-shot effect and rejects a sound it has no file for', () => {
    expect(parseTag('sound: cassette')).toEqual({ kind: 'sound', sound: 'cassette' });
    expect(parseTag('sound:  gravel ')).toEqual({ kind: 'sound', sound: 'gravel' });
    expect(catchTagError(() => parseTag('sound: thunder')).problem).toMatch(
      /^unknown sound 'thunder' \(known: cassette, chest_lid, door, gravel, page\)$/,
    );
    expect(catchTagError(() => parseTag('sound')).problem).toMatch(/sound needs a value/);
    expect(catchTagError(() => parseTag('sound: none')).problem).toMatch(/unknown sound 'none'/);
  });

  it('reads who is in the picture, left to right, and "none" as nobody', () => {
    expect(parseTag('cast: ruth tommy')).toEqual({ kind: 'cast', cast: ['ruth', 'tommy'] });
    expect(parseTag('cast:   kathy    madame  emily ')).toEqual({
      kind: 'cast',
      cast: ['kathy', 'madame', 'emily'],
    });
    expect(parseTag('cast: students')).toEqual({ kind: 'cast', cast: ['students'] });
    expect(parseTag('cast: none')).toEqual({ kind: 'cast', cast: [] });
  });

  it('reads a keepsake held up close, and "none" as putting it away', () => {
    expect(parseTag('closeup: pencil_case')).toEqual({ kind: 'closeup', keepsake: 'pencil_case' });
    expect(parseTag('closeup: none')).toEqual({ kind: 'closeup', keepsake: null });
    expect(catchTagError(() => parseTag('closeup: teapot')).problem).toMatch(/unknown closeup 'teapot'/);
    expect(catchTagError(() => parseTag('closeup')).problem).toMatch(/closeup needs a value/);
  });

  it('rejects a cast naming someone it cannot draw, naming the file and line', () => {
    const error = catchTagError(() =>
      parseTag('cast: ruth hailsham_ghost', { file: 'story/part_one.ink', line: 12, knot: 'swarm' }),
    );
    expect(error.message).toMatch(
      /^story\/part_one\.ink:12 \(knot 'swarm'\): unknown cast member 'hailsham_ghost' \(known: kathy, ruth, .*donor, imagined_tommy\) in tag '# cast: ruth hailsham_ghost'$/,
    );
    expect(catchTagError(() => parseTag('cast: Ruth')).problem).toMatch(/unknown cast member 'Ruth'/);
    expect(catchTagError(() => parseTag('cast: ruth,tommy')).problem).toMatch(
      /unknown cast member 'ruth,tommy'/,
    );
  });

  it('rejects an empty cast, someone listed twice, "none" with others, and more than four', () => {
    expect(catchTagError(() => parseTag('cast')).problem).toMatch(/cast needs people/);
    expect(catchTagError(() => parseTag('cast:')).problem).toMatch(/cast needs people/);
    expect(catchTagError(() => parseTag('cast: ruth tommy ruth')).problem).toBe("cast lists 'ruth' twice");
    expect(catchTagError(() => parseTag('cast: none ruth')).problem).toMatch(/stands alone/);
    expect(catchTagError(() => parseTag('cast: kathy ruth tommy madame emily')).problem).toMatch(/at most 4/);
  });

  it('reads a reflection point by its id', () => {
    expect(parseTag('reflect: why_madame_cried')).toEqual({ kind: 'reflect', id: 'why_madame_cried' });
    expect(catchTagError(() => parseTag('reflect: Why?')).problem).toMatch(/lower_snake_case/);
  });

  it('rejects ages that are not whole years of a life in the story, and unknown keepsakes', () => {
    for (const bad of ['age: eleven', 'age: 11.5', 'age: 2', 'age: 90']) {
      expect(catchTagError(() => parseTag(bad)).problem).toBe('age needs a whole number of years');
    }
    expect(catchTagError(() => parseTag('keepsake: umbrella')).problem).toMatch(
      /unknown keepsake 'umbrella'/,
    );
  });

  it('rejects an unknown key, naming the file, line and knot', () => {
    const error = catchTagError(() =>
      parseTag('colour: blue', { file: 'story/a.ink', line: 4, knot: 'drive' }),
    );
    expect(error.message).toMatch(/^story\/a\.ink:4 \(knot 'drive'\): unknown tag 'colour'/);
  });

  it('rejects a value outside the vocabulary and lists the values it knows', () => {
    const error = catchTagError(() => parseTag('place: the_moon', { knot: 'drive' }));
    expect(error.message).toMatch(
      /^story \(knot 'drive'\): unknown place 'the_moon' \(known: car, hailsham_fields, .*norfolk_fence\) in tag '# place: the_moon'$/,
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
    expect(parseTags(['place: car', 'light: night'])).toEqual([
      { kind: 'place', place: 'car' },
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
