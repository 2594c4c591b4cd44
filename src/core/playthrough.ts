/**
 * One reader's way through the story: the narrator, the stage built from it, the backlog, the recollection log,
 * and the path taken to get here. The path is every step the reader took (choices, memories opened from the
 * chest and closed again, keepsakes set aside or taken back), each with the number of lines read before it. It
 * is what survives a story edit: replaying it on a changed story finds the same place, or stops at the last
 * point that still matches and says so, rather than drifting onto a different branch.
 */
import type { Command } from './commands.ts';
import type { HistoryEntry } from './history.ts';
import {
  DRAWER_VARIABLE,
  EntryWatcher,
  hasSomethingNew,
  KEEPSAKE_LIST,
  KNOWLEDGE_LIST,
  type MemoryInfo,
  type Recollection,
  readMemories,
} from './memory.ts';
import { type Beat, type ChoiceOption, Narrator } from './narrator.ts';
import { applyAll, EMPTY_STAGE, type Stage } from './stage.ts';
import type { CompiledStory } from './story-module.ts';
import type { KeepsakeId } from './vocabulary.ts';

/** A step the reader took, after reading `beats` lines since the step before. */
export type Step = { readonly beats: number } & (
  | {
      readonly kind: 'choice';
      readonly index: number;
      /** The option's text when it was taken; a replay checks it still says the same. */
      readonly text: string;
      /** The option's stable id (its stance, `point.option`), when it has one: found again even if moved. */
      readonly id?: string | undefined;
    }
  | { readonly kind: 'recall'; readonly knot: string }
  /** A jump to a knot's start: a chapter chosen from a list, or a writer's jump in development. */
  | { readonly kind: 'jump'; readonly knot: string }
  | { readonly kind: 'return' }
  | { readonly kind: 'set_aside'; readonly keepsake: KeepsakeId }
  | { readonly kind: 'take_back'; readonly keepsake: KeepsakeId }
);

/** Distributes over the union, so each kind of step keeps its own fields. */
type StepInput = Step extends infer S ? (S extends Step ? Omit<S, 'beats'> : never) : never;

export interface Position {
  readonly steps: readonly Step[];
  /** Beats read since the last step (or since the start), the current one included. */
  readonly beatsSinceStep: number;
}

export const START: Position = Object.freeze({ steps: [], beatsSinceStep: 0 });

/** Where the main story waits while a memory (`knot`) is recalled from the chest. */
export interface Stash {
  readonly knot: string;
  readonly beat: SavedBeat | null;
  readonly stage: Stage;
}

/** A beat as a save keeps it: its choices and end are read from ink again when restored. */
export type SavedBeat = Pick<Beat, 'text' | 'speaker' | 'knot' | 'alternative'>;

/** Result of following a saved path on a story that may have changed since. */
export interface Replay {
  readonly playthrough: Playthrough;
  /** True when the whole path was found; false when the replay stopped early at the last matching point. */
  readonly complete: boolean;
}

/** How many lines and choices a reader can step back through. */
export const ROLLBACK_LIMIT = 150;

/** The whole state at one line, to step back to: a restore point plus how much of the backlog was written. */
interface Snapshot extends RestorePoint {
  readonly historyLength: number;
  readonly beatsRead: number;
}

export class Playthrough {
  readonly memories: readonly MemoryInfo[];
  private narrator: Narrator;
  private stageNow: Stage = EMPTY_STAGE;
  private steps: Step[] = [];
  private sinceStep = 0;
  private beatsRead = 0;
  private beat: Beat | null = null;
  private stash: Stash | null = null;
  private readonly log: Recollection[] = [];
  private readonly backlog: HistoryEntry[] = [];
  private readonly watcher: EntryWatcher;
  /**
   * ink's state as last serialised, until anything changes it: the autosave after a line and the rollback
   * snapshot before the next share one serialisation. Every method that changes ink's state clears it.
   */
  private savedState: string | null = null;
  /** Earlier lines to step back to, oldest first; at most ROLLBACK_LIMIT. */
  private past: Snapshot[] = [];
  /** Snapshots are skipped while replaying lines that are too far back to ever be stepped back to. */
  private remembering = true;

