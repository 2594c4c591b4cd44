import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { chestContents, hasSomethingNew, inStoryOrder, type MemoryInfo, readMemories } from './memory.ts';
import { Playthrough } from './playthrough.ts';
import type { CompiledStory } from './story-module.ts';

/** A small story with the conventions of story/README.md: keepsakes, knowledge, drawer, recall, memories. */
const SOURCE = `
LIST keepsakes = pencil_case, tape, polo_shirt
LIST knowledge = madame_tears, guardians_afraid
VAR drawer = ()
-> road

=== road ===
# place: car
~ keepsakes = (pencil_case, tape)
The box is on the seat.
The tape comes back to me.
-> mem_tape ->
Later, I learnt why she cried.
~ knowledge += madame_tears
* [Drive on] Driving on.
- {drawer ? tape: The tape stays in the drawer tonight.|The tape is still on the seat.}
-> END

=== recall(memory) ===
{memory:
- "mem_tape": -> mem_tape ->
- "mem_pencil_case": -> mem_pencil_case ->
}
-> DONE

=== mem_tape ===
# memory: The song on the tape
# keepsake: tape
# place: hailsham_dorm
# age: 11
# depends: madame_tears
# register: memory
{knowledge ? madame_tears: I know now what she saw.|I danced with the pillow.} # uncertain: Or it was a cushion.
->->

=== mem_pencil_case ===
# memory: The pencil case
# keepsake: pencil_case
# age: 10
# depends: guardians_afraid
# register: memory
Ruth's pencil case.
->->
`;

const story: CompiledStory = { json: compileForTests(SOURCE), sources: {}, hash: '1111111111111111' };

function readUntil(p: Playthrough, text: string) {
  for (let i = 0; i < 50; i += 1) {
    const beat = p.next();
    if (beat.text.includes(text)) return beat;
    if (beat.ended || beat.choices.length > 0) break;
  }
  throw new Error(`never read '${text}'`);
}

