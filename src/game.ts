/**
 * The Phaser game: a 1280×720 stage scaled to fit, WebGL where it can (Canvas otherwise), with Phaser's own
 * sound and input switched off: Howler plays the sound, and the DOM layer takes every click, tap and key.
 */
import Phaser from 'phaser';
import { HEIGHT, WIDTH } from './places/kit.ts';
import { Boot } from './scenes/Boot.ts';
import { Chest } from './scenes/Chest.ts';
import type { GameDeps } from './scenes/deps.ts';
import { MemoryMap } from './scenes/MemoryMap.ts';
import { Play } from './scenes/Play.ts';
import { Preloader } from './scenes/Preloader.ts';
import { Title } from './scenes/Title.ts';

export function startGame(parent: HTMLElement, deps: GameDeps): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: '#0b0d10',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Real elapsed time, unsmoothed: Phaser's smoothing clamps each frame to 1/60 s while the page is unfocused
    // or just started, which stretches a 1.4 s crossfade to many seconds on a slow machine. A visual novel wants
    // its transitions to take the time they say, whatever the frame rate.
    fps: { smoothStep: false },
    scene: [
      new Boot(deps),
      new Preloader(deps),
      new Title(deps),
      new Play(deps),
      new Chest(deps),
      new MemoryMap(deps),
    ],
  });
  deps.picture.attach(game);
  return game;
}
