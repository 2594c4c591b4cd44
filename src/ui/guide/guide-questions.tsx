/**
 * Discussion questions (for the whole novel and for each beat), the three perspective replays as tasks, and
 * journal prompts, all built on the four reading habits the game names at its reflection stops.
 */
import { below, GuideSection, Heading, Imagined, type Level } from './guide-parts.tsx';

const HABITS: readonly (readonly [string, string, string])[] = [
  [
    'What are they afraid of?',
    'Fear',
    'Nearly everyone in the novel is afraid of something they never name: being ordinary, being mocked, being touched, running out of time. Asking what a character fears often explains what they do.',
  ],
  [
    'Who is copying whom?',
    'Mimicry',
    'The students copy gestures from television, from guardians and from each other, and they are copies themselves. Noticing who copies whom, and why, opens up the novel’s questions about what is original.',
  ],
  [
    'What is Kathy leaving out?',
    'Gaps',
    'Kathy tells us a great deal and holds a great deal back. She admits she may misremember, delays things “for later”, and says nothing at all about some moments. The gaps are part of the telling.',
  ],
  [
    'How does running out of time change them?',
    'Time',
    'Every relationship in the novel is lived against a fixed end. Ask how that changes the way people treat each other: more gently, more harshly, more honestly, or not at all.',
  ],
];

const WHOLE_NOVEL: readonly (readonly [string, readonly string[]])[] = [
  [
    'Fear',
    [
      'Choose three characters who are afraid of something they never say aloud. How does the novel let you know?',
      'Some of the adults who worked hardest for the students were also afraid of them. Can both be true of the same person? Where else do kindness and fear sit side by side?',
    ],
  ],
  [
    'Mimicry',
    [
      'Why do the students copy other people’s gestures and dreams? What do they hope copying will give them?',
      'The novel is full of copies: the possibles, a second tape, the students themselves. Is a copy ever worth less than the original, in this book?',
    ],
  ],
  [
    'Gaps',
    [
      'Find two places where Kathy says she may have something wrong. Does that make you trust her more, or less?',
      'What does Kathy never describe? Why might Ishiguro keep those things out of her telling?',
      'When did you understand what “donation” and “complete” mean? How did knowing change the way you read the early chapters?',
    ],
  ],
  [
    'Time',
    [
      'Why does nobody try to run away? What seems to interest the novel more than escape?',
      'Which characters use the time they have well, in your view? What would “well” mean for them?',
      'How does the meaning of the title change between the song in Part One and the last chapter?',
    ],
  ],
];

const BEAT_QUESTIONS: readonly (readonly [string, readonly string[]])[] = [
  [
    'The pencil case',
    [
      'When Kathy mentions the register, what might Ruth be most afraid of? And what is Kathy afraid of afterwards?',
      'Ruth’s hint grows out of the old secret-guard games about Miss Geraldine. Where does Kathy end up copying Ruth’s own trick?',
      'Kathy confesses the bluff to us, but does she ever settle why she did it? In the game you had to choose a reason. Does the novel choose one?',
      'Kathy is still turning this quarrel over twenty years later, near the end of her time as a carer. Why might a small childhood unkindness matter so much to her now?',
      'Was Kathy’s help in the art lesson honest? Is a kind lie better than a true word that hurts?',
    ],
  ],
  [
    'The Norfolk trip',
    [
      'After the gallery, what was Ruth more afraid of: that the woman was not her possible, or that she might have been?',
      'At lunch Ruth pretends to know about deferrals. What does pretending protect her from, and what does it cost Tommy?',
      'Kathy says she saw something in the woman too, and will come back to it. What might she be holding back, and why?',
      'Chrissie and Rodney are a little nearer the end than the others. How does that shape the way they treat the Hailsham three?',
      'Was finding the tape chance, a childhood joke come true, or a gift? Does it matter which?',
      'Why is Tommy’s theory so persuasive on the seafront? Which things from Part One does it seem to explain?',
    ],
  ],
  [
    'The visit to Madame',
    [
      'Miss Emily admits the guardians were afraid of the students. Go back to the early scene where the girls test Madame. How does the admission change it?',
      'Kathy and Tommy follow Madame home, as the five followed the woman in Cromer. What does the echo suggest?',
      'Madame’s reason for crying is not what Kathy had imagined. What had Kathy imagined, and what does the difference show about how she has read her own life?',
      'How does the news change the time Kathy and Tommy have left together? Look at the field, and at the last chapter.',
      'Miss Emily says the guardians gave the students a childhood by keeping things from them. Kindness, betrayal, or both? Can someone do good inside a system that is wrong?',
      'What do Madame’s last words to them reveal about her? How should Kathy, and the reader, receive them?',
    ],
  ],
];

