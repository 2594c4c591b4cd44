/**
 * Every ink tag becomes a typed `Command` here, and only here. The grammar is `# key: value` (or a bare `# key`
 * for a flag). Each kind has one small parser in `PARSERS`; `story/README.md` documents the same vocabulary.
 * A tag that is unknown or malformed is a `TagError` naming the ink file and knot, so a typo in the story is
 * caught by the ink build and the story test instead of being silently ignored at run time.
 */
import {
  AMBIENCES,
  type AmbienceId,
  CAST,
  type CastId,
  isOneOf,
  KEEPSAKES,
  type KeepsakeId,
  LIGHTS,
  type Light,
  MUSIC,
  type MusicId,
  PLACES,
  type PlaceId,
  REGISTERS,
  type Register,
  SOUNDS,
  type SoundId,
  SPEAKERS,
  type SpeakerId,
  WEATHERS,
  type Weather,
} from './vocabulary.ts';

export type Command =
  | { kind: 'place'; place: PlaceId }
  | { kind: 'register'; register: Register }
  | { kind: 'light'; light: Light }
  | { kind: 'weather'; weather: Weather }
  | { kind: 'ambience'; ambience: AmbienceId | null }
  | { kind: 'music'; music: MusicId | null }
  // A one-shot effect: played once when its line is shown; not stage state, so a load never replays it.
  | { kind: 'sound'; sound: SoundId }
  | { kind: 'speaker'; speaker: SpeakerId }
  // Who is in the picture, left to right; `# cast: none` (an empty list) clears it.
  | { kind: 'cast'; cast: readonly CastId[] }
  // A keepsake seen up close in the picture; `# closeup: none` puts it away (a new place does too).
  | { kind: 'closeup'; keepsake: KeepsakeId | null }
  | { kind: 'chapter'; title: string }
  | { kind: 'title'; title: string }
  | { kind: 'stance'; point: string; option: string }
  // Knot tags of a memory, read ahead by the chest and the map (see story/README.md).
  | { kind: 'memory'; label: string }
  | { kind: 'keepsake'; keepsake: KeepsakeId }
  | { kind: 'age'; age: number }
  | { kind: 'depends'; knowledge: string }
  // Line tags.
  | { kind: 'uncertain'; alternative: string }
  | { kind: 'reflect'; id: string }
  // A beat's entry knot: the novel's chapters it corresponds to (for teachers and the chapter list).
  | { kind: 'book'; chapters: string }
  // Before a hard scene: what it contains; the option marked `summary` reads a summary instead.
  | { kind: 'content_note'; topics: string }
  | { kind: 'summary' };

export type CommandKind = Command['kind'];

/** Where a tag was met, for error messages: the knot at run time, or file and line at build time. */
export interface TagSite {
  file?: string | undefined;
  line?: number | undefined;
  knot?: string | undefined;
}

export class TagError extends Error {
  constructor(
    readonly tag: string,
    readonly problem: string,
    readonly site: TagSite,
  ) {
    super(`${describeSite(site)}: ${problem} in tag '# ${tag}'`);
    this.name = 'TagError';
  }
}

export function describeSite(site: TagSite): string {
  const file = site.file ?? 'story';
  const where = site.line === undefined ? file : `${file}:${site.line}`;
  return site.knot ? `${where} (knot '${site.knot}')` : where;
}

type Parser = (value: string | null) => Command | string;

const ID = /^[a-z][a-z0-9_]*$/;

function oneOf<T extends string>(list: readonly T[], what: string, make: (id: T) => Command): Parser {
  return (value) => {
    if (value === null) return `${what} needs a value (one of ${list.join(', ')})`;
    return isOneOf(list, value) ? make(value) : `unknown ${what} '${value}' (known: ${list.join(', ')})`;
  };
}

function text(make: (value: string) => Command): Parser {
  return (value) => (value ? make(value) : 'needs a value');
}

const SPEAKER_IDS = Object.keys(SPEAKERS) as SpeakerId[];

/** The most people one picture holds; `students` is a group, and counts as one. */
export const MAX_CAST = 4;

