/**
 * What this player has read, in any playthrough: the lines skipping may pass over, and the chapters the title
 * may open. Kept on the device apart from saves, like Ren'Py's persistent data, so a new game or an older save
 * still knows what was read. A line is known by a short hash of its knot and its words: edit a line and it
 * counts as unread again, which is what a returning reader would want.
 */
import * as v from 'valibot';

export const READING_FORMAT = 'lost-corner-reading';
const MAX_LINES = 200_000;

const ReadingSchema = v.strictObject({
  format: v.literal(READING_FORMAT),
  version: v.literal(1),
  lines: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9a-z]{1,8}$/))), v.maxLength(MAX_LINES)),
  chapters: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100)),
});

/** FNV-1a over the knot and the words: stable across sessions and builds, eight base-36 characters at most. */
export function lineKey(knot: string | null, text: string): string {
  let hash = 0x811c9dc5;
  const input = `${knot ?? ''}\u0000${text}`;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export class Reading {
  private readonly lines: Set<string>;
  private readonly chapters: Set<string>;
  private changed = false;

  constructor(lines: Iterable<string> = [], chapters: Iterable<string> = []) {
    this.lines = new Set(lines);
    this.chapters = new Set(chapters);
  }

  /** Reads what storage gave back; anything damaged starts afresh rather than stopping the game. */
  static from(stored: unknown): Reading {
    const result = v.safeParse(ReadingSchema, stored);
    return result.success ? new Reading(result.output.lines, result.output.chapters) : new Reading();
  }

  hasRead(knot: string | null, text: string): boolean {
    return this.lines.has(lineKey(knot, text));
  }

  markRead(knot: string | null, text: string): void {
    const key = lineKey(knot, text);
    if (this.lines.has(key) || this.lines.size >= MAX_LINES) return;
    this.lines.add(key);
    this.changed = true;
  }

  hasReached(chapter: string): boolean {
    return this.chapters.has(chapter);
  }

  markReached(chapters: readonly string[]): void {
    for (const chapter of chapters) {
      if (this.chapters.has(chapter)) continue;
      this.chapters.add(chapter);
      this.changed = true;
    }
  }

  /** True once since the last `stored()`: whether there is anything new to write. */
  get dirty(): boolean {
    return this.changed;
  }

  stored(): v.InferOutput<typeof ReadingSchema> {
    this.changed = false;
    return { format: READING_FORMAT, version: 1, lines: [...this.lines], chapters: [...this.chapters] };
  }
}
