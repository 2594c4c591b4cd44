/**
 * `npm run story:check` and `npm run story:stats`: the writer's view of the story. `check` compiles it (ink
 * errors, warnings and bad tags, with file and line). `stats` also counts what the story is made of (words per
 * part, per file and per beat, choices, stances, keepsakes, uncertain lines, re-remembered memories), walks it
 * to measure single playthroughs, and estimates reading time.
 */

import { readMemories } from '../../src/core/memory.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { coverByWalking } from '../../src/core/walk.ts';
import story from '../../story/main.ink';
import { compileInk, InkCompileError, type InkSource } from './compile-ink.ts';

/** Reading speed for the estimates: a calm reader of narrative prose. */
const WORDS_PER_MINUTE = 200;

/** Which files make up each part of the story. */
export const PARTS: Readonly<Record<string, readonly string[]>> = {
  Prologue: ['story/prologue.ink'],
  'Part One': ['story/part_one.ink', 'story/beat_pencil_case.ink', 'story/memories.ink'],
  'Part Two': ['story/part_two.ink', 'story/beat_norfolk.ink', 'story/memories_cottages.ink'],
  'Part Three': ['story/part_three.ink', 'story/beat_madame.ink', 'story/memories_carers.ink'],
  Epilogue: ['story/epilogue.ink'],
};

/** The three named beats: their tunnel knots, and the entry knots that play each alone. */
export const BEATS = [
  { name: 'The pencil case', knot: 'pencil_case_beat', entry: 'play_pencil_case' },
  { name: 'The Norfolk trip', knot: 'norfolk_trip', entry: 'play_norfolk' },
  { name: 'The visit to Madame', knot: 'visit_to_madame', entry: 'play_madame' },
] as const;

export function check(): InkSource | null {
  try {
    return compileInk('story/main.ink');
  } catch (error) {
    if (!(error instanceof InkCompileError)) throw error;
    console.error(error.message);
    return null;
  }
}

export function stats(): boolean {
  const source = check();
  if (!source) return false;
  const words = (files: readonly string[]) =>
    source.words.filter((w) => files.includes(w.file)).reduce((sum, w) => sum + w.words, 0);
  const count = (key: string) => source.tags.filter((t) => t.tag.split(':')[0]?.trim() === key).length;
  const memories = readMemories(new Narrator(story.json, { sources: story.sources }));

  const rows: [string, string][] = [];
  const total = source.words.reduce((sum, w) => sum + w.words, 0);
  rows.push(['Words, all branches', String(total)]);
  for (const [part, files] of Object.entries(PARTS)) rows.push([`  ${part}`, String(words(files))]);
  rows.push(['Words per file', '']);
  const files = [...new Set(source.words.map((w) => w.file))].sort();
  for (const file of files) rows.push([`  ${file}`, String(words([file]))]);
  rows.push(['Named beats (words across branches, reading time one way)', '']);
  for (const beat of BEATS) {
    const beatWords = source.words.filter((w) => w.knot === beat.knot).reduce((s, w) => s + w.words, 0);
    const walk = coverByWalking(story, {
      start: (n) => n.jumpTo(beat.entry),
      maxWalks: 30,
      minWalks: 5,
    });
    const median = middle(walk.words);
    rows.push([`  ${beat.name} (${beat.knot})`, `${beatWords} words; ~${minutes(median)} min read`]);
  }
  const walk = coverByWalking(story, { maxWalks: 60, minWalks: 10 });
  rows.push([
    'One playthrough (words, over walks)',
    `min ${Math.min(...walk.words)}, median ${middle(walk.words)}, max ${Math.max(...walk.words)}; ~${minutes(middle(walk.words))} min`,
  ]);
  rows.push(['Options taken by the walks', `${walk.taken.size} of ${walk.offered.size}`]);
  rows.push(['Knots', String(source.stats.knots)]);
  rows.push(['Choices (all options)', String(source.stats.choices)]);
  rows.push(['Stance choices', String(count('stance'))]);
  rows.push([
    'Stance points (LISTs)',
    String(
      new Set(
        source.tags.flatMap((t) =>
          t.tag.startsWith('stance:') ? [t.tag.slice(7).trim().split('.')[0]] : [],
        ),
      ).size,
    ),
  ]);
  rows.push(['Keepsakes given', String(new Set(memories.map((m) => m.keepsake).filter(Boolean)).size)]);
  rows.push(['Memories', String(memories.length)]);
  rows.push([
    'Re-remembered memories (depend on knowledge)',
    String(memories.filter((m) => m.depends.length > 0).length),
  ]);
  rows.push(['Uncertain lines', String(count('uncertain'))]);
  rows.push(['Reflection points', String(count('reflect'))]);
  rows.push(['Content notes', String(count('content_note'))]);
  if (walk.problems.length > 0) rows.push(['Problems found while walking', walk.problems.join('\n')]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
  return walk.problems.length === 0;
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function minutes(words: number): number {
  return Math.round(words / WORDS_PER_MINUTE);
}
