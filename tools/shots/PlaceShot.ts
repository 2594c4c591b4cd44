import Phaser from 'phaser';
import { EMPTY_STAGE, type Stage } from '../../src/core/stage.ts';
import type { KeepsakeId } from '../../src/core/vocabulary.ts';
import { drawKeepsake } from '../../src/places/index.ts';
import { StageView } from '../../src/places/stage-view.ts';
import type { PictureRest } from '../../src/scenes/picture-rest.ts';

/**
 * One picture at a time, for the photographs of `npm run shots` and the places browser test: the game's own
 * stage view, painting whatever stage it is handed, with nothing else on the canvas.
 */
export class PlaceShot extends Phaser.Scene {
  private view: StageView | null = null;
  private keepsake: Phaser.GameObjects.Container | null = null;
  private readonly created: Promise<void>;
  private resolveCreated = () => {};

  constructor(private readonly rest: PictureRest) {
    super('PlaceShot');
    this.created = new Promise((resolve) => {
      this.resolveCreated = resolve;
    });
  }

  create(): void {
    this.view = new StageView(this, this.rest);
    this.resolveCreated();
  }

  override update(time: number, delta: number): void {
    this.view?.update(time, delta);
  }

  /** Paints `stage` at once (no crossfade); resolves with how long painting took, in milliseconds. */
  async show(stage: Stage): Promise<number> {
    await this.created;
    this.keepsake?.destroy();
    this.keepsake = null;
    const start = performance.now();
    this.view?.show(stage, true);
    return performance.now() - start;
  }

  /** A keepsake alone on the dark, at three times its size in the chest: how it is drawn, up close. */
  async showKeepsake(id: KeepsakeId): Promise<void> {
    await this.created;
    this.view?.show(EMPTY_STAGE, true);
    this.keepsake?.destroy();
    this.keepsake = drawKeepsake(this, id, 3).setPosition(640, 360);
  }
}
