/**
 * A teacher's setup for a class: which beats are open, how far the class has read (chapters past that are
 * fenced off, with the teacher's note), whether coined words are explained, whether the game stops to reflect,
 * and projector mode. Kept on the device; shared as a small file or as a link whose fragment carries it (a
 * fragment never leaves the browser), so every student can have the same setup without any account or server.
 *
 * With no setup, everything is open, the glossary is off (the novel's withholding kept), there are no stops and
 * no projector mode: a player on their own gets the game as it is.
 */
import * as v from 'valibot';
import { CHAPTERS, type Chapter, PERSPECTIVES } from './chapters.ts';

export const SETUP_FORMAT = 'lost-corner-setup';
export const SETUP_VERSION = 1;
export const FENCE_NOTE_MAX = 200;
export const DEFAULT_FENCE_NOTE =
  'Your class has not read this far yet. Your teacher will open it when you have.';

export interface ClassroomSetup {
  /** The last chapter the class has read; chapters after it are fenced. Null: no fence. */
  readonly readTo: string | null;
  /** The named beats that may be opened; a beat not listed is closed. */
  readonly beats: readonly string[];
  readonly fenceNote: string;
  readonly glossary: boolean;
  readonly reflectionStops: boolean;
  readonly projector: boolean;
}

const BEATS = CHAPTERS.filter((c) => c.kind === 'beat').map((c) => c.id);

export const DEFAULT_SETUP: ClassroomSetup = Object.freeze({
  readTo: null,
  beats: Object.freeze([...BEATS]),
  fenceNote: DEFAULT_FENCE_NOTE,
  glossary: false,
  reflectionStops: false,
  projector: false,
});

export type ChapterLock = { open: true } | { open: false; reason: 'fence' | 'closed'; note: string };

/** Whether a chapter may be played under this setup, and if not, what to tell the player. */
export function chapterLock(setup: ClassroomSetup, chapterId: string): ChapterLock {
  const at = CHAPTERS.findIndex((c) => c.id === chapterId);
  if (at < 0) return { open: true };
  const chapter = CHAPTERS[at] as Chapter;
  if (chapter.kind === 'beat' && !setup.beats.includes(chapter.id)) {
    return { open: false, reason: 'closed', note: 'Your teacher has not opened this beat for this lesson.' };
  }
  if (setup.readTo !== null && partIndex(at) > CHAPTERS.findIndex((c) => c.id === setup.readTo)) {
    return { open: false, reason: 'fence', note: setup.fenceNote };
  }
  return { open: true };
}

/**
 * A beat is told inside its part (the part listed before it), so it is fenced exactly when its part is: a class
 * that has read Part One has read the pencil case. A part is its own index.
 */
function partIndex(at: number): number {
  let index = at;
  while (index > 0 && CHAPTERS[index]?.kind === 'beat') index -= 1;
  return index;
}

export function isDefaultSetup(setup: ClassroomSetup): boolean {
  return JSON.stringify(storedSetup(setup)) === JSON.stringify(storedSetup(DEFAULT_SETUP));
}

const CHAPTER_ID = v.picklist(CHAPTERS.map((c) => c.id));
const SETUP = v.strictObject({
  format: v.literal(SETUP_FORMAT),
  version: v.literal(SETUP_VERSION),
  readTo: v.nullable(CHAPTER_ID),
  beats: v.pipe(v.array(v.picklist(BEATS)), v.maxLength(BEATS.length)),
  fenceNote: v.pipe(v.string(), v.maxLength(FENCE_NOTE_MAX)),
  glossary: v.boolean(),
  reflectionStops: v.boolean(),
  projector: v.boolean(),
});

/** As stored on the device and written to a setup file. */
export function storedSetup(setup: ClassroomSetup): v.InferOutput<typeof SETUP> {
  return {
    format: SETUP_FORMAT,
    version: SETUP_VERSION,
    readTo: setup.readTo,
    beats: BEATS.filter((b) => setup.beats.includes(b)),
    fenceNote: setup.fenceNote,
    glossary: setup.glossary,
    reflectionStops: setup.reflectionStops,
    projector: setup.projector,
  };
}

export type SetupRead = { ok: true; setup: ClassroomSetup } | { ok: false; problem: string };

export const SETUP_FILE_MAX_BYTES = 16 * 1024;

/** Reads a setup file or the device's stored setup. */
export function readSetup(text: string, bytes = text.length): SetupRead {
  if (bytes > SETUP_FILE_MAX_BYTES)
    return { ok: false, problem: 'This file is too large to be a class setup.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'This file is not a class setup from this game.' };
  }
  const result = v.safeParse(SETUP, parsed);
  if (!result.success) {
    const format = (parsed as { format?: unknown } | null)?.format;
    return {
      ok: false,
      problem:
        format === SETUP_FORMAT
          ? 'This class setup has been changed or damaged, or comes from another version of the game, so it was not used.'
          : 'This file is not a class setup from this game.',
    };
  }
  const { format: _f, version: _v, ...setup } = result.output;
  return { ok: true, setup };
}

