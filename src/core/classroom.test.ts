import { describe, expect, it } from 'vitest';
import {
  type ClassroomSetup,
  chapterLock,
  DEFAULT_SETUP,
  describeSetup,
  isDefaultSetup,
  openable,
  readSetup,
  readSetupFragment,
  setupFragment,
  storedSetup,
} from './classroom.ts';

const LESSON: ClassroomSetup = {
  readTo: 'norfolk',
  beats: ['norfolk'],
  fenceNote: 'We read Part Three next week & not before!',
  glossary: true,
  reflectionStops: true,
  projector: false,
};

describe('a classroom setup', () => {
  it('by default opens everything and changes nothing', () => {
    expect(isDefaultSetup(DEFAULT_SETUP)).toBe(true);
    expect(chapterLock(DEFAULT_SETUP, 'epilogue')).toEqual({ open: true });
    expect(DEFAULT_SETUP.glossary || DEFAULT_SETUP.reflectionStops || DEFAULT_SETUP.projector).toBe(false);
  });

  it('fences the chapters after where the class has read, with the teacher note', () => {
    expect(chapterLock(LESSON, 'part_two')).toEqual({ open: true });
    expect(chapterLock(LESSON, 'part_three')).toEqual({
      open: false,
      reason: 'fence',
      note: LESSON.fenceNote,
    });
    expect(chapterLock(LESSON, 'epilogue').open).toBe(false);
  });

  it('treats a beat as read with its part', () => {
    const readPartOne = { ...DEFAULT_SETUP, readTo: 'part_one' };
    expect(chapterLock(readPartOne, 'pencil_case')).toEqual({ open: true });
    expect(chapterLock(readPartOne, 'norfolk').open).toBe(false);
  });

  it('closes a beat the teacher has not opened, even inside the fence', () => {
    expect(chapterLock(LESSON, 'pencil_case')).toMatchObject({ open: false, reason: 'closed' });
    expect(chapterLock(LESSON, 'part_one')).toEqual({ open: true });
  });

  it('travels in a link fragment and comes back the same', () => {
    const fragment = setupFragment(LESSON);
    expect(fragment).toMatch(
      /^class-setup&read=norfolk&beats=norfolk&glossary=on&stops=on&projector=off&note=/,
    );
    expect(readSetupFragment(`#${fragment}`)).toEqual({ ok: true, setup: LESSON });
    expect(readSetupFragment(setupFragment(DEFAULT_SETUP))).toEqual({ ok: true, setup: DEFAULT_SETUP });
  });

  it('ignores a fragment that is not a setup, and refuses one cut short or edited', () => {
    expect(readSetupFragment('#top')).toBeNull();
    expect(readSetupFragment('')).toBeNull();
    const fragment = setupFragment(LESSON);
    expect(readSetupFragment(fragment.slice(0, 40))).toMatchObject({ ok: false });
    expect(readSetupFragment(fragment.replace('beats=norfolk', 'beats=norfolk.elsewhere'))).toMatchObject({
      ok: false,
    });
    expect(readSetupFragment(fragment.replace('read=norfolk', 'read=__proto__'))).toMatchObject({
      ok: false,
    });
  });

  it('travels as a file and comes back the same; a damaged file is refused', () => {
    expect(readSetup(JSON.stringify(storedSetup(LESSON)))).toEqual({ ok: true, setup: LESSON });
    expect(readSetup(JSON.stringify({ ...storedSetup(LESSON), projector: 'yes' }))).toMatchObject({
      ok: false,
    });
    expect(readSetup(JSON.stringify({ ...storedSetup(LESSON), extra: 1 }))).toMatchObject({ ok: false });
    expect(readSetup('not json')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not a class setup'),
    });
    expect(readSetup('{}', 1_000_000)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('too large'),
    });
  });

  it('says in words what it does', () => {
    expect(describeSetup(LESSON)).toEqual([
      'Open up to and including “The Norfolk trip”.',
      'Beats open: The Norfolk trip.',
      'Words special to the story are explained.',
      'The story stops to reflect, with a question.',
      'Normal text size.',
    ]);
  });

  it('opens chapters when reached; a teacher setup opens its beats and their replays before they are reached', () => {
    const reachedNothing = () => false;
    expect(openable(DEFAULT_SETUP, 'norfolk', reachedNothing)).toEqual({ open: false, note: null });
    expect(openable(DEFAULT_SETUP, 'ruth_at_the_window', (id) => id === 'norfolk').open).toBe(true);
    expect(openable(LESSON, 'norfolk', reachedNothing)).toEqual({ open: true, note: null });
    expect(openable(LESSON, 'tommy_in_the_shop', reachedNothing).open).toBe(true);
    expect(openable(LESSON, 'part_two', reachedNothing).open).toBe(false);
    expect(openable(LESSON, 'madame_at_the_door', () => true)).toMatchObject({
      open: false,
      note: /not opened/,
    });
    const fenced = { ...LESSON, beats: ['pencil_case', 'norfolk', 'madame'] };
    expect(openable(fenced, 'madame_at_the_door', () => true)).toEqual({
      open: false,
      note: LESSON.fenceNote,
    });
  });
});
