import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { countWords, explore } from './explore.ts';

const story = (source: string) => ({ json: compileForTests(source), sources: {}, hash: '0000000000000000' });

describe('explore', () => {
  it('walks every option and counts the endings', () => {
    const result = explore(
      story(`-> a
=== a ===
Start.
* [Left # stance: way.left] -> b
* [Right # stance: way.right] -> b
=== b ===
Middle.
* [Up] Up.
* [Down] Down.
- -> END
`),
    );
    expect(result.problems).toEqual([]);
    expect(result.endings).toBe(4);
    expect(result.exhausted).toBe(true);
    expect([...result.knotsVisited].sort()).toEqual(['a', 'b']);
    expect([...result.stancesOffered].sort()).toEqual(['way.left', 'way.right']);
  });

  it('reports a bad tag with the choices that led to it', () => {
    const result = explore(story('Start.\n* [Fine] Fine.\n  -> END\n* [Odd] Odd. # colour: red\n  -> END\n'));
    expect(result.endings).toBe(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/unknown tag 'colour'.* after 'Odd'$/);
  });

  it('reports a story that loops without end', () => {
    const result = explore(story('-> loop\n=== loop ===\nAgain.\n+ [Again] -> loop\n'), { maxChoices: 5 });
    expect(result.endings).toBe(0);
    expect(result.problems.join('\n')).toMatch(/no end within 5 choices/);
  });

  it('reports an endless run of lines with no choice', () => {
    const result = explore(story('-> loop\n=== loop ===\nAgain.\n-> loop\n'), { maxBeatsBetweenChoices: 50 });
    expect(result.problems).toEqual(['more than 50 lines without a choice or an end at the start']);
  });

  it('counts words, not punctuation', () => {
    expect(countWords('  "Tell me," he said — softly.  ')).toBe(5);
  });
});
