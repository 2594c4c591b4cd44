import { describe, expect, it } from 'vitest';
import { TagError } from './commands.ts';
import { compileForTests } from './compile-for-tests.ts';
import { type Beat, Narrator } from './narrator.ts';

const SAMPLE = `
# title: Sample
-> road
=== road ===
# place: car
# register: present
The wipers keep time.
"Where did you grow up?" # speaker: donor
* [Tell him everything # stance: telling.everything] I told him everything.
* [Keep some back] I kept some back.
- -> memory ->
Back on the road.
-> END
=== memory ===
# register: memory
A warm afternoon.
->->
`;

function beatsUntilPause(narrator: Narrator): Beat[] {
  const beats: Beat[] = [];
  for (;;) {
    const beat = narrator.next();
    beats.push(beat);
    if (beat.choices.length > 0 || beat.ended) return beats;
  }
}

describe('Narrator', () => {
  it('gives one beat per line, with the commands of the tags before and on it', () => {
    const narrator = new Narrator(compileForTests(SAMPLE));
    const first = narrator.next();
    expect(first.text).toBe('The wipers keep time.');
    expect(first.commands).toEqual([
      { kind: 'place', place: 'car' },
      { kind: 'register', register: 'present' },
    ]);
    expect(first.speaker).toBeNull();
    expect(first.knot).toBe('road');
    expect(first.choices).toEqual([]);
    expect(first.ended).toBe(false);
  });

  it('reports global tags once, apart from the lines', () => {
    const narrator = new Narrator(compileForTests(SAMPLE));
    expect(narrator.globalCommands).toEqual([{ kind: 'title', title: 'Sample' }]);
    expect(narrator.next().commands.some((c) => c.kind === 'title')).toBe(false);
  });

  it('names the speaker of a spoken line', () => {
    const narrator = new Narrator(compileForTests(SAMPLE));
    narrator.next();
    const spoken = narrator.next();
    expect(spoken.text).toBe('"Where did you grow up?"');
    expect(spoken.speaker).toBe('donor');
  });

  it('attaches the choices to the line the story pauses on, with their tags as commands', () => {
    const narrator = new Narrator(compileForTests(SAMPLE));
    const beats = beatsUntilPause(narrator);
    const last = beats.at(-1);
    expect(last?.text).toBe('"Where did you grow up?"');
    expect(last?.choices).toEqual([
      {
        index: 0,
        text: 'Tell him everything',
        commands: [{ kind: 'stance', point: 'telling', option: 'everything' }],
      },
      { index: 1, text: 'Keep some back', commands: [] },
    ]);
    expect(narrator.waitingForChoice).toBe(true);
  });

  it('follows a choice, enters a memory as a tunnel and returns to the road', () => {
    const narrator = new Narrator(compileForTests(SAMPLE));
    beatsUntilPause(narrator);
    expect(narrator.choose(1).text).toBe('Keep some back');
    const rest = beatsUntilPause(narrator).map((b) => [b.text, b.knot]);
    expect(rest).toEqual([
      ['I kept some back.', 'road'],
      ['A warm afternoon.', 'memory'],
      ['Back on the road.', 'road'],
    ]);
    expect(narrator.ended).toBe(true);
  });

  it('marks the last line as the end, and then keeps answering that it has ended', () => {
    const narrator = new Narrator(compileForTests('One.\nTwo.\n-> END\n'));
    expect(narrator.next()).toMatchObject({ text: 'One.', ended: false });
    expect(narrator.next()).toMatchObject({ text: 'Two.', ended: true });
    expect(narrator.next()).toMatchObject({ text: '', ended: true, choices: [] });
  });

  it('refuses a choice index the story does not offer', () => {
    const narrator = new Narrator(compileForTests(SAMPLE));
    beatsUntilPause(narrator);
    expect(() => narrator.choose(5)).toThrow(RangeError);
  });

  it('throws a TagError naming the knot and file for an unknown tag', () => {
    const json = compileForTests('-> k\n=== k ===\nHello. # colour: blue\n-> END\n');
    const narrator = new Narrator(json, { sources: { k: 'story/k.ink' } });
    expect(() => narrator.next()).toThrow(TagError);
    expect(() => new Narrator(json, { sources: { k: 'story/k.ink' } }).next()).toThrow(
      /^story\/k\.ink \(knot 'k'\): unknown tag 'colour'/,
    );
  });

  it('turns an ink run-time error into a StoryError naming the knot', () => {
    const source = '-> k\n=== k ===\nHello.\n* [Go]\n  Never {RANDOM(5, 1)}.\n  -> END\n';
    const narrator = new Narrator(compileForTests(source), { sources: { k: 'story/k.ink' } });
    expect(narrator.next().text).toBe('Hello.');
    narrator.choose(0);
    expect(() => narrator.next()).toThrow(
      /^story\/k\.ink \(knot 'k'\): .*RANDOM was called with minimum as 5/,
    );
  });

  it('names the story’s variables and jumps to a knot', () => {
    const narrator = new Narrator(
      compileForTests('VAR trust = 2\nVAR name = "x"\n-> a\n=== a ===\nA.\n-> END\n=== b ===\nB.\n-> END\n'),
    );
    expect(narrator.variableNames()).toEqual(['trust', 'name']);
    narrator.jumpTo('b');
    expect(narrator.next().text).toBe('B.');
  });

  it('reads ink variables without owning them', () => {
    const narrator = new Narrator(
      compileForTests('VAR trust = 2\n~ trust = trust + 1\nLine {trust}.\n-> END\n'),
    );
    expect(narrator.next().text).toBe('Line 3.');
    expect(narrator.variable('trust')).toBe(3);
  });

  it('saves and restores its place through ink state', () => {
    const json = compileForTests(SAMPLE);
    const first = new Narrator(json);
    beatsUntilPause(first);
    first.choose(0);
    const saved = first.saveState();
    const second = new Narrator(json);
    second.loadState(saved);
    expect(second.next().text).toBe('I told him everything.');
  });

  it('repeats the same random choices for the same seed', () => {
    const json = compileForTests('{~a|b|c|d|e|f|g|h} {~a|b|c|d|e|f|g|h} {~a|b|c|d|e|f|g|h}\n-> END\n');
    const lines = (seed: number) => new Narrator(json, { seed }).next().text;
    expect(lines(7)).toBe(lines(7));
    expect(new Set([1, 2, 3, 4, 5, 6].map(lines)).size).toBeGreaterThan(1);
  });
});
