import { describe, expect, it } from 'vitest';
import { newTermsIn, readGlossary } from './glossary.ts';
import { promptFor, readReflections } from './reflections.ts';

const REFLECTIONS = readReflections({
  points: {
    at_the_gate: {
      habit: 'fear',
      prompt: 'What was on her face?',
      after: { 'face.afraid': 'You read fear. Of what?', 'face.pity': 'You read pity. For whom?' },
    },
    plain: { habit: 'gaps', prompt: 'What is left out?' },
  },
});

describe('promptFor', () => {
  it('gives the variant for the newest stance that has one', () => {
    expect(promptFor(REFLECTIONS, 'at_the_gate', ['face.pity', 'other.x', 'face.afraid'])).toEqual({
      point: 'at_the_gate',
      habit: 'fear',
      prompt: 'You read fear. Of what?',
      after: 'face.afraid',
    });
  });

  it("gives the point's own prompt when no stance taken has a variant", () => {
    expect(promptFor(REFLECTIONS, 'at_the_gate', ['other.x'])?.prompt).toBe('What was on her face?');
    expect(promptFor(REFLECTIONS, 'plain', ['face.pity'])?.after).toBeNull();
  });

  it('knows nothing of a point it has no prompt for, not even an inherited one', () => {
    expect(promptFor(REFLECTIONS, 'missing', [])).toBeNull();
    expect(promptFor(REFLECTIONS, 'toString', [])).toBeNull();
    expect(promptFor(REFLECTIONS, 'at_the_gate', ['constructor'])?.after).toBeNull();
  });

  it('refuses a prompts file with an unknown habit', () => {
    expect(() => readReflections({ points: { x: { habit: 'joy', prompt: 'p' } } })).toThrow(
      /reflections.json/,
    );
  });
});

describe('the glossary', () => {
  const glossary = readGlossary({
    terms: [
      { id: 'carer', term: 'carer', forms: ['carer', 'carers'], meaning: 'Looks after donors.' },
      {
        id: 'recovery_centre',
        term: 'recovery centre',
        forms: ['recovery centre', 'recovery centres'],
        meaning: 'Where donors recover.',
      },
    ],
  });

  it('finds terms by whole word, any case, in the order they appear', () => {
    expect(glossary.termsIn('Carers visit the recovery centre.').map((t) => t.id)).toEqual([
      'carer',
      'recovery_centre',
    ]);
    expect(glossary.termsIn('She was careful, not a carerless soul.')).toEqual([]);
  });

  it('explains each term only the first time', () => {
    expect(newTermsIn(glossary, 'I was a carer.', new Set(['carer']))).toEqual([]);
    expect(newTermsIn(glossary, 'I was a carer.', new Set()).map((t) => t.id)).toEqual(['carer']);
  });
});
