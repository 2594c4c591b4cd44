/**
 * Kathy's memories as the game sees them: which knots are memories (read ahead from their tags, so nothing is
 * spoilt), which keepsakes she holds and which are set aside in the Norfolk drawer (read from ink's LISTs), how
 * often each memory has been seen (ink's visit counts), and which have "something new" to give.
 *
 * Invariant: nothing here keeps a copy of a story variable. The one thing ink cannot know, the order in which
 * this player recalled memories and what they knew each time, is the recollection log, kept by the playthrough.
 */
import { parseTags } from './commands.ts';
import type { KeepsakeId, PlaceId } from './vocabulary.ts';
import { KEEPSAKE_NAMES } from './vocabulary.ts';

/** Names the story and the game agree on (see story/README.md). */
export const KEEPSAKE_LIST = 'keepsakes';
export const KNOWLEDGE_LIST = 'knowledge';
export const DRAWER_VARIABLE = 'drawer';

/** What memory.ts needs to read from the story; the narrator provides it. */
export interface StoryReader {
  knotNames(): string[];
  tagsAhead(knot: string): string[];
  visits(knot: string): number;
  listItems(name: string): string[] | null;
}

export interface MemoryInfo {
  readonly knot: string;
  readonly label: string;
  readonly keepsake: KeepsakeId | null;
  readonly place: PlaceId | null;
  readonly age: number | null;
  /** Knowledge items whose gaining changes what this memory means. */
  readonly depends: readonly string[];
  /** Position in the story files, to keep a stable order among memories of the same age. */
  readonly order: number;
}

/** One time this player recalled a memory. */
export interface Recollection {
  readonly knot: string;
  /** How many beats into the playthrough it happened (orders recollections, and links them to the backlog). */
  readonly at: number;
  /** Knowledge held when it was recalled. */
  readonly knowledge: readonly string[];
  /** Reached by the story itself, or opened by the player from the chest. */
  readonly via: 'story' | 'chest';
}

/** Every memory in the story: the knots whose first tags include `# memory: label`. */
export function readMemories(reader: StoryReader): MemoryInfo[] {
  const memories: MemoryInfo[] = [];
  reader.knotNames().forEach((knot, order) => {
    const commands = parseTags(reader.tagsAhead(knot), { knot });
    const memory = commands.find((c) => c.kind === 'memory');
    if (!memory) return;
    memories.push({
      knot,
      label: memory.label,
      keepsake: commands.find((c) => c.kind === 'keepsake')?.keepsake ?? null,
      place: commands.find((c) => c.kind === 'place')?.place ?? null,
      age: commands.find((c) => c.kind === 'age')?.age ?? null,
      depends: commands.flatMap((c) => (c.kind === 'depends' ? [c.knowledge] : [])),
      order,
    });
  });
  return memories;
}

/**
 * True when a memory seen before has something new to give: knowledge it depends on was gained after the last
 * time it was recalled.
 */
export function hasSomethingNew(
  memory: MemoryInfo,
  recollections: readonly Recollection[],
  knowledge: readonly string[],
): boolean {
  const last = recollections.findLast((r) => r.knot === memory.knot);
  if (!last) return false;
  return memory.depends.some((item) => knowledge.includes(item) && !last.knowledge.includes(item));
}

export interface KeepsakeView {
  readonly keepsake: KeepsakeId;
  /** What the object is called: never a spoiler for its memory. */
  readonly name: string;
  /** The memory it opens; its label is shown once it has been seen. */
  readonly memory: MemoryInfo | null;
  readonly visits: number;
  readonly somethingNew: boolean;
  readonly setAside: boolean;
}

/** What is in Kathy's chest now, in keepsake order; the drawer's contents are the ones set aside. */
export function chestContents(
  reader: StoryReader,
  memories: readonly MemoryInfo[],
  recollections: readonly Recollection[],
): KeepsakeView[] {
  const held = reader.listItems(KEEPSAKE_LIST) ?? [];
  const drawer = reader.listItems(DRAWER_VARIABLE) ?? [];
  const knowledge = reader.listItems(KNOWLEDGE_LIST) ?? [];
  return held.flatMap((item) => {
    const keepsake = item as KeepsakeId;
    if (!(keepsake in KEEPSAKE_NAMES)) return [];
    const memory = memories.find((m) => m.keepsake === keepsake) ?? null;
    return [
      {
        keepsake,
        name: KEEPSAKE_NAMES[keepsake],
        memory,
        visits: memory ? reader.visits(memory.knot) : 0,
        somethingNew: memory ? hasSomethingNew(memory, recollections, knowledge) : false,
        setAside: drawer.includes(keepsake),
      },
    ];
  });
}

/** Memories seen so far, in the order they happened in Kathy's life (by age; unknown ages last). */
export function inStoryOrder(
  memories: readonly MemoryInfo[],
  recollections: readonly Recollection[],
): MemoryInfo[] {
  const seen = new Set(recollections.map((r) => r.knot));
  return memories
    .filter((m) => seen.has(m.knot))
    .sort((a, b) => (a.age ?? 99) - (b.age ?? 99) || a.order - b.order);
}

/**
 * Watches ink's visit counts for memory knots, to notice the moment a memory is entered (by the story's own
 * tunnel or by a recall). Returns the knots entered since the last look.
 */
export class EntryWatcher {
  private readonly counts = new Map<string, number>();

  constructor(private readonly memories: readonly MemoryInfo[]) {}

  /** Takes the current counts as the baseline (after restoring a save, say). */
  reset(reader: StoryReader): void {
    for (const memory of this.memories) this.counts.set(memory.knot, reader.visits(memory.knot));
  }

  entered(reader: StoryReader): string[] {
    const entered: string[] = [];
    for (const memory of this.memories) {
      const now = reader.visits(memory.knot);
      if (now > (this.counts.get(memory.knot) ?? 0)) entered.push(memory.knot);
      this.counts.set(memory.knot, now);
    }
    return entered;
  }
}
