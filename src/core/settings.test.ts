import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMFORT, TEXT_SIZES, VOICE_RATES } from './comfort.ts';
import {
  autoAdvanceDelay,
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_VERSION,
  type Settings,
  storedSettings,
  TEXT_SPEEDS,
  VOLUME_CHANNELS,
} from './settings.ts';

const CHOSEN: Settings = {
  textSpeed: 80,
  autoAdvance: true,
  autoPace: 7,
  skipMode: 'all',
  volume: { master: 0.5, music: 0, ambience: 1, effects: 0.25, voice: 0.6 },
  muted: true,
  captions: true,
  fullscreen: true,
  textSize: 150,
  lineSpacing: 2,
  letterSpacing: 0.12,
  font: 'opendyslexic',
  panelOpacity: 1,
  highContrast: true,
  motion: 'reduce',
  voicing: { on: true, voice: 'Daniel', rate: 1.4 },
  keys: { advance: ['n', 'Enter'], history: [] },
  welcomed: true,
};

/** What a store gives back: the stored form, through JSON. */
const throughStorage = (settings: Settings) =>
  JSON.parse(JSON.stringify(storedSettings(settings))) as unknown;

describe('readSettings', () => {
  it('keeps every valid field', () => {
    expect(readSettings(throughStorage(CHOSEN))).toEqual(CHOSEN);
  });

  it('gives the defaults for anything that is not a settings object', () => {
    for (const input of [null, undefined, 3, 'settings', true, [], [CHOSEN]]) {
      expect(readSettings(input)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every valid field and defaults the damaged or missing ones', () => {
    const read = readSettings({
      textSpeed: 50,
      autoAdvance: 'yes',
      autoPace: 7,
      skipMode: 'everything',
      volume: { master: 0.3, music: 1.5, ambience: -0.1, effects: '0.5' },
      muted: true,
    });
    expect(read).toEqual({
      textSpeed: DEFAULT_SETTINGS.textSpeed,
      autoAdvance: DEFAULT_SETTINGS.autoAdvance,
      autoPace: 7,
      skipMode: DEFAULT_SETTINGS.skipMode,
      volume: { ...DEFAULT_SETTINGS.volume, master: 0.3 },
      muted: true,
      captions: DEFAULT_SETTINGS.captions,
      fullscreen: DEFAULT_SETTINGS.fullscreen,
      ...DEFAULT_COMFORT,
      keys: {},
      welcomed: false,
    });
  });

  it('keeps each comfort field that is valid and defaults the rest, one by one', () => {
    const read = readSettings({
      textSize: 175,
      lineSpacing: 9,
      letterSpacing: 0.08,
      font: 'comic',
      panelOpacity: '1',
      highContrast: true,
      motion: 'full',
      voicing: { on: true, voice: 42, rate: 3 },
    });
    expect(read).toMatchObject({
      textSize: 175,
      lineSpacing: DEFAULT_COMFORT.lineSpacing,
      letterSpacing: 0.08,
      font: DEFAULT_COMFORT.font,
      panelOpacity: DEFAULT_COMFORT.panelOpacity,
      highContrast: true,
      motion: 'full',
      voicing: { on: true, voice: null, rate: 1 },
    });
  });

  it('reads settings stored by version 2, before comfort and keys, with their defaults and the questions still to ask', () => {
    const v2 = {
      version: 2,
      textSpeed: 80,
      autoAdvance: true,
      autoPace: 7,
      skipMode: 'all',
      volume: CHOSEN.volume,
      muted: true,
      captions: true,
      fullscreen: true,
    };
    expect(readSettings(JSON.parse(JSON.stringify(v2)))).toEqual({
      ...DEFAULT_SETTINGS,
      ...v2Fields(),
    });
    function v2Fields() {
      const { version: _, ...rest } = v2;
      return rest;
    }
  });

  it('defaults a pace outside 1 to 9 or not whole, and every volume when the volumes are not an object', () => {
    for (const autoPace of [0, 10, 4.5, Number.NaN]) expect(readSettings({ autoPace }).autoPace).toBe(5);
    expect(readSettings({ autoPace: 1 }).autoPace).toBe(1);
    expect(readSettings({ autoPace: 9 }).autoPace).toBe(9);
    for (const volume of [null, 0.5, 'loud', [0.1, 0.2]]) {
      expect(readSettings({ volume }).volume).toEqual(DEFAULT_SETTINGS.volume);
    }
  });

  it('reads settings stored by version 1, before captions, with captions off and everything else kept', () => {
    const { captions: _, ...before } = storedSettings(CHOSEN);
    const read = readSettings(JSON.parse(JSON.stringify({ ...before, version: 1 })));
    expect(read).toEqual({ ...CHOSEN, captions: false });
    expect(DEFAULT_SETTINGS.captions).toBe(false);
  });

  it('reads a field from a future version it does not know as nothing, keeping the rest', () => {
    const read = readSettings({ ...storedSettings(CHOSEN), version: SETTINGS_VERSION + 1, sparkle: 'lots' });
    expect(read).toEqual(CHOSEN);
    expect(read).not.toHaveProperty('sparkle');
  });

  it('never throws on any JSON, and always gives settings that are valid and read back the same', () => {
    const settingsLike = fc.record(
      {
        textSpeed: fc.oneof(fc.constantFrom(...TEXT_SPEEDS, 'instant'), fc.jsonValue()),
        autoAdvance: fc.oneof(fc.boolean(), fc.jsonValue()),
        autoPace: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.jsonValue()),
        skipMode: fc.oneof(fc.constantFrom('read', 'all'), fc.jsonValue()),
        volume: fc.oneof(fc.dictionary(fc.constantFrom(...VOLUME_CHANNELS), fc.double()), fc.jsonValue()),
        muted: fc.jsonValue(),
        captions: fc.oneof(fc.boolean(), fc.jsonValue()),
        fullscreen: fc.jsonValue(),
        textSize: fc.oneof(fc.constantFrom(...TEXT_SIZES), fc.jsonValue()),
        font: fc.oneof(fc.constantFrom('serif', 'atkinson', 'opendyslexic'), fc.jsonValue()),
        voicing: fc.oneof(
          fc.record({ on: fc.boolean(), voice: fc.string(), rate: fc.double() }),
          fc.jsonValue(),
        ),
        keys: fc.oneof(
          fc.dictionary(fc.constantFrom('advance', 'map', '__proto__'), fc.array(fc.string())),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), settingsLike), (input) => {
        const read = readSettings(input);
        expect(TEXT_SPEEDS).toContain(read.textSpeed);
        expect(Number.isInteger(read.autoPace) && read.autoPace >= 1 && read.autoPace <= 9).toBe(true);
        for (const channel of VOLUME_CHANNELS) {
          expect(read.volume[channel]).toBeGreaterThanOrEqual(0);
          expect(read.volume[channel]).toBeLessThanOrEqual(1);
        }
        expect(TEXT_SIZES).toContain(read.textSize);
        expect(VOICE_RATES).toContain(read.voicing.rate);
        expect(readSettings(throughStorage(read))).toEqual(read);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('storedSettings', () => {
  it('writes instant text as "instant", since JSON has no Infinity, and reads it back as Infinity', () => {
    const instant = { ...CHOSEN, textSpeed: Number.POSITIVE_INFINITY };
    const stored = storedSettings(instant);
    expect(stored.textSpeed).toBe('instant');
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(readSettings(JSON.parse(JSON.stringify(stored)))).toEqual(instant);
  });

  it('round-trips every text speed on the control', () => {
    for (const textSpeed of TEXT_SPEEDS) {
      expect(readSettings(throughStorage({ ...DEFAULT_SETTINGS, textSpeed })).textSpeed).toBe(textSpeed);
    }
  });

  it('copies the volumes, so changing the stored form never changes the settings', () => {
    const settings = { ...CHOSEN, volume: { ...CHOSEN.volume } };
    const stored = storedSettings(settings) as { volume: Record<string, number> };
    stored.volume.master = 0;
    expect(settings.volume.master).toBe(0.5);
  });
});

describe('autoAdvanceDelay', () => {
  it('stays about 3.6 s for a ten-word line at the middle pace', () => {
    expect(autoAdvanceDelay('one two three four five six seven eight nine ten', 5)).toBe(3600);
  });

  it('gives an empty or blank line only the pause to take it in', () => {
    expect(autoAdvanceDelay('', 5)).toBe(1200);
    expect(autoAdvanceDelay('   \n ', 5)).toBe(1200);
  });

  it('counts words, not spaces', () => {
    expect(autoAdvanceDelay('  a   b\tc\n', 5)).toBe(autoAdvanceDelay('a b c', 5));
  });

  it('grows with the words in the line and shrinks as the pace quickens', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 8 }), (n, pace) => {
        expect(autoAdvanceDelay(words(n + 1), pace)).toBeGreaterThan(autoAdvanceDelay(words(n), pace));
        expect(autoAdvanceDelay(words(n), pace + 1)).toBeLessThan(autoAdvanceDelay(words(n), pace));
        expect(autoAdvanceDelay(words(n), pace)).toBeGreaterThan(0);
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
