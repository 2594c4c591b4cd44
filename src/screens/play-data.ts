/** How the story is started: new, from a save, or at a chapter. */
import type { SaveData } from '../core/save-format.ts';

export interface PlayData {
  /** A validated save to resume; a new game when absent. */
  readonly save?: SaveData | null;
  /** Start at this knot instead of the beginning (a chapter's entry; a writer's jump in development). */
  readonly knot?: string;
  /** A sentence to tell the player on arrival (an earlier save used because a newer one was damaged, say). */
  readonly notice?: string | null;
}
