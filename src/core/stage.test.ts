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

  it('ignores commands that describe a line rather than the stage', () => {
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
      ]),
    );
    expect(stage).toEqual(EMPTY_STAGE);
  });

  it('silences the ambience with "none"', () => {
    const playing = apply(EMPTY_STAGE, { kind: 'ambience', ambience: 'car_rain' });
    expect(apply(playing, { kind: 'ambience', ambience: null }).ambience).toBeNull();
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