const BROKEN_LINK =
  'This class link is incomplete or was changed, so its setup was not used. Ask your teacher for the link again.';

/** The marker that says a link's fragment carries a setup. */
const LINK_MARK = 'class-setup';

/**
 * The setup as a link fragment (without the `#`), readable in the address bar:
 * `class-setup&read=norfolk&beats=pencil_case.norfolk&glossary=on&stops=on&projector=off&note=…`.
 */
export function setupFragment(setup: ClassroomSetup): string {
  const params: [string, string][] = [
    ['read', setup.readTo ?? 'all'],
    ['beats', BEATS.filter((b) => setup.beats.includes(b)).join('.') || 'none'],
    ['glossary', setup.glossary ? 'on' : 'off'],
    ['stops', setup.reflectionStops ? 'on' : 'off'],
    ['projector', setup.projector ? 'on' : 'off'],
  ];
  if (setup.fenceNote !== DEFAULT_FENCE_NOTE) params.push(['note', setup.fenceNote]);
  return [LINK_MARK, ...params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)].join('&');
}

/** `a=1&b=2` into a map (core has no URLSearchParams); null when a value is not valid percent-encoding. */
function fragmentParams(text: string): Map<string, string> | null {
  const params = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    try {
      params.set(key, decodeURIComponent((at < 0 ? '' : pair.slice(at + 1)).replace(/\+/g, ' ')));
    } catch {
      return null;
    }
  }
  return params;
}

/**
 * Reads a setup from a link's fragment (with or without the `#`). Null when the fragment is not a setup at all;
 * a refusal when it is one but cannot be read (a link cut short or edited).
 */
export function readSetupFragment(fragment: string): SetupRead | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text !== LINK_MARK && !text.startsWith(`${LINK_MARK}&`)) return null;
  if (text.length > 2_000)
    return { ok: false, problem: 'This class link is too long to be one from this game.' };
  const params = fragmentParams(text.slice(LINK_MARK.length));
  if (!params) return { ok: false, problem: BROKEN_LINK };
  const flag = (key: string): boolean | null => {
    const value = params.get(key);
    return value === 'on' ? true : value === 'off' ? false : null;
  };
  const read = params.get('read');
  const beats = params.get('beats');
  const glossary = flag('glossary');
  const stops = flag('stops');
  const projector = flag('projector');
  const note = params.get('note') ?? DEFAULT_FENCE_NOTE;
  const beatList = beats === 'none' ? [] : (beats ?? '').split('.');
  const readTo = read === 'all' || read === undefined ? null : read;
  if (
    glossary === null ||
    stops === null ||
    projector === null ||
    read === undefined ||
    beats === undefined ||
    !beatList.every((b: string) => BEATS.includes(b)) ||
    (readTo !== null && !CHAPTERS.some((c) => c.id === readTo)) ||
    note.length > FENCE_NOTE_MAX
  ) {
    return { ok: false, problem: BROKEN_LINK };
  }
  return {
    ok: true,
    setup: { readTo, beats: beatList, fenceNote: note, glossary, reflectionStops: stops, projector },
  };
}

/** The setup in words, for the student to confirm and for the teacher to check. */
export function describeSetup(setup: ClassroomSetup): string[] {
  const title = (id: string) => CHAPTERS.find((c) => c.id === id)?.title ?? id;
  const beats = BEATS.filter((b) => setup.beats.includes(b));
  return [
    setup.readTo === null ? 'Every chapter is open.' : `Open up to and including “${title(setup.readTo)}”.`,
    beats.length === BEATS.length
      ? 'All three beats can be played.'
      : beats.length === 0
        ? 'No beat can be played on its own.'
        : `Beats open: ${beats.map(title).join(', ')}.`,
    setup.glossary
      ? 'Words special to the story are explained.'
      : 'Words special to the story are not explained.',
    setup.reflectionStops ? 'The story stops to reflect, with a question.' : 'No reflection stops.',
    setup.projector ? 'Projector mode: large, high-contrast text.' : 'Normal text size.',
  ];
}

export interface Openable {
  readonly open: boolean;
  /** Why not, when a class setup is the reason; null when it is simply not reached yet. */
  readonly note: string | null;
}

/**
 * Whether a chapter or a perspective replay can be opened from the chapter list. Without a class setup: once
 * reached. With one: a beat the teacher opened can be played before it is reached, a perspective replay once its
 * beat is open, and nothing past the fence.
 */
export function openable(setup: ClassroomSetup, id: string, reached: (id: string) => boolean): Openable {
  const teacher = !isDefaultSetup(setup);
  const perspective = PERSPECTIVES.find((p) => p.id === id);
  const chapterId = perspective?.beat ?? id;
  const lock = chapterLock(setup, chapterId);
  if (!lock.open) return { open: false, note: lock.note };
  const kind = CHAPTERS.find((c) => c.id === chapterId)?.kind;
  const opened = teacher && kind === 'beat';
  return { open: reached(chapterId) || opened, note: null };
}
