/**
 * Content notes: what the game contains and where, which students may be personally affected, and what to offer
 * them instead. Written from the story's own `# content_note:` tags and what each scene holds.
 */
import { below, GuideSection, GuideTable, Heading, type Level } from './guide-parts.tsx';

const THEMES: readonly (readonly [string, string, string])[] = [
  [
    'Death and dying',
    'Present throughout, as the students’ future. A friend’s death is reported at the boat (Part Three); Ruth’s and Tommy’s deaths are told briefly, without detail, later in Part Three; the Epilogue is about grief.',
    'Notes before the boat and before the Epilogue. Ruth’s and Tommy’s deaths have no separate note: tell the class in advance.',
  ],
  [
    'Organ donation and surgery',
    'Named from the first minutes (donors, carers, recovery centres). Explained in Part One, when Miss Lucy tells the students the truth; lived with in Part Three. No operation is ever shown and nothing is described in medical detail.',
    'Notes before the boat and before the visit to Madame.',
  ],
  [
    'Grief and terminal illness',
    'Part Three (Kathy caring for Ruth, then Tommy), the visit to Madame and the Epilogue.',
    'Notes before the boat, the visit to Madame and the Epilogue.',
  ],
  [
    'Institutional childhood without parents',
    'Part One and the pencil case: Hailsham, guardians, no families, and a longing to be singled out by an adult.',
    'No in-game note.',
  ],
  [
    'Fear of and revulsion towards a group',
    'Madame recoiling from the children (Part One); a caretaker the students think is afraid of them (Part Two); the guardians’ admitted fear, and Madame’s last words to Kathy and Tommy (the visit to Madame).',
    'The visit to Madame has a note.',
  ],
  [
    'Derogatory talk about the students’ origins',
    'Ruth’s outburst in the Norfolk trip names addicts, prostitutes and people coming out of prison as the people students are copied from. Harsh words about what the students are in the visit to Madame.',
    'The Norfolk trip has no in-game note before the outburst: warn the class. The visit to Madame has a note.',
  ],
  [
    'Exclusion, anger and distress',
    'Tommy left out and laughed at as a boy, and his rage on the playing field (the Prologue), where Kathy is hit by accident; his rage as a man in a dark field (the visit to Madame).',
    'The visit to Madame has a note.',
  ],
];

export function ContentNotes({ level }: { level: Level }) {
  const sub = below(level);
  return (
    <GuideSection section="care" level={level} major>
      <p>
        <cite>Never Let Me Go</cite> is a quiet book about hard things, and the game follows it. Nothing is
        graphic; the novel’s sexual material is left out. Most of what may hurt is in what the story is about,
        not in any single image, so it is worth preparing for as a whole as well as scene by scene.
      </p>
      <p>
        The title screen carries a general content note, and the game shows a specific note before three
        scenes: the boat in the marsh (Part Three), the visit to Madame and the drive home, and the fence (the
        Epilogue). Each note says plainly what is coming and offers{' '}
        <strong>Read a short summary instead</strong>. The story carries on the same either way, so a student
        who takes the summary is never behind.
      </p>
      <GuideTable
        id="guide-content-table"
        caption="What the game contains, where, and whether the game warns"
        wide
      >
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">Where in the game</th>
            <th scope="col">In-game note</th>
          </tr>
        </thead>
        <tbody>
          {THEMES.map(([theme, where, note]) => (
            <tr key={theme}>
              <th scope="row">{theme}</th>
              <td>{where}</td>
              <td>{note}</td>
            </tr>
          ))}
        </tbody>
      </GuideTable>

      <Heading level={sub}>Students who may be personally affected</Heading>
      <ul>
        <li>
          <strong>Transplant recipients and donors, and their families.</strong> The novel imagines a cruel
          system, not real donation. Make the difference clear: real organ donation rests on consent and saves
          lives. A student who has received an organ, or whose relative has, may hear the story differently
          from everyone else.
        </li>
        <li>
          <strong>Students with serious or terminal illness in the family.</strong> Part Three, the visit to
          Madame and the Epilogue are about caring for someone who is dying.
        </li>
        <li>
          <strong>Recently bereaved students.</strong> The Epilogue is about grief; deaths are reported in
          Part Three.
        </li>
        <li>
          <strong>Care-experienced students.</strong> Hailsham is a childhood in an institution, without
          parents, with adults who are kind but keep their distance. Take care with phrases like “no real
          family”.
        </li>
        <li>
          <strong>Adopted and donor-conceived students.</strong> The search for a “possible”, and Ruth’s
          outburst about where the students come from, touch on questions about origins that may be personal.
        </li>
      </ul>

      <Heading level={sub}>What to offer instead</Heading>
      <ul>
        <li>
          <strong>Talk to the student beforehand,</strong> privately, and tell them what is coming and what
          they can choose. Many will want to take part once they know what to expect.
        </li>
        <li>
          <strong>The summary.</strong> Before each marked scene, “Read a short summary instead” gives the
          events in a few plain sentences and lets the story go on.
        </li>
        <li>
          <strong>A written alternative task.</strong> For example, a close study of the narrative structure
          of Part One using the memory map, or a lesson on a different beat, done alone.
        </li>
        <li>
          <strong>Opting out of a discussion without explanation.</strong> Agree a quiet signal, and a place
          to go, in advance. Nobody should have to say why.
        </li>
      </ul>
      <p>
        Set ground rules for every discussion: talk about the characters, not about classmates; nobody is
        asked to share personal experience; anyone may pass. Perspective tasks stay with what characters think
        and feel, never with acting out illness or dying. Follow your school’s safeguarding and pastoral
        procedures, and tell students where support is.
      </p>
    </GuideSection>
  );
}
