import { describe, expect, it } from 'vitest';
import { effectsOf, lineCaption } from './captions.ts';
import { parseTags } from './commands.ts';
import { AMBIENCE_CAPTIONS, AMBIENCES, MUSIC, MUSIC_CAPTIONS, SOUND_CAPTIONS, SOUNDS } from './vocabulary.ts';

const QUIET = { ambience: null, music: null } as const;

describe('effectsOf', () => {
  it('finds the one-shot sounds of a line, in the order they were tagged', () => {
    expect(effectsOf(parseTags(['place: car', 'sound: door', 'speaker: ruth', 'sound: gravel']))).toEqual([
      'door',
      'gravel',
    ]);
  });

  it('finds none on a line without sound tags', () => {
    expect(effectsOf(parseTags(['ambience: wind', 'music: fence']))).toEqual([]);
  });
});

describe('lineCaption', () => {
  it('captions a one-shot sound, even when the ambience changes on the same line', () => {
    expect(lineCaption(parseTags(['ambience: wind', 'sound: cassette']), QUIET)).toBe(
      '[a cassette clicks into the player; the tape starts to turn]',
    );
  });

  it('captions each of two sounds on one line', () => {
    expect(lineCaption(parseTags(['sound: door', 'sound: gravel']), QUIET)).toBe(
      `${SOUND_CAPTIONS.door} ${SOUND_CAPTIONS.gravel}`,
    );
  });

  it('captions a change of ambience or music, and both when both change', () => {
    expect(lineCaption(parseTags(['ambience: car_rain']), QUIET)).toBe(
      '[rain on the roof of the car; tyres hiss on a wet road]',
    );
    expect(lineCaption(parseTags(['music: hailsham']), QUIET)).toBe('[music: the Hailsham theme, on piano]');
    expect(lineCaption(parseTags(['ambience: sea', 'music: cottages']), QUIET)).toBe(
      `${AMBIENCE_CAPTIONS.sea} ${MUSIC_CAPTIONS.cottages}`,
    );
  });

  it('has nothing to say when a tag names what is already playing', () => {
    const heard = { ambience: 'wind', music: 'fence' } as const;
    expect(lineCaption(parseTags(['ambience: wind', 'music: fence']), heard)).toBeNull();
    expect(lineCaption(parseTags(['ambience: wind', 'music: carers']), heard)).toBe(MUSIC_CAPTIONS.carers);
  });

  it('says when the music or the ambience stops, but not when there was nothing to stop', () => {
    const heard = { ambience: 'room', music: 'hailsham' } as const;
    expect(lineCaption(parseTags(['music: none']), heard)).toBe('[the music stops]');
    expect(lineCaption(parseTags(['ambience: none']), heard)).toBe('[quiet]');
    expect(lineCaption(parseTags(['music: none', 'ambience: none']), null)).toBeNull();
  });

  it('uses the last of several tags for one channel on a line', () => {
    expect(lineCaption(parseTags(['ambience: rain', 'ambience: room']), QUIET)).toBe(AMBIENCE_CAPTIONS.room);
  });

  it('has nothing to say for a line without sound', () => {
    expect(lineCaption(parseTags(['place: car', 'speaker: tommy']), null)).toBeNull();
    expect(lineCaption([], QUIET)).toBeNull();
  });

  it('has a caption in square brackets for every sound, bed and piece of music', () => {
    const captions = [
      ...SOUNDS.map((id) => SOUND_CAPTIONS[id]),
      ...AMBIENCES.map((id) => AMBIENCE_CAPTIONS[id]),
      ...MUSIC.map((id) => MUSIC_CAPTIONS[id]),
    ];
    for (const caption of captions) expect(caption).toMatch(/^\[[^[\]]+\]$/);
    expect(new Set(captions).size).toBe(captions.length);
  });
});
