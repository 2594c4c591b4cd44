/**
 * The player's settings: how text appears and moves on, how loud each kind of sound is, and the screen. Kept on
 * the device apart from saves (a story update never touches them) and validated field by field when read: a
 * field that is missing, damaged or from a future version falls back to its default, and the rest are kept.
 *
 * Format history (bump SETTINGS_VERSION with every change):
 * - 1: text speed, auto-advance and its pace, skip mode, five volumes and mute, fullscreen.
 * - 2: captions for sounds (off when read from version 1).
 * - 3: comfort (text size, spacing, font, panel, contrast, motion, self-voicing: see comfort.ts), the player's
 *   keys (keys.ts), and whether the short comfort questions were offered on first start. Read from version 2,
 *   each takes its default, and the questions are offered once.
 */
import * as v from 'valibot';
import { type Comfort, DEFAULT_COMFORT, readComfort } from './comfort.ts';
import { type KeyChoices, readKeyChoices } from './keys.ts';

export const SETTINGS_VERSION = 3;

/** Characters per second at each step of the text speed control; the last is instant. */
export const TEXT_SPEEDS = [15, 25, 35, 45, 60, 80, 120, Number.POSITIVE_INFINITY] as const;

export type SkipMode = 'read' | 'all';
export const VOLUME_CHANNELS = ['master', 'music', 'ambience', 'effects', 'voice'] as const;
export type VolumeChannel = (typeof VOLUME_CHANNELS)[number];

export interface Settings extends Comfort {
  /** Characters per second; Infinity shows each line at once. */
  readonly textSpeed: number;
  /** Off by default: the player moves on when ready. */
  readonly autoAdvance: boolean;
  /** Auto-advance pace, 1 (slow) to 9 (quick): how long a finished line stays before the next. */
  readonly autoPace: number;
  /** What skipping passes over: lines already read (in any playthrough), or everything. */
  readonly skipMode: SkipMode;
  /** 0 to 1 each; `master` scales the rest. */
  readonly volume: Readonly<Record<VolumeChannel, number>>;
  readonly muted: boolean;
  /** Off by default: when on, what a line makes heard is written under it, in square brackets. */
  readonly captions: boolean;
  readonly fullscreen: boolean;
  /** The player's own keys; only what they changed. */
  readonly keys: KeyChoices;
  /** The short comfort questions have been offered (shown once, on first start). */
  readonly welcomed: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  textSpeed: 45,
  autoAdvance: false,
  autoPace: 5,
  skipMode: 'read',
  volume: Object.freeze({ master: 0.8, music: 0.7, ambience: 0.8, effects: 0.8, voice: 0.9 }),
  muted: false,
  captions: false,
  fullscreen: false,
  ...DEFAULT_COMFORT,
  keys: Object.freeze({}),
  welcomed: false,
});

const volume = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const FIELDS = {
  textSpeed: v.union([v.picklist(TEXT_SPEEDS.filter(Number.isFinite)), v.literal('instant')]),
  autoAdvance: v.boolean(),
  autoPace: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  skipMode: v.picklist(['read', 'all']),
  muted: v.boolean(),
  captions: v.boolean(),
  fullscreen: v.boolean(),
  welcomed: v.boolean(),
} as const;

/** As stored: JSON has no Infinity, so instant text is written as 'instant'. */
export function storedSettings(settings: Settings): Record<string, unknown> {
  return {
    version: SETTINGS_VERSION,
    ...settings,
    textSpeed: Number.isFinite(settings.textSpeed) ? settings.textSpeed : 'instant',
    volume: { ...settings.volume },
    voicing: { ...settings.voicing },
    keys: { ...settings.keys },
  };
}

/** Reads stored settings, keeping every valid field and defaulting the rest. Never throws. */
export function readSettings(input: unknown): Settings {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return DEFAULT_SETTINGS;
  const record = input as Record<string, unknown>;
  const pick = <K extends keyof typeof FIELDS>(key: K) => {
    const result = v.safeParse(FIELDS[key], record[key]);
    return result.success ? result.output : undefined;
  };
  const speed = pick('textSpeed');
  const volumes = typeof record.volume === 'object' && record.volume !== null ? record.volume : {};
  const readVolume = (channel: VolumeChannel) => {
    const result = v.safeParse(volume, (volumes as Record<string, unknown>)[channel]);
    return result.success ? result.output : DEFAULT_SETTINGS.volume[channel];
  };
  return {
    textSpeed:
      speed === undefined
        ? DEFAULT_SETTINGS.textSpeed
        : speed === 'instant'
          ? Number.POSITIVE_INFINITY
          : speed,
    autoAdvance: pick('autoAdvance') ?? DEFAULT_SETTINGS.autoAdvance,
    autoPace: pick('autoPace') ?? DEFAULT_SETTINGS.autoPace,
    skipMode: pick('skipMode') ?? DEFAULT_SETTINGS.skipMode,
    volume: Object.fromEntries(VOLUME_CHANNELS.map((c) => [c, readVolume(c)])) as Settings['volume'],
    muted: pick('muted') ?? DEFAULT_SETTINGS.muted,
    captions: pick('captions') ?? DEFAULT_SETTINGS.captions,
    fullscreen: pick('fullscreen') ?? DEFAULT_SETTINGS.fullscreen,
    ...readComfort(record),
    keys: readKeyChoices(record.keys),
    welcomed: pick('welcomed') ?? DEFAULT_SETTINGS.welcomed,
  };
}

/**
 * How long a finished line stays before auto-advance moves on, in ms: a pause to take it in plus time to read
 * it, scaled by the pace. At pace 5 a ten-word line stays about 3.6 s.
 */
export function autoAdvanceDelay(text: string, pace: number): number {
  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
  const scale = 1.6 ** ((5 - pace) / 2);
  return Math.round((1200 + words * 240) * scale);
}
