import Phaser from 'phaser';
import { effectsOf, lineCaption } from '../core/captions.ts';
import { chaptersReachedBy } from '../core/chapters.ts';
import { chestContents } from '../core/memory.ts';
import type { Beat } from '../core/narrator.ts';
import { Playthrough } from '../core/playthrough.ts';
import { resume } from '../core/save.ts';
import type { Stage } from '../core/stage.ts';
import type { CompiledStory } from '../core/story-module.ts';
import { StageView } from '../places/stage-view.ts';
import type { PlayData } from '../screens/play-data.ts';
import type { GameDeps } from './deps.ts';
import type { MemoryAccess, MemorySceneData } from './memory-access.ts';
import { PlayClassroom } from './play-classroom.ts';
import { PlaySaving, savingActions } from './play-saving.ts';
import { backlog, playView, writerTools } from './play-view.ts';

/** Told once when an autosave is refused (storage full, say); it comes with a way to save the journal. */
const SAVING_FAILED =
  'Your progress could not be saved just now. The story goes on and will try again at the next line. To keep your writing safe, save your journal as a file.';

/** Told once, the first time Kathy's chest has something in it. */
const CHEST_HINT =
  'Kathy keeps a box of things from Hailsham. Open her chest (C) to remember what each one brings back.';

/**
 * The story, played inside Phaser: pulls beats from the playthrough, paints the stage, plays its sound and hands
 * the words to the DOM layer. It opens the Chest and the MemoryMap and does what they ask. It decides nothing
 * about the story; it only connects the pieces.
 */
export class Play extends Phaser.Scene {
  /** The reader's own playthrough: the one that is saved. */
  private main!: Playthrough;
  /** A memory replayed from the map, on a fork of `main` that is thrown away afterwards. */
  private replaying: Playthrough | null = null;
  private view!: StageView;
  private lineId = 0;
  private notice: string | null = null;
  private shownStage: Stage | null = null;
  /** Whether the current line arrived with a new place or register (announced once, with the line). */
  private placeChanged = false;
  /** The chapter this line opens, read on to (not loaded or stepped back to): shown as a card over the picture. */
  private chapterCard: string | null = null;
  /** Who is in the picture, or what is held up close, changed with this line (so it is announced once). */
  private peopleChanged = false;
  /** True once the reader has been told where the chest is. */
  private chestHinted = false;
  private saving!: PlaySaving;
  private classroom!: PlayClassroom;
  /** Whether the line on screen had been read before it was shown (skip may pass over it). */
  private lineWasRead = false;
  /** The line on screen was stepped back to: shown whole, as it was already read. */
  private steppedBack = false;
  /** The beat whose sounds were last played (each line's one-shot sounds play once), and its caption. */
  private heardBeat: Beat | null = null;
  private caption: string | null = null;

  constructor(private readonly deps: GameDeps) {
    super('Play');
  }

  private get active(): Playthrough {
    return this.replaying ?? this.main;
  }

