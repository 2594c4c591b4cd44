/**
 * What the Chest and MemoryMap scenes may do with the reader's memories. The Play scene owns the playthrough and
 * hands this to them when it opens them, so they show and ask, and Play decides.
 */
import type { KeepsakeView, MemoryInfo, Recollection } from '../core/memory.ts';
import type { KeepsakeId } from '../core/vocabulary.ts';

export interface MemoryAccess {
  /** The keepsakes Kathy holds now, set-aside ones included. */
  chest(): readonly KeepsakeView[];
  /** Every memory in the story (labels of unseen ones are never shown) and this reader's recollections. */
  timelines(): { readonly memories: readonly MemoryInfo[]; readonly recollections: readonly Recollection[] };
  /** Opens a memory from the chest: part of the story, remembered in the save. */
  open(knot: string): void;
  setAside(keepsake: KeepsakeId, aside: boolean): void;
  /** Replays a memory from the map on a copy of the story: nothing the reader does there is kept. */
  replay(knot: string): void;
  /** Back to the reading screen, as it was. */
  close(): void;
}

/** Scene data for Chest and MemoryMap. */
export interface MemorySceneData {
  readonly access: MemoryAccess;
}
