/**
 * The save format: versioned, validated on the way in, never trusted. A save keeps both ink's own state (fast,
 * but only valid for the exact same story, hence the content hash) and the path of steps (slower to replay,
 * but it survives story edits). See "Saving: the path, not the pointer" in the README.
 *
 * Format history (bump SAVE_VERSION and add a line with every change; keep MIN_COMPATIBLE_VERSION honest):
 * - 1: story hash, ink state, path (choices + beats since), seed, stage, the line on screen.
 * - 2: the path becomes steps (choices, memories recalled from the chest and closed, keepsakes set aside or
 *      taken back), each with the lines read before it; the recollection log; the main story's place while a
 *      memory is recalled; the stage's `revisit`; the line's uncertain alternative. Version 1 saves migrate.
 *   Amended: the stage's `music`, absent from earlier version 2 saves, reads as silence; `jump` steps (a
 *   chapter chosen from a list), which earlier saves never contain.
 * - 3: time played and a small picture of the scene, for the save slots. Version 2 saves migrate with no
 *      picture and no time counted.
 *   Amended: the stage's `cast` (who is in the picture), absent from earlier saves of every version, reads as
 *   nobody; the stage's `closeUp` (a keepsake held up close), absent likewise, reads as none. The envelope's
 *   `storyVersion` (the game release the story shipped in, for people reading a save) and `inkSaveVersion` (the
 *   format of `inkState`, so a state from a newer ink is replayed rather than trusted), absent from earlier
 *   saves, read as unknown (null).
 */
import * as v from 'valibot';
import { MAX_CAST } from './commands.ts';
import {
  AMBIENCES,
  CAST,
  KEEPSAKES,
  LIGHTS,
  MUSIC,
  PLACES,
  REGISTERS,
  SPEAKERS,
  WEATHERS,
} from './vocabulary.ts';

export const SAVE_FORMAT = 'lost-corner-save';
export const SAVE_VERSION = 3;
export const MIN_COMPATIBLE_VERSION = 1;

const MAX_TEXT = 4_000;
const MAX_INK_STATE = 4_000_000;
const MAX_STEPS = 20_000;
/** A thumbnail is a small JPEG or WebP as a data URL; anything bigger is not one of ours. */
const MAX_THUMBNAIL = 200_000;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const name = v.pipe(v.string(), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
/** Milliseconds of reading: many hours over many sessions, far past what `count` allows. */
const duration = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const speaker = v.nullable(v.picklist(Object.keys(SPEAKERS) as (keyof typeof SPEAKERS)[]));

const StageFields = {
  place: v.nullable(v.picklist(PLACES)),
  register: v.picklist(REGISTERS),
  light: v.picklist(LIGHTS),
  weather: v.picklist(WEATHERS),
  ambience: v.nullable(v.picklist(AMBIENCES)),
  chapter: v.nullable(name),
};
const StageSchema = v.strictObject({
  ...StageFields,
  revisit: v.nullable(v.picklist(['again', 'changed'])),
  music: v.optional(v.nullable(v.picklist(MUSIC)), null),
  cast: v.optional(v.pipe(v.array(v.picklist(CAST)), v.maxLength(MAX_CAST), v.readonly()), () => []),
  closeUp: v.optional(v.nullable(v.picklist(KEEPSAKES)), null),
});

const BeatSchema = v.strictObject({ text, speaker, knot: v.nullable(name), alternative: v.nullable(text) });

const StepSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('choice'), beats: count, index: count, text, id: v.optional(name) }),
  v.strictObject({ kind: v.literal('recall'), beats: count, knot: name }),
  v.strictObject({ kind: v.literal('jump'), beats: count, knot: name }),
  v.strictObject({ kind: v.literal('return'), beats: count }),
  v.strictObject({ kind: v.literal('set_aside'), beats: count, keepsake: v.picklist(KEEPSAKES) }),
  v.strictObject({ kind: v.literal('take_back'), beats: count, keepsake: v.picklist(KEEPSAKES) }),
]);

const RecollectionSchema = v.strictObject({
  knot: name,
  at: count,
  knowledge: v.pipe(v.array(name), v.maxLength(200)),
  via: v.picklist(['story', 'chest']),
});

