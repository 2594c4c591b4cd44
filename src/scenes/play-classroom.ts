/**
 * The classroom in the story: records each stance the reader takes in their journal (with the readings not
 * taken), pauses at reflection points when the teacher's setup asks for it, explains coined words the first time
 * a line uses them when the glossary is on, and says where the class fence stops the story. The Play scene asks
 * it before moving on and shows what it returns; it decides nothing about the story. A perspective replay asks
 * its question whether or not stops are on.
 */
import type { ClassroomState } from '../classroom/classroom-state.ts';
import { chapterAt, PERSPECTIVES } from '../core/chapters.ts';
import { chapterLock } from '../core/classroom.ts';
import type { GlossaryTerm } from '../core/glossary.ts';
import { newTermsIn } from '../core/glossary.ts';
import { lastAnswerTo, stancesTaken, withAnswer, withStance } from '../core/journal.ts';
import type { Beat } from '../core/narrator.ts';
import { HABIT_NAMES, promptFor } from '../core/reflections.ts';
import type { Stage } from '../core/stage.ts';
import type { ReflectionStopView } from '../ui/ReflectionStop.tsx';

interface OpenStop {
  readonly lineId: number;
  readonly chapter: string;
  readonly point: string;
  readonly habit: string;
  readonly prompt: string;
  readonly line: string;
  readonly answerId: string;
  readonly then: () => void;
}

export class PlayClassroom {
  private stop: OpenStop | null = null;
  /** The line id a stop was last shown for: going on from it after the stop does not stop again. */
  private stoppedLine = -1;
  /** Coined words explained so far in this sitting, and those shown with the current line. */
  private readonly explained = new Set<string>();
  private notes: { lineId: number; terms: readonly GlossaryTerm[] } = { lineId: -1, terms: [] };

  constructor(
    private readonly classroom: ClassroomState,
    private readonly redraw: () => void,
  ) {}

  /** Keeps the stance an option carries, with every option offered beside it. */
  chose(beat: Beat, index: number, stage: Stage): void {
    const option = beat.choices.find((c) => c.index === index);
    const stance = option?.commands.find((c) => c.kind === 'stance');
    if (!option || !stance || stance.kind !== 'stance') return;
    const offered = beat.choices.flatMap((c) => {
      const s = c.commands.find((command) => command.kind === 'stance');
      return s && s.kind === 'stance' && s.point === stance.point ? [{ option: s.option, text: c.text }] : [];
    });
    this.classroom.updateJournal((journal) =>
      withStance(journal, {
        id: this.classroom.newId(),
        chapter: chapterAt(stage.chapter, beat.knot),
        point: stance.point,
        option: stance.option,
        text: option.text,
        offered,
        at: this.classroom.stamp(),
      }),
    );
  }

  /**
   * Called before the reader moves on from a line. When the line is a reflection point and stops are on, opens
   * the stop and returns true: `then` moves on once the reader continues or skips.
   */
  stopBefore(beat: Beat, lineId: number, stage: Stage, then: () => void): boolean {
    // A perspective replay is itself a reflection exercise: its own question is asked even with stops off.
    const replay = PERSPECTIVES.some((p) => p.knot === beat.knot);
    if ((!this.classroom.setup.reflectionStops && !replay) || this.stoppedLine === lineId) return false;
    const reflect = beat.commands.find((c) => c.kind === 'reflect');
    if (reflect?.kind !== 'reflect') return false;
    const prompt = promptFor(this.classroom.reflections, reflect.id, stancesTaken(this.classroom.journal));
    if (!prompt) return false;
    const earlier = lastAnswerTo(this.classroom.journal, reflect.id);
    this.stop = {
      lineId,
      chapter: chapterAt(stage.chapter, beat.knot),
      point: reflect.id,
      habit: HABIT_NAMES[prompt.habit],
      prompt: prompt.prompt,
      line: beat.text,
      answerId: earlier?.id ?? this.classroom.newId(),
      then,
    };
    this.stoppedLine = lineId;
    this.redraw();
    return true;
  }

  get stopOpen(): boolean {
    return this.stop !== null;
  }

  /** The open stop as the screen shows it, or null. */
  stopView(): ReflectionStopView | null {
    const stop = this.stop;
    if (!stop) return null;
    const go = () => {
      this.stop = null;
      stop.then();
    };
    return {
      habit: stop.habit,
      prompt: stop.prompt,
      line: stop.line,
      answer: this.classroom.journal.answers.find((a) => a.id === stop.answerId)?.text ?? '',
      onWrite: (text) => {
        this.classroom.updateJournal((journal) =>
          withAnswer(journal, {
            id: stop.answerId,
            chapter: stop.chapter,
            point: stop.point,
            prompt: stop.prompt,
            line: stop.line,
            text,
            at: this.classroom.stamp(),
          }),
        );
        this.redraw();
      },
      onContinue: go,
      onSkip: go,
    };
  }

  /** The coined words to explain under this line (the same ones each time the same line is redrawn). */
  glossaryFor(beat: Beat | null, lineId: number): readonly GlossaryTerm[] {
    if (!this.classroom.setup.glossary || !beat) return [];
    if (this.notes.lineId !== lineId) {
      const terms = newTermsIn(this.classroom.glossary, beat.text, this.explained);
      for (const term of terms) this.explained.add(term.id);
      this.notes = { lineId, terms };
    }
    return this.notes.terms;
  }

  /**
   * The teacher's note when this line lies past the class fence; else null. A beat the teacher did not open is
   * closed only in the chapter list: read on to from its part, the story goes through it.
   */
  fenceAt(beat: Beat | null, stage: Stage): string | null {
    if (!beat) return null;
    const lock = chapterLock(this.classroom.setup, chapterAt(stage.chapter, beat.knot));
    return lock.open || lock.reason === 'closed' ? null : lock.note;
  }
}
