/**
 * Lesson plans: how every lesson runs (the shape, the assessment objectives, the two ways to play), then one plan
 * per beat (guide-lesson-plans.ts, laid out by guide-lesson-plan.tsx), then a 90-minute block in two versions.
 */
import { LessonPlan, TimingTable } from './guide-lesson-plan.tsx';
import { PLANS } from './guide-lesson-plans.ts';
import { below, GuideSection, Heading, type Level, SECTIONS } from './guide-parts.tsx';

const BLOCK_A: readonly (readonly [string, string, string])[] = [
  ['0 to 5', 'Set up', 'Where both beats sit in the novel; the content note for the Madame beat.'],
  ['5 to 25', 'First beat', 'Play, with reflection stops on.'],
  [
    '25 to 35',
    'Short discussion',
    'One question from that beat’s list; a quick show of hands on one choice.',
  ],
  ['35 to 55', 'Second beat', 'Play the visit to Madame.'],
  [
    '55 to 75',
    'Linking discussion',
    'What does the second beat change about the first? For example: the gift Ruth hinted at, once we know the guardians were afraid; or Tommy’s theory, once we know what the Gallery was for.',
  ],
  ['75 to 88', 'Journal', 'A prompt that spans both beats, from the journal list.'],
  ['88 to 90', 'Close', 'Journals saved; End of class on shared machines.'],
];

const BLOCK_B: readonly (readonly [string, string, string])[] = [
  ['0 to 5', 'Set up', 'Recap; how to save the journal file and where to put it.'],
  ['5 to 25', 'Play', 'The beat, alone, with reflection stops on.'],
  ['25 to 30', 'Save', 'Each student saves the journal as JSON to the shared folder or class platform.'],
  [
    '30 to 45',
    'Perspective replay',
    'The beat’s replay (Ruth, Tommy or Madame), then a short written answer to its question. Meanwhile you load the journals into the class tally.',
  ],
  [
    '45 to 70',
    'Tally and discussion',
    'Show the counts. Begin with the choice where the class split most, not the one where it agreed. Ask each side to find support in the novel.',
  ],
  ['70 to 85', 'Journal', 'Argue, in writing, for a reading you did not choose.'],
  ['85 to 90', 'Close', 'Journals saved again; End of class on shared machines.'],
];

export function LessonPlans({ level }: { level: Level }) {
  const sub = below(level);
  return (
    <GuideSection section="lessons" level={level} major>
      <p>
        Each plan fits a lesson of 50 to 60 minutes and has the same shape: about 5 minutes to set up, 15 to
        20 to play, 15 to 20 to discuss or do a perspective task, and 5 to 10 to write in the journal. A
        90-minute version follows the three plans.
      </p>
      <ul class="guide-jump">
        {PLANS.map((plan) => (
          <li key={plan.id}>
            <a href={`#${plan.id}`}>{plan.title}</a>
          </li>
        ))}
        <li>
          <a href="#guide-lesson-block">A 90-minute block</a>
        </li>
      </ul>

      <Heading level={sub}>How every lesson runs</Heading>
      <p>
        <strong>Aims and assessment.</strong> Each plan’s aims are grouped under three of the assessment
        objectives for GCSE English Literature: a personal, informed response backed by the text; the writer’s
        methods (here, above all, unreliable first-person narration and a non-linear structure); and context.
        Check your own specification for exact wording and weighting. In the US the same aims map onto reading
        standards for analysing a narrator’s point of view, structure and theme.
      </p>
      <p>
        <strong>Play first, talk after.</strong> Let students play through without stopping them, apart from
        the game’s own reflection stops. The discussion is better when they have had the whole beat.
      </p>
      <p>
        <strong>Always go back to the book.</strong> The game is a way into the chapter, not a replacement for
        it. Every plan ends its discussion with a passage of the novel, so that what students say can be
        tested against Ishiguro’s words and quoted from them.
      </p>
      <p>
        <strong>No marks for readings.</strong> There is no right stance. If you assess anything, assess the
        writing and the use of the novel, never which reading a student chose.
      </p>

      <Heading level={sub}>Two ways to play</Heading>
      <p>
        <strong>On devices, alone or in pairs.</strong> Each student (or pair) plays with reflection stops on
        and writes in the journal as they go. Sound adds atmosphere but nothing depends on it: headphones, or
        sound off with captions on, both work. Students work at their own pace, so have the discussion
        questions ready for anyone who finishes early.
      </p>
      <p>
        <strong>On a projector, as a class.</strong> Turn on projector mode (large, high-contrast text). Read
        aloud yourself, or hand the reading round. At each choice, read out the options and take a show of
        hands; choose the majority reading, note the count on the board, and ask someone in the minority to
        argue their case. Choices can be made with the number keys. Two tools help here: <em>Back</em> (the
        left arrow key) steps back to the last choice so the class can take the other reading and hear how
        Kathy’s telling changes, and <em>History</em> (H) finds any line already read for a closer look. With
        reflection stops on, use each stop as a pause for pairs to talk, and have students write in their
        books rather than in the game.
      </p>

      {PLANS.map((plan) => (
        <LessonPlan key={plan.id} plan={plan} level={sub} />
      ))}

      <section class="guide-lesson" id="guide-lesson-block" aria-labelledby="guide-lesson-block-title">
        <Heading level={sub} id="guide-lesson-block-title">
          A 90-minute block
        </Heading>
        <p>Two versions. Both need the class to have read as far as the later beat.</p>
        <Heading level={below(level, 2)}>Version A: two beats</Heading>
        <p>
          Pair the beats so that one answers the other.{' '}
          <strong>The pencil case with the visit to Madame</strong>: what the children longed for from their
          guardians, and what the guardians felt about them.{' '}
          <strong>The Norfolk trip with the visit to Madame</strong>: Tommy’s theory, and the answer to it.
          Open both beats in the Teacher setup.
        </p>
        <TimingTable id="guide-block-a" caption="Version A: two beats in 90 minutes" rows={BLOCK_A} />
        <Heading level={below(level, 2)}>
          Version B: one beat, a perspective replay and the class tally
        </Heading>
        <p>
          Students play on their own devices, then save their journals as JSON files where you can reach them
          (see <a href={`#${SECTIONS.journals.id}`}>Journals</a>). While they do the perspective task, you
          load the files into the class tally, ready to show on the projector with names hidden.
        </p>
        <TimingTable
          id="guide-block-b"
          caption="Version B: one beat, a replay and the tally in 90 minutes"
          rows={BLOCK_B}
        />
      </section>
    </GuideSection>
  );
}
