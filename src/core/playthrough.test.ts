import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { Playthrough, ROLLBACK_LIMIT } from './playthrough.ts';
import type { CompiledStory } from './story-module.ts';

function story(source: string, hash = '0123456789abcdef'): CompiledStory {
  return { json: compileForTests(source), sources: {}, hash };
}

const ROAD = `
-> road
=== road ===
# place: car
Rain on the glass.
The donor asks.
* [Everything # stance: telling.everything] All of it.
* [Some of it] Some of it.
- # place: hailsham_fields
Fields, then.
A second line.
-> END
`;

function readToChoice(p: Playthrough) {
  for (;;) {
    const beat = p.next();
    if (beat.choices.length > 0 || beat.ended) return beat;
  }
}

describe('Playthrough', () => {
  it('builds the stage from the commands of each beat and choice', () => {
    const p = new Playthrough(story(ROAD), 1);
    expect(p.next().text).toBe('Rain on the glass.');
    expect(p.stage.place).toBe('car');
    readToChoice(p);
    p.choose(1);
    p.next();
    expect(p.next().text).toBe('Fields, then.');
    expect(p.stage.place).toBe('hailsham_fields');
  });

  it('records the path: each choice by index, text and stance id, with the beats read before and since', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    expect(p.position).toEqual({ steps: [], beatsSinceStep: 2 });
    p.choose(0);
    p.next();
    expect(p.position).toEqual({
      steps: [{ kind: 'choice', beats: 2, index: 0, text: 'Everything', id: 'telling.everything' }],
      beatsSinceStep: 1,
    });
  });

  it('replays a path to the same line on the same story', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(1);
    p.next();
    p.next();
    const replay = Playthrough.replay(story(ROAD), 1, p.position);
    expect(replay.complete).toBe(true);
    expect(replay.playthrough.current?.text).toBe('Fields, then.');
    expect(replay.playthrough.stage).toEqual(p.stage);
  });

  it('replays onto a story whose text changed but whose choices did not', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(1);
    p.next();
    const edited = story(
      ROAD.replace('Rain on the glass.', 'Rain, heavier now, on the glass.'),
      'ffffffffffffffff',
    );
    const replay = Playthrough.replay(edited, 1, p.position);
    expect(replay.complete).toBe(true);
    expect(replay.playthrough.current?.text).toBe('Some of it.');
  });

  it('finds a stance choice by its id even when a new option is inserted before it', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(0);
    p.next();
    const edited = story(ROAD.replace('* [Everything', '* [Nothing at all] None.\n* [Everything'));
    const replay = Playthrough.replay(edited, 1, p.position);
    expect(replay.complete).toBe(true);
    expect(replay.playthrough.current?.text).toBe('All of it.');
  });

  it('stops at the last matching point when a taken choice no longer exists', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(1);
    p.next();
    const edited = story(
      ROAD.replace('* [Some of it] Some of it.', '* [Only the good parts] The good parts.'),
    );
    const replay = Playthrough.replay(edited, 1, p.position);
    expect(replay.complete).toBe(false);
    expect(replay.playthrough.current?.text).toBe('The donor asks.');
    expect(replay.playthrough.current?.choices.map((c) => c.text)).toEqual([
      'Everything',
      'Only the good parts',
    ]);
  });

  it('stops rather than reading past a new choice that appeared where lines used to be', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(1);
    p.next();
    p.next();
    p.next();
    const edited = story(ROAD.replace('Fields, then.', 'Fields, then.\n* [Look] Looked.\n- Went on.'));
    const replay = Playthrough.replay(edited, 1, { ...p.position, beatsSinceStep: 3 });
    expect(replay.complete).toBe(false);
    expect(replay.playthrough.current?.text).toBe('Fields, then.');
  });

  it('jumps to a knot (a chapter) and replays the jump from the path', () => {
    const p = new Playthrough(story(ROAD), 1);
    p.jump('road');
    expect(p.next().text).toBe('Rain on the glass.');
    readToChoice(p);
    p.choose(1);
    p.next();
    expect(p.position.steps[0]).toEqual({ kind: 'jump', beats: 0, knot: 'road' });
    const replay = Playthrough.replay(story(ROAD, 'eeeeeeeeeeeeeeee'), 1, p.position);
    expect(replay.complete).toBe(true);
    expect(replay.playthrough.current?.text).toBe('Some of it.');
  });

  it('stops a replay whose jump leads to a knot that is gone', () => {
    const replay = Playthrough.replay(story(ROAD), 1, {
      steps: [{ kind: 'jump', beats: 0, knot: 'nowhere' }],
      beatsSinceStep: 1,
    });
    expect(replay.complete).toBe(false);
  });

  it('restores from ink state at once, with the line that was on screen and its choices', () => {
    const s = story(ROAD);
    const p = new Playthrough(s, 1);
    const atChoice = readToChoice(p);
    const restored = Playthrough.restore(s, {
      seed: 1,
      inkState: p.inkState(),
      stage: p.stage,
      position: p.position,
      beat: { text: atChoice.text, speaker: atChoice.speaker, knot: atChoice.knot, alternative: null },
      recollections: [],
      stash: null,
    });
    expect(restored.current?.text).toBe('The donor asks.');
    expect(restored.current?.choices.map((c) => c.text)).toEqual(['Everything', 'Some of it']);
    restored.choose(0);
    expect(restored.next().text).toBe('All of it.');
  });
});

