/**
 * Making a save from a playthrough, and resuming one on the current story. The format itself, and the strict
 * reading of anything from storage or a file, are in save-format.ts, which needs no story engine: the title reads
 * saves before the story has arrived.
 */
import { Playthrough, type Position } from './playthrough.ts';
import { SAVE_FORMAT, SAVE_VERSION, type SaveData } from './save-format.ts';
import type { CompiledStory } from './story-module.ts';

export * from './save-format.ts';

/** What a save records besides the playthrough itself. */
export interface SaveExtras {
  readonly savedAt: number;
  readonly playTime: number;
  readonly thumbnail?: string | null;
  /** The game release this story shipped in ("0.1.0"), for anyone reading the save; not used to load it. */
  readonly storyVersion?: string | null;
}

export function makeSave(playthrough: Playthrough, extras: SaveExtras): SaveData {
  const beat = playthrough.current;
  const position: Position = playthrough.position;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    storyHash: playthrough.story.hash,
    inkState: playthrough.inkState(),
    seed: playthrough.seed,
    position: { steps: [...position.steps], beatsSinceStep: position.beatsSinceStep },
    stage: playthrough.stage,
    beat: beat && { text: beat.text, speaker: beat.speaker, knot: beat.knot, alternative: beat.alternative },
    recollections: playthrough.recollections.map((r) => ({ ...r, knowledge: [...r.knowledge] })),
    stash: playthrough.recalling,
    savedAt: extras.savedAt,
    playTime: Math.max(0, Math.round(extras.playTime)),
    thumbnail: extras.thumbnail ?? null,
    storyVersion: extras.storyVersion ?? null,
    inkSaveVersion: playthrough.inkSaveVersion,
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
    // Tried on a playthrough of its own, so a state ink refuses touches nothing; the path is the fallback.
    try {
      return { playthrough: Playthrough.restore(story, save), note: null };
    } catch {
      // ink could not read its own state back (damaged by hand, say): replay the path instead.
    }
  }
  const { playthrough, complete } = Playthrough.replay(story, save.seed, save.position);
  return {
    playthrough,
    note: complete
      ? null
      : 'The story has changed since you saved, so you are back at the last moment that is still the same.',
  };
}