const JOURNAL: readonly (readonly [string, readonly string[]])[] = [
  [
    'Any beat',
    [
      'Which of your choices surprised you? Why do you think you made it?',
      'Your journal lists the readings you did not choose. Pick one and argue for it, using the novel.',
      'Write three sentences Kathy might add to this part of her story if she were being completely honest. Then say why she leaves them out.',
    ],
  ],
  [
    'The pencil case',
    [
      'Kathy says the spring of the pencil case has never sat the same way twice. Write how it might look to her at thirty-one, compared with at eleven.',
      'Write about an object that means far more than it cost, to someone you know or to a character you invent. What does it stand for?',
    ],
  ],
  [
    'The Norfolk trip',
    [
      'Ruth says something cruel about where they all come from. What do you think she was really afraid of?',
      'Tommy paid for the tape. Why might that matter more to Kathy than finding it?',
    ],
  ],
  [
    'The visit to Madame',
    [
      'After the field, write something Kathy might want to say to Tommy and never does.',
      'Analytical alternative: how does the writer use other people’s voices to deliver the truth in this scene, while Kathy stays almost silent?',
    ],
  ],
];

const REPLAYS: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'Ruth at the office window in Cromer',
    'The Norfolk trip',
    'Ruth on the pavement across the road from the glass office while the woman is on the telephone: what she hoped the trip would give her, what she has noticed about her own habit of copying, and how she lets herself read the woman behind the glass.',
    [
      'Before: predict what Ruth is thinking. Write one sentence.',
      'After: where does the replay agree with what Kathy reads in Ruth’s face, and where does it go beyond anything Kathy could know?',
      'The novel never lets us inside Ruth’s head. Is it stronger or weaker for that?',
    ],
  ],
  [
    'Tommy in the second-hand shop',
    'The Norfolk trip',
    'Tommy in the fourth shop while Kathy searches the boxes: what he wants from the afternoon, what he has not told anyone, and what goes through him when Kathy, not he, finds the tape.',
    [
      'Before: Kathy tells this afternoon as the moment she found the tape. What might it have been for Tommy?',
      'After: what does Tommy keep back from Kathy, and what does her telling miss without it?',
      'Find a moment in the novel where Kathy reads Tommy’s face. How sure is she?',
    ],
  ],
  [
    'Madame at her door',
    'The visit to Madame',
    'Madame walking home to find two former students at her gate: what her body does before she can think, what she guesses about why they have come, and why she lets them in.',
    [
      'Before: at the gate, Madame is cold and wary. Write what you think is going on inside her.',
      'After: what is Madame afraid of, and how does that shape what she says and what she leaves to Miss Emily?',
      'Does imagining Madame’s thoughts make you more or less forgiving of her? Should it?',
    ],
  ],
];

export function Questions({ level }: { level: Level }) {
  const sub = below(level);
  const subsub = below(level, 2);
  return (
    <GuideSection section="questions" level={level} major>
      <Heading level={sub}>Four reading habits</Heading>
      <p>
        Every question here, and every prompt at the game’s reflection stops, comes back to one of four habits
        of reading. The game names the habit above each prompt, so a class learns the four by using them.
      </p>
      <dl class="guide-habits">
        {HABITS.map(([question, name, why]) => (
          <div key={name}>
            <dt>
              {name}: <em>{question}</em>
            </dt>
            <dd>{why}</dd>
          </div>
        ))}
      </dl>

      <Heading level={sub}>Questions for the whole novel</Heading>
      {WHOLE_NOVEL.map(([habit, questions]) => (
        <div key={habit}>
          <Heading level={subsub}>{habit}</Heading>
          <ol>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </div>
      ))}

      <Heading level={sub}>Questions for each beat</Heading>
      <p>
        Add one question about the game itself to any of these: compare your reading with the class. Why did
        people read the same face, or the same silence, so differently?
      </p>
      {BEAT_QUESTIONS.map(([beat, questions]) => (
        <div key={beat}>
          <Heading level={subsub}>{beat}</Heading>
          <ol>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </div>
      ))}

      <Heading level={sub}>Perspective replays</Heading>
      <p>
        The novel is told only by Kathy. Three short replays, about five minutes each (two in the Norfolk
        trip, one in the visit to Madame), break this on purpose: an interior monologue for another character
        at one moment of the beat, with one choice of its own and one question at the end, asked even when
        reflection stops are off. Students open them from <strong>Chapters</strong>, under “Imagined, not in
        the novel”, once they have reached the beat, or at once when Teacher setup has opened that beat. Every
        replay opens with the banner <Imagined /> and stays with what happens in the book. Nothing in it is
        Ishiguro’s, and none of it should be quoted as if it were.
      </p>
      <p>
        Use the replays to ask what a single narrator cannot see, and why Ishiguro might have wanted it that
        way. The strongest follow-up is to write one of your own: a different character, at a different moment
        of the same chapter, in 200 to 300 words, with its own “imagined” label, keeping to what the novel
        says happened.
      </p>
      {REPLAYS.map(([title, beat, what, tasks]) => (
        <div key={title}>
          <Heading level={subsub}>{title}</Heading>
          <p>
            <strong>Play it after:</strong> {beat}. {what}
          </p>
          <ul>
            {tasks.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      ))}

      <Heading level={sub}>Journal prompts</Heading>
      <p>
        Offer two or three and let students choose. Personal prompts always have an invented alternative:
        nobody should have to write about their own life.
      </p>
      {JOURNAL.map(([beat, prompts]) => (
        <div key={beat}>
          <Heading level={subsub}>{beat}</Heading>
          <ul>
            {prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ))}
    </GuideSection>
  );
}
