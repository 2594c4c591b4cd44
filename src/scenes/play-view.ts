/**
 * Builds what the reading screen shows from the playthrough: the line, its choices, how a memory ends, the
 * caption and the chest's badge. Kept apart from the Play scene so the scene only wires things together.
 */
import type { HistoryEntry } from '../core/history.ts';
import type { KeepsakeView } from '../core/memory.ts';
import type { Playthrough } from '../core/playthrough.ts';
import { PLACE_NAMES, SPEAKERS } from '../core/vocabulary.ts';
import type { PlayView } from '../ui/overlay.tsx';

export interface PlayViewInput {
  readonly playthrough: Playthrough;
  /** True while a memory is replayed from the map (nothing is kept). */
  readonly replay: boolean;
  readonly lineId: number;
  readonly placeChanged: boolean;
  readonly notice: string | null;
  readonly chest: readonly KeepsakeView[];
  readonly history: () => readonly HistoryEntry[];
  readonly writer: PlayView['writer'];
  readonly actions: Pick<
    PlayView,
    'onAdvance' | 'onChoose' | 'onDismissNotice' | 'onTitle' | 'onChest' | 'onMap' | 'onBack'
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
    },
    choices: beat?.choices.map(({ index, text }) => ({ index, text })) ?? [],
    ended: ended && !inMemory,
    memoryEnd: ended && inMemory ? (replay ? 'replay' : 'recall') : null,
    replay,
    register: stage.register,
    revisit: stage.register === 'memory' ? stage.revisit : null,
    place: stage.place ? PLACE_NAMES[stage.place] : null,
    placeChanged: input.placeChanged,
    notice: input.notice,
    chest: {
      // The chest is for the present: while a memory plays, it waits.
      available: !inMemory && input.chest.length > 0,
      count: input.chest.length,
      somethingNew: input.chest.filter((k) => k.somethingNew).length,
    },
    mapAvailable: !inMemory && playthrough.recollections.length > 0,
    history: input.history,
    writer: input.writer,
    ...input.actions,
  };
}
