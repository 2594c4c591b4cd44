/**
 * The beat map: each part and named beat, in story order, with the book's chapters (from the game's own chapter
 * list, so the two never disagree), what happens in the game without giving the ending away, how long it takes
 * to play, and what the class should have read first.
 */
import { CHAPTERS } from '../../core/chapters.ts';
import { GuideSection, GuideTable, type Level, SECTIONS } from './guide-parts.tsx';

interface MapRow {
  readonly happens: string;
  readonly time: string;
  readonly readFirst: string;
}

/**
 * Times: words in one reading (measured by walking the story) at about 200 words a minute, plus a little for
 * choices; a part's time includes the beat it contains.
 */
const ROWS: Readonly<Record<string, MapRow>> = {
  prologue: {
    happens:
      'Kathy, a carer, drives between recovery centres at dusk in the rain. A donor has asked her about the place she grew up. A box of keepsakes rides on the passenger seat, and the first memory comes up unasked: Tommy on the playing field.',
    time: 'About 5 minutes',
    readFirst: 'Chapter 1',
  },
  part_one: {
    happens:
      'Hailsham, told from the car and out of order: Ruth’s imaginary horses and her secret guard, Exchanges and Sales, Madame’s visits, the pencil case, the “lost corner” and the tape, the pond, Miss Lucy in the rain, the last summer.',
    time: 'About 40 to 45 minutes (includes the pencil case)',
    readFirst: 'Part One (chapters 1 to 9)',
  },
  pencil_case: {
    happens:
      'Ruth’s new pencil case and the gift she hints at; Kathy’s bluff about the Sales register; Ruth’s face; the weeks Kathy spends making amends; Midge’s question in an art lesson.',
    time: '12 to 15 minutes',
    readFirst: 'Chapters 1 to 6',
  },
  part_two: {
    happens:
      'The Cottages: the veterans, couples copying gestures from television, Ruth’s dream of an office, news from Cromer, the Norfolk trip, Tommy’s animals, a quarrel in a bus shelter, and Kathy’s decision to leave.',
    time: 'About 45 minutes (includes the Norfolk trip)',
    readFirst: 'Part Two (chapters 10 to 17)',
  },
  norfolk: {
    happens:
      'A borrowed car to Cromer with Chrissie and Rodney; the deferral rumour over lunch; the woman in the glass-fronted office and the gallery; Ruth’s outburst; an afternoon in second-hand shops with Tommy; his theory on the walk back.',
    time: 'About 20 minutes (allow 25 on a projector)',
    readFirst: 'Chapters 1 to 15',
  },
  part_three: {
    happens:
      'Laura at a service station; Kathy caring for Ruth; the boat in the marsh and what Ruth says on the way home; Tommy at Kingsfield; the house in Littlehampton; Tommy’s picture of the river. Two deaths are told briefly, without detail.',
    time: 'About 40 minutes (about 25 if the summaries are chosen)',
    readFirst: 'The whole novel (Part Three is chapters 18 to 23)',
  },
  madame: {
    happens:
      'Kathy and Tommy follow Madame home; at her gate; the answers they get from Miss Emily; why Madame cried years before; the drive back in the dark and a field beside the road.',
    time: 'About 20 minutes (or 3 minutes with the summary)',
    readFirst: 'Chapters 1 to 22',
  },
  epilogue: {
    happens:
      'A morning in Norfolk, a couple of weeks later, at a fence beside a ploughed field. What Kathy kept, set aside and felt along the way shapes which of five closing passages she reaches.',
    time: 'About 5 minutes (under a minute with the summary)',
    readFirst: 'The whole novel',
  },
};

export function BeatMap({ level }: { level: Level }) {
  return (
    <GuideSection section="beats" level={level} major>
      <p>
        The game has five parts, which follow the novel from beginning to end, and three{' '}
        <strong>named beats</strong>, which sit inside Parts One, Two and Three and can each be played on
        their own in a lesson. Beats are shown indented. The last column is what the class should have read
        before playing: use it to set the spoiler fence (see{' '}
        <a href={`#${SECTIONS.setup.id}`}>Setting up a class</a>).
      </p>
      <GuideTable
        id="guide-beat-table"
        caption="The parts and beats of the game, with the book’s chapters"
        wide
      >
        <thead>
          <tr>
            <th scope="col">Part or beat</th>
            <th scope="col">Book chapters</th>
            <th scope="col">What happens in the game</th>
            <th scope="col">Time to play</th>
            <th scope="col">Read first</th>
          </tr>
        </thead>
        <tbody>
          {CHAPTERS.map((chapter) => {
            const row = ROWS[chapter.id];
            return (
              <tr key={chapter.id} class={chapter.kind === 'beat' ? 'guide-beat-row' : undefined}>
                <th scope="row">
                  {chapter.kind === 'beat' ? <span class="guide-beat-label">Beat: </span> : null}
                  {chapter.title}
                </th>
                <td>{chapter.book}</td>
                <td>{row?.happens ?? ''}</td>
                <td>{row?.time ?? ''}</td>
                <td>{row?.readFirst ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </GuideTable>
      <p>
        Times are estimates from the length of the text at a steady reading pace of about 200 words a minute,
        with a little added for choices. Reading aloud together on a projector takes longer, perhaps a third
        as long again. Opening keepsakes in the chest adds more. The whole story, start to finish, is about
        two hours. The game saves itself after every line, so a beat or a part can be split across lessons:{' '}
        <em>Continue</em> on the title screen picks up where the student stopped, on the same device and
        browser.
      </p>
      <p>
        When a beat is played on its own, the game sets up what Kathy would know and hold by then, so it makes
        sense without the parts before it. A beat lies inside its part, so a class that has finished a part
        has read its beat.
      </p>
    </GuideSection>
  );
}
