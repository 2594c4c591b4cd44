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

/**
 * Perspective replays: a scene of a named beat imagined from inside another person (classroom mode), each
 * bannered "imagined, not in the novel" in its first line. One opens once its beat has been reached, or when a
 * teacher's setup opens that beat. What is written during one is filed in the journal under its beat.
 */
export interface Perspective {
  readonly id: string;
  readonly title: string;
  /** The knot that plays it, from its first line to its end. */
  readonly knot: string;
  /** The beat it imagines a moment of. */
  readonly beat: string;
  readonly book: string;
}

export const PERSPECTIVES: readonly Perspective[] = [
  {
    id: 'ruth_at_the_window',
    title: 'Ruth at the office window',
    knot: 'perspective_ruth',
    beat: 'norfolk',
    book: 'imagined; Part Two, chapter 13',
  },
  {
    id: 'tommy_in_the_shop',
    title: 'Tommy in the second-hand shop',
    knot: 'perspective_tommy',
    beat: 'norfolk',
    book: 'imagined; Part Two, chapter 15',
  },
  {
    id: 'madame_at_the_door',
    title: 'Madame at her door',
    knot: 'perspective_madame',
    beat: 'madame',
    book: 'imagined; Part Three, chapter 21',
  },
];

/** Where journal entries made outside every chapter (a knot no chapter claims) are filed. */
export const NO_CHAPTER = 'elsewhere';

/**
 * The chapter a line belongs to, for the journal and the class fence: its beat when the line is in a beat's own
 * knot, else the part named by the stage's chapter title.
 */
export function chapterAt(chapterTitle: string | null, knot: string | null): string {
  const imagined = PERSPECTIVES.find((p) => p.knot === knot);
  if (imagined) return imagined.beat;
  const beat = CHAPTERS.find((c) => c.kind === 'beat' && c.knot === knot);
  if (beat) return beat.id;
  return CHAPTERS.find((c) => c.kind === 'part' && c.title === chapterTitle)?.id ?? NO_CHAPTER;
}
