/**
 * The practical end of the guide: the accessibility settings that exist today (and what is planned, without
 * dates), getting the game onto school machines, and further reading.
 */
import { GuideSection, type Level } from './guide-parts.tsx';

export function Accessibility({ level }: { level: Level }) {
  return (
    <GuideSection section="access" level={level}>
      <p>
        Open <strong>Settings</strong> from the title screen, or press O while reading. Settings are kept on
        the device and one button puts them all back.
      </p>
      <ul>
        <li>
          <strong>Text speed,</strong> from slow to instant. Instant shows each line whole, so students read
          at their own pace.
        </li>
        <li>
          <strong>Auto-advance,</strong> off unless a player turns it on, with a pace to choose. Off, the
          story only moves on when the reader asks.
        </li>
        <li>
          <strong>Skip,</strong> which passes over lines already read (or everything, if chosen) and always
          stops at choices.
        </li>
        <li>
          <strong>Separate volumes</strong> for music, ambience, effects and voice, one for all sound, and
          mute.
        </li>
        <li>
          <strong>Captions for sounds,</strong> off by default. When on, any sound that matters is written
          under the line, in square brackets.
        </li>
        <li>
          <strong>Fullscreen.</strong>
        </li>
      </ul>
      <p>And always, whatever the settings:</p>
      <ul>
        <li>
          All the words (story, choices, menus, journal) are real text on the page, not painted into the
          picture. Screen readers read each new line as it appears, and browser zoom makes the text larger and
          reflows it.
        </li>
        <li>
          Everything works by keyboard, with a visible focus, and with a gamepad.{' '}
          <strong>Keys and controls</strong> (press ? or F1) lists every key. Nothing needs dragging.
        </li>
        <li>Nothing is timed: no line disappears and no choice runs out. Nothing flashes.</li>
        <li>
          Lines Kathy is unsure of are marked by more than colour. <em>History</em> (H) and <em>Back</em> (the
          left arrow key) let anyone go over what they have read.
        </li>
        <li>
          When a computer is set to reduce motion, and on slow machines, the pictures hold still. For a class,
          projector mode gives large, high-contrast text.
        </li>
        <li>
          <strong>Settings</strong> (O) holds the comfort options, and a short form of them is offered on the
          title the first time the game opens: text size up to 200%, line and letter spacing, three fonts
          (Literata, Atkinson Hyperlegible and OpenDyslexic, all inside the game), how solid the panel behind
          the text is, high contrast, less motion (whatever the computer is set to), captions for sounds,
          read-aloud (the browser’s own voices read each line and what the keyboard moves to; choose a voice
          and speed), and the glossary. Every key can be changed there too.
        </li>
        <li>
          A student who uses a screen reader should leave read-aloud off: the screen reader already hears
          every line, the place, who is in the picture and each choice.
        </li>
      </ul>
    </GuideSection>
  );
}

export function SchoolMachines({ level }: { level: Level }) {
  return (
    <GuideSection section="install" level={level}>
      <p>
        The game is a folder of ordinary web files: no database, no server program, no accounts, nothing to
        install on each computer. Any static web host will serve it, and so will the school’s own web server,
        in a folder of its own if you like. Served from inside the school, it needs no internet connection at
        all. A single-file version can be opened straight from a USB stick or a shared drive.
      </p>
      <ul>
        <li>
          Use a current version of Chrome, Edge, Firefox or Safari. On older computers and virtual desktops
          the pictures hold still to save effort; the text works the same.
        </li>
        <li>
          The browser must be allowed to keep site data for saves and journals to last between lessons. Where
          a locked-down profile refuses, the game still runs but forgets everything when the tab closes, so
          students should save their journal file before they finish.
        </li>
        <li>Test it once on a school machine, with the setup link, before the first lesson.</li>
      </ul>
      <p>
        The README that comes with the game has the technical details for whoever looks after the machines.
      </p>
    </GuideSection>
  );
}

export function FurtherReading({ level }: { level: Level }) {
  return (
    <GuideSection section="reading" level={level}>
      <ul>
        <li>
          <strong>Kazuo Ishiguro on the novel.</strong> In interviews since the book came out in 2005,
          Ishiguro has talked about the students’ shortened lives as a way of looking at the limits everyone
          lives within, and about being more interested in how people love, keep friendships and make sense of
          their lot in the time they have than in escape or rebellion. Students can set what he says beside
          their own reading, and discuss how much weight a writer’s intentions should carry. His Nobel lecture
          (2017) describes how he came to write the way he does.
        </li>
        <li>
          <strong>The film.</strong> The 2010 film adaptation makes its own choices about what to show and
          what to leave out. Comparing two adaptations, the film and this game, is a good way into what the
          novel alone can do.
        </li>
        <li>
          <strong>The “empathy games” debate.</strong> Game designers, including makers of small personal
          games such as Anna Anthropy and Robert Yang, have cautioned against the claim that playing a game
          lets you walk in someone else’s shoes: a game cannot give you another person’s experience.
          Researchers who study games and empathy (Belman and Flanagan; Farber and Schrier, writing for
          UNESCO) stress that what helps is reflection and talk around play, not the game on its own, and one
          randomised trial with young teenagers found no measurable gain in how accurately players read
          others’ feelings. Lost Corner is built with that caution in mind: it asks students to take up a
          reading and defend it, not to feel what Kathy felt.
        </li>
        <li>
          <strong>Your exam board’s own materials</strong> for the set text, which give the assessment
          objectives in their exact wording.
        </li>
      </ul>
    </GuideSection>
  );
}
