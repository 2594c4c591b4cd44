import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { coverByWalking } from './walk.ts';

const story = (source: string) => ({ json: compileForTests(source), sources: {}, hash: '0000000000000000' });

const BRANCHING = `-> a
=== a ===
Start.
* [Left] Left.
  -> b
* [Right] Right.
  -> b
* [Straight] Straight.
  -> b
=== b ===
Middle.
* [Up] Up.
* [Down] Down.
- -> END
`;

describe('coverByWalking', () => {
  it('takes every option at least once, preferring options not yet taken', () => {
    const coverage = coverByWalking(story(BRANCHING), { maxWalks: 10, minWalks: 1 });
    expect(coverage.problems).toEqual([]);
    expect([...coverage.offered].sort()).toEqual(['a: Left', 'a: Right', 'a: Straight', 'b: Down', 'b: Up']);
    expect(coverage.taken.size).toBe(5);
    expect(coverage.walks).toBe(3);
    expect(coverage.endings).toBe(3);
  });

  it('counts the words of each walk, choices included', () => {
    const coverage = coverByWalking(story('One two three.\n* [Four five] Six.\n- -> END\n'), { minWalks: 1 });
    expect(coverage.words).toEqual([6]);
  });

  it('starts where it is told to', () => {
    const coverage = coverByWalking(story(BRANCHING), { start: (n) => n.jumpTo('b'), minWalks: 1 });
    expect([...coverage.offered].sort()).toEqual(['b: Down', 'b: Up']);
  });

  it('reports an ink error with the walk and the choices that led to it', () => {
    const coverage = coverByWalking(
      story('Start.\n* [Fine] Fine.\n  -> END\n* [Odd] Odd. # colour: red\n  -> END\n'),
      {
        minWalks: 2,
        maxWalks: 4,
      },
    );
    expect(coverage.problems.join('\n')).toMatch(/unknown tag 'colour'.*after 'Odd'/);
  });

  it('gives up on a story with no end, saying so', () => {
    const coverage = coverByWalking(story('-> loop\n=== loop ===\nAgain.\n-> loop\n'), {
      maxBeats: 50,
      minWalks: 1,
    });
    expect(coverage.problems[0]).toMatch(/no end within 50 lines/);
  });
});
