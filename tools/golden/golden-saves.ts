/**
 * Golden saves: saves written by earlier versions of the story, kept in `golden-saves/` and loaded against the
 * current story by `story/golden.test.ts`. Each must resume exactly, fall back with its one calm sentence, or be
 * refused with a message; never land silently somewhere else.
 *
 * Two kinds of set:
 * - a release set, made from the story as it is now (`npm run golden -- add`), whenever the story changes, so
 *   saves from every version stay tested after later edits;
 * - edited sets, made from copies of today's story with one deliberate change each (a line reworded, a knot
 *   renamed, a choice that did not exist yet, a choice since removed, a variable since dropped), standing in for
 *   the kinds of older version a player's save may come from (`npm run golden -- edits`).
 *
 * Saves are taken along one seeded walk: early lines, mid-knot, at each of the first choices, and deep into
 * Part One, so they cross chapter and knot boundaries.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Playthrough } from '../../src/core/playthrough.ts';
import { makeSave, type SaveData } from '../../src/core/save.ts';
import type { CompiledStory } from '../../src/core/story-module.ts';
import { compileInk } from '../ink/compile-ink.ts';

export const GOLDEN_DIR = 'golden-saves';
export const GOLDEN_FORMAT = 'lost-corner-golden-save';

export interface GoldenSave {
  readonly format: typeof GOLDEN_FORMAT;
  /** Which set: `release-<hash>` or `edit-<name>`. */
  readonly set: string;
  /** What the older story differed in, in words. */
  readonly about: string;
  /** Where on the walk it was taken. */
  readonly point: string;
  /** The line on screen when it was saved, in the older story. */
  readonly line: { readonly text: string; readonly knot: string | null };
  readonly save: SaveData;
}

/** A change made to a copy of the story, standing in for an older version. */
interface Edit {
  readonly name: string;
  readonly about: string;
  readonly file: string;
  /** Applied to every file when `file` is '*'. */
  readonly apply: (source: string) => string;
}

function replaceOnce(find: string | RegExp, by: string): (source: string) => string {
  return (source) => {
    const next = source.replace(find, by);
    if (next === source) throw new Error(`golden edit found nothing to change: ${String(find)}`);
    return next;
  };
}

