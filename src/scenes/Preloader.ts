import Phaser from 'phaser';
import { HEIGHT, WIDTH } from '../places/kit.ts';
import type { GameDeps } from './deps.ts';

/**
 * Loads what the first minutes need (fonts, the sound beds) with a thin progress bar on the canvas, mirrored by
 * an accessible progress element in the DOM. A task that fails still counts as done: nothing here may stop the
 * game from starting.
 */
export class Preloader extends Phaser.Scene {
  constructor(private readonly deps: GameDeps) {
    super('Preloader');
  }

  create(): void {
    const track = this.add.rectangle(WIDTH / 2, HEIGHT / 2 + 40, 360, 2, 0xefe6d2, 0.15);
    const bar = this.add.rectangle(track.x - 180, track.y, 0, 2, 0xefe6d2, 0.9).setOrigin(0, 0.5);
    // What the first minutes need; everything else loads when it is first heard.
    const tasks: Promise<unknown>[] = [
      this.deps.fontsReady(),
      this.deps.sound.preload(['car_rain'], ['hailsham']),
    ];
    let done = 0;
    const progress = () => {
      this.deps.picture.wake();
      done += 1;
      const fraction = done / tasks.length;
      bar.width = 360 * fraction;
      this.deps.ui.show({ screen: 'loading', progress: fraction });
    };
    Promise.all(tasks.map((task) => task.catch(() => undefined).then(progress))).then(() => {
      this.deps.picture.wake();
      this.scene.start('Title');
    });
  }
}