  constructor(
    readonly story: CompiledStory,
    readonly seed: number,
  ) {
    this.narrator = new Narrator(story.json, { seed, sources: story.sources });
    this.memories = readMemories(this.narrator);
    this.watcher = new EntryWatcher(this.memories);
  }

  get stage(): Stage {
    return this.stageNow;
  }

  get position(): Position {
    return { steps: [...this.steps], beatsSinceStep: this.sinceStep };
  }

  /** The beat on screen now (null before the first, and right after a choice). */
  get current(): Beat | null {
    return this.beat;
  }

  get globalCommands(): readonly Command[] {
    return this.narrator.globalCommands;
  }

  /** Every memory recall so far, in the order this player made them. */
  get recollections(): readonly Recollection[] {
    return this.log;
  }

  get history(): readonly HistoryEntry[] {
    return this.backlog;
  }

  /** The memory being recalled from the chest, and where the main story waits meanwhile. */
  get recalling(): Stash | null {
    return this.stash;
  }

  /** The story's reading of itself, for memory.ts (keepsakes, knowledge, drawer, visits). */
  get reader(): Narrator {
    return this.narrator;
  }

  /** How many steps back the reader can go from here. */
  get rollbackDepth(): number {
    return this.past.length;
  }

  /**
   * Steps back to the line before this one (or to the choice before it, whose options are offered again).
   * Everything since is undone: ink's state, the stage, the path, the backlog, the recollection log. False when
   * there is nothing further back.
   */
  rollback(): boolean {
    const snapshot = this.past.pop();
    if (!snapshot) return false;
    this.savedState = null;
    this.narrator.loadState(snapshot.inkState);
    this.watcher.reset(this.narrator);
    this.stageNow = snapshot.stage;
    this.steps = [...snapshot.position.steps];
    this.sinceStep = snapshot.position.beatsSinceStep;
    this.beatsRead = snapshot.beatsRead;
    this.log.splice(0, this.log.length, ...snapshot.recollections);
    this.backlog.length = Math.min(this.backlog.length, snapshot.historyLength);
    this.stash = snapshot.stash;
    this.beat = this.restoredBeat(snapshot.beat);
    return true;
  }

  /** Remembers the line on screen so the reader can come back to it. */
  private rememberHere(): void {
    if (!this.remembering || !this.beat) return;
    const beat = this.beat;
    this.past.push({
      seed: this.seed,
      inkState: this.inkState(),
      stage: this.stageNow,
      position: this.position,
      beat: { text: beat.text, speaker: beat.speaker, knot: beat.knot, alternative: beat.alternative },
      recollections: [...this.log],
      stash: this.stash,
      historyLength: this.backlog.length,
      beatsRead: this.beatsRead,
    });
    if (this.past.length > ROLLBACK_LIMIT) this.past.shift();
  }

  /** Reads the next beat and applies its commands to the stage. */
  next(): Beat {
    this.rememberHere();
    this.savedState = null;
    const beat = this.narrator.next();
    this.beatsRead += 1;
    this.sinceStep += 1;
    let stage = applyAll(this.stageNow, beat.commands);
    for (const knot of this.watcher.entered(this.narrator)) stage = this.noteRecollection(knot, stage);
    this.stageNow = stage;
    this.beat = beat;
    if (beat.text) {
      this.backlog.push({
        kind: 'line',
        text: beat.text,
        speaker: beat.speaker,
        alternative: beat.alternative,
        remembered: stage.register === 'memory',
      });
    }
    return beat;
  }

  choose(index: number): ChoiceOption {
    this.rememberHere();
    this.savedState = null;
    const option = this.narrator.choose(index);
    this.stageNow = applyAll(this.stageNow, option.commands);
    this.record({ kind: 'choice', index, text: option.text, id: choiceId(option) });
    this.backlog.push({ kind: 'choice', text: option.text });
    this.beat = null;
    return option;
  }

  /** Goes to the start of a knot (a chapter's entry). The story's own logic there sets what it needs. */
  jump(knot: string): void {
    this.rememberHere();
    if (this.stash) this.returnFromRecall();
    this.savedState = null;
    this.narrator.jumpTo(knot);
    this.record({ kind: 'jump', knot });
    this.beat = null;
  }

