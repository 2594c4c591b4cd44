import { describe, expect, it } from 'vitest';
import { parseTags } from './commands.ts';
import { apply, applyAll, EMPTY_STAGE } from './stage.ts';

describe('stage', () => {
  it('starts empty: no place, no sound, the present register', () => {
    expect(EMPTY_STAGE).toEqual({
      place: null,
      register: 'present',
      light: 'dusk',
      weather: 'clear',
      ambience: null,
      music: null,
      cast: [],
      closeUp: null,
      chapter: null,
      revisit: null,
    });
  });

  it('applies each stage command to its own field', () => {
    const stage = applyAll(
      EMPTY_STAGE,
      parseTags([
        'place: hailsham_fields',
        'register: memory',
        'light: golden',
        'weather: wind',
        'ambience: summer_field',
        'music: hailsham',
        'cast: kathy ruth',
        'closeup: polo_shirt',
        'chapter: One',
      ]),
    );
    expect(stage).toEqual({
      place: 'hailsham_fields',
      register: 'memory',
      light: 'golden',
      weather: 'wind',
      ambience: 'summer_field',
      music: 'hailsham',
      cast: ['kathy', 'ruth'],
      closeUp: 'polo_shirt',
      chapter: 'One',
      revisit: null,
    });
  });

  it('never changes the stage it was given', () => {
    const before = { ...EMPTY_STAGE };
    apply(EMPTY_STAGE, { kind: 'place', place: 'car' });
    expect(EMPTY_STAGE).toEqual(before);
    expect(Object.isFrozen(EMPTY_STAGE)).toBe(true);
  });

  it('ignores commands that describe a line rather than the stage, one-shot sounds included', () => {
    const stage = applyAll(
      EMPTY_STAGE,
      parseTags([
        'speaker: tommy',
        'stance: a.b',
        'title: T',
        'memory: A label',
        'keepsake: tape',
        'age: 11',
        'depends: madame_tears',
        'uncertain: Or not.',
        'reflect: why_tears',
        'sound: cassette',
      ]),
    );
    expect(stage).toEqual(EMPTY_STAGE);
  });

  it('silences the ambience with "none"', () => {
    const playing = apply(EMPTY_STAGE, { kind: 'ambience', ambience: 'car_rain' });
    expect(apply(playing, { kind: 'ambience', ambience: null }).ambience).toBeNull();
  });

  it('puts people in the picture and takes them all out again with "none"', () => {
    const there = applyAll(EMPTY_STAGE, parseTags(['place: hailsham_pond', 'cast: tommy kathy']));
    expect(there.cast).toEqual(['tommy', 'kathy']);
    const joined = apply(there, { kind: 'cast', cast: ['ruth', 'tommy', 'kathy'] });
    expect(joined.cast).toEqual(['ruth', 'tommy', 'kathy']);
    expect(there.cast).toEqual(['tommy', 'kathy']);
    expect(applyAll(joined, parseTags(['cast: none'])).cast).toEqual([]);
  });

  it('empties the picture of people when the place changes, unless the same line says who is there', () => {
    const pond = applyAll(EMPTY_STAGE, parseTags(['place: hailsham_pond', 'cast: ruth kathy']));
    expect(applyAll(pond, parseTags(['place: car', 'register: present'])).cast).toEqual([]);
    expect(applyAll(pond, parseTags(['place: hailsham_fields', 'cast: tommy'])).cast).toEqual(['tommy']);
    // Whichever order the two tags come in.
    expect(
      applyAll(pond, parseTags(['cast: tommy', 'place: hailsham_fields', 'light: golden'])).cast,
    ).toEqual(['tommy']);
    // A knot that names the place it is already at keeps the people in it.
    expect(applyAll(pond, parseTags(['place: hailsham_pond', 'light: dusk'])).cast).toEqual([
      'ruth',
      'kathy',
    ]);
  });

  it('holds a keepsake up close until "none" or a new place puts it away, unless that line names it', () => {
    const car = applyAll(EMPTY_STAGE, parseTags(['place: car', 'closeup: tape']));
    expect(car.closeUp).toBe('tape');
    expect(applyAll(car, parseTags(['light: night'])).closeUp).toBe('tape');
    expect(applyAll(car, parseTags(['place: car'])).closeUp).toBe('tape');
    expect(applyAll(car, parseTags(['closeup: none'])).closeUp).toBeNull();
    expect(applyAll(car, parseTags(['place: cromer_shop'])).closeUp).toBeNull();
    expect(applyAll(car, parseTags(['closeup: address_slip', 'place: cromer_shop'])).closeUp).toBe(
      'address_slip',
    );
  });

  it('keeps people in a memory and in the present alike', () => {
    const memory = applyAll(
      EMPTY_STAGE,
      parseTags(['place: littlehampton', 'register: memory', 'cast: madame']),
    );
    expect(memory.cast).toEqual(['madame']);
    expect(applyAll(memory, parseTags(['register: present'])).cast).toEqual(['madame']);
  });

  it('forgets that a memory is being seen again once the story is back in the present', () => {
    const again = {
      ...apply(EMPTY_STAGE, { kind: 'register', register: 'memory' }),
      revisit: 'again' as const,
    };
    expect(apply(again, { kind: 'place', place: 'hailsham_dorm' }).revisit).toBe('again');
    expect(apply(again, { kind: 'register', register: 'present' }).revisit).toBeNull();
  });
});
