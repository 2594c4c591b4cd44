/**
 * Setting up a class: the Teacher setup screen (beats, the spoiler fence, glossary, reflection stops, projector
 * mode) and the two ways to share a setup (a link whose settings stay after the `#`, or a small file).
 */
import { below, GuideSection, GuideTable, Heading, type Level } from './guide-parts.tsx';

export function ClassSetup({ level }: { level: Level }) {
  const sub = below(level);
  return (
    <GuideSection section="setup" level={level} major>
      <p>
        Choose <strong>Teacher setup</strong> on the title screen. There is no login and no password. Whatever
        you choose is kept on that device straight away, and can be shared so that every student has the same
        setup. Without a setup, the game plays as it would for anyone at home: no fence, no glossary, no
        stops.
      </p>
      <p>
        The setup is a convenience, not a lock. Any student can open Teacher setup too. It is there to spare
        the class spoilers and to give everyone the same lesson, not to police anyone.
      </p>

      <GuideTable id="guide-setup-table" caption="What the Teacher setup chooses" wide>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">What it does</th>
            <th scope="col">Worth knowing</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">How far the class has read</th>
            <td>
              The spoiler fence. Choose the last part (or beat) the class has read. Anything after it is
              locked; a student who reaches the fence, or tries to open a locked chapter, sees your note
              instead. You can write the note yourself (a sentence or two).
            </td>
            <td>
              The fence works part by part, and a beat opens with its part. For a class part of the way
              through a part, ask students to play only the beat, and not the part around it.
            </td>
          </tr>
          <tr>
            <th scope="row">Which beats are open</th>
            <td>
              Tick the beats students may open from Chapters on the title screen: the pencil case, the Norfolk
              trip, the visit to Madame.
            </td>
            <td>For a one-beat lesson, tick only that beat, so nobody opens the wrong one.</td>
          </tr>
          <tr>
            <th scope="row">Glossary</th>
            <td>
              On: the story’s coined words (carer, donor, donation, complete and others) are explained the
              first time each appears. Off: nothing is explained, as in the novel.
            </td>
            <td>
              The novel withholds these meanings on purpose. Leaving the glossary off keeps that effect, which
              is worth discussing in itself (see below).
            </td>
          </tr>
          <tr>
            <th scope="row">Reflection stops</th>
            <td>
              The game pauses at reflection points. It shows the reading habit, the line just read, a question
              (chosen to fit the reading the student has just taken) and a box to write in.
            </td>
            <td>
              Never timed. “Continue when ready” goes on; “Skip this question” is always there. Answers are
              kept in the journal as they are typed.
            </td>
          </tr>
          <tr>
            <th scope="row">Projector mode</th>
            <td>Large, high-contrast text for a whole class reading one screen.</td>
            <td>Use it with the show-of-hands way of playing (see Lesson plans).</td>
          </tr>
        </tbody>
      </GuideTable>

      <Heading level={sub}>Glossary on or off?</Heading>
      <p>
        Kathy never explains what a “donation” is, or what it means to “complete”. She talks to a reader she
        assumes already knows, and the reader works it out slowly, as the students did. Miss Lucy calls this
        being “told and not told”. With the glossary off, students meet the same silence. With it on, they are
        told at once. Either can be right: turn it on for students who need the support, or for EAL learners;
        keep it off when the withholding is what you want to teach. One good lesson runs half the class each
        way and then asks what the difference felt like.
      </p>

      <Heading level={sub}>Sharing the setup</Heading>
      <p>Two ways, both without accounts. Each student needs to do it once on each device they use.</p>
      <ul>
        <li>
          <strong>A link.</strong> “Copy a link with this setup” gives you the game’s address with the
          settings added after a <code>#</code>. Browsers never send the part after the <code>#</code> to any
          server: the settings go straight from the address bar into the game on that device. Post the link
          wherever your class finds links. It holds only the settings and your fence note, so keep names out
          of the note.
        </li>
        <li>
          <strong>A small file.</strong> “Save as a file” saves the setup as a small JSON file. Students
          choose “Open a setup file” in Teacher setup and pick it, from a shared drive, a USB stick or your
          learning platform.
        </li>
      </ul>
      <p>
        Teacher setup also spells out the current setup in plain words, so you can check it at a glance, on
        your machine or a student’s. “Clear the setup” puts everything back as it was.
      </p>
    </GuideSection>
  );
}