  /** Opens a memory from the chest: the main story waits where it is until `returnFromRecall`. */
  recall(knot: string): void {
    const memory = this.memories.find((m) => m.knot === knot);
    if (!memory) throw new Error(`'${knot}' is not a memory in this story`);
    this.rememberHere();
    const beat = this.beat;
    this.stash = {
      knot,
      beat: beat && {
        text: beat.text,
        speaker: beat.speaker,
        knot: beat.knot,
        alternative: beat.alternative,
      },
      stage: this.stageNow,
    };
    this.savedState = null;
    this.narrator.recall(knot);
    this.record({ kind: 'recall', knot });
    this.backlog.push({ kind: 'recall', label: memory.label });
    this.beat = null;
  }

  /** Closes the recalled memory: the main story's line and picture come back as they were. */
  returnFromRecall(): void {
    const stash = this.stash;
    if (!stash) return;
    this.rememberHere();
    this.savedState = null;
    this.narrator.endRecall();
    this.stash = null;
    this.stageNow = stash.stage;
    this.beat = this.restoredBeat(stash.beat);
    this.record({ kind: 'return' });
    this.backlog.push({ kind: 'return' });
  }

  /** Moves a keepsake to the Norfolk drawer (or back), where ink's epilogue can see it. */
  setAside(keepsake: KeepsakeId, aside = true): void {
    const drawer = new Set(this.narrator.listItems(DRAWER_VARIABLE) ?? []);
    if (aside) drawer.add(keepsake);
    else drawer.delete(keepsake);
    this.savedState = null;
    this.narrator.setList(DRAWER_VARIABLE, KEEPSAKE_LIST, [...drawer]);
    this.record(aside ? { kind: 'set_aside', keepsake } : { kind: 'take_back', keepsake });
  }

  /** ink's own state, valid only for a story with the same hash. */
  /** The version of ink's state format that `inkState()` writes. */
  get inkSaveVersion(): number {
    return this.narrator.inkSaveVersion;
  }

  inkState(): string {
    this.savedState ??= this.narrator.saveState();
    return this.savedState;
  }

  /**
   * Restores from ink state saved on this very story (same hash): immediate, no replay. The backlog starts empty
   * (rebuild it with `replay` when it is wanted); the recollection log comes from the save.
   */
  static restore(story: CompiledStory, saved: RestorePoint): Playthrough {
    const playthrough = new Playthrough(story, saved.seed);
    // ink trusts a state it is given; one written by a newer ink is not read at all (the path is replayed instead).
    if ((saved.inkSaveVersion ?? 0) > playthrough.narrator.inkSaveVersion) {
      throw new Error('this ink state was written by a newer version of ink');
    }
    playthrough.narrator.loadState(saved.inkState);
    playthrough.watcher.reset(playthrough.narrator);
    playthrough.stageNow = saved.stage;
    playthrough.steps = [...saved.position.steps];
    playthrough.sinceStep = saved.position.beatsSinceStep;
    playthrough.beatsRead = Math.max(0, ...saved.recollections.map((r) => r.at));
    playthrough.log.push(...saved.recollections);
    playthrough.stash = saved.stash;
    playthrough.beat = playthrough.restoredBeat(saved.beat);
    return playthrough;
  }

