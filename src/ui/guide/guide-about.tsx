/**
 * The two sections a teacher reads first: a ten-minute start (enough to run one beat in the next lesson) and
 * what the game is and is not (an adaptation of the plot in new words, fixed outcomes, stances, memories out of
 * order, the keepsake chest).
 */
import { below, GuideSection, Heading, type Level, SECTIONS } from './guide-parts.tsx';

export function TenMinuteStart({ level }: { level: Level }) {
  return (
    <GuideSection section="start" level={level}>
      <p>If you have a lesson tomorrow and ten minutes now, this is all you need.</p>
      <ol class="guide-steps">
        <li>
          <strong>Pick a beat your class has already read.</strong> The three beats are the pencil case (Part
          One, chapters 5 and 6), the Norfolk trip (Part Two, chapters 12 to 15) and the visit to Madame (Part
          Three, chapters 21 and 22). Each takes 12 to 20 minutes to play. See the{' '}
          <a href={`#${SECTIONS.beats.id}`}>beat map</a>.
        </li>
        <li>
          <strong>Read that beat’s lesson plan</strong> in{' '}
          <a href={`#${SECTIONS.lessons.id}`}>Lesson plans</a>. It gives timings, what to prepare, the choices
          students will meet and the questions to ask.
        </li>
        <li>
          <strong>Check the content notes</strong> for that beat and think about who in the class may be
          affected (<a href={`#${SECTIONS.care.id}`}>Content notes</a>). If someone might be, speak to them
          before the lesson.
        </li>
        <li>
          <strong>Open the game and choose Teacher setup</strong> on the title screen. No login is needed. Set
          how far the class has read, tick only the beat you want, turn reflection stops on, and decide about
          the glossary. For whole-class play on a board, turn on projector mode.
        </li>
        <li>
          <strong>Share the setup.</strong> Copy the link it gives you and post it wherever your class usually
          finds links, or save the setup as a file. Students open the link once on their device (or open the
          file with “Open a setup file” in Teacher setup).
        </li>
        <li>
          <strong>In the lesson,</strong> students choose Chapters on the title screen and open the beat. They
          play, stop at the reflection points to write, and talk. At the end they save their journal.
        </li>
        <li>
          <strong>On shared computers,</strong> finish with “End of class” in the journal: it saves the
          journal as a file, then clears everything the game kept on that machine.
        </li>
      </ol>
      <p>
        One rule to give the class at the start: <strong>the game is not the book.</strong> Every sentence in
        it was written for the game. Quotations in essays and exams must come from the novel.
      </p>
    </GuideSection>
  );
}

export function AboutTheGame({ level }: { level: Level }) {
  const sub = below(level);
  return (
    <GuideSection section="about" level={level}>
      <Heading level={sub}>An adaptation of the plot, in new words</Heading>
      <p>
        Lost Corner follows the events of <cite>Never Let Me Go</cite>: its people, places and turning points,
        and the book’s own coined words (students, guardians, carer, donor, donation, complete). It does not
        use Ishiguro’s sentences. All the narration, dialogue and choices were written for the game, in a
        voice that tries to keep Kathy’s calm, digressive manner. It is an unofficial, educational adaptation,
        not endorsed by the author or his publishers.
      </p>
      <p>
        It is no substitute for reading the novel. Close reading of language, and every quotation a student
        uses in an essay or exam, must come from the book. The game adds small invented details (a café with
        lemons on the tablecloths, the colour of a cardigan), frames the whole story as one evening’s drive,
        and leaves out the novel’s sexual material, keeping Kathy and Tommy’s closeness without it. Some minor
        episodes are shortened or left out. When a detail matters for an answer, check it in the book.
      </p>

      <Heading level={sub}>What happens is fixed; how Kathy reads it is chosen</Heading>
      <p>
        Nothing a player chooses changes what happens, just as nothing the students do changes what happens to
        them. There is no branch that saves anyone, no score, no right answer and no way to win. The choices
        are <strong>stances</strong>: how Kathy reads a face, what she feels, what she keeps. Did Ruth’s face
        show shame, fear or anger? Did Kathy believe Tommy’s theory, doubt it, or want to believe it? Each
        stance colours what Kathy says later, picks the question a student is asked at the next reflection
        stop, and shapes which of five closing passages she reaches at the fence in Norfolk. None of them
        changes an event.
      </p>
      <p>
        This is useful in class because the novel leaves so much to the reader. Students commit to a reading
        at the moment, and can then compare it with the book and with each other.
      </p>

      <Heading level={sub}>Memories out of order</Heading>
      <p>
        Like Kathy’s telling, the game does not run straight. The present is Kathy, a carer, driving between
        recovery centres at night. Something on the road brings a memory up, the memory plays, and the story
        comes back to the car. Memories interrupt memories, and Kathy sometimes mentions something that will
        happen years later. Part Three, as in the novel, runs nearly straight as it catches up with the
        present.
      </p>
      <p>
        Some of Kathy’s lines are marked as uncertain (underlined with dots). A player can choose “I might
        have this wrong” to see the other way she might remember it. These alternatives are the game’s own
        invention, a way of making unreliable narration visible. They never add plot, and they are not in the
        novel.
      </p>
      <p>
        The <strong>memory map</strong> shows every memory seen so far on two lines: in the order it happened
        in Kathy’s life, and in the order this player remembered it. It is a quick way to show a class what a
        non-linear structure is.
      </p>

      <Heading level={sub}>The keepsake chest</Heading>
      <p>
        Kathy has a box of things she has kept: a pencil case, tapes, a shirt, a drawing, a page from a
        magazine, a slip of paper with an address. Objects arrive as the story gives them. Opening one plays
        the memory it holds. After some later revelations, a memory reads differently (the events stay the
        same; Kathy’s understanding changes), and the chest marks it as having something new. A player can
        also set a keepsake aside in “the Norfolk drawer”, the lost corner, where nothing is ever lost; what
        Kathy kept and set aside shapes her thoughts at the end. The box itself is the game’s device: the
        novel has Kathy’s Hailsham collection, but not this box on the passenger seat.
      </p>
    </GuideSection>
  );
}
