import Phaser from 'phaser';
import { CHAPTERS, PERSPECTIVES } from '../core/chapters.ts';
import { type Openable, openable } from '../core/classroom.ts';
import type { SaveData } from '../core/save.ts';
import { EMPTY_STAGE, type Stage } from '../core/stage.ts';
import { PAINTERS, type Painting } from '../places/index.ts';
import { still } from '../places/stage-view.ts';
import type { ChapterView } from '../ui/ChaptersDialog.tsx';
import type { SavesAccess } from '../ui/overlay.tsx';
import type { StorageNote } from '../ui/TitleScreen.tsx';
import type { GameDeps } from './deps.ts';
import type { PlayData } from './Play.ts';
import { slotViews } from './play-saving.ts';

/** The title's picture: the fence in Norfolk at dusk, in the wind, nobody there yet (where the story ends). */
const TITLE_PICTURE: Stage = { ...EMPTY_STAGE, place: 'norfolk_fence', light: 'dusk', weather: 'wind' };

/**
 * The title: the fence in Norfolk at dusk on the canvas; in the DOM, Continue (when there is a save), New game, Load,
 * Chapters, Settings, keys and About.
 */
export class Title extends Phaser.Scene {
  private painting: Painting | null = null;
  /** A calm sentence from the scene that sent the player here (a save that would not open, say). */
  private arrivedWith: string | null = null;
  /** False until the title has been shown once in this page (a page the browser discarded resumes only then). */
  private shownBefore = false;

  constructor(private readonly deps: GameDeps) {
    super('Title');
  }

  create(data: { problem?: string } = {}): void {
    this.deps.picture.wake();
    this.arrivedWith = data.problem ?? null;
    // Development only: `?knot=name` starts the story at that knot, for writers revising a scene.
    const knot = import.meta.env.DEV ? new URLSearchParams(location.search).get('knot') : null;
    if (knot) {
      this.scene.start('Play', { knot });
      return;
    }
    this.painting = still(PAINTERS.norfolk_fence(this, TITLE_PICTURE), this.deps.picture.motion);
    this.cameras.main.fadeIn(900, 11, 13, 16);
    this.deps.sound.render({ ambience: null, music: 'hailsham' });
    void this.showMenu();
  }

  override update(time: number, delta: number): void {
    if (this.deps.picture.motion) this.painting?.update?.(time, delta);
  }

  private readonly newGame = () => this.begin({});

  private begin(data: PlayData): void {
    this.deps.picture.wake();
    this.scene.start('Play', data);
  }

  private readonly saves: SavesAccess = {
    list: async () => slotViews(await this.deps.saves.list()),
    save: null,
    load: (slot) => {
      void this.deps.saves.read(slot).then((entry) => {
        if (entry?.save) this.begin({ save: entry.save });
      });
    },
    remove: (slot) => this.deps.saves.remove(slot),
  };

  /**
   * Shows the menu once the autosave has been looked at, so Continue never appears under the player's cursor:
   * only if the save is there and readable; a damaged one is explained, not hidden.
   */
  private async showMenu(): Promise<void> {
    const problems: string[] = this.arrivedWith ? [this.arrivedWith] : [];
    let newest: { save: SaveData; note: string | null } | null = null;
    try {
      const found = await this.deps.saves.newest();
      newest = found && { save: found.entry.save, note: found.note };
      const damaged = (await this.deps.saves.list()).filter((e) => e.save === null);
      if (!found && damaged.length > 0) {
        problems.push(
          `Your saved game could not be read, so it cannot be continued. ${damaged[0]?.problem ?? ''}`,
        );
      }
    } catch {
      problems.push('Saved games could not be read in this browser just now.');
    }
    if (!this.scene.isActive()) return;
    // The browser discarded this tab in the background to save memory and has just loaded it again: the reader
    // never chose to leave, so they go straight back to where they were, as if the tab had never gone.
    const discarded = !this.shownBefore && (document as { wasDiscarded?: boolean }).wasDiscarded === true;
    this.shownBefore = true;
    if (discarded && newest && problems.length === 0) {
      this.begin({ save: newest.save, notice: newest.note });
      return;
    }
    this.deps.ui.show({
      screen: 'title',
      canContinue: newest !== null,
      problem: problems.length > 0 ? problems.join(' ') : null,
      storage: storageNote(this.deps.saves.persistent, newest !== null),
      chapters: () => this.chapterViews(),
      saves: this.saves,
      onNew: this.newGame,
      onContinue: () => newest && this.begin({ save: newest.save, notice: newest.note }),
      onOpenChapter: (id) => {
        const knot = CHAPTERS.find((c) => c.id === id)?.entry ?? PERSPECTIVES.find((p) => p.id === id)?.knot;
        if (knot && this.canOpen(id).open) this.begin({ knot });
      },
    });
  }

  private canOpen(id: string): Openable {
    return openable(this.deps.classroom.setup, id, (chapter) => this.deps.reading.hasReached(chapter));
  }

  /** Every chapter and perspective replay, each marked whether it opens now (and if not, why). */
  private chapterViews(): ChapterView[] {
    const view = (id: string) => {
      const can = this.canOpen(id);
      return { reached: can.open, note: can.note };
    };
    return [
      ...CHAPTERS.map((c) => ({ id: c.id, kind: c.kind, title: c.title, book: c.book, ...view(c.id) })),
      ...PERSPECTIVES.map((p) => ({
        id: p.id,
        kind: 'perspective' as const,
        title: p.title,
        book: p.book,
        ...view(p.id),
      })),
    ];
  }
}

/**
 * What the title says about where things are kept: nothing kept at all (storage refused), or, inside another
 * site's page with nothing saved, that the browser keeps an embedded game apart from the same game opened at its
 * own address (storage partitioning), so a game saved there is not missing, only elsewhere.
 */
function storageNote(persistent: boolean, hasSave: boolean): StorageNote | null {
  if (!persistent) return 'refused';
  return !hasSave && window.self !== window.top ? 'embedded' : null;
}
