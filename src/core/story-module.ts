/** The shape of a compiled story as the ink build hands it to the game (see tools/ink/vite-plugin-ink.ts). */
export interface CompiledStory {
  /** ink's compiled JSON. */
  readonly json: string;
  /** Which ink file each knot lives in, relative to the project, for error messages. */
  readonly sources: Readonly<Record<string, string>>;
  /** Short content hash: equal hashes mean the very same story, so a saved ink state can be loaded as is. */
  readonly hash: string;
}
