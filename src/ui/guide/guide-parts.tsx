/**
 * What the teacher guide's sections share: headings that follow the level the guide starts at, a section with
 * its id (the contents link to it) and heading, a table inside a labelled scrolling box (so a wide table scrolls
 * on a phone instead of squeezing), and the list of top-level sections in the order the guide shows them.
 * Static text only: no state, no effects.
 */
import type { ComponentChildren } from 'preact';

export type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading one or more levels below `level`, never past h6. */
export function below(level: Level, by = 1): Level {
  return Math.min(6, level + by) as Level;
}

export function Heading({ level, id, children }: { level: Level; id?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as `h${Level}`;
  return <Tag id={id}>{children}</Tag>;
}

/** The top-level sections, in order: each one's id (the target of its contents link) and its title. */
export const SECTIONS = {
  start: { id: 'guide-start', title: 'Ten-minute start' },
  about: { id: 'guide-about', title: 'What the game is, and what it is not' },
  beats: { id: 'guide-beat-map', title: 'Beat map: the parts, the three beats and the book' },
  lessons: { id: 'guide-lessons', title: 'Lesson plans' },
  questions: { id: 'guide-questions', title: 'Discussion questions, perspective tasks and journal prompts' },
  care: { id: 'guide-content-notes', title: 'Content notes and students who may be affected' },
  setup: { id: 'guide-setup', title: 'Setting up a class' },
  journals: { id: 'guide-journals', title: 'Journals, collecting them, and the class tally' },
  privacy: { id: 'guide-privacy', title: 'Privacy statement for schools' },
  access: { id: 'guide-access', title: 'Accessibility settings' },
  install: { id: 'guide-install', title: 'Getting it onto school machines' },
  reading: { id: 'guide-further-reading', title: 'Further reading' },
} as const;

export type SectionKey = keyof typeof SECTIONS;

/**
 * A top-level section: its heading at `level`, everything else inside. `major` sections start a new page when
 * printed.
 */
export function GuideSection({
  section,
  level,
  major = false,
  children,
}: {
  section: SectionKey;
  level: Level;
  major?: boolean;
  children: ComponentChildren;
}) {
  const { id, title } = SECTIONS[section];
  return (
    <section
      id={id}
      class={major ? 'guide-section guide-major' : 'guide-section'}
      aria-labelledby={`${id}-title`}
    >
      <Heading level={level} id={`${id}-title`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * A table with its caption, inside a box that scrolls sideways when the table is wider than the screen. The box
 * takes keyboard focus (so it can be scrolled without a mouse) and is named by the caption.
 */
export function GuideTable({
  id,
  caption,
  wide = false,
  children,
}: {
  id: string;
  caption: ComponentChildren;
  /** A table of several text columns: kept at a readable width and scrolled on narrow screens. */
  wide?: boolean;
  children: ComponentChildren;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways must take focus, or keyboards cannot scroll it.
    <section class="guide-table-wrap" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} class={wide ? 'guide-table guide-table-wide' : 'guide-table'}>
        <caption id={`${id}-caption`}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** A short banner for the perspective replays, as the game shows it. */
export function Imagined() {
  return <span class="guide-imagined">Imagined, not in the novel</span>;
}
