import Phaser from 'phaser';
import { Playthrough } from '../core/playthrough.ts';
import { makeSave, resume, type SaveData } from '../core/save.ts';
import type { Stage } from '../core/stage.ts';
import type { CompiledStory } from '../core/story-module.ts';
import { PLACE_NAMES, SPEAKERS } from '../core/vocabulary.ts';
import { StageView } from '../places/stage-view.ts';
import { AUTOSAVE_SLOT, type GameDeps } from './deps.ts';

export interface PlayData {
  /** A validated save to resume; a new game when absent. */
  readonly save?: SaveData | null;
}

/**
 * The story, played inside Phaser: pulls beats from the playthrough, paints the stage, plays its sound and hands
 * the words to the DOM layer. It decides nothing about the story; it only connects the pieces.
 */
export class Play extends Phaser.Scene {
  private playthrough!: Playthrough;
  private view!: StageView;
  private lineId = 0;
  private notice: string | null = null;
  private shownStage: Stage | null = null;
  /** Whether the current line arrived with a new place or register (announced once, with the line). */
  private placeChanged = false;

  constructor(private readonly deps: GameDeps) {
    super('Play');
  }

  create(data: PlayData): void {
    this.view = new StageView(this);
    this.shownStage = null;
    this.notice = null;
    const story = this.deps.story.current();
    if (data.save) {
      const resumed = resume(story, data.save);
      this.playthrough = resumed.playthrough;
      this.notice = resumed.note;
    } else {
      this.playthrough = new Playthrough(story, this.deps.newSeed());
    }
    if (!this.playthrough.current) this.playthrough.next();
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
    const beat = this.playthrough.current;
    if (!beat || beat.ended || beat.choices.length > 0) return;
    this.step(() => this.playthrough.next());
  };

  private readonly choose = (index: number) => {
    this.step(() => {
      this.playthrough.choose(index);
      this.playthrough.next();
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

  private readonly toTitle = async () => {
    // A finished story leaves nothing to continue; anything else is already saved.
    if (this.playthrough.current?.ended) await this.deps.saves.remove(AUTOSAVE_SLOT).catch(() => undefined);
    this.scene.start('Title');
  };

  /** In development, an edited story arrives here: replay the reader's path on it and carry on. */
  private storyChanged(story: CompiledStory): void {
    const replay = Playthrough.replay(story, this.playthrough.seed, this.playthrough.position);
    this.playthrough = replay.playthrough;
    if (!this.playthrough.current) this.playthrough.next();
    this.notice = replay.complete
      ? null
      : 'The story changed here; you are at the last point that is still the same.';
    this.render(true);
  }

  /** A new beat or a new stage: paint, sound, and show the line (which starts typing). */
  private render(instant: boolean): void {
    const stage = this.playthrough.stage;
    const previous = this.shownStage;
    this.shownStage = stage;
    this.view.show(stage, instant);
    this.deps.sound.render(stage);
    this.lineId += 1;
    this.placeChanged = !previous || previous.place !== stage.place || previous.register !== stage.register;
    this.showText();
  }

  /** Hands the current beat to the DOM layer. Called again with the same line id, it does not retype it. */
  private showText(): void {
    const beat = this.playthrough.current;
    const stage = this.playthrough.stage;
    this.deps.ui.show({
      screen: 'play',
      line: beat && {
        id: this.lineId,
        text: beat.text,
        speaker: beat.speaker ? SPEAKERS[beat.speaker] : null,
      },
      choices: beat?.choices.map(({ index, text }) => ({ index, text })) ?? [],
      ended: beat?.ended ?? false,
      register: stage.register,
      place: stage.place ? PLACE_NAMES[stage.place] : null,
      placeChanged: this.placeChanged,
      notice: this.notice,
      onAdvance: this.advance,
      onChoose: this.choose,
      onDismissNotice: () => {
        this.notice = null;
        this.showText();
      },
      onTitle: () => void this.toTitle(),
    });
  }

  private async autosave(): Promise<void> {
    try {
      await this.deps.saves.write(AUTOSAVE_SLOT, makeSave(this.playthrough, this.deps.now()));
    } catch {
      if (this.notice) return;
      this.notice =
        'Your progress could not be saved just now. The story goes on; it will try again at the next line.';
      this.showText();
    }
  }
}
