/**
 * Every picture the story shows: walks the story (see walk.ts) and, line by line, builds the stage the way a
 * playthrough does, collecting each distinct picture (place, register, light, weather, who is there) with the
 * number of lines shown over it and where it is first seen. Memories the walks never tunnel into are played on
 * their own, as the chest would open them. Also reports lines shown with no place, or in silence, which a
 * player would find empty.
 *
 * Used by the story test (every line has a place and a sound) and by `npm run shots` (a photograph of each).
 */
import { readMemories } from './memory.ts';
import { Narrator } from './narrator.ts';
import { applyAll, EMPTY_STAGE, type Stage } from './stage.ts';
import type { CompiledStory } from './story-module.ts';
import { coverByWalking } from './walk.ts';

/** What a stage looks like on the canvas: the parts of it that are painted. */
export type Picture = Pick<Stage, 'place' | 'register' | 'light' | 'weather' | 'cast' | 'closeUp'>;

export interface PictureSeen {
  readonly picture: Picture;
  /** A stable name: `place|register|light|weather|cast|closeUp`. */
  readonly key: string;
  /** Lines shown over it, summed over every walk. */
  readonly lines: number;
  /** The knot it is first seen in. */
  readonly knot: string | null;
}

export interface LineWithout {
  readonly knot: string | null;
  readonly text: string;
}

export interface StoryPictures {
  readonly pictures: readonly PictureSeen[];
  /** Lines shown before any place is set: nothing but the bare background behind them. */
  readonly unplaced: readonly LineWithout[];
  /** Lines shown with neither an ambience bed nor music. */
  readonly silent: readonly LineWithout[];
}

export function pictureKey(picture: Picture): string {
  const { place, register, light, weather, cast, closeUp } = picture;
  return [place, register, light, weather, cast.join(' '), closeUp ?? ''].join('|');
}

export function picturesOfTheStory(story: CompiledStory, walks = 40): StoryPictures {
  const seen = new Map<string, { picture: Picture; lines: number; knot: string | null }>();
  const unplaced = new Map<string, LineWithout>();
  const silent = new Map<string, LineWithout>();
  let stage: Stage = EMPTY_STAGE;
  const observe = (beat: { text: string; knot: string | null; commands: Parameters<typeof applyAll>[1] }) => {
    stage = applyAll(stage, beat.commands);
    if (!beat.text.trim()) return;
    const line = { knot: beat.knot, text: beat.text };
    const where = `${beat.knot}:${beat.text}`;
    if (!stage.place) unplaced.set(where, line);
    if (!stage.ambience && !stage.music) silent.set(where, line);
    if (!stage.place) return;
    const picture: Picture = {
      place: stage.place,
      register: stage.register,
      light: stage.light,
      weather: stage.weather,
      cast: stage.cast,
      closeUp: stage.closeUp,
    };
    const key = pictureKey(picture);
    const entry = seen.get(key);
    if (entry) entry.lines += 1;
    else seen.set(key, { picture, lines: 1, knot: beat.knot });
  };
  coverByWalking(story, {
    minWalks: walks,
    maxWalks: walks,
    start: () => {
      stage = EMPTY_STAGE;
    },
    observe: (_narrator, beat) => observe(beat),
  });
  // Each memory alone, from an empty stage, as if opened from the chest on a fresh start.
  const narrator = new Narrator(story.json, { sources: story.sources });
  for (const memory of readMemories(narrator)) {
    const alone = new Narrator(story.json, { sources: story.sources });
    stage = EMPTY_STAGE;
    alone.recall(memory.knot);
    // A recall ends when its flow reaches DONE; a choice inside a memory takes its first option.
    for (let beats = 0; beats < 2000; beats += 1) {
      const beat = alone.next();
      observe(beat);
      if (beat.ended || !alone.recalling) break;
      if (beat.choices.length > 0) alone.choose(0);
    }
  }
  const pictures = [...seen.entries()].map(([key, entry]) => ({ key, ...entry }));
  return { pictures, unplaced: [...unplaced.values()], silent: [...silent.values()] };
}
