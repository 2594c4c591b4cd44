import { describe, expect, it } from 'vitest';
import { parseTags } from './commands.ts';
import { apply, applyAll, EMPTY_STAGE, pictureChanged } from './stage.ts';

describe('stage', () => {
  it('starts empty: no place, no sound, the present register', () => {
    expect(EMPTY_STAGE).toEqual({
      place: null,
      register: 'present',
      light: 'dusk',
      weather: 'clear',
      ambience: null,
      chapter: null,
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
        'chapter: One',
      ]),
    );
    expect(stage).toEqual({
      place: 'hailsham_fields',
      register: 'memory',
      light: 'golden',
      weather: 'wind',
      ambience: 'summer_field',
      chapter: 'One',
    });
  });

  it('never changes the stage it was given', () => {
    const before = { ...EMPTY_STAGE };
    apply(EMPTY_STAGE, { kind: 'place', place: 'car_dusk' });
    expect(EMPTY_STAGE).toEqual(before);
    expect(Object.isFrozen(EMPTY_STAGE)).toBe(true);
  });

  it('ignores commands that describe a line rather than the stage', () => {
    const stage = applyAll(EMPTY_STAGE, parseTags(['speaker: tommy', 'stance: a.b', 'title: T']));
    expect(stage).toEqual(EMPTY_STAGE);
  });

  it('silences the ambience with "none"', () => {
    const playing = apply(EMPTY_STAGE, { kind: 'ambience', ambience: 'car_rain' });
    expect(apply(playing, { kind: 'ambience', ambience: null }).ambience).toBeNull();
  });

  it('says the picture changed only when place, light, weather or register do', () => {
    const car = apply(EMPTY_STAGE, { kind: 'place', place: 'car_dusk' });
    expect(pictureChanged(EMPTY_STAGE, car)).toBe(true);
    expect(pictureChanged(car, apply(car, { kind: 'ambience', ambience: 'car_rain' }))).toBe(false);
    expect(pictureChanged(car, apply(car, { kind: 'chapter', title: 'x' }))).toBe(false);
    expect(pictureChanged(car, apply(car, { kind: 'register', register: 'memory' }))).toBe(true);
  });
});
