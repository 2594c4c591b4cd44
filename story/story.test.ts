/**
 * Checks over the real story, compiled by the same ink build the game ships with. The whole story is too big to
 * explore exhaustively, so it is walked: seeded walks that take every option at least once, from the start and
 * from each named beat's own entry. Each memory, small enough, is explored exhaustively as the chest opens it,
 * once knowing nothing and once knowing all it depends on. Then the conventions the game relies on
 * (story/README.md) and the sizes the story promises.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTERS, chaptersReachedBy, PERSPECTIVES } from '../src/core/chapters.ts';
import { parseTags } from '../src/core/commands.ts';
import { SCENE_NOTES } from '../src/core/content-notes.ts';
import { type Exploration, explore } from '../src/core/explore.ts';
import { DRAWER_VARIABLE, KEEPSAKE_LIST, KNOWLEDGE_LIST, readMemories } from '../src/core/memory.ts';
import { Narrator, RECALL_KNOT } from '../src/core/narrator.ts';
import { picturesOfTheStory } from '../src/core/pictures.ts';
import { Playthrough } from '../src/core/playthrough.ts';
import { CAST, type CastId, KEEPSAKES, PLACES } from '../src/core/vocabulary.ts';
import { coverByWalking } from '../src/core/walk.ts';
import { compileInk } from '../tools/ink/compile-ink.ts';
import { BEATS } from '../tools/ink/story-report.ts';
import story from './main.ink';

const source = compileInk('story/main.ink');
const narrator = () => new Narrator(story.json, { sources: story.sources });
const memories = readMemories(narrator());

/** Facts gathered on every beat read: keepsakes held, stances that failed to set their LIST, uncertain lines. */
const held = new Set<string>();
const stanceProblems: string[] = [];
const uncertain = new Set<string>();
const knotsRead = new Set<string>();
/** The `# chapter:` titles shown on the walks from the start. */
const chaptersShown = new Set<string>();
let pendingStance: { point: string; option: string } | null = null;
let lastChoices: readonly {
  text: string;
  commands: readonly { kind: string; point?: string; option?: string }[];
}[] = [];

function observe(
  n: Narrator,
  beat: { text: string; alternative: string | null; knot: string | null; choices: typeof lastChoices },
) {
  for (const item of n.listItems(KEEPSAKE_LIST) ?? []) held.add(item);
  if (beat.alternative) uncertain.add(beat.text);
  if (beat.knot) knotsRead.add(beat.knot);
  if (pendingStance) {
    const { point, option } = pendingStance;
    if (!(n.listItems(point) ?? []).includes(option)) {
      stanceProblems.push(`stance '${point}.${option}' did not set LIST ${point} by the next line`);
    }
    pendingStance = null;
  }
  if (beat.choices.length > 0) lastChoices = beat.choices;
}

/** Wraps a narrator so each choice taken is checked against its stance on the next beat. */
function watchingStances(start?: (n: Narrator) => void) {
  return (n: Narrator) => {
    start?.(n);
    const choose = n.choose.bind(n);
    n.choose = (index: number) => {
      const option = lastChoices.find((_, i) => i === index) ?? lastChoices[index];
      const stance = option?.commands.find((c) => c.kind === 'stance');
      pendingStance = stance?.point && stance.option ? { point: stance.point, option: stance.option } : null;
      return choose(index);
    };
  };
}

const main = coverByWalking(story, {
  start: watchingStances(),
  observe: (n, beat) => {
    observe(n, beat);
    for (const command of beat.commands) if (command.kind === 'chapter') chaptersShown.add(command.title);
  },
  maxWalks: 400,
  minWalks: 20,
});
const beats = BEATS.map((beat) => ({
  ...beat,
  walk: coverByWalking(story, {
    start: watchingStances((n) => n.jumpTo(beat.entry)),
    observe,
    maxWalks: 200,
    minWalks: 5,
  }),
}));

/** Each perspective replay walked from its knot, as the chapter list opens it. */
const imagined = PERSPECTIVES.map((p) => ({
  ...p,
  walk: coverByWalking(story, {
    start: watchingStances((n) => n.jumpTo(p.knot)),
    observe,
    maxWalks: 60,
    minWalks: 6,
  }),
}));

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
  });
  recalled.set(memory.knot, { fresh, knowing, freshText, knowingText });
}

const inkFiles = fs
  .readdirSync('story')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => ({ file: `story/${f}`, text: fs.readFileSync(`story/${f}`, 'utf-8') }));

