/**
 * Comfort: how the words look (size, spacing, font, the panel behind them, contrast), how much moves, and whether
 * the game reads lines aloud. Part of the player's settings; kept here so settings.ts stays about reading pace
 * and sound. Every field has a default and is read on its own, so one damaged field never costs the others.
 */
import * as v from 'valibot';

/** Story text size, in percent of the designed size. 200 meets WCAG's resize-text point inside the game. */
export const TEXT_SIZES = [90, 100, 115, 130, 150, 175, 200] as const;
/** Line height of story text, as a multiple of the font size. 1.5 and above meet WCAG 1.4.12. */
export const LINE_SPACINGS = [1.5, 1.65, 1.8, 2, 2.3] as const;
/** Extra space between letters, in em. 0.12 is WCAG 1.4.12's figure. */
export const LETTER_SPACINGS = [0, 0.04, 0.08, 0.12] as const;
/**
 * How opaque the panel behind the words is. The default is the lowest: below it, names and doubtful lines over a
 * bright picture fall under WCAG's 4.5:1 (measured by the accessibility test over a white picture).
 */
export const PANEL_OPACITIES = [0.82, 0.88, 0.94, 1] as const;
/** Speech rate for self-voicing, as the Web Speech API counts it (1 is the voice's normal pace). */
export const VOICE_RATES = [0.6, 0.8, 1, 1.2, 1.4, 1.7, 2] as const;

export const FONTS = ['serif', 'atkinson', 'opendyslexic'] as const;
export type FontChoice = (typeof FONTS)[number];
export const FONT_NAMES: Readonly<Record<FontChoice, string>> = {
  serif: 'Literata (a book serif)',
  atkinson: 'Atkinson Hyperlegible (plain, very clear letters)',
  opendyslexic: 'OpenDyslexic (weighted letters some dyslexic readers prefer)',
};

/** 'system' follows the device's "reduce motion" preference; the others override it. */
export type MotionChoice = 'system' | 'reduce' | 'full';

export interface SelfVoicing {
  readonly on: boolean;
  /** The chosen voice's `voiceURI`; null is the browser's default voice for the page's language. */
  readonly voice: string | null;
  readonly rate: number;
}

export interface Comfort {
  readonly textSize: number;
  readonly lineSpacing: number;
  readonly letterSpacing: number;
  readonly font: FontChoice;
  readonly panelOpacity: number;
  readonly highContrast: boolean;
  readonly motion: MotionChoice;
  readonly voicing: SelfVoicing;
}

export const DEFAULT_COMFORT: Comfort = Object.freeze({
  textSize: 100,
  lineSpacing: 1.65,
  letterSpacing: 0,
  font: 'serif',
  panelOpacity: 0.82,
  highContrast: false,
  motion: 'system',
  voicing: Object.freeze({ on: false, voice: null, rate: 1 }),
});

const FIELDS = {
  textSize: v.picklist(TEXT_SIZES),
  lineSpacing: v.picklist(LINE_SPACINGS),
  letterSpacing: v.picklist(LETTER_SPACINGS),
  font: v.picklist(FONTS),
  panelOpacity: v.picklist(PANEL_OPACITIES),
  highContrast: v.boolean(),
  motion: v.picklist(['system', 'reduce', 'full']),
} as const;

const VOICING = {
  on: v.boolean(),
  voice: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  rate: v.picklist(VOICE_RATES),
} as const;

function field<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
}

/** Reads comfort fields from a stored settings record, defaulting each missing or damaged one. Never throws. */
export function readComfort(record: Readonly<Record<string, unknown>>): Comfort {
  const d = DEFAULT_COMFORT;
  const stored = record.voicing;
  const voicing = (
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {}
  ) as Record<string, unknown>;
  return {
    textSize: field(FIELDS.textSize, record.textSize) ?? d.textSize,
    lineSpacing: field(FIELDS.lineSpacing, record.lineSpacing) ?? d.lineSpacing,
    letterSpacing: field(FIELDS.letterSpacing, record.letterSpacing) ?? d.letterSpacing,
    font: field(FIELDS.font, record.font) ?? d.font,
    panelOpacity: field(FIELDS.panelOpacity, record.panelOpacity) ?? d.panelOpacity,
    highContrast: field(FIELDS.highContrast, record.highContrast) ?? d.highContrast,
    motion: field(FIELDS.motion, record.motion) ?? d.motion,
    voicing: {
      on: field(VOICING.on, voicing.on) ?? d.voicing.on,
      voice: field(VOICING.voice, voicing.voice) ?? d.voicing.voice,
      rate: field(VOICING.rate, voicing.rate) ?? d.voicing.rate,
    },
  };
}

/** Whether the picture and the interface should hold still, given the player's choice and the device's wish. */
export function reducesMotion(choice: MotionChoice, deviceAsksForLess: boolean): boolean {
  return choice === 'reduce' || (choice === 'system' && deviceAsksForLess);
}

/** The next or previous step in a list of allowed values (for the − and + buttons), staying at the ends. */
export function step<T extends number>(values: readonly T[], current: number, by: 1 | -1): T {
  const at = values.indexOf(current as T);
  const index = Math.min(values.length - 1, Math.max(0, (at < 0 ? 0 : at) + by));
  return values[index] as T;
}
