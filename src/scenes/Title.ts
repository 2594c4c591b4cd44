import Phaser from 'phaser';
import { checkSave, type SaveData } from '../core/save.ts';
import { type Painting, paintFenceAtDusk } from '../places/index.ts';
import { still } from '../places/stage-view.ts';
import { AUTOSAVE_SLOT, type GameDeps } from './deps.ts';

/** The title: the fence at dusk on the canvas; Continue (when there is a save), New game and About in the DOM. */
export class Title extends Phaser.Scene {
  private painting: Painting | null = null;

  constructor(private readonly deps: GameDeps) {
    super('Title');
  }

  create(): void {
    this.deps.picture.wake();
    // Development only: `?knot=name` starts the story at that knot, for writers revising a scene.
    const knot = import.meta.env.DEV ? new URLSearchParams(location.search).get('knot') : null;
    if (knot) {
      this.scene.start('Play', { knot });
      return;
    }
    this.painting = still(paintFenceAtDusk(this), this.deps.picture.motion);
    this.cameras.main.fadeIn(900, 11, 13, 16);
    this.deps.sound.render({ ambience: null, music: 'hailsham' });
    void this.showMenu();
  }

  override update(time: number, delta: number): void {
    if (this.deps.picture.motion) this.painting?.update?.(time, delta);
  }

  private readonly newGame = () => this.begin({});

  private begin(data: { save?: SaveData | null }): void {
    this.deps.picture.wake();
    this.scene.start('Play', data);
  }

  /**
   * Shows the menu once the autosave has been looked at, so Continue never appears under the player's cursor:
   * only if the save is there and readable; a damaged one is explained, not hidden.
   */
  private async showMenu(): Promise<void> {
    const problems: string[] = [];
    let save: SaveData | null = null;
    try {
      const stored = await this.deps.saves.read(AUTOSAVE_SLOT);
      if (stored !== null) {
        const check = checkSave(stored);
        if (check.ok) save = check.save;
        else problems.push(`Your last save could not be read, so it cannot be continued. ${check.problem}`);
      }
    } catch {
      problems.push('Saved games could not be read in this browser just now.');
    }
    if (!this.scene.isActive()) return;
    if (!this.deps.saves.persistent) {
      problems.push(
        'This browser is not letting the game keep anything, so progress lasts only while this tab is open.',
      );
    }
    this.deps.ui.show({
      screen: 'title',
      canContinue: save !== null,
      problem: problems.length > 0 ? problems.join(' ') : null,
      onNew: this.newGame,
      onContinue: () => this.begin({ save }),
    });
  }
}
