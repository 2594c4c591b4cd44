/**
 * Saving while reading: the autosave after every line (a new one of the three after a choice, at a chapter's
 * start and when the tab is hidden), saves to a slot or the quick slot with a small picture of the scene, and
 * the list the saves dialog shows. What the player has read is written beside the saves at the same moments.
 */
import type Phaser from 'phaser';
import { PlayClock } from '../core/play-clock.ts';
import type { Playthrough } from '../core/playthrough.ts';
import { makeSave, type SaveData } from '../core/save.ts';
import { QUICK_SLOT } from '../core/slots.ts';
import { slotViews } from '../screens/slot-views.ts';
import type { SaveSlots } from '../storage/save-slots.ts';
import type { SavesAccess, SlotView } from '../ui/overlay.tsx';
import type { GameDeps } from './deps.ts';

const THUMB_WIDTH = 192;
const THUMB_HEIGHT = 108;
/** A hidden tab paints nothing, so a picture that has not come within this long is done without. */
const THUMB_WAIT_MS = 1500;

export class PlaySaving {
  readonly clock: PlayClock;
  /** The last picture taken, and the place it shows, so autosaves in the same place can reuse it. */
  private thumbnail: { place: string; image: string } | null = null;
  /** The autosave being written, so the next waits its turn. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: GameDeps,
    private readonly game: Phaser.Game,
    playTime: number,
  ) {
    this.clock = new PlayClock(deps.now, playTime);
  }

  /**
   * Writes the autosave; `turn` starts the next of the three, with a fresh picture unless `picture` is false
   * (the picture is still fading in) or WebGL is drawn in software (see below). The save is taken at the moment of the call and writes go one at a time
   * in call order, so a slow picture never lets an older moment land after a newer one. Failing storage is
   * reported as false, not thrown.
   */
  autosave(playthrough: Playthrough, turn: boolean, picture = true): Promise<boolean> {
    const save = this.make(playthrough, this.reuse(playthrough));
    // Reading the picture back stalls software WebGL for seconds, so there autosaves reuse the last picture a
    // player's own save took in the same place, or go without; a player's own saves always take one.
    const fresh = turn && picture && !this.deps.softwareRendering && document.visibilityState === 'visible';
    const write = async () => {
      try {
        const thumbnail = fresh ? ((await this.capture(playthrough)) ?? save.thumbnail) : save.thumbnail;
        await this.deps.saves.writeAutosave({ ...save, thumbnail }, turn);
        if (turn) await this.deps.saves.writeReading(this.deps.reading);
        return true;
      } catch {
        return false;
      }
    };
    const done = this.writing.then(write, write);
    this.writing = done;
    return done;
  }

  /** Saves to a named slot (or the quick slot) with a fresh picture. Throws if storage refuses. */
  async saveTo(slot: string, playthrough: Playthrough): Promise<void> {
    const thumbnail = await this.capture(playthrough);
    await this.deps.saves.write(slot, this.make(playthrough, thumbnail));
    await this.deps.saves.writeReading(this.deps.reading);
  }

  async slots(): Promise<SlotView[]> {
    return slotViews(await this.deps.saves.list());
  }

  private make(playthrough: Playthrough, thumbnail: string | null) {
    return makeSave(playthrough, {
      savedAt: this.deps.now(),
      playTime: this.clock.elapsed(),
      thumbnail,
      storyVersion: import.meta.env.VITE_GAME_VERSION ?? null,
    });
  }

  private reuse(playthrough: Playthrough): string | null {
    const place = placeKey(playthrough);
    return this.thumbnail?.place === place ? this.thumbnail.image : null;
  }

  /** A small JPEG of the picture as it is now, or null if the renderer cannot give one. */
  private capture(playthrough: Playthrough): Promise<string | null> {
    const place = placeKey(playthrough);
    this.deps.picture.wake();
    return new Promise((resolve) => {
      const timer = window.setTimeout(() => resolve(null), THUMB_WAIT_MS);
      try {
        this.game.renderer.snapshot((image) => {
          window.clearTimeout(timer);
          const made = image instanceof HTMLImageElement ? shrink(image) : null;
          if (made) this.thumbnail = { place, image: made };
          resolve(made);
        });
      } catch {
        window.clearTimeout(timer);
        resolve(null);
      }
    });
  }
}

function placeKey(playthrough: Playthrough): string {
  const stage = playthrough.stage;
  return `${stage.place ?? ''}/${stage.register}/${stage.light}`;
}

function shrink(image: HTMLImageElement): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = THUMB_WIDTH;
  canvas.height = THUMB_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const draw = () => context.drawImage(image, 0, 0, THUMB_WIDTH, THUMB_HEIGHT);
  if (!image.complete) return null;
  draw();
  return canvas.toDataURL('image/jpeg', 0.72);
}

/** What the reading screen's save controls do; `main` is null during a map replay, which is never saved. */
export function savingActions(
  saving: PlaySaving,
  saves: SaveSlots,
  play: {
    readonly main: () => Playthrough | null;
    readonly tell: (notice: string) => void;
    readonly load: (save: SaveData, notice: string | null) => void;
  },
) {
  const access: SavesAccess = {
    list: () => saving.slots(),
    save: async (slot) => {
      const main = play.main();
      if (!main) throw new Error('a replay from the map is not saved');
      await saving.saveTo(slot, main);
    },
    load: (slot) => {
      void saves.read(slot).then((entry) => {
        if (entry?.save) play.load(entry.save, null);
        else play.tell(`That save cannot be loaded. ${entry?.problem ?? ''}`.trim());
      });
    },
    remove: (slot) => saves.remove(slot),
  };
  return {
    access,
    quickSave: async () => {
      const main = play.main();
      if (!main) return play.tell('A replay from the map cannot be saved; your story is saved as it was.');
      try {
        await saving.saveTo(QUICK_SLOT, main);
        play.tell('Saved in the quick save slot.');
      } catch {
        play.tell('The quick save could not be written. Your autosave is still there.');
      }
    },
    quickLoad: async () => {
      const entry = await saves.read(QUICK_SLOT).catch(() => null);
      if (!entry) return play.tell('There is no quick save yet. Press F5 to make one.');
      if (!entry.save) return play.tell(`The quick save cannot be loaded. ${entry.problem}`);
      play.load(entry.save, 'Loaded the quick save.');
    },
  };
}
