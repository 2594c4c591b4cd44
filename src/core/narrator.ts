/**
 * The only inkjs import in the game. A pull API over an ink `Story`: the Play scene asks `next()` for the next
 * beat and answers choices with `choose(i)`; nothing is broadcast. Tags are parsed into commands here, once, as
 * each line is reached.
 *
 * Invariants:
 * - A beat always carries text, except the beat that reaches choices or the end with nothing more to say.
 * - Lines that are only whitespace are not beats: their tags are carried forward onto the next line.
 * - The global tags at the top of `main.ink` are reported once as `globalCommands`, never as a line's commands.
 */
import { InkList, Story } from 'inkjs';
import { type Command, describeSite, parseTags, type TagSite } from './commands.ts';
import type { SpeakerId } from './vocabulary.ts';

/** Compiled ink: the JSON string the ink build produces, or that JSON parsed. */
export type StoryJson = string | Record<string, unknown>;

export interface ChoiceOption {
  /** Index to pass to `choose()`; also the position in the list shown to the player. */
  readonly index: number;
  readonly text: string;
  readonly commands: readonly Command[];
}

export interface Beat {
  readonly text: string;
  readonly speaker: SpeakerId | null;
  /** When Kathy is unsure of this line (`# uncertain: …`): the other way she might remember it. */
  readonly alternative: string | null;
  readonly commands: readonly Command[];
  /** The options the story waits on after this line; empty when it simply goes on. */
  readonly choices: readonly ChoiceOption[];
  /** True when the story has finished after this beat. */
  readonly ended: boolean;
  /** The knot this line came from (for messages, chapter labels and tests). */
  readonly knot: string | null;
}

export interface NarratorOptions {
  /** Seed for ink's RANDOM and shuffles, so a playthrough can be repeated exactly. */
  readonly seed?: number;
  /** Which ink file each knot lives in, as produced by the ink build; used in error messages. */
  readonly sources?: Readonly<Record<string, string>>;
  /** ink warnings at run time. The default throws, so no warning goes unseen. */
  readonly onWarning?: (message: string) => void;
}

/** The knot, written in the story, that tunnels into a memory named by its argument (see story/README.md). */
export const RECALL_KNOT = 'recall';
const RECALL_FLOW = 'recall';

/** ink's ErrorType.Error (Author = 0, Warning = 1, Error = 2); the enum is not exported by the runtime bundle. */
const INK_ERROR = 2;

export class StoryError extends Error {
  constructor(
    message: string,
    readonly site: TagSite,
  ) {
    super(message);
    this.name = 'StoryError';
  }
}

export class Narrator {
  private readonly story: Story;
  private readonly sources: Readonly<Record<string, string>>;
  private readonly onWarning: (message: string) => void;
  private pendingGlobalTags: string[];
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  readonly globalCommands: readonly Command[];

  private readonly json: string;

  constructor(json: StoryJson, options: NarratorOptions = {}) {
    this.json = typeof json === 'string' ? json : JSON.stringify(json);
    this.story = new Story(json as Record<string, unknown>);
    this.story.state.storySeed = options.seed ?? 1;
    this.sources = options.sources ?? {};
    this.onWarning =
      options.onWarning ??
      ((message) => {
        throw new StoryError(message, {});
      });
    const globals = this.story.globalTags ?? [];
    this.globalCommands = parseTags(globals, { file: 'story/main.ink' });
    this.pendingGlobalTags = [...globals];
    // Collect ink's run-time errors and warnings (ink clears its own list before Continue returns).
    this.story.onError = (message, type) =>
      (Number(type) === INK_ERROR ? this.errors : this.warnings).push(message);
  }

  /** True while the story waits for `choose()`. */
  get waitingForChoice(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length > 0;
  }