describe('the story, walked', () => {
  it('has no ink error, warning, unknown tag or dead end on any walk', () => {
    expect(main.problems).toEqual([]);
    expect(main.endings).toBe(main.walks);
  });

  it('took every option at least once', () => {
    expect([...main.offered].filter((o) => !main.taken.has(o))).toEqual([]);
  });

  it('plays each named beat on its own, from its entry knot, to an end', () => {
    for (const beat of beats) {
      expect(beat.walk.problems, beat.entry).toEqual([]);
      expect(beat.walk.endings, beat.entry).toBe(beat.walk.walks);
      expect(
        [...beat.walk.offered].filter((o) => !beat.walk.taken.has(o)),
        beat.entry,
      ).toEqual([]);
    }
  });

  it('reaches every knot, by the story itself, a beat’s entry, or a memory the chest opens', () => {
    const entries = [...BEATS.map((b) => b.entry), ...PERSPECTIVES.map((p) => p.knot)];
    const reached = new Set([...knotsRead, RECALL_KNOT, ...entries]);
    const unread = Object.keys(story.sources).filter((knot) => !reached.has(knot));
    // A knot holding only logic and diverts has no line to read; it is reached if a read knot is reached through it.
    expect(unread.filter((knot) => source.words.some((w) => w.knot === knot && w.words > 0))).toEqual([]);
  });

  it('sets the LIST of every stance it offers, as soon as the stance is taken', () => {
    expect(stanceProblems).toEqual([]);
  });
});

