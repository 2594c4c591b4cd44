import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerEntry,
  byChapter,
  emptyJournal,
  JOURNAL_LIMITS,
  type Journal,
  lastAnswerTo,
  type StanceEntry,
  stancesTaken,
  withAnswer,
  withName,
  withNote,
  withStance,
} from './journal.ts';
import { journalFileName, journalHtml, journalMarkdown } from './journal-export.ts';
import { JOURNAL_FILE_MAX_BYTES, journalJson, readJournal } from './journal-file.ts';

const AT = '2026-11-22';

const windowStance = (option: string, id = `s-${option}`): StanceEntry => ({
  id,
  chapter: 'norfolk',
  point: 'window_seen',
  option,
  text: `Ruth saw ${option}`,
  offered: [
    { option: 'saw_a_future', text: 'Ruth saw saw_a_future' },
    { option: 'saw_a_stranger', text: 'Ruth saw saw_a_stranger' },
    { option: 'saw_a_mirror', text: 'Ruth saw saw_a_mirror' },
  ],
  at: AT,
});

const answer = (text: string, id = 'a-1'): AnswerEntry => ({
  id,
  chapter: 'norfolk',
  point: 'norfolk_ruth_at_the_glass',
  prompt: 'What was Ruth hoping for?',
  line: 'The glass was bright with sky.',
  text,
  at: AT,
});

function aWrittenJournal(): Journal {
  let journal = withName(emptyJournal('journal-1'), '  Sam K.  ');
  journal = withStance(journal, windowStance('saw_a_mirror'));
  journal = withAnswer(journal, answer('She wanted to be <ordinary>.\n\nAnd *safe*.'));
  journal = withNote(journal, {
    id: 'n-1',
    chapter: 'pencil_case',
    text: 'The case mattered more than the price.',
    at: AT,
  });
  return journal;
}

describe('the journal', () => {
  it('keeps a name as typed (spaces between initials too), stances, answers and notes', () => {
    const journal = aWrittenJournal();
    expect(journal.name).toBe('  Sam K.  ');
    expect(withName(emptyJournal('j'), 'S ').name).toBe('S ');
    expect(stancesTaken(journal)).toEqual(['window_seen.saw_a_mirror']);
    expect(lastAnswerTo(journal, 'norfolk_ruth_at_the_glass')?.text).toContain('ordinary');
    expect(journal.notes).toHaveLength(1);
  });

  it('replaces an edited answer and removes one emptied', () => {
    let journal = withAnswer(aWrittenJournal(), answer('Second thoughts.'));
    expect(journal.answers.map((a) => a.text)).toEqual(['Second thoughts.']);
    journal = withAnswer(journal, answer('   '));
    expect(journal.answers).toEqual([]);
  });

  it('cuts text at its limit rather than refusing it', () => {
    const journal = withAnswer(emptyJournal('j'), answer('x'.repeat(JOURNAL_LIMITS.text + 50)));
    expect(journal.answers[0]?.text.length).toBe(JOURNAL_LIMITS.text);
  });

  it('files entries by chapter in the story order', () => {
    const chapters = byChapter(aWrittenJournal());
    expect(chapters.map((c) => c.chapter)).toEqual(['pencil_case', 'norfolk']);
    expect(chapters[1]?.title).toBe('The Norfolk trip');
    expect(chapters[1]?.book).toBe('Part Two, chapters 12 to 15');
  });

  it('keeps entries from a chapter the story no longer has, under their id', () => {
    const journal = withNote(emptyJournal('j'), { id: 'n', chapter: 'old_chapter', text: 'kept', at: AT });
    expect(byChapter(journal).map((c) => c.title)).toEqual(['old_chapter']);
  });
});