/** `# cast: ruth tommy`: ids from `CAST`, space-separated, left to right, each once; `none` for nobody. */
function parseCast(value: string | null): Command | string {
  if (value === null) return `cast needs people (from ${CAST.join(', ')}) or none`;
  if (value === 'none') return { kind: 'cast', cast: [] };
  const ids = value.split(/\s+/);
  const cast: CastId[] = [];
  for (const id of ids) {
    if (id === 'none') return "cast 'none' stands alone: it means nobody";
    if (!isOneOf(CAST, id)) return `unknown cast member '${id}' (known: ${CAST.join(', ')})`;
    if (cast.includes(id)) return `cast lists '${id}' twice`;
    cast.push(id);
  }
  if (cast.length > MAX_CAST) return `cast has room for at most ${MAX_CAST} in one picture`;
  return { kind: 'cast', cast };
}

const PARSERS: Record<CommandKind, Parser> = {
  place: oneOf(PLACES, 'place', (place) => ({ kind: 'place', place })),
  register: oneOf(REGISTERS, 'register', (register) => ({ kind: 'register', register })),
  light: oneOf(LIGHTS, 'light', (light) => ({ kind: 'light', light })),
  weather: oneOf(WEATHERS, 'weather', (weather) => ({ kind: 'weather', weather })),
  ambience: (value) =>
    value === 'none'
      ? { kind: 'ambience', ambience: null }
      : oneOf(AMBIENCES, 'ambience', (ambience) => ({ kind: 'ambience', ambience }))(value),
  music: (value) =>
    value === 'none'
      ? { kind: 'music', music: null }
      : oneOf(MUSIC, 'music', (music) => ({ kind: 'music', music }))(value),
  sound: oneOf(SOUNDS, 'sound', (sound) => ({ kind: 'sound', sound })),
  speaker: oneOf(SPEAKER_IDS, 'speaker', (speaker) => ({ kind: 'speaker', speaker })),
  cast: parseCast,
  closeup: (value) =>
    value === 'none'
      ? { kind: 'closeup', keepsake: null }
      : oneOf(KEEPSAKES, 'closeup', (keepsake) => ({ kind: 'closeup', keepsake }))(value),
  chapter: text((title) => ({ kind: 'chapter', title })),
  title: text((title) => ({ kind: 'title', title })),
  stance: (value) => {
    const [point, option, extra] = (value ?? '').split('.');
    if (!point || !option || extra !== undefined || !ID.test(point) || !ID.test(option)) {
      return "stance needs 'point.option' in lower_snake_case";
    }
    return { kind: 'stance', point, option };
  },
  memory: text((label) => ({ kind: 'memory', label })),
  keepsake: oneOf(KEEPSAKES, 'keepsake', (keepsake) => ({ kind: 'keepsake', keepsake })),
  age: (value) => {
    const age = Number(value);
    return Number.isInteger(age) && age >= 4 && age <= 40
      ? { kind: 'age', age }
      : 'age needs a whole number of years';
  },
  depends: (value) =>
    value && ID.test(value)
      ? { kind: 'depends', knowledge: value }
      : 'depends needs a knowledge item in lower_snake_case',
  uncertain: text((alternative) => ({ kind: 'uncertain', alternative })),
  book: text((chapters) => ({ kind: 'book', chapters })),
  content_note: text((topics) => ({ kind: 'content_note', topics })),
  summary: (value) => (value === null ? { kind: 'summary' } : 'summary is a flag: write it as # summary'),
  reflect: (value) =>
    value && ID.test(value) ? { kind: 'reflect', id: value } : 'reflect needs an id in lower_snake_case',
};

export const COMMAND_KINDS = Object.keys(PARSERS) as CommandKind[];

/** Parses one tag (without its leading `#`). Throws `TagError` when the tag is unknown or malformed. */
export function parseTag(raw: string, site: TagSite = {}): Command {
  const tag = raw.trim();
  const colon = tag.indexOf(':');
  const key = (colon === -1 ? tag : tag.slice(0, colon)).trim();
  const value = colon === -1 ? null : tag.slice(colon + 1).trim() || null;
  if (!Object.hasOwn(PARSERS, key)) {
    throw new TagError(tag, `unknown tag '${key}' (known: ${COMMAND_KINDS.join(', ')})`, site);
  }
  const result = PARSERS[key as CommandKind](value);
  if (typeof result === 'string') throw new TagError(tag, result, site);
  return result;
}

export function parseTags(tags: readonly string[] | null | undefined, site: TagSite = {}): Command[] {
  return (tags ?? []).map((tag) => parseTag(tag, site));
}
