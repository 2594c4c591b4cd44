/**
 * Random walks through a story, for checks that exhaustive exploration cannot afford once the story is long:
 * each walk plays from a start to an end, taking at every choice an option not yet taken on any earlier walk
 * when there is one, so a few dozen walks take every option at least once. Seeded, so a failure can be replayed.
 */
import { countWords } from './explore.ts';
import { type Beat, Narrator } from './narrator.ts';
import { seededRandom } from './random.ts';
import type { CompiledStory } from './story-module.ts';

export interface WalkOptions {
  /** Prepares the narrator before walking (jump to a beat's entry, say). */
  readonly start?: (narrator: Narrator) => void;
  readonly observe?: (narrator: Narrator, beat: Beat) => void;
  readonly maxWalks?: number;
  /** Stop once every option offered has been taken (and at least this many walks were made). */
  readonly minWalks?: number;
  readonly maxBeats?: number;
  readonly seed?: number;
}

export interface Coverage {
  readonly walks: number;
  /** Words read on each walk, choices included. */
  readonly words: readonly number[];
  readonly endings: number;
  /** Options offered and taken, each as `knot: option text`. */
  readonly offered: ReadonlySet<string>;
  readonly taken: ReadonlySet<string>;
  readonly problems: readonly string[];
}

export function coverByWalking(story: CompiledStory, options: WalkOptions = {}): Coverage {
  const random = seededRandom(options.seed ?? 1);
  const maxWalks = options.maxWalks ?? 200;
  const minWalks = options.minWalks ?? 3;
  const maxBeats = options.maxBeats ?? 20_000;
  const offered = new Set<string>();
  const taken = new Set<string>();
  const words: number[] = [];
  const problems: string[] = [];
  let endings = 0;
  let walks = 0;
  while (walks < maxWalks && (walks < minWalks || taken.size < offered.size)) {
    walks += 1;
    const narrator = new Narrator(story.json, { seed: walks, sources: story.sources });
    const path: string[] = [];
    let total = 0;
    try {
      options.start?.(narrator);
      for (let beats = 0; ; beats += 1) {
        if (beats >= maxBeats) throw new Error(`no end within ${maxBeats} lines`);
        const beat = narrator.next();
        options.observe?.(narrator, beat);
        total += countWords(beat.text);
        if (beat.ended) {
          endings += 1;
          break;
        }
        if (beat.choices.length === 0) continue;
        const keys = beat.choices.map((choice) => `${beat.knot ?? '?'}: ${choice.text}`);
        for (const key of keys) offered.add(key);
        const fresh = beat.choices.filter((_, i) => !taken.has(keys[i] ?? ''));
        const pool = fresh.length > 0 ? fresh : beat.choices;
        const option = pool[Math.floor(random() * pool.length)] ?? beat.choices[0];
        if (!option) throw new Error('a choice point with no options');
        const key = `${beat.knot ?? '?'}: ${option.text}`;
        taken.add(key);
        path.push(option.text);
        total += countWords(option.text);
        narrator.choose(option.index);
      }
      words.push(total);
    } catch (error) {
      problems.push(
        `${(error as Error).message} (walk ${walks}, after ${path.map((p) => `'${p}'`).join(' > ') || 'no choices'})`,
      );
    }
  }
  return { walks, words, endings, offered, taken, problems };
}