describe('memories', () => {
  it('finds every memory knot and reads its tags ahead, without entering it', () => {
    const p = new Playthrough(story, 1);
    const memories = readMemories(p.reader);
    expect(memories.map(({ order: _order, ...rest }) => rest)).toEqual([
      {
        knot: 'mem_tape',
        label: 'The song on the tape',
        keepsake: 'tape',
        place: 'hailsham_dorm',
        age: 11,
        depends: ['madame_tears'],
      },
      {
        knot: 'mem_pencil_case',
        label: 'The pencil case',
        keepsake: 'pencil_case',
        place: null,
        age: 10,
        depends: ['guardians_afraid'],
      },
    ]);
    expect(p.reader.visits('mem_tape')).toBe(0);
  });

  it('shows in the chest the keepsakes the story has given, with the memory each opens', () => {
    const p = new Playthrough(story, 1);
    p.next();
    const chest = chestContents(p.reader, p.memories, p.recollections);
    expect(chest.map((k) => [k.keepsake, k.memory?.knot, k.visits, k.somethingNew, k.setAside])).toEqual([
      ['pencil_case', 'mem_pencil_case', 0, false, false],
      ['tape', 'mem_tape', 0, false, false],
    ]);
    expect(chest[1]?.name).toBe('A cassette: Songs After Dark');
  });

  it('logs each recollection with what was known then, and whether the story or the chest brought it', () => {
    const p = new Playthrough(story, 1);
    readUntil(p, 'I danced with the pillow.');
    expect(p.recollections).toEqual([{ knot: 'mem_tape', at: 3, knowledge: [], via: 'story' }]);
    expect(p.stage.revisit).toBeNull();
  });

  it('marks a memory as having something new once knowledge it depends on is gained after the last visit', () => {
    const p = new Playthrough(story, 1);
    readUntil(p, 'I danced with the pillow.');
    const tape = () =>
      chestContents(p.reader, p.memories, p.recollections).find((k) => k.keepsake === 'tape');
    expect(tape()?.somethingNew).toBe(false);
    readUntil(p, 'Later, I learnt');
    expect(p.reader.listItems('knowledge')).toEqual(['madame_tears']);
    expect(tape()?.somethingNew).toBe(true);
    expect(chestContents(p.reader, p.memories, p.recollections)[0]?.somethingNew).toBe(false);
  });

  it('recalls a memory from the chest in a side flow, changed by what is now known, then returns to the same line', () => {
    const p = new Playthrough(story, 1);
    const waiting = readUntil(p, 'Later, I learnt');
    const stageBefore = p.stage;
    p.recall('mem_tape');
    const again = p.next();
    expect(again.text).toBe('I know now what she saw.');
    expect(again.alternative).toBe('Or it was a cushion.');
    expect(again.ended).toBe(true);
    expect(p.stage.revisit).toBe('changed');
    expect(p.stage.register).toBe('memory');
    expect(p.recalling?.knot).toBe('mem_tape');
    expect(p.recollections.at(-1)).toMatchObject({
      knot: 'mem_tape',
      knowledge: ['madame_tears'],
      via: 'chest',
    });
    const tape = chestContents(p.reader, p.memories, p.recollections).find((k) => k.keepsake === 'tape');
    expect(tape?.somethingNew).toBe(false);
    expect(tape?.visits).toBe(2);

    p.returnFromRecall();
    expect(p.recalling).toBeNull();
    expect(p.stage).toEqual(stageBefore);
    expect(p.current?.choices.map((c) => c.text)).toEqual(['Drive on']);
    expect(waiting.text).toBe('Later, I learnt why she cried.');
    p.choose(0);
    expect(p.next().text).toBe('Driving on.');
  });

  it('lets ink read what was set aside in the Norfolk drawer, and takes it back again', () => {
    const p = new Playthrough(story, 1);
    readUntil(p, 'Later, I learnt');
    p.setAside('tape');
    expect(p.reader.listItems('drawer')).toEqual(['tape']);
    expect(
      chestContents(p.reader, p.memories, p.recollections).find((k) => k.keepsake === 'tape')?.setAside,
    ).toBe(true);
    p.choose(0);
    p.next();
    expect(p.next().text).toBe('The tape stays in the drawer tonight.');

    const other = new Playthrough(story, 1);
    readUntil(other, 'Later, I learnt');
    other.setAside('tape');
    other.setAside('tape', false);
    other.choose(0);
    other.next();
    expect(other.next().text).toBe('The tape is still on the seat.');
  });

  it('replays recalls, returns and the drawer from the path onto an edited story', () => {
    const p = new Playthrough(story, 1);
    readUntil(p, 'Later, I learnt');
    p.recall('mem_pencil_case');
    p.next();
    p.returnFromRecall();
    p.setAside('pencil_case');
    p.choose(0);
    p.next();
    const edited: CompiledStory = {
      json: compileForTests(SOURCE.replace('The box is on the seat.', 'The box sits on the seat beside me.')),
      sources: {},
      hash: '2222222222222222',
    };
    const replay = Playthrough.replay(edited, 1, p.position);
    expect(replay.complete).toBe(true);
    expect(replay.playthrough.current?.text).toBe('Driving on.');
    expect(replay.playthrough.reader.listItems('drawer')).toEqual(['pencil_case']);
    expect(replay.playthrough.recollections.map((r) => [r.knot, r.via])).toEqual([
      ['mem_tape', 'story'],
      ['mem_pencil_case', 'chest'],
    ]);
    expect(replay.playthrough.history.map((h) => h.kind)).toContain('recall');
  });

  it('orders memories seen by age, whatever order they were recalled in', () => {
    const p = new Playthrough(story, 1);
    readUntil(p, 'Later, I learnt');
    p.recall('mem_pencil_case');
    p.next();
    p.returnFromRecall();
    expect(p.recollections.map((r) => r.knot)).toEqual(['mem_tape', 'mem_pencil_case']);
    expect(inStoryOrder(p.memories, p.recollections).map((m) => m.knot)).toEqual([
      'mem_pencil_case',
      'mem_tape',
    ]);
  });

  it('never marks something new on a memory not yet seen, or for knowledge it does not depend on', () => {
    const memory: MemoryInfo = {
      knot: 'm',
      label: 'M',
      keepsake: null,
      place: null,
      age: 1,
      depends: ['a'],
      order: 0,
    };
    expect(hasSomethingNew(memory, [], ['a'])).toBe(false);
    const seen = [{ knot: 'm', at: 1, knowledge: [], via: 'story' as const }];
    expect(hasSomethingNew(memory, seen, ['b'])).toBe(false);
    expect(hasSomethingNew(memory, seen, ['a'])).toBe(true);
    expect(
      hasSomethingNew(memory, [...seen, { knot: 'm', at: 5, knowledge: ['a'], via: 'chest' }], ['a']),
    ).toBe(false);
  });

  it('refuses to recall a knot that is not a memory', () => {
    const p = new Playthrough(story, 1);
    p.next();
    expect(() => p.recall('road')).toThrow(/not a memory/);
  });
});
