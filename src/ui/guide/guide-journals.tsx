/**
 * Journals: what each student's journal keeps, how to print or save it, how to collect journals without any
 * accounts, the class tally of readings, and "End of class" on shared machines.
 */
import { below, GuideSection, GuideTable, Heading, type Level, SECTIONS } from './guide-parts.tsx';

const FORMATS: readonly (readonly [string, string, string])[] = [
  ['Print', 'A clean printed copy, black on white, without the game around it.', 'collecting on paper.'],
  [
    'Save as Markdown',
    'A plain text file with simple headings.',
    'pasting into a learning platform or a word processor.',
  ],
  [
    'Save as a web page (HTML)',
    'A single page that opens in any browser, with no scripts, and prints well.',
    'handing in a file that anyone can open.',
  ],
  [
    'Save as JSON',
    'The journal exactly, to open again in the game.',
    'moving to another device, and the class tally.',
  ],
];

export function Journals({ level }: { level: Level }) {
  const sub = below(level);
  return (
    <GuideSection section="journals" level={level}>
      <Heading level={sub}>What a journal keeps</Heading>
      <p>
        Each student’s journal is kept in the browser on their device, apart from their saves, and opens from
        <strong> Journal</strong> on the title screen. It is filed by part and beat, and holds:
      </p>
      <ul>
        <li>
          every answer written at a reflection stop, with the question and the line of the story it followed;
        </li>
        <li>
          every stance taken, with the moment it was taken, and the other readings that were offered at that
          choice (so a reader of the journal sees the choice, not only the answer);
        </li>
        <li>the student’s own notes, which they can add at any time, filed under a chapter;</li>
        <li>
          an optional first name or initials, which only ever stays on the device and in files they save.
        </li>
      </ul>
      <p>
        The journal belongs to the student, not to a playthrough: starting again, loading an old save or a new
        version of the game leaves it as it is.
      </p>

      <Heading level={sub}>Printing and saving</Heading>
      <GuideTable id="guide-journal-formats" caption="Ways to keep a journal">
        <thead>
          <tr>
            <th scope="col">Choice in the journal</th>
            <th scope="col">What it gives, and what it is best for</th>
          </tr>
        </thead>
        <tbody>
          {FORMATS.map(([choice, gives, best]) => (
            <tr key={choice}>
              <th scope="row">{choice}</th>
              <td>
                {gives} <em>Best for:</em> {best}
              </td>
            </tr>
          ))}
        </tbody>
      </GuideTable>
      <p>
        Saved files are named with the initials (if given) and the date. A JSON journal can be opened again in
        the game on another device; it replaces the journal there, after the game asks.
      </p>

      <Heading level={sub}>Collecting journals without accounts</Heading>
      <ul>
        <li>
          <strong>On paper:</strong> students print, or you print from each machine.
        </li>
        <li>
          <strong>Through your school’s own learning platform:</strong> students upload the Markdown, web page
          or JSON file as they would any homework file.
        </li>
        <li>
          <strong>On a shared drive or USB stick:</strong> students copy the file into a class folder.
        </li>
      </ul>
      <p>
        On a shared computer, a file saved to the downloads folder may still be there for the next person.
        Once it has been handed in, students should delete it, or save it straight to their own space.
      </p>

      <Heading level={sub}>The class tally of readings</Heading>
      <p>
        In Teacher setup, <strong>Class tally of readings</strong> loads several JSON journals at once on your
        machine and counts, for each choice in the story, how many students took each reading, and how many
        answered each reflection question. It shows counts only, never what anyone wrote. Names are hidden
        unless you choose to show them. A journal loaded twice is counted once, and a student who played a
        beat twice counts once, with their latest reading. Nothing is sent anywhere: the files are read on
        your machine and forgotten when you close the tally.
      </p>
      <p>
        On the projector, the tally turns a private choice into a class question. Start with the choice where
        the class split most: “Fourteen of you read Ruth’s face as shame, six as fear, three as anger. Fear
        people, what did you see?”
      </p>

      <Heading level={sub}>End of class, or a shared computer</Heading>
      <p>
        The last part of the journal, <strong>End of class, or a shared computer</strong>, has one button
        (“Save and clear this device”) that does three things, after asking first: it saves the journal as a
        file, removes everything the game has kept on that device (journal, saves, settings, class setup and
        the record of what has been read), and goes back to the title screen, as if the game were new. Use it
        at the end of every lesson on machines that other people use. What exactly is removed is listed in the{' '}
        <a href={`#${SECTIONS.privacy.id}`}>privacy statement</a>.
      </p>
    </GuideSection>
  );
}
