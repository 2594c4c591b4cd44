/**
 * The classroom's words checked against the story: every reflection point has a prompt and every prompt a point,
 * every stance variant names a stance the story offers before that point, and every glossary form really occurs
 * in the story's text (else it would never explain anything).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../src/core/glossary.ts';
import { HABITS, readReflections } from '../src/core/reflections.ts';
import glossaryFile from './glossary.json';
import reflectionsFile from './reflections.json';

const ink = fs
  .readdirSync('story')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => ({ file: f, lines: fs.readFileSync(`story/${f}`, 'utf-8').split('\n') }));

/** Every `# reflect:` point, with the stances offered earlier in its file (the ones a reader may just have taken). */
const points = ink.flatMap(({ file, lines }) =>
  lines.flatMap((line, at) => {
    const id = /# reflect: (\w+)/.exec(line)?.[1];
    if (!id) return [];
    const before = lines
      .slice(0, at)
      .flatMap((l) => [...l.matchAll(/# stance: (\w+\.\w+)/g)].map((m) => m[1] as string));
    return [{ id, file, before }];
  }),
);
const reflections = readReflections(reflectionsFile);
const glossary = readGlossary(glossaryFile);
const storyText = ink
  .flatMap(({ lines }) => lines)
  .filter((l) => !l.trim().startsWith('//'))
  .map((l) => l.replace(/#.*$/, ''))
  .join('\n');

describe('the reflection prompts', () => {
  it('have one prompt for each reflection point in the story, and none for a point it does not have', () => {
    expect(Object.keys(reflections).sort()).toEqual(points.map((p) => p.id).sort());
  });

  it('follow one of the four reading habits, each used somewhere', () => {
    const used = new Set(Object.values(reflections).map((r) => r.habit));
    expect([...used].sort()).toEqual([...HABITS].sort());
  });

  it('vary only by stances the story offers before the point, and cover every option of a point they vary by', () => {
    for (const point of points) {
      const after = Object.keys(reflections[point.id]?.after ?? {});
      for (const stance of after) expect(point.before, `${point.id}: ${stance}`).toContain(stance);
      const varied = new Set(after.map((s) => s.split('.')[0]));
      for (const name of varied) {
        const options = new Set(point.before.filter((s) => s.startsWith(`${name}.`)));
        expect(after.filter((s) => s.startsWith(`${name}.`)).sort(), point.id).toEqual([...options].sort());
      }
    }
  });
});

describe('the glossary', () => {
  it('explains only words the story uses, each form at least once, each term once', () => {
    for (const term of glossary.terms) {
      for (const form of term.forms) {
        const pattern = new RegExp(
          `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'iu',
        );
        expect(pattern.test(storyText), `${term.id}: ${form}`).toBe(true);
      }
    }
    expect(new Set(glossary.terms.map((t) => t.id)).size).toBe(glossary.terms.length);
  });

  it('does not explain ordinary words: "possible" alone is not the coined noun', () => {
    expect(glossary.termsIn('It was still all possible.')).toEqual([]);
    expect(glossary.termsIn("She might have been Ruth's possible.").map((t) => t.id)).toEqual(['possible']);
  });
});
