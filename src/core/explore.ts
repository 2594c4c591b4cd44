/**
 * Explores every way through a story, for the story checks: depth-first over every option at every choice,
 * skipping states already seen. Any ink error, warning or bad tag on any path is collected with the choices that
 * led there, as is a path that never reaches an end within the bounds.
 */
import { type Beat, type ChoiceOption, Narrator } from './narrator.ts';
import type { CompiledStory } from './story-module.ts';

export interface ExploreOptions {
  /** Prepares the narrator before exploring (to start inside a recalled memory, say). */
  readonly start?: (narrator: Narrator) => void;
  /** Called after every beat on every path, to collect facts about the story. */
  readonly observe?: (narrator: Narrator, beat: Beat) => void;
  /** Called after every choice on every path, with the option taken. */
  readonly chosen?: (narrator: Narrator, option: ChoiceOption) => void;
}

export interface ExploreLimits {
  /** Choices deep before a path counts as never ending. */
  readonly maxChoices?: number;
  /** Beats in one stretch without a choice before it counts as a loop. */
  readonly maxBeatsBetweenChoices?: number;
  /** Distinct states before exploration stops (then `exhausted` is false). */
  readonly maxStates?: number;
}

export interface Exploration {
  readonly endings: number;
  readonly statesVisited: number;
  /** True when every reachable state was explored within `maxStates`. */
  readonly exhausted: boolean;
  readonly knotsVisited: ReadonlySet<string>;
  readonly stancesOffered: ReadonlySet<string>;
  /** Each problem with the path (option texts) that reached it. */
  readonly problems: readonly string[];
  readonly longestPathWords: number;
}

export function explore(story: CompiledStory, limits: ExploreLimits & ExploreOptions = {}): Exploration {
  const maxChoices = limits.maxChoices ?? 200;
  const maxBeats = limits.maxBeatsBetweenChoices ?? 2_000;
  const maxStates = limits.maxStates ?? 50_000;
  const narrator = new Narrator(story.json, { seed: 1, sources: story.sources });
  limits.start?.(narrator);
  const seen = new Set<string>();
  const knotsVisited = new Set<string>();
  const stancesOffered = new Set<string>();
  const problems: string[] = [];
  let endings = 0;
  let longestPathWords = 0;
  let exhausted = true;

  const walk = (state: string | null, path: readonly string[], words: number): void => {
    if (seen.size >= maxStates) {
      exhausted = false;
      return;
    }
    if (state !== null) narrator.loadState(state);
    const where = path.length > 0 ? ` after ${path.map((p) => `'${p}'`).join(' > ')}` : ' at the start';
    let total = words;
    try {
      for (let beats = 0; ; beats += 1) {
        if (beats >= maxBeats) {
          problems.push(`more than ${maxBeats} lines without a choice or an end${where}`);
          return;
        }
        const beat = narrator.next();
        if (beat.knot) knotsVisited.add(beat.knot);
        limits.observe?.(narrator, beat);
        total += countWords(beat.text);
        if (beat.ended) {
          endings += 1;
          longestPathWords = Math.max(longestPathWords, total);
          return;
        }
        if (beat.choices.length > 0) break;
      }
    } catch (error) {
      problems.push(`${(error as Error).message}${where}`);
      return;
    }
    if (path.length >= maxChoices) {
      problems.push(`no end within ${maxChoices} choices${where}`);
      return;
    }
    const here = narrator.saveState();
    const key = withoutTurnCounters(here);
    if (seen.has(key)) return;
    seen.add(key);
    for (const option of narrator.options()) {
      for (const command of option.commands) {
        if (command.kind === 'stance') stancesOffered.add(`${command.point}.${command.option}`);
      }
      narrator.loadState(here);
      narrator.choose(option.index);
      limits.chosen?.(narrator, option);
      walk(narrator.saveState(), [...path, option.text], total + countWords(option.text));
    }
  };

  walk(null, [], 0);
  return {
    endings,
    statesVisited: seen.size,
    exhausted,
    knotsVisited,
    stancesOffered,
    problems,
    longestPathWords,
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Two states that differ only in ink's turn counters are the same place in the story. */
function withoutTurnCounters(state: string): string {
  const parsed = JSON.parse(state) as Record<string, unknown>;
  delete parsed.turnIdx;
  delete parsed.turnIndices;
  return JSON.stringify(parsed);
}