  /** Follows `position` from the start of `story`, stopping at the last point that still matches. */
  static replay(story: CompiledStory, seed: number, position: Position): Replay {
    const p = new Playthrough(story, seed);
    // Only the last lines can be stepped back to; serialising ink's state for every earlier one is wasted.
    let remaining = position.steps.reduce((sum, step) => sum + step.beats + 1, position.beatsSinceStep);
    const countDown = (beats: number) => {
      remaining -= beats;
      p.remembering = remaining <= ROLLBACK_LIMIT + 1;
    };
    countDown(0);
    for (const step of position.steps) {
      countDown(step.beats + 1);
      if (step.kind === 'choice') {
        const options = p.readToChoice();
        const option = options && findOption(options, step);
        if (!option) return { playthrough: p, complete: false };
        p.choose(option.index);
        continue;
      }
      if (!p.readBeats(step.beats)) return { playthrough: p, complete: false };
      if (step.kind === 'jump') {
        if (!p.narrator.knotNames().includes(step.knot)) return { playthrough: p, complete: false };
        p.jump(step.knot);
      } else if (step.kind === 'recall') {
        if (!p.memories.some((m) => m.knot === step.knot) || p.stash)
          return { playthrough: p, complete: false };
        p.recall(step.knot);
      } else if (step.kind === 'return') {
        if (!p.stash) return { playthrough: p, complete: false };
        p.returnFromRecall();
      } else {
        if (!(p.narrator.listItems(KEEPSAKE_LIST) ?? []).includes(step.keepsake)) {
          return { playthrough: p, complete: false };
        }
        p.setAside(step.keepsake, step.kind === 'set_aside');
      }
    }
    // The last stretch can itself be longer than the rollback: remember only its last lines, but remember them.
    const unremembered = Math.max(0, position.beatsSinceStep - (ROLLBACK_LIMIT + 1));
    if (!p.readBeats(unremembered)) return { playthrough: p, complete: false };
    p.remembering = true;
    return { playthrough: p, complete: p.readBeats(position.beatsSinceStep - unremembered) };
  }

  /** A copy to try things on (a map replay) that never touches this playthrough. */
  fork(): Playthrough {
    return Playthrough.restore(this.story, {
      seed: this.seed,
      inkState: this.inkState(),
      stage: this.stageNow,
      position: this.position,
      beat: this.beat,
      recollections: this.log,
      stash: this.stash,
    });
  }

  private record(step: StepInput): void {
    this.steps.push({ ...step, beats: this.sinceStep } as Step);
    this.sinceStep = 0;
  }

  /** A memory was just entered: log it, and mark the stage if it is being seen again. */
  private noteRecollection(knot: string, stage: Stage): Stage {
    const memory = this.memories.find((m) => m.knot === knot);
    if (!memory) return stage;
    const knowledge = this.narrator.listItems(KNOWLEDGE_LIST) ?? [];
    const seenBefore = this.log.some((r) => r.knot === knot);
    const changed = hasSomethingNew(memory, this.log, knowledge);
    this.log.push({ knot, at: this.beatsRead, knowledge, via: this.stash ? 'chest' : 'story' });
    return { ...stage, revisit: seenBefore ? (changed ? 'changed' : 'again') : null };
  }

  private restoredBeat(saved: SavedBeat | null): Beat | null {
    if (!saved) return null;
    const waiting = this.narrator.waitingForChoice;
    return {
      ...saved,
      commands: [],
      choices: waiting ? this.narrator.options() : [],
      ended: this.narrator.ended,
    };
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

  /** Reads `count` beats; false if a choice or the end came first (the story has changed here). */
  private readBeats(count: number): boolean {
    for (let read = 0; read < count; read += 1) {
      const at = this.beat;
      if (at && (at.choices.length > 0 || at.ended) && read < count) return false;
      this.next();
    }
    return true;
  }
}

/** What `Playthrough.restore` needs: the parts of a save that describe this story's state. */
export interface RestorePoint {
  readonly seed: number;
  readonly inkState: string;
  /** The format of `inkState` (ink's own `inkSaveVersion`), when the save recorded it. */
  readonly inkSaveVersion?: number | null;
  readonly stage: Stage;
  readonly position: Position;
  readonly beat: SavedBeat | null;
  readonly recollections: readonly Recollection[];
  readonly stash: Stash | null;
}

/** A choice's stable id: the stance it records, if any. */
export function choiceId(option: ChoiceOption): string | undefined {
  const stance = option.commands.find((command) => command.kind === 'stance');
  return stance ? `${stance.point}.${stance.option}` : undefined;
}

/** The option a saved step refers to: by stable id when it has one, else by text (at its index first). */
function findOption(
  options: readonly ChoiceOption[],
  step: { index: number; text: string; id?: string | undefined },
) {
  if (step.id) return options.find((option) => choiceId(option) === step.id);
  return (
    options.find((option) => option.index === step.index && option.text === step.text) ??
    options.find((option) => option.text === step.text)
  );
}
