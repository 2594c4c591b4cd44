import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';

/** First scene: hands over to the Preloader (the DOM title, or the loading line, is already showing). */
export class Boot extends Phaser.Scene {
  constructor(private readonly deps: GameDeps) {
    super('Boot');
  }

  create(): void {
    this.deps.picture.wake();
    this.scene.start('Preloader');
  }
}
