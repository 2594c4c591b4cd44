/**
 * Every reader of a file or text from outside the game (a journal file, a class setup file or link, a story save,
 * the stored settings), fed one corpus of bad input and then fast-check's arbitrary strings and JSON: each answer
 * is a value or a message, never a throw, never a change to Object.prototype. A hang would trip each test's
 * time limit (Vitest's, the only clock here); speed is measured by the benchmark, not asserted.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETUP, readSetup, readSetupFragment, setupFragment, storedSetup } from './classroom.ts';
import { emptyJournal, withName } from './journal.ts';
import { JOURNAL_FILE_MAX_BYTES, journalJson, readJournal } from './journal-file.ts';
import { checkSave } from './save.ts';
import { readSettings } from './settings.ts';

const validJournal = journalJson(withName(emptyJournal('j-1'), 'Sam'));
const validSetup = JSON.stringify(storedSetup(DEFAULT_SETUP));
const deepArrays = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const deepObjects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
const utf16 = Array.from(validJournal)
  .map((c) => `${c}\u0000`)
  .join('');

/** Name, text, and the size a browser would report for the file. */
const CORPUS: readonly (readonly [string, string, number?])[] = [
  ['empty', ''],
  ['spaces', '   \n\t'],
  ['null', 'null'],
  ['a number', '42'],
  ['a string', '"journal"'],
  ['an array', '[1,2,3]'],
  ['cut short', validJournal.slice(0, Math.floor(validJournal.length / 2))],
  ['with a byte-order mark', `\uFEFF${validJournal}`],
  ['UTF-16 read as text', utf16],
  ['binary', binary],
  ['arrays 100,000 deep', deepArrays],
  ['objects 100,000 deep', deepObjects],
  ['a 50-million-character file, by its size', '{}', 50_000_000],
  ['just over the journal cap', validJournal, JOURNAL_FILE_MAX_BYTES + 1],
  ['__proto__ payload', '{"__proto__":{"polluted":1},"format":"lost-corner-journal","version":1}'],
  ['constructor payload', '{"constructor":{"prototype":{"polluted":1}}}'],
  [
    '__proto__ inside the entries',
    validJournal.replace('"notes": []', '"notes": [{"__proto__":{"polluted":1}}]'),
  ],
  ['a setup with an unknown key', validSetup.replace('{', '{"extra":true,')],
  [
    'a huge string inside a valid shape',
    validJournal.replace('"Sam"', JSON.stringify('x'.repeat(1_000_000))),
  ],
];

const READERS = {
  journal: (text: string, bytes?: number) => readJournal(text, bytes),
  setup: (text: string, bytes?: number) => readSetup(text, bytes),
  'setup link': (text: string) =>
    readSetupFragment(`class-setup&${text}`) ?? { ok: false, problem: 'not a link' },
  save: (text: string) => {
    try {
      return checkSave(JSON.parse(text));
    } catch {
      return { ok: false, problem: 'not JSON' };
    }
  },
  settings: (text: string) => {
    try {
      return { ok: true, settings: readSettings(JSON.parse(text)) };
    } catch {
      return { ok: true, settings: readSettings(null) };
    }
  },
} as const;

function answers(read: (text: string, bytes?: number) => unknown, text: string, bytes?: number): void {
  const result = read(text, bytes) as { ok: boolean; problem?: string };
  if (!result.ok) expect(result.problem?.length ?? 0).toBeGreaterThan(0);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
}

afterEach(() => {
  // If anything did pollute, clean up so one failure does not cascade into every later test.
  delete (Object.prototype as { polluted?: unknown }).polluted;
});

describe('files and text from outside the game', () => {
  for (const [reader, read] of Object.entries(READERS)) {
    it(`the ${reader} reader answers every file in the bad-input corpus with a value or a message`, () => {
      for (const [name, text, bytes] of CORPUS) {
        try {
          answers(read, text, bytes);
        } catch (error) {
          throw new Error(`${reader}, ${name}: ${String(error)}`);
        }
      }
    });
  }

  it('refuses the oversized and the deep before trusting them, saying why', () => {
    const huge = readJournal('{}', 50_000_000);
    expect(huge).toEqual({ ok: false, problem: expect.stringMatching(/too large/) });
    expect(readJournal(deepArrays).ok).toBe(false);
    expect(readSetup(deepObjects).ok).toBe(false);
    expect(readJournal(`\uFEFF${validJournal}`).ok).toBe(false);
  });

  it('accepts the good files the corpus was made from, so the refusals above are not refusing everything', () => {
    expect(readJournal(validJournal).ok).toBe(true);
    expect(readSetup(validSetup).ok).toBe(true);
    expect(readSetupFragment(setupFragment(DEFAULT_SETUP))?.ok ?? true).toBe(true);
  });

  it('answers any string and any JSON with a value or a message, for every reader', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
      fc
        .dictionary(
          fc.constantFrom('__proto__', 'constructor', 'format', 'version', 'entries', 'prototype'),
          fc.jsonValue(),
        )
        .map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(input, (text) => {
        for (const read of Object.values(READERS)) answers(read, text);
      }),
      { numRuns: 400, seed: 31 },
    );
  });
});
