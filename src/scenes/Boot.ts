import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';

/** First scene: shows the DOM loading screen at once and hands over to the Preloader. */
export class Boot extends Phaser.Scene {
  constructor(private readonly deps: GameDeps) {
    super('Boot');
  }

  create(): void {
    this.deps.ui.show({ screen: 'loading', progress: 0 });
    this.scene.start('Preloader');
  }
}
