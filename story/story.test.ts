/**
 * Checks over the real story, compiled by the same ink build the game ships with: every path (bounded), every
 * memory opened from the chest, and the conventions the game relies on (story/README.md).
 */
import { describe, expect, it } from 'vitest';
import { parseTags } from '../src/core/commands.ts';
import { type Exploration, explore } from '../src/core/explore.ts';
import { DRAWER_VARIABLE, KEEPSAKE_LIST, KNOWLEDGE_LIST, readMemories } from '../src/core/memory.ts';
import { Narrator, RECALL_KNOT } from '../src/core/narrator.ts';
import { KEEPSAKES } from '../src/core/vocabulary.ts';
import { compileInk } from '../tools/ink/compile-ink.ts';
import story from './main.ink';

const narrator = () => new Narrator(story.json, { sources: story.sources });
const memories = readMemories(narrator());

/** Facts gathered on every path: keepsakes held, stances that failed to set their LIST, uncertain lines. */
const held = new Set<string>();
const stanceProblems: string[] = [];
const uncertain = new Set<string>();
let pendingStance: { point: string; option: string } | null = null;
const observe = (n: Narrator, beat: { text: string; alternative: string | null }) => {
  for (const item of n.listItems(KEEPSAKE_LIST) ?? []) held.add(item);
  if (beat.alternative) uncertain.add(beat.text);
  if (pendingStance) {
    const { point, option } = pendingStance;
    if (!(n.listItems(point) ?? []).includes(option)) {
      stanceProblems.push(`stance '${point}.${option}' did not set LIST ${point} by the next line`);
    }
    pendingStance = null;
  }
};
const chosen = (
  _n: Narrator,
  option: { commands: readonly { kind: string; point?: string; option?: string }[] },
) => {
  const stance = option.commands.find((c) => c.kind === 'stance');
  pendingStance = stance?.point && stance.option ? { point: stance.point, option: stance.option } : null;
};

const main = explore(story, { observe, chosen });

/** Each memory explored as the chest opens it: once knowing nothing, once knowing all it depends on. */
const recalled = new Map<
  string,
  { fresh: Exploration; knowing: Exploration; freshText: string[]; knowingText: string[] }
>();
for (const memory of memories) {
  const freshText: string[] = [];
  const knowingText: string[] = [];
  const fresh = explore(story, {
    start: (n) => n.recall(memory.knot),
    observe: (n, beat) => {
      observe(n, beat);
      freshText.push(beat.text);
    },
    chosen,
  });
  const knowing = explore(story, {
    start: (n) => {
      n.setList(KNOWLEDGE_LIST, KNOWLEDGE_LIST, memory.depends);
      n.recall(memory.knot);
    },
    observe: (n, beat) => {
      observe(n, beat);
      knowingText.push(beat.text);
    },
    chosen,
  });
  recalled.set(memory.knot, { fresh, knowing, freshText, knowingText });
}

describe('the story', () => {
  it('has no ink error, warning, unknown tag or dead end on any path', () => {
    expect(main.problems).toEqual([]);
  });

  it('was explored completely, and every path reaches an end', () => {
    expect(main.exhausted).toBe(true);
    expect(main.endings).toBeGreaterThan(0);
  });

  it('reaches every knot, by the story itself or through a memory the chest opens', () => {
    const reached = new Set([...main.knotsVisited, RECALL_KNOT]);
    for (const { fresh } of recalled.values()) for (const knot of fresh.knotsVisited) reached.add(knot);
    expect([...reached].sort()).toEqual(Object.keys(story.sources).sort());
  });

  it('sets the LIST of every stance it offers, as soon as the stance is taken', () => {
    expect(stanceProblems).toEqual([]);
    expect(main.stancesOffered.size).toBeGreaterThanOrEqual(2);
  });
});

describe('the memory conventions', () => {
  it('declares the keepsakes LIST with exactly the game’s keepsakes, the knowledge LIST and the drawer', () => {
    const n = narrator();
    n.setList(KEEPSAKE_LIST, KEEPSAKE_LIST, KEEPSAKES);
    expect(n.listItems(KEEPSAKE_LIST)).toEqual([...KEEPSAKES]);
    expect(n.listItems(KNOWLEDGE_LIST)).toEqual([]);
    expect(n.listItems(DRAWER_VARIABLE)).toEqual([]);
  });

  it('has at least four keepsakes and five memories, each keepsake with at most one memory', () => {
    const withKeepsake = memories.filter((m) => m.keepsake);
    expect(withKeepsake.length).toBeGreaterThanOrEqual(4);
    expect(new Set(withKeepsake.map((m) => m.keepsake)).size).toBe(withKeepsake.length);
  });

  it('gives Kathy only keepsakes that open a memory', () => {
    const opened = new Set(memories.map((m) => m.keepsake));
    expect([...held].filter((k) => !opened.has(k as never))).toEqual([]);
    expect(held.size).toBeGreaterThanOrEqual(4);
  });

  it('lets the chest open every memory: each plays through recall to its end, on every path', () => {
    for (const memory of memories) {
      const { fresh, knowing } = recalled.get(memory.knot)!;
      expect(fresh.problems, memory.knot).toEqual([]);
      expect(knowing.problems, memory.knot).toEqual([]);
      expect(fresh.knotsVisited.has(memory.knot), `recall does not list ${memory.knot}`).toBe(true);
      expect(fresh.endings, memory.knot).toBeGreaterThan(0);
    }
  });

  it('gives every memory a label, a place and an age', () => {
    for (const memory of memories) {
      expect(memory.label, memory.knot).toMatch(/\w/);
      expect(memory.place, memory.knot).not.toBeNull();
      expect(memory.age, memory.knot).not.toBeNull();
    }
  });

  it('has at least two memories that re-remember, each reading differently once its knowledge is known', () => {
    const rereading = memories.filter((m) => m.depends.length > 0);
    expect(rereading.length).toBeGreaterThanOrEqual(2);
    for (const memory of rereading) {
      const { freshText, knowingText } = recalled.get(memory.knot)!;
      const onlyWhenKnowing = knowingText.filter((line) => line && !freshText.includes(line));
      expect(
        onlyWhenKnowing.length,
        `${memory.knot} does not change with ${memory.depends.join(', ')}`,
      ).toBeGreaterThan(0);
    }
  });

  it('names only knowledge the knowledge LIST has', () => {
    const n = narrator();
    for (const memory of memories) {
      expect(() => n.setList(KNOWLEDGE_LIST, KNOWLEDGE_LIST, memory.depends), memory.knot).not.toThrow();
    }
  });

  it('has at least two uncertain lines, each with its alternative', () => {
    expect(uncertain.size).toBeGreaterThanOrEqual(2);
  });

  it('reads each memory’s tags ahead as known commands', () => {
    const n = narrator();
    for (const memory of memories) expect(() => parseTags(n.tagsAhead(memory.knot))).not.toThrow();
  });

  it('gives each reflection point a single place in the story', () => {
    const ids = compileInk('story/main.ink')
      .tags.map((t) => t.tag.match(/^reflect:\s*(\S+)$/)?.[1])
      .filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