describe('journal files', () => {
  it('read back exactly what was written', () => {
    const journal = aWrittenJournal();
    const read = readJournal(journalJson(journal));
    expect(read).toEqual({ ok: true, journal });
  });

  it('round-trip any journal the game can make', () => {
    const text = fc.string({ maxLength: 60 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.constantFrom('saw_a_future', 'saw_a_mirror'), text), { maxLength: 6 }),
        (entries) => {
          let journal = emptyJournal('journal-x');
          entries.forEach(([name, option, written], i) => {
            journal = withName(journal, name);
            journal = withStance(journal, windowStance(option, `s-${i}`));
            journal = withAnswer(journal, answer(written, `a-${i}`));
          });
          expect(readJournal(journalJson(journal))).toEqual({ ok: true, journal });
        },
      ),
    );
  });

  it('keep only the date of each entry, reading a time of day written by an earlier version as its date', () => {
    const written = JSON.parse(journalJson(aWrittenJournal())) as {
      stances: { at: string }[];
      answers: { at: string }[];
    };
    for (const entry of [...written.stances, ...written.answers]) entry.at = '2026-11-22T10:15:31.250Z';
    const read = readJournal(JSON.stringify(written));
    expect(read.ok && [...read.journal.stances, ...read.journal.answers].map((e) => e.at)).toEqual(
      Array(written.stances.length + written.answers.length).fill('2026-11-22'),
    );
    // Written out again, the file holds no time of day anywhere.
    expect(read.ok && journalJson(read.journal)).not.toMatch(/T\d\d:\d\d/);
    expect(journalMarkdown(aWrittenJournal(), { at: AT })).not.toMatch(/\d\d:\d\d/);
  });

  it('refuse an entry dated with something that is not a date', () => {
    const written = JSON.parse(journalJson(aWrittenJournal())) as { notes: { at: string }[] };
    written.notes = [{ ...(written.notes[0] ?? { at: '' }), at: 'yesterday' }];
    expect(readJournal(JSON.stringify(written)).ok).toBe(false);
  });

  it('refuse a file too large before reading it', () => {
    const read = readJournal('{}', JOURNAL_FILE_MAX_BYTES + 1);
    expect(read).toMatchObject({ ok: false, problem: expect.stringContaining('too large') });
  });

  it('refuse text that is not JSON, a save, a future version, or an unknown key, each with its own message', () => {
    const good = JSON.parse(journalJson(aWrittenJournal())) as Record<string, unknown>;
    const problem = (text: string) => {
      const read = readJournal(text);
      if (read.ok) throw new Error('accepted');
      return read.problem;
    };
    expect(problem('{"format":"lost-corner-journal"')).toContain('not JSON');
    expect(problem(JSON.stringify({ format: 'lost-corner-save' }))).toContain('story save');
    expect(problem(JSON.stringify({ ...good, version: 99 }))).toContain('newer version');
    expect(problem(JSON.stringify({ ...good, extra: 1 }))).toContain('changed or damaged');
    expect(problem('[]')).toContain('not a journal');
    expect(problem('')).toContain('empty');
  });

  it('ignore __proto__ and constructor payloads: they are refused and change no object', () => {
    const good = journalJson(aWrittenJournal());
    const poisoned = good.replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}},',
    );
    expect(readJournal(poisoned).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).bad).toBeUndefined();
  });

  it('refuse an answer longer than the limit in a hand-edited file', () => {
    const edited = JSON.parse(journalJson(aWrittenJournal())) as { answers: { text: string }[] };
    (edited.answers[0] as { text: string }).text = 'y'.repeat(JOURNAL_LIMITS.text + 1);
    expect(readJournal(JSON.stringify(edited)).ok).toBe(false);
  });

  it('answer any input with a journal or a message, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((j) => JSON.stringify(j)),
        ),
        (text) => {
          const read = readJournal(text);
          expect(read.ok || (typeof read.problem === 'string' && read.problem.length > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('journal exports', () => {
  it('write Markdown by chapter, escaping what the student typed', () => {
    const markdown = journalMarkdown(aWrittenJournal(), { at: AT });
    expect(markdown).toContain('# Lost Corner: journal of Sam K.');
    expect(markdown).toContain('## The Norfolk trip (Part Two, chapters 12 to 15)');
    expect(markdown).toContain('- **Ruth saw saw\\_a\\_mirror**');
    expect(markdown).toContain('  - not taken: Ruth saw saw\\_a\\_future');
    expect(markdown).toContain('> She wanted to be \\<ordinary\\>.');
    expect(markdown).toContain('> And \\*safe\\*.');
    expect(markdown.indexOf('The pencil case')).toBeLessThan(markdown.indexOf('The Norfolk trip'));
  });

  it('write a standalone HTML page with every typed character escaped', () => {
    const html = journalHtml(aWrittenJournal(), { at: AT });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('She wanted to be &lt;ordinary&gt;.</p><p>And *safe*.');
    expect(html).not.toContain('<ordinary>');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('escape a name that tries to be markup', () => {
    const journal = withName(emptyJournal('j'), '<img src=x onerror=alert(1)>');
    const html = journalHtml(journal, { at: AT });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('name files after the student and the day, with nothing unsafe in the name', () => {
    expect(journalFileName(aWrittenJournal(), { at: AT }, 'md')).toBe(
      'lost-corner-journal-Sam-K-2026-11-22.md',
    );
    expect(journalFileName(withName(emptyJournal('j'), '../../etc'), { at: AT }, 'json')).toBe(
      'lost-corner-journal-etc-2026-11-22.json',
    );
  });
});
