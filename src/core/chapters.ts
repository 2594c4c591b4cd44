/**
 * The chapters a player can open from the title: the five parts and the three named beats. A part is reached
 * when its `# chapter:` title first shows; a beat when its own knot is first read. Each opens at its entry knot
 * (a beat's entry sets the state the beat needs, plays it, and ends).
 */
export interface Chapter {
  readonly id: string;
  readonly kind: 'part' | 'beat';
  readonly title: string;
  /** Where the chapter starts when chosen from the list. */
  readonly entry: string;
  /** Seeing this knot's lines (a beat) marks the chapter reached; parts are marked by their title. */
  readonly knot: string;
  /** The book's chapters it corresponds to, for teachers. */
  readonly book: string;
}

export const CHAPTERS: readonly Chapter[] = [
  {
    id: 'prologue',
    kind: 'part',
    title: 'Prologue: the drive',
    entry: 'prologue',
    knot: 'prologue',
    book: 'Part One, chapter 1',
  },
  {
    id: 'part_one',
    kind: 'part',
    title: 'Part One: Hailsham',
    entry: 'part_one',
    knot: 'part_one',
    book: 'Part One, chapters 1 to 9',
  },
  {
    id: 'pencil_case',
    kind: 'beat',
    title: 'The pencil case',
    entry: 'play_pencil_case',
    knot: 'pencil_case_beat',
    book: 'Part One, chapters 5 and 6',
  },
  {
    id: 'part_two',
    kind: 'part',
    title: 'Part Two: the Cottages',
    entry: 'part_two',
    knot: 'part_two',
    book: 'Part Two, chapters 10 to 17',
  },
  {
    id: 'norfolk',
    kind: 'beat',
    title: 'The Norfolk trip',
    entry: 'play_norfolk',
    knot: 'norfolk_trip',
    book: 'Part Two, chapters 12 to 15',
  },
  {
    id: 'part_three',
    kind: 'part',
    title: 'Part Three: the carers',
    entry: 'part_three',
    knot: 'part_three',
    book: 'Part Three, chapters 18 to 23',
  },
  {
    id: 'madame',
    kind: 'beat',
    title: 'The visit to Madame',
    entry: 'play_madame',
    knot: 'visit_to_madame',
    book: 'Part Three, chapters 21 and 22',
  },
  {
    id: 'epilogue',
    kind: 'part',
    title: 'Epilogue: the fence',
    entry: 'epilogue',
    knot: 'epilogue',
    book: 'Part Three, chapter 23',
  },
];

/** The chapters a line marks as reached: its part (by the stage's chapter title) and any beat it belongs to. */
export function chaptersReachedBy(chapterTitle: string | null, knot: string | null): string[] {
  return CHAPTERS.filter((c) => (c.kind === 'part' ? c.title === chapterTitle : c.knot === knot)).map(
    (c) => c.id,
  );
}