/** The backlog as text: lines and choices by their words, the rest by their kind. */
function backlog(p: Playthrough): string[] {
  return p.history.map((h) => (h.kind === 'line' || h.kind === 'choice' ? h.text : h.kind));
}

const STANCE = `
LIST telling = everything, kept_back
-> road
=== road ===
The donor asks.
* [Everything # stance: telling.everything]
    ~ telling = everything
    All of it.
* [Some of it # stance: telling.kept_back]
    ~ telling = kept_back
    Some of it.
- After.
-> END
`;

const LOOP = `
VAR n = 0
-> loop
=== loop ===
~ n++
Line {n}.
-> loop
`;

/** One choice, then lines that never end: a long reading with no step after its first. */
const LONG_ROAD = `
VAR n = 0
-> start
=== start ===
The start.
* [Left] Went left.
* [Right] Went right.
- -> loop
=== loop ===
~ n++
Line {n}.
-> loop
`;

const CHEST = `
LIST keepsakes = tape
VAR drawer = ()
-> road
=== road ===
# place: car
~ keepsakes = (tape)
The box is on the seat.
Later, I learnt why she cried.
* [Drive on] Driving on.
- -> END

=== recall(memory) ===
{memory:
- "mem_tape": -> mem_tape ->
}
-> DONE

=== mem_tape ===
# memory: The song on the tape
# keepsake: tape
# place: hailsham_dorm
# register: memory
I danced with the pillow.
Then the music stopped.
->->
`;

