import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';

/**
 * Loads what the first minutes need (fonts, the sound beds) behind the title, which is already up. If the reader
 * has already asked to start, the loading line shows how far it has come, and the story starts as soon as it is
 * done; otherwise the title's picture follows. A task that fails still counts as done: nothing here may stop the
 * game from starting.
 */
export class Preloader extends Phaser.Scene {
  constructor(private readonly deps: GameDeps) {
    super('Preloader');
  }

  create(): void {
    // What the first minutes need; everything else loads when it is first heard.
    const tasks: Promise<unknown>[] = [
      this.deps.fontsReady(),
      this.deps.sound.preload(['car_rain'], ['hailsham']),
    ];
    let done = 0;
    const progress = () => {
      done += 1;
      if (this.deps.start.isWaiting) this.deps.ui.show({ screen: 'loading', progress: done / tasks.length });
    };
    Promise.all(tasks.map((task) => task.catch(() => undefined).then(progress))).then(() => {
      this.deps.picture.wake();
      const asked = this.deps.start.take();
      if (asked) this.scene.start('Play', asked);
      else this.scene.start('Title', { menuShown: true });
    });
  }
}
