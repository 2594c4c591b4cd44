/**
 * The title's menu, apart from its picture: Continue (when there is a save), New game, Load, Chapters, and what
 * the player needs telling about storage. It is plain DOM and storage work, so it is shown the moment the page
 * has read its settings and saves, before Phaser or the story have arrived; the Title scene paints the fence
 * behind it when the picture is ready, and shows it again whenever the reader comes back to the title.
 */

import type { ClassroomState } from '../classroom/classroom-state.ts';
import { CHAPTERS, PERSPECTIVES } from '../core/chapters.ts';
import { type Openable, openable } from '../core/classroom.ts';
import type { Reading } from '../core/read-lines.ts';
import type { SaveData } from '../core/save-format.ts';
import type { SaveSlots } from '../storage/save-slots.ts';
import type { ChapterView } from '../ui/ChaptersDialog.tsx';
import type { Overlay, SavesAccess } from '../ui/overlay.tsx';
import type { StorageNote } from '../ui/TitleScreen.tsx';
import type { PlayData } from './play-data.ts';
import { slotViews } from './slot-views.ts';

export interface TitleMenuDeps {
  readonly ui: Overlay;
  readonly saves: SaveSlots;
  readonly classroom: ClassroomState;
  readonly reading: Reading;
}

export interface TitleShowing {
  /** A calm sentence from whatever sent the reader here (a save that would not open, say). */
  readonly problem: string | null;
  /** Starts the story: a new game, a save, or a chapter. */
  readonly begin: (data: PlayData) => void;
  /** False once the reader has left the title, so a late answer from storage does not bring it back. */
  readonly stillHere: () => boolean;
}

export class TitleMenu {
  /** False until the title has been shown once in this page (a page the browser discarded resumes only then). */
  private shownBefore = false;

  constructor(private readonly deps: TitleMenuDeps) {}

  /**
   * Shows the menu once the autosave has been looked at, so Continue never appears under the player's cursor:
   * only if the save is there and readable; a damaged one is explained, not hidden.
   */
  async show({ problem, begin, stillHere }: TitleShowing): Promise<void> {
    const { ui, saves } = this.deps;
    const problems: string[] = problem ? [problem] : [];
    let newest: { save: SaveData; note: string | null } | null = null;
    try {
      const found = await saves.newest();
      newest = found && { save: found.entry.save, note: found.note };
      const damaged = (await saves.list()).filter((e) => e.save === null);
      if (!found && damaged.length > 0) {
        problems.push(
          `Your saved game could not be read, so it cannot be continued. ${damaged[0]?.problem ?? ''}`,
        );
      }
    } catch {
      problems.push('Saved games could not be read in this browser just now.');
    }
    if (!stillHere()) return;
    // The browser discarded this tab in the background to save memory and has just loaded it again: the reader
    // never chose to leave, so they go straight back to where they were, as if the tab had never gone.
    const discarded = !this.shownBefore && (document as { wasDiscarded?: boolean }).wasDiscarded === true;
    this.shownBefore = true;
    if (discarded && newest && problems.length === 0) {
      begin({ save: newest.save, notice: newest.note });
      return;
    }
    const savesAccess: SavesAccess = {
      list: async () => slotViews(await saves.list()),
      save: null,
      load: (slot) => {
        void saves.read(slot).then((entry) => {
          if (entry?.save) begin({ save: entry.save });
        });
      },
      remove: (slot) => saves.remove(slot),
    };
    ui.show({
      screen: 'title',
      canContinue: newest !== null,
      problem: problems.length > 0 ? problems.join(' ') : null,
      storage: storageNote(saves.persistent, newest !== null),
      chapters: () => this.chapterViews(),
      saves: savesAccess,
      onNew: () => begin({}),
      onContinue: () => newest && begin({ save: newest.save, notice: newest.note }),
      onOpenChapter: (id) => {
        const knot = CHAPTERS.find((c) => c.id === id)?.entry ?? PERSPECTIVES.find((p) => p.id === id)?.knot;
        if (knot && this.canOpen(id).open) begin({ knot });
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
