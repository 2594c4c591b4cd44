import { describe, expect, it } from 'vitest';
import { ClassroomState } from '../classroom/classroom-state.ts';
import { DEFAULT_SETUP } from '../core/classroom.ts';
import { readGlossary } from '../core/glossary.ts';
import type { Beat, ChoiceOption } from '../core/narrator.ts';
import { readReflections } from '../core/reflections.ts';
import { EMPTY_STAGE, type Stage } from '../core/stage.ts';
import { LocalRecord } from '../storage/local-record.ts';
import { PlayClassroom } from './play-classroom.ts';

const NORFOLK: Stage = { ...EMPTY_STAGE, chapter: 'Part Two: the Cottages' };

function option(index: number, text: string, stance: string): ChoiceOption {
  const [point, choice] = stance.split('.') as [string, string];
  return { index, text, commands: [{ kind: 'stance', point, option: choice }] };
}

function beat(text: string, extra: Partial<Beat> = {}): Beat {
  return {
    text,
    speaker: null,
    alternative: null,
    commands: [],
    choices: [],
    ended: false,
    knot: 'norfolk_trip',
    ...extra,
  };
}

function classroom(setup = { ...DEFAULT_SETUP, reflectionStops: true, glossary: true }) {
  let ids = 0;
  const state = new ClassroomState({
    setupRecord: new LocalRecord(null, 'setup'),
    journalRecord: new LocalRecord(null, 'journal'),
    reflections: readReflections({
      points: {
        at_the_glass: {
          habit: 'fear',
          prompt: 'What did Ruth fear?',
          after: { 'window_seen.saw_a_mirror': 'A mirror: of what?' },
        },
      },
    }),
    glossary: readGlossary({
      terms: [{ id: 'carer', term: 'carer', forms: ['carer'], meaning: 'Looks after donors.' }],
    }),
    now: () => Date.UTC(2026, 10, 22, 10),
    newId: () => {
      ids += 1;
      return `id-${ids}`;
    },
  });
  state.setSetup(setup);
  return state;
}

describe('PlayClassroom', () => {
  it('keeps the stance taken with every reading offered beside it, filed under its beat', () => {
    const state = classroom();
    const play = new PlayClassroom(state, () => undefined);
    const choosing = beat('She looked.', {
      choices: [
        option(0, 'a future', 'window_seen.saw_a_future'),
        option(1, 'a mirror', 'window_seen.saw_a_mirror'),
      ],
    });
    play.chose(choosing, 1, NORFOLK);
    expect(state.journal.stances).toEqual([
      {
        id: 'id-2',
        chapter: 'norfolk',
        point: 'window_seen',
        option: 'saw_a_mirror',
        text: 'a mirror',
        offered: [
          { option: 'saw_a_future', text: 'a future' },
          { option: 'saw_a_mirror', text: 'a mirror' },
        ],
        at: '2026-11-22',
      },
    ]);
  });

  it('stops once at a reflection point with the prompt for the stance taken, keeps the answer, then goes on', () => {
    const state = classroom();
    let redraws = 0;
    const play = new PlayClassroom(state, () => {
      redraws += 1;
    });
    play.chose(beat('x', { choices: [option(0, 'a mirror', 'window_seen.saw_a_mirror')] }), 0, NORFOLK);
    const line = beat('The glass was bright.', { commands: [{ kind: 'reflect', id: 'at_the_glass' }] });
    let went = 0;
    expect(play.stopBefore(line, 7, NORFOLK, () => (went += 1))).toBe(true);
    const stop = play.stopView();
    expect(stop?.prompt).toBe('A mirror: of what?');
    expect(stop?.habit).toBe('What are they afraid of?');
    stop?.onWrite('Of being ordinary.');
    expect(state.journal.answers.map((a) => [a.point, a.text, a.chapter])).toEqual([
      ['at_the_glass', 'Of being ordinary.', 'norfolk'],
    ]);
    stop?.onContinue();
    expect(went).toBe(1);
    expect(play.stopOpen).toBe(false);
    expect(play.stopBefore(line, 7, NORFOLK, () => (went += 1))).toBe(false);
    expect(redraws).toBeGreaterThan(0);
  });

  it('does not stop when the setup has no stops, and explains a word only the first time', () => {
    const state = classroom({ ...DEFAULT_SETUP, glossary: true });
    const play = new PlayClassroom(state, () => undefined);
    const line = beat('I was a carer.', { commands: [{ kind: 'reflect', id: 'at_the_glass' }] });
    expect(play.stopBefore(line, 1, NORFOLK, () => undefined)).toBe(false);
    expect(play.glossaryFor(line, 1).map((t) => t.id)).toEqual(['carer']);
    expect(play.glossaryFor(line, 1).map((t) => t.id)).toEqual(['carer']);
    expect(play.glossaryFor(beat('Another carer.'), 2)).toEqual([]);
  });

  it('explains nothing with the glossary off, and says where the class fence stops the story', () => {
    const state = classroom({ ...DEFAULT_SETUP, readTo: 'part_one', fenceNote: 'Not yet!' });
    const play = new PlayClassroom(state, () => undefined);
    expect(play.glossaryFor(beat('I was a carer.'), 1)).toEqual([]);
    expect(play.fenceAt(beat('x', { knot: 'part_two' }), NORFOLK)).toBe('Not yet!');
    expect(
      play.fenceAt(beat('x', { knot: 'part_one' }), { ...EMPTY_STAGE, chapter: 'Part One: Hailsham' }),
    ).toBeNull();
  });

  it('asks a perspective replay its question even with stops off', () => {
    const state = classroom({ ...DEFAULT_SETUP });
    const play = new PlayClassroom(state, () => undefined);
    const replayLine = beat('The door shut.', {
      knot: 'perspective_madame',
      commands: [{ kind: 'reflect', id: 'at_the_glass' }],
    });
    expect(play.stopBefore(replayLine, 3, EMPTY_STAGE, () => undefined)).toBe(true);
    expect(play.stopView()?.prompt).toBe('What did Ruth fear?');
  });
});