  get ended(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /** The next beat. At a choice or the end it repeats the options (or the end) with no new text. */
  next(): Beat {
    const commands: Command[] = [];
    let speaker: SpeakerId | null = null;
    let knot: string | null = this.pointerKnot();
    while (this.story.canContinue) {
      const text = this.continueOnce(knot);
      knot = this.lineKnot() ?? knot;
      const lineCommands = parseTags(this.takeLineTags(), this.site(knot));
      commands.push(...lineCommands);
      for (const command of lineCommands) if (command.kind === 'speaker') speaker = command.speaker;
      const trimmed = text.trim();
      if (trimmed !== '') return this.beat(trimmed, speaker, commands, knot);
    }
    return this.beat('', speaker, commands, knot);
  }

  /** Takes option `index` of the current choices. Returns the option taken. */
  choose(index: number): ChoiceOption {
    const option = this.options().find((choice) => choice.index === index);
    if (!option) {
      throw new RangeError(`No choice ${index}: the story offers ${this.story.currentChoices.length}`);
    }
    this.story.ChooseChoiceIndex(index);
    return option;
  }

  /** The options the story is waiting on (empty unless `waitingForChoice`). */
  options(): ChoiceOption[] {
    const knot = this.pointerKnot();
    return this.story.currentChoices.map((choice) => ({
      index: choice.index,
      text: choice.text.trim(),
      commands: parseTags(choice.tags, this.site(knot)),
    }));
  }

  /** Reads an ink variable (the story owns its variables; the game only reads them, bar `setList`). */
  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  /** The item names in an ink LIST variable, in list order; null if there is no such LIST variable. */
  listItems(name: string): string[] | null {
    const value = this.story.variablesState.$(name);
    if (!(value instanceof InkList)) return null;
    return value.orderedItems.map((entry) => entry.Key.itemName ?? '').filter((item) => item !== '');
  }

  /**
   * Sets an ink LIST variable to the given items of LIST `origin`. The one way the game writes to the story: for
   * choices the player makes outside ink (setting a memory aside in the Norfolk drawer), so ink can read them.
   */
  setList(name: string, origin: string, items: readonly string[]): void {
    const list = new InkList(origin, this.story);
    for (const item of items) list.AddItem(item);
    this.story.variablesState.$(name, list);
  }

  /** The names of the story's global variables (for the writer's panel in development). */
  variableNames(): string[] {
    return [...this.json.matchAll(/"VAR=":"([^"]+)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  }

  /** Moves the story to the start of a knot (chapter select, a teacher's beat, a writer's jump). */
  jumpTo(knot: string): void {
    this.story.ChoosePathString(knot);
    this.pendingGlobalTags = [];
  }

  /** Every knot in the story, in the order written (ink's own "global decl" is not a knot). */
  knotNames(): string[] {
    return [...this.story.mainContentContainer.namedContent.keys()].filter((name) => name !== 'global decl');
  }

  /** The tags at the top of a knot, read without entering it (so a memory's label never spoils it). */
  tagsAhead(knot: string): string[] {
    return (this.story.TagsForContentAtPath(knot) ?? []).map((tag) => tag.trim());
  }

  /** How many times the story has entered a knot. */
  visits(knot: string): number {
    return this.story.state.VisitCountAtPathString(knot) ?? 0;
  }

  /**
   * Plays the memory `knot` in a side flow (ink's flows share variables and visit counts), so the main story
   * waits exactly where it was. The story's `recall(memory)` knot tunnels into it; `endRecall` comes back.
   */
  recall(knot: string): void {
    if (this.recalling) throw new Error('already recalling a memory');
    this.story.SwitchFlow(RECALL_FLOW);
    this.story.ChoosePathString(RECALL_KNOT, true, [knot]);
  }

  get recalling(): boolean {
    return this.story.currentFlowName === RECALL_FLOW;
  }

  endRecall(): void {
    if (!this.recalling) return;
    this.story.SwitchToDefaultFlow();
    this.story.RemoveFlow(RECALL_FLOW);
  }

  /** ink's own state, for saving when the story is unchanged. */
  saveState(): string {
    return this.story.state.ToJson();
  }

  /** The version of ink's state format this ink writes (inkjs refuses older ones it cannot read). */
  get inkSaveVersion(): number {
    return this.story.state.kInkSaveStateVersion;
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.pendingGlobalTags = [];
  }

  private beat(text: string, speaker: SpeakerId | null, commands: Command[], knot: string | null): Beat {
    const waiting = this.waitingForChoice;
    const uncertain = commands.findLast((command) => command.kind === 'uncertain');
    return {
      text,
      speaker,
      alternative: uncertain ? uncertain.alternative : null,
      commands,
      choices: waiting ? this.options() : [],
      ended: this.ended,
      knot,
    };
  }

  private continueOnce(knot: string | null): string {
    let text: string;
    try {
      text = this.story.Continue() ?? '';
    } catch (error) {
      // Some ink failures (a missing external function, say) are thrown rather than reported.
      const site = this.site(this.lineKnot() ?? this.pointerKnot() ?? knot);
      throw new StoryError(`${describeSite(site)}: ${String(error)}`, site);
    }
    const errors = this.errors.splice(0);
    const warnings = this.warnings.splice(0);
    const site = this.site(this.lineKnot() ?? this.pointerKnot() ?? knot);
    if (errors.length > 0) throw new StoryError(`${describeSite(site)}: ${errors.join('; ')}`, site);
    for (const warning of warnings) this.onWarning(`${describeSite(site)}: ${warning}`);
    return text;
  }

  /** The line's tags, without the global tags that ink also reports on the story's first line. */
  private takeLineTags(): string[] {
    const tags = [...(this.story.currentTags ?? [])];
    while (this.pendingGlobalTags.length > 0 && tags[0] === this.pendingGlobalTags[0]) {
      tags.shift();
      this.pendingGlobalTags.shift();
    }
    this.pendingGlobalTags = [];
    return tags;
  }

  /** The knot the story is about to continue in. */
  private pointerKnot(): string | null {
    return knotOf(this.story.state.currentPathString);
  }

  /**
   * The knot the line just continued came from: the path of the content ink wrote out. (ink's own pointer has
   * already moved on, or is null at the end of the story, by the time `Continue()` returns.)
   */
  private lineKnot(): string | null {
    for (const output of this.story.state.outputStream) {
      const knot = knotOf(String(output.path ?? ''));
      if (knot) return knot;
    }
    return null;
  }

  private site(knot: string | null): TagSite {
    return { knot: knot ?? undefined, file: knot ? this.sources[knot] : undefined };
  }
}

/** The knot named at the head of an ink path like `road.0.c-0.2`; top-level content (`0.3`) has none. */
function knotOf(path: string | null): string | null {
  const head = path?.split('.')[0];
  return head && !/^\d+$/.test(head) ? head : null;
}
