/**
 * The composition root: the only module that knows every part. It builds the DOM layer, sound, storage and
 * the story source, and hands them to the Phaser scenes.
 */
import { Soundscape } from './audio/Soundscape.ts';
import { AMBIENCE_SOURCES, MUSIC_SOURCES } from './audio/sources.ts';
import { DEFAULT_TEXT_SPEED } from './core/typewriter.ts';
import { startGame } from './game.ts';
import { decideMotion, PictureRest } from './scenes/picture-rest.ts';
import { openSaveStore } from './storage/indexed-db-save-store.ts';
import { storySource } from './story.ts';
import { createOverlay } from './ui/overlay.tsx';

async function main(): Promise<void> {
  const sound = new Soundscape(AMBIENCE_SOURCES, MUSIC_SOURCES);
  const ui = createOverlay(element('ui'), {
    textSpeed: DEFAULT_TEXT_SPEED,
    sound: { muted: () => sound.muted, setMuted: (muted) => sound.setMuted(muted) },
  });
  const saves = await openSaveStore();
  startGame(element('picture'), {
    ui,
    sound,
    saves,
    story: storySource,
    picture: new PictureRest(decideMotion(new URLSearchParams(location.search).get('motion'))),
    now: () => Date.now(),
    newSeed: () => Math.floor(Math.random() * 2 ** 31),
    fontsReady: () =>
      Promise.all([
        document.fonts.load('1em Literata'),
        document.fonts.load('italic 1em Literata'),
        document.fonts.load('1em "Atkinson Hyperlegible Next"'),
      ]).then(() => undefined),
  });
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

void main();
