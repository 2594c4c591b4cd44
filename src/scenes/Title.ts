import Phaser from 'phaser';
import { EMPTY_STAGE, type Stage } from '../core/stage.ts';
import { PAINTERS, type Painting } from '../places/index.ts';
import { still } from '../places/stage-view.ts';
import type { PlayData } from '../screens/play-data.ts';
import type { GameDeps } from './deps.ts';

/** The title's picture: the fence in Norfolk at dusk, in the wind, nobody there yet (where the story ends). */
const TITLE_PICTURE: Stage = { ...EMPTY_STAGE, place: 'norfolk_fence', light: 'dusk', weather: 'wind' };

/**
 * The title's picture and music: the fence in Norfolk at dusk on the canvas. The menu itself is DOM (see
 * src/screens/title-menu.ts), already up before the picture arrived at first start; it is shown again here
 * whenever the reader comes back to the title.
 */
export class Title extends Phaser.Scene {
  private painting: Painting | null = null;

  constructor(private readonly deps: GameDeps) {
    super('Title');
  }

  create(data: { problem?: string; menuShown?: boolean } = {}): void {
    this.deps.picture.wake();
    // Development only: `?knot=name` starts the story at that knot, for writers revising a scene.
    const knot = import.meta.env.DEV ? new URLSearchParams(location.search).get('knot') : null;
    if (knot) {
      this.scene.start('Play', { knot });
      return;
    }
    this.painting = still(PAINTERS.norfolk_fence(this, TITLE_PICTURE), this.deps.picture.motion);
    this.cameras.main.fadeIn(900, 11, 13, 16);
    this.deps.sound.render({ ambience: null, music: 'hailsham' });
    // At first start the menu went up before the picture (the reader may be in a dialog from it already): it
    // stays as it is, and from now on its buttons start the story from here.
    if (data.menuShown) {
      const asked = this.deps.start.take();
      if (asked) this.begin(asked);
      else this.deps.start.connect((next) => this.begin(next));
      return;
    }
    void this.deps.titleMenu.show({
      problem: data.problem ?? null,
      begin: (next) => this.begin(next),
      stillHere: () => this.scene.isActive(),
    });
  }

  override update(time: number, delta: number): void {
    if (this.deps.picture.motion) this.painting?.update?.(time, delta);
  }

  private begin(data: PlayData): void {
    this.deps.picture.wake();
    this.scene.start('Play', data);
  }
}