  create(data: PlayData): void {
    this.view = new StageView(this, this.deps.picture);
    this.shownStage = null;
    this.notice = null;
    this.replaying = null;
    const story = this.deps.story.current();
    if (data.save) {
      let resumed: ReturnType<typeof resume>;
      try {
        resumed = resume(story, data.save);
      } catch (error) {
        console.error(error);
        this.deps.picture.wake();
        this.scene.start('Title', {
          problem: 'That save could not be opened on this version of the story. It is still kept.',
        });
        return;
      }
      this.main = resumed.playthrough;
      this.notice = [data.notice, resumed.note].filter(Boolean).join(' ') || null;
    } else {
      this.deps.saves.startReading();
      this.main = new Playthrough(story, this.deps.newSeed());
      if (data.knot) this.main.jump(data.knot);
    }
    this.saving = new PlaySaving(this.deps, this.game, data.save?.playTime ?? 0);
    this.classroom = new PlayClassroom(this.deps.classroom, () => this.showText());
    this.chestHinted = this.main.recollections.some((r) => r.via === 'chest');
    if (!this.main.current) this.main.next();
    this.cameras.main.fadeIn(1200, 11, 13, 16);
    // A new reading or a chapter chosen from the list opens with its chapter's card; a loaded save does not.
    this.render(true, false, !data.save);
    // The picture is still fading in from black: this first autosave goes without one.
    void this.autosave(!data.save, false);

    const stopListening = this.deps.story.onChange((changed) => this.storyChanged(changed));
    const onHidden = () => {
      if (document.visibilityState === 'hidden') {
        this.saving.clock.pause();
        void this.autosave(true);
      } else this.saving.clock.resume();
    };
    document.addEventListener('visibilitychange', onHidden);
    // The WebGL context given back after a loss: the same picture again, and the story exactly where it was.
    const onRestored = () => {
      this.deps.picture.wake();
      this.view.repaint(this.active.stage);
    };
    this.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, onRestored);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stopListening();
      document.removeEventListener('visibilitychange', onHidden);
      this.game.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, onRestored);
    });
  }

  override update(time: number, delta: number): void {
    this.view.update(time, delta);
  }

  private readonly advance = () => {
    const beat = this.active.current;
    if (!beat || beat.ended || beat.choices.length > 0 || this.classroom.stopOpen || this.fenced()) return;
    const next = () => this.step(() => this.active.next());
    if (!this.replaying && this.classroom.stopBefore(beat, this.lineId, this.active.stage, next)) return;
    next();
  };

  /** At the class fence the story waits: no key, click, skip or auto moves it on. */
  private fenced(): boolean {
    return !this.replaying && this.classroom.fenceAt(this.active.current, this.active.stage) !== null;
  }

  private readonly choose = (index: number) => {
    const beat = this.active.current;
    if (!beat || this.classroom.stopOpen || this.fenced()) return;
    const choose = () => {
      if (!this.replaying) this.classroom.chose(beat, index, this.active.stage);
      this.step(() => {
        this.active.choose(index);
        this.active.next();
      }, true);
    };
    if (!this.replaying && this.classroom.stopBefore(beat, this.lineId, this.active.stage, choose)) return;
    choose();
  };

  /**
   * Steps back one line (or to the last choice, to choose again). After a save was loaded the steps back are
   * rebuilt once by replaying the path, so rollback reaches as far back as in an unbroken reading.
   */
  private readonly rollback = () => {
    if (this.active.rollbackDepth === 0 && !this.replaying) {
      const rebuilt = Playthrough.replay(this.main.story, this.main.seed, this.main.position);
      if (!rebuilt.complete || rebuilt.playthrough.rollbackDepth === 0) return;
      this.main = rebuilt.playthrough;
    }
    if (!this.active.rollback()) return;
    this.render(false, true);
    void this.autosave(false);
  };

  private canRollback(): boolean {
    if (this.active.rollbackDepth > 0) return true;
    const position = this.main.position;
    return !this.replaying && (position.steps.length > 0 || position.beatsSinceStep > 1);
  }

  /** Saving and loading from the saves dialog and the quick keys (see play-saving.ts). */
  private readonly savesActions = () =>
    savingActions(this.saving, this.deps.saves, {
      main: () => (this.replaying ? null : this.main),
      tell: (notice) => this.tell(notice),
      load: (save, notice) => {
        this.deps.picture.wake();
        this.scene.restart({ save, notice } satisfies PlayData);
      },
    });

  private tell(notice: string): void {
    this.notice = notice;
    this.showText();
  }

  /** Moves the story on. A fault in the story is reported, and the reader keeps the line they had. */
  private step(move: () => void, turn = false): void {
    const chapter = this.active.stage.chapter;
    try {
      move();
    } catch (error) {
      console.error(error);
      this.notice =
        'Something in the story went wrong at this point, so it cannot go on from here. Your progress up to this line is saved.';
      this.showText();
      return;
    }
    this.render(false);
    void this.autosave(turn || this.active.stage.chapter !== chapter);
  }

  /** The end of a memory: back to the chest, the drive or the map. */
  private readonly back = (to: 'chest' | 'drive' | 'map') => {
    if (this.replaying) {
      this.replaying = null;
      if (to === 'map') this.openScene('MemoryMap');
      else this.render(false);
      return;
    }
    this.main.returnFromRecall();
    void this.autosave(false);
    if (to === 'chest') this.openScene('Chest');
    else this.render(false);
  };

  private readonly access: MemoryAccess = {
    chest: () => chestContents(this.main.reader, this.main.memories, this.main.recollections),
    timelines: () => ({ memories: this.main.memories, recollections: this.main.recollections }),
    open: (knot) => {
      this.closeScenes();
      this.step(() => {
        this.main.recall(knot);
        this.main.next();
      });
    },
    setAside: (keepsake, aside) => {
      this.main.setAside(keepsake, aside);
      void this.autosave(true);
    },
    replay: (knot) => {
      this.closeScenes();
      const fork = this.main.fork();
      fork.recall(knot);
      fork.next();
      this.replaying = fork;
      this.render(false);
    },
    close: () => {
      this.closeScenes();
      this.render(false);
    },
  };

  private openScene(key: 'Chest' | 'MemoryMap'): void {
    this.deps.picture.wake();
    if (this.notice === CHEST_HINT) this.notice = null;
    const data: MemorySceneData = { access: this.access };
    this.scene.launch(key, data);
    this.scene.sleep();
  }

  private closeScenes(): void {
    this.deps.picture.wake();
    for (const key of ['Chest', 'MemoryMap']) if (this.scene.isActive(key)) this.scene.stop(key);
    if (this.scene.isSleeping()) this.scene.wake();
  }

  private readonly toTitle = async () => {
    // A finished story leaves nothing to continue; anything else is already saved.
    if (!this.replaying && this.main.current?.ended && !this.main.recalling) {
      await this.deps.saves.removeAutosaves();
    }
    await this.deps.saves.writeReading(this.deps.reading).catch(() => undefined);
    this.deps.picture.wake();
    this.scene.start('Title');
  };

  /** In development, an edited story arrives here: replay the reader's path on it and carry on. */
  private storyChanged(story: CompiledStory): void {
    const replay = Playthrough.replay(story, this.main.seed, this.main.position);
    this.main = replay.playthrough;
    this.replaying = null;
    if (!this.main.current) this.main.next();
    this.notice = replay.complete
      ? null
      : 'The story changed here; you are at the last point that is still the same.';
    this.render(true);
  }

  /** A new beat or a new stage: paint, sound, and show the line (which starts typing). */
  private render(instant: boolean, steppedBack = false, opening = false): void {
    this.steppedBack = steppedBack;
    const stage = this.active.stage;
    const previous = this.shownStage;
    this.shownStage = stage;
    this.view.show(stage, instant);
    this.deps.sound.render(stage);
    this.lineId += 1;
    this.placeChanged =
      !previous ||
      previous.place !== stage.place ||
      previous.register !== stage.register ||
      previous.revisit !== stage.revisit;
    const chapterChanged = (previous?.chapter ?? null) !== stage.chapter;
    this.chapterCard = (opening || !instant) && chapterChanged ? stage.chapter : null;
    this.peopleChanged =
      this.placeChanged ||
      previous?.cast.join(' ') !== stage.cast.join(' ') ||
      previous?.closeUp !== stage.closeUp;
    const beat = this.active.current;
    if (beat !== this.heardBeat) {
      // A line's effects play once, as it is read on to; never for the line a scene (re)opens on, such as a load.
      this.heardBeat = beat;
      this.caption = beat && lineCaption(beat.commands, previous);
      if (beat && !instant) this.deps.sound.play(...effectsOf(beat.commands));
    }
    this.lineWasRead = beat ? this.deps.reading.hasRead(beat.knot, beat.text) : false;
    if (beat?.text) this.deps.reading.markRead(beat.knot, beat.text);
    if (!this.replaying) this.deps.reading.markReached(chaptersReachedBy(stage.chapter, beat?.knot ?? null));
    if (!this.chestHinted && !this.replaying && this.access.chest().length > 0) {
      this.chestHinted = true;
      this.notice ??= CHEST_HINT;
    }
    // A reflection point on the last line of a story or memory has no "moving on" to stop before: ask it now.
    if (beat?.ended && !this.replaying && !steppedBack) {
      this.classroom.stopBefore(beat, this.lineId, stage, () => this.showText());
    }
    this.showText();
  }

  /** Hands the current beat to the DOM layer. Called again with the same line id, it does not retype it. */
  private showText(): void {
    const actions = this.savesActions();
    this.deps.ui.show(
      playView({
        playthrough: this.active,
        replay: this.replaying !== null,
        lineId: this.lineId,
        lineWasRead: this.lineWasRead,
        instant: this.steppedBack,
        placeChanged: this.placeChanged,
        peopleChanged: this.peopleChanged,
        chapterCard: this.chapterCard,
        caption: this.caption,
        reflection: this.classroom.stopView(),
        glossary: this.classroom.glossaryFor(this.active.current, this.lineId),
        fence: this.replaying ? null : this.classroom.fenceAt(this.active.current, this.active.stage),
        notice: this.notice,
        noticeOffersJournal: this.notice === SAVING_FAILED,
        chest: this.access.chest(),
        history: () => backlog(this.main, this.replaying),
        writer: import.meta.env.DEV ? writerTools(this.active, (move) => this.step(move)) : null,
        saves: actions.access,
        actions: {
          onAdvance: this.advance,
          onChoose: this.choose,
          onRollback: this.canRollback() ? this.rollback : null,
          onQuickSave: () => void actions.quickSave(),
          onQuickLoad: () => void actions.quickLoad(),
          onDismissNotice: () => {
            this.notice = null;
            this.showText();
          },
          onTitle: () => void this.toTitle(),
          onChest: () => this.openScene('Chest'),
          onMap: () => this.openScene('MemoryMap'),
          onBack: this.back,
        },
      }),
    );
  }

  private async autosave(turn: boolean, picture = true): Promise<void> {
    if (this.replaying) return;
    if (await this.saving.autosave(this.main, turn, picture)) return;
    if (this.notice) return;
    this.tell(SAVING_FAILED);
  }
}
