import Phaser from 'phaser';
import { chestContents } from '../core/memory.ts';
import { Playthrough } from '../core/playthrough.ts';
import { makeSave, resume, type SaveData } from '../core/save.ts';
import type { Stage } from '../core/stage.ts';
import type { CompiledStory } from '../core/story-module.ts';
import { StageView } from '../places/stage-view.ts';
import { AUTOSAVE_SLOT, type GameDeps } from './deps.ts';
import type { MemoryAccess, MemorySceneData } from './memory-access.ts';
import { playView } from './play-view.ts';

/** Told once, the first time Kathy's chest has something in it. */
const CHEST_HINT =
  'Kathy keeps a box of things from Hailsham. Open her chest (C) to remember what each one brings back.';

export interface PlayData {
  /** A validated save to resume; a new game when absent. */
  readonly save?: SaveData | null;
  /** Start at this knot instead of the beginning (a chapter's entry; a writer's jump in development). */
  readonly knot?: string;
}

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
  /** True once the reader has been told where the chest is. */
  private chestHinted = false;

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
      const resumed = resume(story, data.save);
      this.main = resumed.playthrough;
      this.notice = resumed.note;
    } else {
      this.main = new Playthrough(story, this.deps.newSeed());
      if (data.knot) this.main.jump(data.knot);
    }
    this.chestHinted = this.main.recollections.some((r) => r.via === 'chest');
    if (!this.main.current) this.main.next();
    this.cameras.main.fadeIn(1200, 11, 13, 16);
    this.render(true);
    void this.autosave();

    const stopListening = this.deps.story.onChange((changed) => this.storyChanged(changed));
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void this.autosave();
    };
    document.addEventListener('visibilitychange', onHidden);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stopListening();
      document.removeEventListener('visibilitychange', onHidden);
    });
  }

  override update(time: number, delta: number): void {
    this.view.update(time, delta);
  }

  private readonly advance = () => {
    const beat = this.active.current;
    if (!beat || beat.ended || beat.choices.length > 0) return;
    this.step(() => this.active.next());
  };

  private readonly choose = (index: number) => {
    this.step(() => {
      this.active.choose(index);
      this.active.next();
    });
  };

  /** Moves the story on. A fault in the story is reported, and the reader keeps the line they had. */
  private step(move: () => void): void {
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
    void this.autosave();
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
    void this.autosave();
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
      void this.autosave();
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
      await this.deps.saves.remove(AUTOSAVE_SLOT).catch(() => undefined);
    }
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
  private render(instant: boolean): void {
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
    if (!this.chestHinted && !this.replaying && this.access.chest().length > 0) {
      this.chestHinted = true;
      this.notice ??=
        'Kathy keeps a box of things from Hailsham. Open her chest (C) to remember what each one brings back.';
    }
    this.showText();
  }

  /** Hands the current beat to the DOM layer. Called again with the same line id, it does not retype it. */
  private showText(): void {
    this.deps.ui.show(
      playView({
        playthrough: this.active,
        replay: this.replaying !== null,
        lineId: this.lineId,
        placeChanged: this.placeChanged,
        notice: this.notice,
        chest: this.access.chest(),
        history: () => this.history(),
        writer: import.meta.env.DEV ? this.writerTools() : null,
        actions: {
          onAdvance: this.advance,
          onChoose: this.choose,
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

  /** Development only: jump to any knot, and see the story's variables as they are now. */
  private writerTools() {
    const reader = this.active.reader;
    return {
      knots: reader.knotNames(),
      variables: () => reader.variableNames().map((name) => [name, String(reader.variable(name))] as const),
      jump: (knot: string) =>
        this.step(() => {
          this.active.jump(knot);
          this.active.next();
        }),
    };
  }

  /** The backlog. After a quick restore it starts empty, so it is rebuilt by replaying the path once. */
  private history() {
    const own = this.active.history;
    const position = this.main.position;
    if (own.length > 0 || this.replaying || (position.steps.length === 0 && position.beatsSinceStep <= 1))
      return own;
    return Playthrough.replay(this.main.story, this.main.seed, position).playthrough.history;
  }

  private async autosave(): Promise<void> {
    if (this.replaying) return;
    try {
      await this.deps.saves.write(AUTOSAVE_SLOT, makeSave(this.main, this.deps.now()));
    } catch {
      if (this.notice) return;
      this.notice =
        'Your progress could not be saved just now. The story goes on; it will try again at the next line.';
      this.showText();
    }
  }
}