describe('rollback', () => {
  it('has nothing to step back to before the second line', () => {
    const p = new Playthrough(story(ROAD), 1);
    expect(p.rollbackDepth).toBe(0);
    expect(p.rollback()).toBe(false);
    p.next();
    expect(p.rollbackDepth).toBe(0);
    expect(p.rollback()).toBe(false);
    expect(p.current?.text).toBe('Rain on the glass.');
  });

  it('steps back one line: the previous line shows again and the backlog loses the newer one', () => {
    const p = new Playthrough(story(ROAD), 1);
    p.next();
    const stage = p.stage;
    p.next();
    expect(p.rollbackDepth).toBe(1);
    expect(p.rollback()).toBe(true);
    expect(p.current?.text).toBe('Rain on the glass.');
    expect(p.stage).toEqual(stage);
    expect(backlog(p)).toEqual(['Rain on the glass.']);
    expect(p.position).toEqual({ steps: [], beatsSinceStep: 1 });
    expect(p.rollbackDepth).toBe(0);
    expect(p.next().text).toBe('The donor asks.');
  });

  it('steps back over a choice, offers the same options again, and goes down the other branch when chosen', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(0);
    expect(p.next().text).toBe('All of it.');
    expect(p.rollback()).toBe(true);
    expect(p.current?.text).toBe('The donor asks.');
    expect(p.current?.choices.map((c) => c.text)).toEqual(['Everything', 'Some of it']);
    expect(p.position).toEqual({ steps: [], beatsSinceStep: 2 });
    p.choose(1);
    expect(p.next().text).toBe('Some of it.');
    expect(p.next()).toMatchObject({ text: 'Fields, then.' });
    expect(p.stage.place).toBe('hailsham_fields');
    expect(p.position.steps).toEqual([
      { kind: 'choice', beats: 2, index: 1, text: 'Some of it', id: undefined },
    ]);
    expect(backlog(p)).toEqual([
      'Rain on the glass.',
      'The donor asks.',
      'Some of it',
      'Some of it.',
      'Fields, then.',
    ]);
  });

  it('undoes a stance: the ink LIST the choice set is unset again', () => {
    const p = new Playthrough(story(STANCE), 1);
    readToChoice(p);
    expect(p.reader.listItems('telling')).toEqual([]);
    p.choose(0);
    p.next();
    expect(p.reader.listItems('telling')).toEqual(['everything']);
    p.rollback();
    expect(p.reader.listItems('telling')).toEqual([]);
    p.choose(1);
    expect(p.next().text).toBe('Some of it.');
    expect(p.reader.listItems('telling')).toEqual(['kept_back']);
  });

  it(`remembers at most ROLLBACK_LIMIT (${ROLLBACK_LIMIT}) steps back, the oldest forgotten first`, () => {
    const p = new Playthrough(story(LOOP), 1);
    const lines = ROLLBACK_LIMIT + 40;
    for (let i = 0; i < lines; i += 1) p.next();
    expect(p.current?.text).toBe(`Line ${lines}.`);
    expect(p.rollbackDepth).toBe(ROLLBACK_LIMIT);
    for (let i = 0; i < ROLLBACK_LIMIT; i += 1) expect(p.rollback()).toBe(true);
    expect(p.rollback()).toBe(false);
    expect(p.current?.text).toBe(`Line ${lines - ROLLBACK_LIMIT}.`);
    expect(p.history).toHaveLength(lines - ROLLBACK_LIMIT);
    expect(p.next().text).toBe(`Line ${lines - ROLLBACK_LIMIT + 1}.`);
  });

  it('steps back across a memory opened from the chest, into it and then to the main line as it was', () => {
    const p = new Playthrough(story(CHEST), 1);
    p.next();
    const waiting = p.next();
    expect(waiting.text).toBe('Later, I learnt why she cried.');
    const stage = p.stage;
    p.recall('mem_tape');
    p.next();
    p.next();
    p.returnFromRecall();
    expect(p.reader.visits('mem_tape')).toBe(1);

    expect(p.rollback()).toBe(true);
    expect(p.recalling?.knot).toBe('mem_tape');
    expect(p.current?.text).toBe('Then the music stopped.');
    expect(p.stage.register).toBe('memory');

    expect(p.rollback()).toBe(true);
    expect(p.current?.text).toBe('I danced with the pillow.');
    expect(p.rollback()).toBe(true);
    expect(p.recalling).toBeNull();
    expect(p.current?.text).toBe('Later, I learnt why she cried.');
    expect(p.current?.choices.map((c) => c.text)).toEqual(['Drive on']);
    expect(p.stage).toEqual(stage);
    expect(p.recollections).toEqual([]);
    expect(p.reader.visits('mem_tape')).toBe(0);
    expect(p.position).toEqual({ steps: [], beatsSinceStep: 2 });
    expect(backlog(p)).toEqual(['The box is on the seat.', 'Later, I learnt why she cried.']);

    p.recall('mem_tape');
    expect(p.next().text).toBe('I danced with the pillow.');
    p.returnFromRecall();
    p.choose(0);
    expect(p.next().text).toBe('Driving on.');
  });

  it('leaves the last lines of a long replayed reading to step back through, back to the line before', () => {
    const p = new Playthrough(story(LONG_ROAD), 1);
    p.next();
    p.choose(1);
    const lines = 3 * ROLLBACK_LIMIT;
    for (let i = 0; i < lines; i += 1) p.next();
    expect(p.current?.text).toBe(`Line ${lines - 1}.`);

    const replay = Playthrough.replay(story(LONG_ROAD, 'fedcba9876543210'), 1, p.position);
    expect(replay.complete).toBe(true);
    const replayed = replay.playthrough;
    expect(replayed.current?.text).toBe(`Line ${lines - 1}.`);
    const depth = replayed.rollbackDepth;
    expect(depth).toBeGreaterThan(0);
    expect(depth).toBeLessThanOrEqual(ROLLBACK_LIMIT);
    expect(replayed.rollback()).toBe(true);
    expect(replayed.current?.text).toBe(`Line ${lines - 2}.`);
    for (let i = 1; i < depth; i += 1) expect(replayed.rollback()).toBe(true);
    expect(replayed.rollback()).toBe(false);
    expect(replayed.current?.text).toBe(`Line ${lines - 1 - depth}.`);
    expect(replayed.position.steps).toHaveLength(1);
  });

  it('keeps rollback after a replay whose path has choices all along', () => {
    const p = new Playthrough(story(ROAD), 1);
    readToChoice(p);
    p.choose(0);
    p.next();
    p.next();
    const replay = Playthrough.replay(story(ROAD, 'fedcba9876543211'), 1, p.position);
    expect(replay.playthrough.current?.text).toBe('Fields, then.');
    expect(replay.playthrough.rollbackDepth).toBe(p.rollbackDepth);
    replay.playthrough.rollback();
    expect(replay.playthrough.current?.text).toBe('All of it.');
    replay.playthrough.rollback();
    expect(replay.playthrough.current?.choices.map((c) => c.text)).toEqual(['Everything', 'Some of it']);
  });
});