describe('the perspective replays', () => {
  it('plays each from its knot to an end, every option taken, with no ink error', () => {
    for (const replay of imagined) {
      expect(replay.walk.problems, replay.knot).toEqual([]);
      expect(replay.walk.endings, replay.knot).toBe(replay.walk.walks);
      expect(
        [...replay.walk.offered].filter((o) => !replay.walk.taken.has(o)),
        replay.knot,
      ).toEqual([]);
    }
  });

  it('runs 600 to 1,000 words on every way through', () => {
    for (const replay of imagined) {
      expect(Math.min(...replay.walk.words), replay.knot).toBeGreaterThanOrEqual(600);
      expect(Math.max(...replay.walk.words), replay.knot).toBeLessThanOrEqual(1_000);
    }
  });

  it('opens with the banner "Imagined, not in the novel" and ends on its own reflection point', () => {
    for (const replay of imagined) {
      const n = narrator();
      n.jumpTo(replay.knot);
      expect(n.next().text, replay.knot).toMatch(/^Imagined, not in the novel:/);
      const text = inkFiles.map((f) => f.text).join('\n');
      expect(text, replay.knot).toContain(`# reflect: persp_${replay.knot.replace('perspective_', '')}`);
    }
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

  it('gives every keepsake, each opening exactly one memory', () => {
    const opened = memories.flatMap((m) => (m.keepsake ? [m.keepsake] : []));
    expect([...opened].sort()).toEqual([...KEEPSAKES].sort());
    expect([...held].sort()).toEqual([...KEEPSAKES].sort());
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

  it('has at least five memories that re-remember, each reading differently once its knowledge is known', () => {
    const rereading = memories.filter((m) => m.depends.length > 0);
    expect(rereading.length).toBeGreaterThanOrEqual(5);
    for (const memory of rereading) {
      const { freshText, knowingText } = recalled.get(memory.knot)!;
      const onlyWhenKnowing = knowingText.filter((line) => line && !freshText.includes(line));
      expect(
        onlyWhenKnowing.length,
        `${memory.knot} does not change with ${memory.depends.join(', ')}`,
      ).toBeGreaterThan(0);
    }
  });

  it('grants, somewhere in the story, every knowledge item a memory depends on', () => {
    const granted = new Set(
      inkFiles.flatMap(({ text }) => [...text.matchAll(/knowledge\s*\+=\s*\(?\s*(\w+)/g)].map((m) => m[1])),
    );
    for (const memory of memories)
      for (const item of memory.depends) expect(granted, `${memory.knot}: ${item}`).toContain(item);
  });

  it('reads each memory’s tags ahead as known commands', () => {
    const n = narrator();
    for (const memory of memories) expect(() => parseTags(n.tagsAhead(memory.knot))).not.toThrow();
  });
});

const stanceTags = source.tags.filter((t) => t.tag.startsWith('stance:'));

describe('stances, reflections and content notes', () => {
  const points = [...new Set(stanceTags.map((t) => t.tag.slice(7).trim().split('.')[0] ?? ''))];

  it('reads every stance again somewhere after it is taken', () => {
    const unread = points.filter((point) => {
      const uses = inkFiles.flatMap(({ text }) =>
        text
          .split('\n')
          .filter((line) => new RegExp(`\\b${point}\\b`).test(line))
          .filter((line) => !/^\s*LIST\b/.test(line))
          .filter((line) => !new RegExp(`~\\s*${point}\\s*=`).test(line))
          .filter((line) => !new RegExp(`stance:\\s*${point}\\.`).test(line))
          .filter((line) => !new RegExp(`\\{\\s*not\\s+${point}\\s*\\}`).test(line)),
      );
      return uses.length === 0;
    });
    expect(unread).toEqual([]);
  });

  it('gives each reflection point a single place in the story', () => {
    const ids = source.tags.flatMap((t) => (t.tag.startsWith('reflect:') ? [t.tag.slice(8).trim()] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows every content note with a choice to read a summary instead', () => {
    for (const note of source.tags.filter((t) => t.tag.startsWith('content_note'))) {
      const summary = source.tags.find(
        (t) => t.tag === 'summary' && t.file === note.file && t.line > note.line && t.line <= note.line + 6,
      );
      expect(summary, `${note.file}:${note.line}`).toBeDefined();
    }
  });

  it('lists in the settings and on the title exactly the content notes the story gives', () => {
    const inStory = new Set(
      source.tags.flatMap((t) => (t.tag.startsWith('content_note:') ? [t.tag.slice(13).trim()] : [])),
    );
    expect(new Set(SCENE_NOTES.map((note) => note.topics))).toEqual(inStory);
  });
});

/**
 * Cast members the story leaves out on purpose, drawn by src/places/figures.ts but named by no `# cast:` tag. Empty
 * for now; a name added here must really be unused, and a name in CAST must be used or added here.
 */
const CAST_LEFT_OUT: readonly CastId[] = [];

describe('the people in the picture', () => {
  const used = new Set(
    source.tags.flatMap((t) =>
      parseTags([t.tag]).flatMap((command) => (command.kind === 'cast' ? command.cast : [])),
    ),
  );

  it('puts every cast member in a picture somewhere, unless deliberately left out', () => {
    expect(CAST.filter((id) => !used.has(id) && !CAST_LEFT_OUT.includes(id))).toEqual([]);
    expect(CAST_LEFT_OUT.filter((id) => used.has(id))).toEqual([]);
  });

  it('shows the imagined Tommy only at the fence, in the epilogue', () => {
    const imagined = source.tags.filter((t) => /^cast:.*\bimagined_tommy\b/.test(t.tag));
    expect(imagined.length).toBeGreaterThan(0);
    for (const t of imagined) expect(t.file, `${t.file}:${t.line}`).toBe('story/epilogue.ink');
  });
});

describe('every scene has its place, light and sound', () => {
  const seen = picturesOfTheStory(story, 24);

  it('shows every line over a place, with an ambience or music playing', () => {
    expect(seen.unplaced.map((l) => `${l.knot}: ${l.text}`)).toEqual([]);
    expect(seen.silent.map((l) => `${l.knot}: ${l.text}`)).toEqual([]);
  });

  it('goes to every place the game can paint, and shows each keepsake up close somewhere', () => {
    const places = new Set(seen.pictures.map((p) => p.picture.place));
    expect(PLACES.filter((place) => !places.has(place))).toEqual([]);
    const closeUps = new Set(seen.pictures.map((p) => p.picture.closeUp));
    expect(KEEPSAKES.filter((keepsake) => !closeUps.has(keepsake))).toEqual([]);
  });

  it('puts each close-up away within a few lines', () => {
    // Lines shown over each close-up picture, per walk: a held keepsake that lingers hides the scene behind it.
    for (const p of seen.pictures.filter((p) => p.picture.closeUp)) {
      expect(p.lines / 24, p.key).toBeLessThanOrEqual(6);
    }
  });
});

describe('the endings', () => {
  /** Reads the epilogue to its end from the given state, taking the first option at every choice. */
  function endingReflection(state: Readonly<Record<string, readonly string[]>>): string[] {
    const n = narrator();
    for (const [list, items] of Object.entries(state)) {
      n.setList(list, list === DRAWER_VARIABLE ? KEEPSAKE_LIST : list, items);
    }
    n.jumpTo('epilogue');
    const ids: string[] = [];
    for (let beats = 0; beats < 2_000; beats += 1) {
      const beat = n.next();
      for (const command of beat.commands) if (command.kind === 'reflect') ids.push(command.id);
      if (beat.ended) return ids;
      if (beat.choices[0]) n.choose(beat.choices[0].index);
    }
    throw new Error('the epilogue did not end');
  }

  it('ends at the fence in five different ways, by what was set aside, felt and kept', () => {
    const states: Record<string, string[]>[] = [
      { drawer: ['tape', 'polo_shirt', 'office_advert'] },
      { field_embrace: ['letting_go'] },
      { field_embrace: ['holding_on'], no_deferrals_felt: ['felt_anger'] },
      { field_embrace: ['holding_on'], no_deferrals_felt: ['felt_numb'], telling: ['kept_back'] },
      { field_embrace: ['holding_on'], no_deferrals_felt: ['felt_numb'], telling: ['everything'] },
    ];
    const endings = states.map((state) =>
      endingReflection(state)
        .filter((id) => id.startsWith('ep_'))
        .at(-1),
    );
    expect(endings).toEqual([
      'ep_what_was_set_aside',
      'ep_the_river',
      'ep_nobody_to_blame',
      'ep_what_she_keeps',
      'ep_holding_on',
    ]);
  });
});

describe('the size of the story', () => {
  const total = source.words.reduce((sum, w) => sum + w.words, 0);
  const wordsIn = (knot: string) =>
    source.words.filter((w) => w.knot === knot).reduce((s, w) => s + w.words, 0);

  it('has at least 20,000 words across all branches, and 12,000 on a single playthrough', () => {
    expect(total).toBeGreaterThanOrEqual(20_000);
    expect(Math.min(...main.words)).toBeGreaterThanOrEqual(12_000);
  });

  it('gives each named beat at least 2,500 words across its branches', () => {
    for (const beat of BEATS) expect(wordsIn(beat.knot), beat.knot).toBeGreaterThanOrEqual(2_500);
  });

  it('offers at least 30 stance choices, eight uncertain lines and content notes before the hard beats', () => {
    expect(stanceTags.length).toBeGreaterThanOrEqual(30);
    expect(source.tags.filter((t) => t.tag.startsWith('uncertain:')).length).toBeGreaterThanOrEqual(8);
    expect(source.tags.filter((t) => t.tag.startsWith('content_note')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the chapters', () => {
  const knots = narrator().knotNames();
  const titleTags = source.tags.flatMap((t) => (t.tag.startsWith('chapter:') ? [t.tag.slice(8).trim()] : []));

  it('opens every chapter at a knot of the story, and marks each by a knot of the story', () => {
    for (const chapter of CHAPTERS) {
      expect(knots, `${chapter.id} entry`).toContain(chapter.entry);
      expect(knots, `${chapter.id} knot`).toContain(chapter.knot);
    }
    expect(new Set(CHAPTERS.map((c) => c.id)).size).toBe(CHAPTERS.length);
  });

  it('lists the named beats as the story report knows them, each with the book chapters its entry names', () => {
    const beatChapters = CHAPTERS.filter((c) => c.kind === 'beat');
    expect(beatChapters.map((c) => [c.entry, c.knot])).toEqual(BEATS.map((b) => [b.entry, b.knot]));
    for (const chapter of beatChapters) {
      const tags = parseTags(narrator().tagsAhead(chapter.entry));
      expect(tags, chapter.id).toContainEqual({ kind: 'book', chapters: chapter.book });
      expect(tags, chapter.id).toContainEqual({ kind: 'chapter', title: chapter.title });
    }
  });

  it('plays each chapter from its entry to an end and marks it reached; a beat marks only itself', () => {
    for (const chapter of CHAPTERS) {
      const p = new Playthrough(story, 1);
      p.jump(chapter.entry);
      const reached = new Set<string>();
      let ended = false;
      for (let beats = 0; beats < 20_000 && !ended; beats += 1) {
        const beat = p.next();
        for (const id of chaptersReachedBy(p.stage.chapter, beat.knot)) reached.add(id);
        ended = beat.ended;
        const first = beat.choices[0];
        if (first) p.choose(first.index);
      }
      expect(ended, chapter.id).toBe(true);
      if (chapter.kind === 'beat') expect([...reached], chapter.id).toEqual([chapter.id]);
      else expect([...reached], chapter.id).toContain(chapter.id);
    }
  });

  it('marks each part by a # chapter: title the story really shows, and every title shown names a chapter', () => {
    const titles = new Set(CHAPTERS.map((c) => c.title));
    for (const title of titleTags) expect(titles, `# chapter: ${title}`).toContain(title);
    for (const part of CHAPTERS.filter((c) => c.kind === 'part')) {
      expect(titleTags, part.id).toContain(part.title);
      expect(chaptersShown, part.id).toContain(part.title);
      expect(chaptersReachedBy(part.title, null), part.id).toEqual([part.id]);
    }
  });

  it('marks a beat by its knot, not by its title', () => {
    for (const beat of CHAPTERS.filter((c) => c.kind === 'beat')) {
      expect(chaptersReachedBy(beat.title, null), beat.id).toEqual([]);
      expect(chaptersReachedBy(null, beat.knot), beat.id).toEqual([beat.id]);
      expect(chaptersReachedBy('Part One: Hailsham', beat.knot), beat.id).toEqual(['part_one', beat.id]);
    }
    expect(chaptersReachedBy(null, null)).toEqual([]);
  });
});
