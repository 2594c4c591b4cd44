/**
 * The glossary: the story's coined words (carer, donation, complete…), explained the first time a line uses each,
 * when the glossary is on. Off, the novel's withholding is kept and nothing is explained. The words are in
 * story/glossary.json; a term is matched by whole word, case-insensitive, in any of its listed forms.
 */
import * as v from 'valibot';

const TERM = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_]+$/)),
  term: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  forms: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(60))), v.minLength(1)),
  meaning: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
});
const FILE = v.strictObject({ $comment: v.optional(v.string()), terms: v.array(TERM) });

export type GlossaryTerm = v.InferOutput<typeof TERM>;

export interface Glossary {
  readonly terms: readonly GlossaryTerm[];
  /** Finds the terms a line uses, in the order they first appear in it. */
  readonly termsIn: (text: string) => GlossaryTerm[];
}

/** Reads story/glossary.json; throws (it is part of the build, not player input). */
export function readGlossary(input: unknown): Glossary {
  const result = v.safeParse(FILE, input);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(
      `story/glossary.json: ${issue?.message ?? 'invalid'} at ${issue ? v.getDotPath(issue) : '?'}`,
    );
  }
  const terms = result.output.terms;
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matchers = terms.map((term) => ({
    term,
    // Longest forms first, so "recovery centre" is found before "centre"; whole words only.
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...term.forms]
        .sort((a, b) => b.length - a.length)
        .map(literal)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  }));
  return {
    terms,
    termsIn: (text) =>
      matchers
        .map(({ term, pattern }) => ({ term, at: text.search(pattern) }))
        .filter((m) => m.at >= 0)
        .sort((a, b) => a.at - b.at)
        .map((m) => m.term),
  };
}

/**
 * The terms to explain under a line: those it uses that have not been explained before in this reading.
 * `explained` is the set of term ids already explained; the caller adds the returned ids to it.
 */
export function newTermsIn(glossary: Glossary, text: string, explained: ReadonlySet<string>): GlossaryTerm[] {
  return glossary.termsIn(text).filter((term) => !explained.has(term.id));
}
