/**
 * The privacy statement for schools: what the game does not do, every piece of data it keeps in the browser
 * (where, for how long, how to delete it), and how that sits with UK and US rules, in general terms only.
 */
import { below, GuideSection, GuideTable, Heading, type Level } from './guide-parts.tsx';

const STORED: readonly (readonly [string, string, string])[] = [
  [
    'Settings: text speed, auto-advance and its pace, what skip passes over, the volumes and mute, captions for sounds, fullscreen, the comfort options (text size, spacing, font, panel, contrast, motion, read-aloud on or off with the chosen voice’s name and speed), the player’s own keys, and whether the first-start comfort questions have been answered',
    'localStorage, key lost-corner/settings',
    'Settings, “Reset to defaults” puts them back; End of class removes them.',
  ],
  [
    'Class setup: how far the class has read, the fence note, which beats are open, glossary, reflection stops, projector mode',
    'localStorage, key lost-corner/classroom',
    'Teacher setup, “Clear the setup”; End of class removes it.',
  ],
  [
    'Journal: the optional first name or initials, reflection answers (with their questions), stances with the readings offered, notes; each with the date it was written, never the time of day',
    'localStorage, key lost-corner/journal',
    'End of class (after saving a copy, if wanted).',
  ],
  [
    'A journal note still being written (before “Keep this note”), so a crash loses none of it; and a second copy of the journal and that note, with a change counter saying which copy is newer',
    'localStorage, keys lost-corner/journal-draft and lost-corner/journal-revision; IndexedDB, database lost-corner',
    'Kept notes clear it; End of class removes it.',
  ],
  [
    'A journal copy the game could not read (damaged or edited by hand), kept aside unchanged rather than overwritten, so nothing written is lost',
    'localStorage, key lost-corner/journal/unreadable (only if it ever happens)',
    'End of class removes it.',
  ],
  [
    'Story saves and autosaves: where the reader is in the story and the choices that led there, the chapter, the date, the time played, and a small picture of the scene',
    'IndexedDB, database lost-corner',
    'Load or Save, “Delete” on a slot; End of class removes them all.',
  ],
  [
    'The record of which lines and chapters have been read (for skipping and for the chapter list), kept as short codes, not as text',
    'IndexedDB, database lost-corner',
    'End of class.',
  ],
  [
    'A copy of the game’s own files (code, story, pictures, sounds, fonts), so it opens without a network; nothing about the student',
    'The browser’s cache for this site (a service worker), not in the single-file version',
    'Replaced by each new version; End of class leaves it, as it holds nothing personal; clearing the site’s data in the browser removes it.',
  ],
];

export function PrivacyStatement({ level }: { level: Level }) {
  const sub = below(level);
  return (
    <GuideSection section="privacy" level={level} major>
      <p class="guide-statement">
        Lost Corner has no accounts, no analytics, no advertising, no tracking, and no fonts, scripts or
        images from anywhere else. It never contacts any other site: the only files it fetches are its own
        (the game, its music and sounds) from wherever it was loaded, and it sends nothing back. Everything it
        keeps stays in the browser, on the device it is played on. Nothing is ever sent to us or to anyone
        else. We collect no personal data.
      </p>

      <Heading level={sub}>Everything the game keeps, and where</Heading>
      <GuideTable
        id="guide-privacy-table"
        caption="Data kept in the browser on this device, and how to remove it"
        wide
      >
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Where, in this browser</th>
            <th scope="col">How to delete it</th>
          </tr>
        </thead>
        <tbody>
          {STORED.map(([what, where, remove]) => (
            <tr key={where + what}>
              <th scope="row">{what}</th>
              <td>{where}</td>
              <td>{remove}</td>
            </tr>
          ))}
        </tbody>
      </GuideTable>
      <p>
        <strong>How long:</strong> all of it is kept until the player deletes it, or uses End of class in the
        journal, or the browser’s site data for the game is cleared (through the browser’s own settings, or by
        a school’s device management). A private or incognito window forgets everything when it closes, so
        students using one should save their journal file before they finish.
      </p>
      <p>
        Two small things, for completeness. If a stored journal or class setup can ever not be read (after a
        fault, say), the game keeps that copy aside under the same key with <code>/unreadable</code> added,
        rather than destroying what a student wrote; End of class removes it too. And while End of class is
        clearing, the game leaves a one-line reminder in the tab’s session storage so the fresh page finishes
        the job; it is removed straight away. The names above are those of a copy at the root of its web
        address; a copy served from a folder (two copies on one site, say) puts the folder after the name, as
        in <code>lost-corner@/trial/journal</code>, so the copies never see or clear each other’s data.
      </p>

      <Heading level={sub}>Files students save</Heading>
      <p>
        Journals and class setups are only ever written out as files when someone chooses to save them. Where
        those files go (a downloads folder, a shared drive, a learning platform) is for the student and the
        school to decide. Once collected, they are school records like any other work, and come under your
        school’s own data policy.
      </p>

      <Heading level={sub}>UK and US rules, in general terms</Heading>
      <p>
        Because the game collects nothing and sends nothing, no personal data about students reaches us or any
        third party. This is the position that UK GDPR and the ICO’s Children’s Code (the Age Appropriate
        Design Code) encourage: data kept to a minimum, private by default, no profiling and no nudging. In
        the US, the same design keeps the game outside the usual concerns of FERPA and COPPA about sharing
        student records or collecting children’s information online. This is a description of how the game
        works, not legal advice: check with your data protection officer or district if you need a formal
        assessment.
      </p>
    </GuideSection>
  );
}
