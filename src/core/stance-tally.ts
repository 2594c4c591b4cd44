/**
 * A class's readings, counted: several students' journals, loaded on a teacher's machine, become one count per
 * stance point of how many chose each reading, and how many answered each reflection. Counts only: no answer's
 * text, and names only when the teacher asks for them. Each student counts once per point, with the reading they
 * took last (a student who played a beat twice has one voice). A journal loaded twice is counted once.
 */
import { CHAPTERS } from './chapters.ts';
import type { Journal } from './journal.ts';

export interface OptionCount {
  readonly option: string;
  readonly text: string;
  readonly count: number;
}

export interface PointTally {
  readonly chapter: string;
  readonly point: string;
  /** Every reading offered at the point, in the order first seen, with how many took it (zero included). */
  readonly options: readonly OptionCount[];
  /** Journals with a reading at this point. */
  readonly total: number;
}

export interface ClassTally {
  /** Journals counted (duplicates left out). */
  readonly journals: number;
  /** How many of the loaded journals were the same journal loaded again. */
  readonly duplicates: number;
  /** The names the journals gave, in load order ('' when none): shown only when the teacher chooses to. */
  readonly names: readonly string[];
  readonly points: readonly PointTally[];
  /** Reflection point id to how many journals answered it. */
  readonly answered: ReadonlyMap<string, number>;
}

export function tallyJournals(loaded: readonly Journal[]): ClassTally {
  const journals: Journal[] = [];
  for (const journal of loaded) if (!journals.some((j) => j.id === journal.id)) journals.push(journal);

  interface Building {
    chapter: string;
    options: Map<string, { text: string; count: number }>;
    total: number;
  }
  const points = new Map<string, Building>();
  const answered = new Map<string, number>();

  for (const journal of journals) {
    const latest = new Map<string, Journal['stances'][number]>();
    for (const stance of journal.stances) {
      latest.set(stance.point, stance);
      const point = points.get(stance.point) ?? { chapter: stance.chapter, options: new Map(), total: 0 };
      points.set(stance.point, point);
      for (const offered of stance.offered) {
        if (!point.options.has(offered.option))
          point.options.set(offered.option, { text: offered.text, count: 0 });
      }
      if (!point.options.has(stance.option))
        point.options.set(stance.option, { text: stance.text, count: 0 });
    }
    for (const stance of latest.values()) {
      const point = points.get(stance.point);
      const option = point?.options.get(stance.option);
      if (!point || !option) continue;
      option.count += 1;
      point.total += 1;
    }
    for (const id of new Set(journal.answers.filter((a) => a.text.trim() !== '').map((a) => a.point))) {
      answered.set(id, (answered.get(id) ?? 0) + 1);
    }
  }

  const chapterOrder = (id: string) => {
    const at = CHAPTERS.findIndex((c) => c.id === id);
    return at < 0 ? CHAPTERS.length : at;
  };
  const tallied = [...points.entries()]
    .map(([point, b]) => ({
      chapter: b.chapter,
      point,
      total: b.total,
      options: [...b.options.entries()].map(([option, o]) => ({ option, text: o.text, count: o.count })),
    }))
    // Stable: within a chapter, points keep the order they were first met in.
    .sort((a, b) => chapterOrder(a.chapter) - chapterOrder(b.chapter));

  return {
    journals: journals.length,
    duplicates: loaded.length - journals.length,
    names: journals.map((j) => j.name.trim()),
    points: tallied,
    answered,
  };
}