const common = {
  format: v.literal(SAVE_FORMAT),
  storyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  inkState: v.pipe(v.string(), v.maxLength(MAX_INK_STATE)),
  seed: v.pipe(v.number(), v.integer()),
  savedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
};

const V2Fields = {
  ...common,
  position: v.strictObject({
    steps: v.pipe(v.array(StepSchema), v.maxLength(MAX_STEPS)),
    beatsSinceStep: count,
  }),
  stage: StageSchema,
  beat: v.nullable(BeatSchema),
  recollections: v.pipe(v.array(RecollectionSchema), v.maxLength(MAX_STEPS)),
  stash: v.nullable(v.strictObject({ knot: name, beat: v.nullable(BeatSchema), stage: StageSchema })),
};

const SaveSchema = v.strictObject({
  ...V2Fields,
  version: v.literal(SAVE_VERSION),
  /** Time spent reading, in ms (the tab visible), across every session of this playthrough. */
  playTime: duration,
  storyVersion: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40))), null),
  inkSaveVersion: v.optional(v.nullable(count), null),
  thumbnail: v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(MAX_THUMBNAIL),
      v.regex(/^data:image\/(jpeg|webp|png);base64,[A-Za-z0-9+/=]+$/),
    ),
  ),
});

/** Version 2, as it was written. */
const SaveV2Schema = v.strictObject({ ...V2Fields, version: v.literal(2) });

/** Version 1, as it was written, so old saves are read strictly before they are migrated. */
const SaveV1Schema = v.strictObject({
  ...common,
  version: v.literal(1),
  position: v.strictObject({
    choices: v.pipe(
      v.array(v.strictObject({ index: count, text, id: v.optional(name) })),
      v.maxLength(MAX_STEPS),
    ),
    beatsSinceChoice: count,
  }),
  stage: v.strictObject(StageFields),
  beat: v.nullable(v.strictObject({ text, speaker, knot: v.nullable(name) })),
});

export type SaveData = v.InferOutput<typeof SaveSchema>;
type SaveV1 = v.InferOutput<typeof SaveV1Schema>;
type SaveV2 = v.InferOutput<typeof SaveV2Schema>;

export type SaveCheck = { ok: true; save: SaveData } | { ok: false; problem: string };

/** Validates anything read from storage or a file, migrating older versions. Never throws. */
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
  if (version === 1) {
    const old = v.safeParse(SaveV1Schema, input);
    return old.success ? { ok: true, save: fromVersion2(fromVersion1(old.output)) } : damaged(old.issues);
  }
  if (version === 2) {
    const old = v.safeParse(SaveV2Schema, input);
    return old.success ? { ok: true, save: fromVersion2(old.output) } : damaged(old.issues);
  }
  const result = v.safeParse(SaveSchema, input);
  return result.success ? { ok: true, save: result.output } : damaged(result.issues);
}

function damaged(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): SaveCheck {
  return { ok: false, problem: `This save is damaged (${v.summarize(issues).split('\n')[0]}).` };
}

/** Version 1 knew only choices: each becomes a choice step; nothing was recalled or set aside then. */
function fromVersion1(old: SaveV1): SaveV2 {
  return {
    format: SAVE_FORMAT,
    version: 2,
    storyHash: old.storyHash,
    inkState: old.inkState,
    seed: old.seed,
    savedAt: old.savedAt,
    position: {
      steps: old.position.choices.map((choice) => ({ kind: 'choice' as const, beats: 0, ...choice })),
      beatsSinceStep: old.position.beatsSinceChoice,
    },
    stage: { ...old.stage, revisit: null, music: null, cast: [], closeUp: null },
    beat: old.beat && { ...old.beat, alternative: null },
    recollections: [],
    stash: null,
  };
}

/** Version 2 kept no time played and no picture. */
function fromVersion2(old: SaveV2): SaveData {
  return {
    ...old,
    version: SAVE_VERSION,
    playTime: 0,
    thumbnail: null,
    storyVersion: null,
    inkSaveVersion: null,
  };
}
