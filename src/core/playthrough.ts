/**
 * One reader's way through the story: the narrator, the stage it has built, and the path taken to get here
 * (every choice, by index and text, plus how many lines were read since the last one). The path is what
 * survives a story edit: replaying it on a changed story finds the same place, or stops at the last point that
 * still matches and says so, rather than drifting onto a different branch.
 */
import type { Command } from './commands.ts';
import { type Beat, type ChoiceOption, Narrator } from './narrator.ts';
import { applyAll, EMPTY_STAGE, type Stage } from './stage.ts';
import type { CompiledStory } from './story-module.ts';

export interface ChoiceStep {
  readonly index: number;
  /** The option's text when it was taken; a replay checks it still says the same. */
  readonly text: string;
  /** The option's stable id (its stance, `point.option`), when it has one: found again even if moved. */
  readonly id?: string | undefined;
}

export interface Position {
  readonly choices: readonly ChoiceStep[];
  /** Beats read since the last choice (or since the start), the current one included. */
  readonly beatsSinceChoice: number;
}

export const START: Position = Object.freeze({ choices: [], beatsSinceChoice: 0 });

/** Result of following a saved path on a story that may have changed since. */
export interface Replay {
  readonly playthrough: Playthrough;
  /** True when the whole path was found; false when the replay stopped early at the last matching point. */
  readonly complete: boolean;
}

export class Playthrough {
  private narrator: Narrator;
  private stageNow: Stage = EMPTY_STAGE;
  private steps: ChoiceStep[] = [];
  private sinceChoice = 0;
  private beat: Beat | null = null;

  constructor(
    readonly story: CompiledStory,
    readonly seed: number,
  ) {
    this.narrator = new Narrator(story.json, { seed, sources: story.sources });
  }

  get stage(): Stage {
    return this.stageNow;
  }

  get position(): Position {
    return { choices: [...this.steps], beatsSinceChoice: this.sinceChoice };
  }

  /** The beat on screen now (null before the first). */
  get current(): Beat | null {
    return this.beat;
  }

  get globalCommands(): readonly Command[] {
    return this.narrator.globalCommands;
  }

  /** Reads the next beat and applies its commands to the stage. */
  next(): Beat {
    const beat = this.narrator.next();
    this.stageNow = applyAll(this.stageNow, beat.commands);
    this.sinceChoice += 1;
    this.beat = beat;
    return beat;
  }

  choose(index: number): ChoiceOption {
    const option = this.narrator.choose(index);
    this.stageNow = applyAll(this.stageNow, option.commands);
    this.steps.push({ index, text: option.text, id: choiceId(option) });
    this.sinceChoice = 0;
    this.beat = null;
    return option;
  }

  /** ink's own state, valid only for a story with the same hash. */
  inkState(): string {
    return this.narrator.saveState();
  }

  /**
   * Restores from ink state saved on this very story (same hash): immediate, no replay. `beat` is the line that
   * was on screen; its choices are read afresh from ink.
   */
  static restore(story: CompiledStory, saved: RestorePoint): Playthrough {
    const playthrough = new Playthrough(story, saved.seed);
    playthrough.narrator.loadState(saved.inkState);
    playthrough.stageNow = saved.stage;
    playthrough.steps = [...saved.position.choices];
    playthrough.sinceChoice = saved.position.beatsSinceChoice;
    const waiting = playthrough.narrator.waitingForChoice;
    playthrough.beat = saved.beat && {
      ...saved.beat,
      commands: [],
      choices: waiting ? playthrough.narrator.options() : [],
      ended: playthrough.narrator.ended,
    };
    return playthrough;
  }

  /** Follows `position` from the start of `story`, stopping at the last point that still matches. */
  static replay(story: CompiledStory, seed: number, position: Position): Replay {
    const playthrough = new Playthrough(story, seed);
    for (const step of position.choices) {
      const options = playthrough.readToChoice();
      const option = options && findOption(options, step);
      if (!option) return { playthrough, complete: false };
      playthrough.choose(option.index);
    }
    for (let read = 0; read < position.beatsSinceChoice; read += 1) {
      const beat = playthrough.next();
      const last = read === position.beatsSinceChoice - 1;
      if (!last && (beat.choices.length > 0 || beat.ended)) return { playthrough, complete: false };
    }
    return { playthrough, complete: true };
  }

  /** Reads on until the story offers a choice; null if it ends first. */
  private readToChoice(): readonly ChoiceOption[] | null {
    if (this.beat && this.beat.choices.length > 0) return this.beat.choices;
    for (;;) {
      const beat = this.next();
      if (beat.choices.length > 0) return beat.choices;
      if (beat.ended) return null;
    }
  }
}

/** What `Playthrough.restore` needs: the parts of a save that describe this story's state. */
export interface RestorePoint {
  readonly seed: number;
  readonly inkState: string;
  readonly stage: Stage;
  readonly position: Position;
  readonly beat: Pick<Beat, 'text' | 'speaker' | 'knot'> | null;
}

/** A choice's stable id: the stance it records, if any. */
export function choiceId(option: ChoiceOption): string | undefined {
  const stance = option.commands.find((command) => command.kind === 'stance');
  return stance ? `${stance.point}.${stance.option}` : undefined;
}

/** The option a saved step refers to: by stable id when it has one, else by text (at its index first). */
function findOption(options: readonly ChoiceOption[], step: ChoiceStep): ChoiceOption | undefined {
  if (step.id) return options.find((option) => choiceId(option) === step.id);
  return (
    options.find((option) => option.index === step.index && option.text === step.text) ??
    options.find((option) => option.text === step.text)
  );
}
