import { describe, expect, it } from 'vitest';
import { emptyJournal, type Journal, type StanceEntry, withAnswer, withName, withStance } from './journal.ts';
import { tallyJournals } from './stance-tally.ts';

const OFFERED = [
  { option: 'saw_a_future', text: 'a future' },
  { option: 'saw_a_stranger', text: 'a stranger' },
  { option: 'saw_a_mirror', text: 'a mirror' },
];

function stance(option: string, at = '2026-11-22T10:00:00.000Z'): StanceEntry {
  const text = OFFERED.find((o) => o.option === option)?.text ?? option;
  return {
    id: `${option}-${at}`,
    chapter: 'norfolk',
    point: 'window_seen',
    option,
    text,
    offered: OFFERED,
    at,
  };
}

function student(id: string, name: string, ...options: string[]): Journal {
  return options.reduce(
    (j, option, i) => withStance(j, stance(option, `2026-11-22T10:0${i}:00.000Z`)),
    withName(emptyJournal(id), name),
  );
}

describe('tallyJournals', () => {
  it('counts each student once per point, by the reading they took last', () => {
    const tally = tallyJournals([
      student('a', 'Ann', 'saw_a_future'),
      student('b', 'Ben', 'saw_a_future', 'saw_a_mirror'),
      student('c', '', 'saw_a_mirror'),
    ]);
    expect(tally.journals).toBe(3);
    expect(tally.points).toEqual([
      {
        chapter: 'norfolk',
        point: 'window_seen',
        total: 3,
        options: [
          { option: 'saw_a_future', text: 'a future', count: 1 },
          { option: 'saw_a_stranger', text: 'a stranger', count: 0 },
          { option: 'saw_a_mirror', text: 'a mirror', count: 2 },
        ],
      },
    ]);
  });

  it('counts a journal loaded twice once, and says so', () => {
    const ann = student('a', 'Ann', 'saw_a_future');
    const tally = tallyJournals([ann, ann]);
    expect(tally.journals).toBe(1);
    expect(tally.duplicates).toBe(1);
    expect(tally.points[0]?.total).toBe(1);
  });

  it('counts answers per reflection point, not their words', () => {
    const answered = withAnswer(student('a', 'Ann'), {
      id: 'x',
      chapter: 'norfolk',
      point: 'norfolk_ruth_at_the_glass',
      prompt: 'p',
      line: 'l',
      text: 'private words',
      at: '2026-11-22T10:00:00.000Z',
    });
    const tally = tallyJournals([answered, student('b', 'Ben')]);
    expect(tally.answered.get('norfolk_ruth_at_the_glass')).toBe(1);
    expect(JSON.stringify(tally.points)).not.toContain('private words');
  });

  it('orders points by the story and keeps the names apart from the counts', () => {
    const pencil: StanceEntry = {
      id: 'p',
      chapter: 'pencil_case',
      point: 'pencil_why',
      option: 'envy',
      text: 'envy',
      offered: [{ option: 'envy', text: 'envy' }],
      at: '2026-11-22T10:00:00.000Z',
    };
    const tally = tallyJournals([withStance(student('a', 'Ann', 'saw_a_future'), pencil)]);
    expect(tally.points.map((p) => p.point)).toEqual(['pencil_why', 'window_seen']);
    expect(tally.names).toEqual(['Ann']);
  });
});
