/**
 * Builds what the reading screen shows from the playthrough: the line, its choices, how a memory ends, the
 * captions (of the place, and of what is heard) and the chest's badge. Kept apart from the Play scene so the scene only wires things together.
 */
import type { HistoryEntry } from '../core/history.ts';
import type { KeepsakeView } from '../core/memory.ts';
import { Playthrough } from '../core/playthrough.ts';
import { KEEPSAKE_NAMES, namesInPicture, PLACE_NAMES, SPEAKERS } from '../core/vocabulary.ts';
import type { PlayView } from '../ui/overlay.tsx';

export interface PlayViewInput {
  readonly playthrough: Playthrough;
  /** True while a memory is replayed from the map (nothing is kept). */
  readonly replay: boolean;
  readonly lineId: number;
  /** Whether the line had been read before it was shown. */
  readonly lineWasRead: boolean;
  /** Show the line whole (stepped back to), rather than typing it. */
  readonly instant: boolean;
  readonly placeChanged: boolean;
  readonly peopleChanged: boolean;
  readonly chapterCard: string | null;
  /** What this line makes heard, in words (see core/captions.ts). */
  readonly caption: string | null;
  readonly notice: string | null;
  readonly noticeOffersJournal: boolean;
  readonly reflection: PlayView['reflection'];
  readonly glossary: PlayView['glossary'];
  readonly fence: PlayView['fence'];
  readonly chest: readonly KeepsakeView[];
  readonly history: () => readonly HistoryEntry[];
  readonly writer: PlayView['writer'];
  readonly saves: PlayView['saves'];
  readonly actions: Pick<
    PlayView,
    | 'onAdvance'
    | 'onChoose'
    | 'onRollback'
    | 'onQuickSave'
    | 'onQuickLoad'
    | 'onDismissNotice'
    | 'onTitle'
    | 'onChest'
    | 'onMap'
    | 'onBack'
  >;
}

export function playView(input: PlayViewInput): PlayView {
  const { playthrough, replay } = input;
  const beat = playthrough.current;
  const stage = playthrough.stage;
  const inMemory = replay || playthrough.recalling !== null;
  const ended = beat?.ended ?? false;
  return {
    screen: 'play',
    line: beat && {
      id: input.lineId,
      text: beat.text,
      speaker: beat.speaker ? SPEAKERS[beat.speaker] : null,
      alternative: beat.alternative,
      read: input.lineWasRead,
      instant: input.instant,
    },
    choices: beat?.choices.map(({ index, text }) => ({ index, text })) ?? [],
    ended: ended && !inMemory,
    memoryEnd: ended && inMemory ? (replay ? 'replay' : 'recall') : null,
    replay,
    register: stage.register,
    revisit: stage.register === 'memory' ? stage.revisit : null,
    place: stage.place ? PLACE_NAMES[stage.place] : null,
    placeChanged: input.placeChanged,
    people: stage.place ? namesInPicture(stage.cast) : null,
    closeUp: stage.place && stage.closeUp ? KEEPSAKE_NAMES[stage.closeUp] : null,
    peopleChanged: input.peopleChanged,
    chapterCard: input.chapterCard,
    caption: input.caption,
    notice: input.notice,
    noticeOffersJournal: input.noticeOffersJournal,
    reflection: input.reflection,
    glossary: input.glossary,
    fence: input.fence,
    chest: {
      // The chest is for the present: while a memory plays, it waits.
      available: !inMemory && input.chest.length > 0,
      count: input.chest.length,
      somethingNew: input.chest.filter((k) => k.somethingNew).length,
    },
    mapAvailable: !inMemory && playthrough.recollections.length > 0,
    history: input.history,
    writer: input.writer,
    saves: input.saves,
    ...input.actions,
  };
}

/**
 * The backlog. After a quick restore it starts empty, so it is rebuilt by replaying the path (a map replay shows
 * its own lines only).
 */
export function backlog(main: Playthrough, replaying: Playthrough | null): readonly HistoryEntry[] {
  if (replaying) return replaying.history;
  const own = main.history;
  const position = main.position;
  if (own.length > 0 || (position.steps.length === 0 && position.beatsSinceStep <= 1)) return own;
  return Playthrough.replay(main.story, main.seed, position).playthrough.history;
}

/** Development only: jump to any knot, and see the story's variables as they are now. */
export function writerTools(playthrough: Playthrough, step: (move: () => void) => void) {
  const reader = playthrough.reader;
  return {
    knots: reader.knotNames(),
    variables: () => reader.variableNames().map((name) => [name, String(reader.variable(name))] as const),
    jump: (knot: string) =>
      step(() => {
        playthrough.jump(knot);
        playthrough.next();
      }),
  };
}
