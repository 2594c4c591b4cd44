/**
 * The save format: versioned, validated on the way in, never trusted. A save keeps both ink's own state (fast,
 * but only valid for the exact same story, hence the content hash) and the path of choices (slower to replay,
 * but it survives story edits). See "Saving: the path, not the pointer" in the README.
 *
 * Format history (bump SAVE_VERSION and add a line with every change; keep MIN_COMPATIBLE_VERSION honest):
 * - 1: first format: story hash, ink state, path (choices + beats since), seed, stage, the line on screen.
 */
import * as v from 'valibot';
import { Playthrough } from './playthrough.ts';
import type { CompiledStory } from './story-module.ts';
import { AMBIENCES, LIGHTS, PLACES, REGISTERS, SPEAKERS, WEATHERS } from './vocabulary.ts';

export const SAVE_FORMAT = 'lost-corner-save';
export const SAVE_VERSION = 1;
export const MIN_COMPATIBLE_VERSION = 1;

const MAX_TEXT = 4_000;
const MAX_INK_STATE = 4_000_000;
const MAX_CHOICES = 10_000;

const StageSchema = v.strictObject({
  place: v.nullable(v.picklist(PLACES)),
  register: v.picklist(REGISTERS),
  light: v.picklist(LIGHTS),
  weather: v.picklist(WEATHERS),
  ambience: v.nullable(v.picklist(AMBIENCES)),
  chapter: v.nullable(v.pipe(v.string(), v.maxLength(200))),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const PositionSchema = v.strictObject({
  choices: v.pipe(
    v.array(
      v.strictObject({
        index: count,
        text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
        id: v.optional(v.pipe(v.string(), v.maxLength(200))),
      }),
    ),
    v.maxLength(MAX_CHOICES),
  ),
  beatsSinceChoice: count,
});

const SaveSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT),
  version: v.literal(SAVE_VERSION),
  storyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  inkState: v.pipe(v.string(), v.maxLength(MAX_INK_STATE)),
  seed: v.pipe(v.number(), v.integer()),
  position: PositionSchema,
  stage: StageSchema,
  beat: v.nullable(
    v.strictObject({
      text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
      speaker: v.nullable(v.picklist(Object.keys(SPEAKERS) as (keyof typeof SPEAKERS)[])),
      knot: v.nullable(v.pipe(v.string(), v.maxLength(200))),
    }),
  ),
  savedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

export type SaveData = v.InferOutput<typeof SaveSchema>;

export type SaveCheck = { ok: true; save: SaveData } | { ok: false; problem: string };

/** Validates anything read from storage or a file. Never throws. */
export function checkSave(input: unknown): SaveCheck {
  if (typeof input !== 'object' || input === null) return { ok: false, problem: 'This is not a saved game.' };
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== SAVE_FORMAT) return { ok: false, problem: 'This is not a Lost Corner save.' };
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return { ok: false, problem: 'This save comes from a newer version of the game.' };
  }
  if (typeof version === 'number' && version < MIN_COMPATIBLE_VERSION) {
    return { ok: false, problem: 'This save is from an old version of the game that can no longer be read.' };
  }
  const result = v.safeParse(SaveSchema, input);
  if (result.success) return { ok: true, save: result.output };
  return { ok: false, problem: `This save is damaged (${v.summarize(result.issues).split('\n')[0]}).` };
}

export function makeSave(playthrough: Playthrough, savedAt: number): SaveData {
  const beat = playthrough.current;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    storyHash: playthrough.story.hash,
    inkState: playthrough.inkState(),
    seed: playthrough.seed,
    position: { ...playthrough.position, choices: [...playthrough.position.choices] },
    stage: playthrough.stage,
    beat: beat && { text: beat.text, speaker: beat.speaker, knot: beat.knot },
    savedAt,
  };
}

export interface Resumed {
  readonly playthrough: Playthrough;
  /** One calm sentence for the player when the story changed under the save; null when it resumed exactly. */
  readonly note: string | null;
}

/**
 * Resumes a save on the current story: at once from ink state when the story is unchanged, otherwise by
 * replaying the path. Where the path no longer matches, it stops at the last matching point and says so.
 */
export function resume(story: CompiledStory, save: SaveData): Resumed {
  if (save.storyHash === story.hash) {
    return { playthrough: Playthrough.restore(story, save), note: null };
  }
  const { playthrough, complete } = Playthrough.replay(story, save.seed, save.position);
  return {
    playthrough,
    note: complete
      ? null
      : 'The story has changed since you saved, so you are back at the last moment that is still the same.',
  };
}
