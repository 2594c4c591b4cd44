/**
 * The teacher guide: everything a teacher needs to use Lost Corner with a class, as static, printable HTML. It
 * starts its headings at `headingLevel` (1 on a page of its own, 2 inside a dialog that has its own title) and
 * keeps them in order below that. Each top-level section lives in its own file under src/ui/guide/; the
 * contents at the top link to each by id. No state, no effects, no links out of the page.
 */
import type { JSX } from 'preact';
import { AboutTheGame, TenMinuteStart } from './guide-about.tsx';
import { BeatMap } from './guide-beat-map.tsx';
import { ContentNotes } from './guide-content-notes.tsx';
import { Journals } from './guide-journals.tsx';
import { LessonPlans } from './guide-lessons.tsx';
import { Heading, type Level, SECTIONS } from './guide-parts.tsx';
import { Accessibility, FurtherReading, SchoolMachines } from './guide-practical.tsx';
import { PrivacyStatement } from './guide-privacy.tsx';
import { Questions } from './guide-questions.tsx';
import { ClassSetup } from './guide-setup.tsx';
import './guide.css';

export function TeacherGuide(props: { headingLevel?: 1 | 2 }): JSX.Element {
  const top: Level = props.headingLevel ?? 1;
  const level = (top + 1) as Level;
  return (
    <article class="teacher-guide" aria-labelledby="guide-title">
      <header class="guide-header">
        <Heading level={top} id="guide-title">
          Lost Corner: a guide for teachers
        </Heading>
        <p class="guide-lede">
          <strong>Lost Corner</strong> is a short visual novel built on the plot of Kazuo Ishiguro’s{' '}
          <cite>Never Let Me Go</cite>. It is made for classes of 14 to 18 year olds reading the novel,
          including as a GCSE set text (AQA and OCR) and in high school literature courses. This guide
          explains what the game does, maps it to the book’s chapters, and gives lesson plans, questions,
          content notes, and what schools need to know about privacy and accessibility.
        </p>
        <p>
          The game is a prompt for discussion and writing. It cannot show anyone what it is like to be Kathy,
          Ruth or Tommy, and it never claims to. What it can do is slow a class down at a few moments of the
          novel, ask each student to commit to a reading, and give them something to argue about afterwards.
        </p>
      </header>
      <nav class="guide-contents" aria-labelledby="guide-contents-title">
        <Heading level={level} id="guide-contents-title">
          Contents
        </Heading>
        <ol>
          {Object.values(SECTIONS).map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <TenMinuteStart level={level} />
      <AboutTheGame level={level} />
      <BeatMap level={level} />
      <LessonPlans level={level} />
      <Questions level={level} />
      <ContentNotes level={level} />
      <ClassSetup level={level} />
      <Journals level={level} />
      <PrivacyStatement level={level} />
      <Accessibility level={level} />
      <SchoolMachines level={level} />
      <FurtherReading level={level} />
    </article>
  );
}
