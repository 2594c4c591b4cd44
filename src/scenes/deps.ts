/** What the scenes are given by src/main.ts (the composition root); scenes import none of these directly. */
import type { Soundscape } from '../audio/Soundscape.ts';
import type { ClassroomState } from '../classroom/classroom-state.ts';
import type { Reading } from '../core/read-lines.ts';
import type { StoryStart } from '../screens/story-start.ts';
import type { TitleMenu } from '../screens/title-menu.ts';
import type { SaveSlots } from '../storage/save-slots.ts';
import type { StorySource } from '../story.ts';
import type { Overlay } from '../ui/overlay.tsx';
import type { PictureRest } from './picture-rest.ts';

export interface GameDeps {
  readonly ui: Overlay;
  readonly sound: Soundscape;
  readonly saves: SaveSlots;
  /** The teacher's setup, the journal, the reflection prompts and the glossary. */
  readonly classroom: ClassroomState;
  /** What this player has read and which chapters they have reached, across every playthrough. */
  readonly reading: Reading;
  readonly story: StorySource;
  /** Wall-clock time in ms, for the date on a save and the time played. */
  readonly now: () => number;
  /** A fresh seed for ink's randomness at the start of a new game. */
  readonly newSeed: () => number;
  /** Whether the picture moves, and the means to wake it before changing it (see picture-rest.ts). */
  readonly picture: PictureRest;
  /** WebGL drawn in software: reading the picture back (a save's thumbnail) stalls for seconds. */
  readonly softwareRendering: boolean;
  /** Resolves when the self-hosted fonts are ready (or could not load; text then uses fallbacks). */
  readonly fontsReady: () => Promise<void>;
  /** The title's menu (DOM), shown again by the Title scene whenever the reader comes back to the title. */
  readonly titleMenu: TitleMenu;
  /** The start asked for on the first title, before the picture arrived (see src/screens/story-start.ts). */
  readonly start: StoryStart;
}