export const EDITS: readonly Edit[] = [
  {
    name: 'reworded-line',
    about: 'an early line of the prologue was worded differently',
    file: 'prologue.ink',
    apply: replaceOnce(
      'I know this road well enough to drive it half asleep.',
      'I know this road well enough to drive it in my sleep.',
    ),
  },
  {
    name: 'renamed-stitch',
    about: "the prologue's second stretch had another name",
    file: 'prologue.ink',
    apply: (source) =>
      replaceOnce(
        /= first_stretch/,
        '= the_long_stretch',
      )(source).replaceAll('-> first_stretch', '-> the_long_stretch'),
  },
  {
    name: 'choice-not-yet-there',
    about: 'the first choice had only two options ("I gave him the best of it" came later)',
    file: 'prologue.ink',
    apply: replaceOnce(/\* \[I gave him the best of it\.[^\n]*\n(?: {4}[^\n]*\n)+/, ''),
  },
  {
    name: 'choice-since-removed',
    about: 'the first choice had a fourth option, last in the list, since removed (the walk takes it)',
    file: 'prologue.ink',
    apply: replaceOnce(
      '- He shut his eyes while I talked',
      '* [I said it was like anywhere else. # stance: telling.like_anywhere]\n    I said it was a school like any other, and he knew I was lying, and let me.\n- He shut his eyes while I talked',
    ),
  },
  {
    name: 'variable-since-dropped',
    about: 'the story kept a variable the current one no longer has',
    file: 'main.ink',
    apply: (source) => `VAR golden_old_variable = 3\n${source}`,
  },
];

/** Where saves are taken on the walk: after this many beats, or at the nth choice. */
const BEAT_POINTS = [3, 12, 40, 90, 160] as const;
const CHOICE_POINTS = [1, 2, 3] as const;
const WALK_SEED = 20261207;
/** A fixed time, so a set made twice from the same story is the same bytes. */
const SAVED_AT = Date.UTC(2026, 11, 7);

/** Takes the walk and returns the saves along it. The walk chooses by a seeded rule, the same every time. */
export function savesAlongWalk(
  story: CompiledStory,
): { point: string; line: GoldenSave['line']; save: SaveData }[] {
  const p = new Playthrough(story, WALK_SEED);
  const taken: { point: string; line: GoldenSave['line']; save: SaveData }[] = [];
  const take = (point: string) => {
    const beat = p.current;
    if (!beat) return;
    taken.push({
      point,
      line: { text: beat.text, knot: beat.knot },
      save: makeSave(p, { savedAt: SAVED_AT, playTime: 0, thumbnail: null }),
    });
  };
  let beats = 0;
  let choices = 0;
  const lastPoint = Math.max(...BEAT_POINTS);
  while (beats < lastPoint) {
    const beat = p.next();
    beats += 1;
    if ((BEAT_POINTS as readonly number[]).includes(beats)) take(`after ${beats} lines`);
    if (beat.ended) break;
    if (beat.choices.length > 0) {
      choices += 1;
      if ((CHOICE_POINTS as readonly number[]).includes(choices)) take(`at choice ${choices}`);
      // Alternate between the last and first option, so the walk crosses the options an edit may touch.
      p.choose(choices % 2 === 1 ? beat.choices.length - 1 : 0);
    }
  }
  return taken;
}

/** Compiles a copy of story/ with one edit applied. */
export function compileEdited(edit: Edit, storyDir = 'story'): CompiledStory {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lost-corner-golden-'));
  try {
    for (const name of fs.readdirSync(storyDir).filter((n) => n.endsWith('.ink'))) {
      const source = fs.readFileSync(path.join(storyDir, name), 'utf-8');
      fs.writeFileSync(
        path.join(copy, name),
        edit.file === name || edit.file === '*' ? edit.apply(source) : source,
      );
    }
    const compiled = compileInk(path.join(copy, 'main.ink'), { root: copy });
    return { json: compiled.json, sources: compiled.sources, hash: compiled.hash };
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

export function compileCurrent(storyDir = 'story'): CompiledStory {
  const compiled = compileInk(path.join(storyDir, 'main.ink'));
  return { json: compiled.json, sources: compiled.sources, hash: compiled.hash };
}

function setOf(set: string, about: string, story: CompiledStory): GoldenSave[] {
  return savesAlongWalk(story).map((taken) => ({ format: GOLDEN_FORMAT, set, about, ...taken }));
}

/** Writes a set as one file per save, replacing any set of that name. Returns the files written. */
export function writeSet(saves: readonly GoldenSave[], dir = GOLDEN_DIR): string[] {
  const first = saves[0];
  if (!first) return [];
  const folder = path.join(dir, first.set);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  return saves.map((save, i) => {
    const file = path.join(
      folder,
      `${String(i + 1).padStart(2, '0')}-${save.point.replaceAll(' ', '-')}.json`,
    );
    fs.writeFileSync(file, `${JSON.stringify(save, null, 1)}\n`);
    return file;
  });
}

/** The release set for the story as it is now, named by its hash. */
export function releaseSet(): GoldenSave[] {
  const story = compileCurrent();
  return setOf(`release-${story.hash}`, 'the story as it was when this set was made', story);
}

export function editedSets(): GoldenSave[][] {
  return EDITS.map((edit) => setOf(`edit-${edit.name}`, edit.about, compileEdited(edit)));
}

/** Every golden save on disk, with its file name. */
export function readGoldenSaves(dir = GOLDEN_DIR): { file: string; golden: unknown }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: name,
      golden: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf-8')) as unknown,
    }));
}
