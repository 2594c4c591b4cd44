import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { Playthrough } from './playthrough.ts';
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
