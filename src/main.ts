/**
 * The composition root: the only module that knows every part. It builds the DOM layer, sound, storage, the
 * player's settings and reading record, and the story source, and hands them to the Phaser scenes.
 */

import glossary from '../story/glossary.json';
import reflections from '../story/reflections.json';
import { Soundscape } from './audio/Soundscape.ts';
import { AMBIENCE_SOURCES, EFFECT_SOURCES, MUSIC_SOURCES } from './audio/sources.ts';
import { classroomControl, finishClearing, takeSetupFromLink } from './classroom/classroom-control.ts';
import { ClassroomState } from './classroom/classroom-state.ts';
import { reducesMotion } from './core/comfort.ts';
import { readGlossary } from './core/glossary.ts';
import { readReflections } from './core/reflections.ts';
import { DEFAULT_SETTINGS, type Settings } from './core/settings.ts';
import { keepOfflineCopy, NO_OFFLINE_COPY } from './offline/offline-copy.ts';
import { decideMotion, PictureRest, softwareRendering } from './scenes/picture-rest.ts';
import { StoryStart } from './screens/story-start.ts';
import { TitleMenu } from './screens/title-menu.ts';
import { openSaveStore } from './storage/indexed-db-save-store.ts';
import { askToPersist } from './storage/persistence.ts';
import { SaveSlots } from './storage/save-slots.ts';
import { SettingsStore } from './storage/settings-store.ts';
import { applyComfort, deviceAsksForLessMotion, onDeviceMotionChange } from './ui/comfort-style.ts';
import { fullscreenControl } from './ui/fullscreen.ts';
import { createOverlay } from './ui/overlay.tsx';
import { SelfVoice } from './ui/self-voice.ts';

async function main(): Promise<void> {
  await finishClearing(openSaveStore);
  const sound = new Soundscape({ ambience: AMBIENCE_SOURCES, music: MUSIC_SOURCES, effects: EFFECT_SOURCES });
  const settingsStore = SettingsStore.fromWindow();
  let settings = settingsStore.load();
  const voice = SelfVoice.fromWindow();
  voice.followFocus(document);
  const software = softwareRendering();
  const picture = new PictureRest(
    decideMotion(new URLSearchParams(location.search).get('motion'), software),
    reducesMotion(settings.motion, deviceAsksForLessMotion()),
  );
  const showComfort = () => {
    applyComfort(document.documentElement, settings, deviceAsksForLessMotion());
    picture.setReduced(reducesMotion(settings.motion, deviceAsksForLessMotion()));
  };
  const applySettings = (next: Settings) => {
    settings = next;
    settingsStore.save(next);
    sound.setMuted(next.muted);
    sound.setVolumes(next.volume);
    voice.configure(next.voicing);
    showComfort();
  };
  applySettings(settings);
  onDeviceMotionChange(showComfort);
  const fullscreen = fullscreenControl(document.documentElement, () => settings, applySettings);
  const classroom = ClassroomState.fromWindow({
    reflections: readReflections(reflections),
    glossary: readGlossary(glossary),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  const saves = new SaveSlots(await openSaveStore());
  void askToPersist(navigator.storage);
  const linkNotice = takeSetupFromLink(classroom);
  const ui = createOverlay(element('ui'), {
    classroom: classroomControl(classroom, saves, linkNotice),
    settings: {
      get: () => settings,
      set: applySettings,
      // The first-start questions have been answered; a reset does not ask them again.
      reset: () => applySettings({ ...DEFAULT_SETTINGS, welcomed: true }),
    },
    fullscreen,
    voice,
    deviceReduces: deviceAsksForLessMotion,
    offline:
      import.meta.env.PROD && !import.meta.env.VITE_SINGLE_FILE
        ? keepOfflineCopy(navigator.serviceWorker, './sw.js')
        : NO_OFFLINE_COPY,
  });
  // Text first: the title's menu is up as soon as the settings and saves are read. The picture (Phaser and the
  // places) and the story engine arrive behind it; a start asked for before they are here waits for them.
  const reading = await saves.readReading();
  const titleMenu = new TitleMenu({ ui, saves, classroom, reading });
  const start = new StoryStart(() => ui.show({ screen: 'loading', progress: 0 }));
  await titleMenu.show({ problem: null, begin: start.begin, stillHere: () => !start.asked });
  // Let the title paint before the rest of the game arrives to be parsed (a hidden tab has no frames: go anyway).
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
  let game: typeof import('./game.ts');
  let story: typeof import('./story.ts');
  try {
    [game, story] = await Promise.all([import('./game.ts'), import('./story.ts')]);
  } catch (error) {
    // A part of the game did not arrive (a half-finished upload, a dropped connection): say so, with a retry.
    console.error(error);
    // In place of the title: without the rest of the game its menu could not start anything.
    ui.show({ screen: 'loading', progress: 0, failed: true });
    return;
  }
  game.startGame(element('picture'), {
    ui,
    sound,
    saves,
    classroom,
    reading,
    titleMenu,
    start,
    story: story.storySource,
    picture,
    softwareRendering: software,
    now: () => Date.now(),
    newSeed: () => Math.floor(Math.random() * 2 ** 31),
    fontsReady: () =>
      Promise.all([
        document.fonts.load('1em Literata'),
        document.fonts.load('italic 1em Literata'),
        document.fonts.load('1em "Atkinson Hyperlegible Next"'),
        ...(settings.font === 'opendyslexic' ? [document.fonts.load('1em OpenDyslexic')] : []),
      ]).then(() => undefined),
  });
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

void main();
