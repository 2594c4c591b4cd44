/**
 * What is shown and heard, as plain data. Scenes paint from a `Stage` and the audio layer plays from it, so a
 * loaded save restores picture and sound by rendering its stage, without replaying any effects. `apply` is pure:
 * it returns a new stage and never changes the one it was given.
 */
import type { Command } from './commands.ts';
import type {
  AmbienceId,
  CastId,
  KeepsakeId,
  Light,
  MusicId,
  PlaceId,
  Register,
  Weather,
} from './vocabulary.ts';

export interface Stage {
  readonly place: PlaceId | null;
  readonly register: Register;
  readonly light: Light;
  readonly weather: Weather;
  readonly ambience: AmbienceId | null;
  readonly music: MusicId | null;
  /**
   * Who is in the picture, left to right (`# cast:`). Moving to another place empties it unless the same line
   * says who is there; a line that names the place it is already at keeps it.
   */
  readonly cast: readonly CastId[];
  /**
   * A keepsake held up close, in front of the place (`# closeup:`): the tape in Kathy's hand, the slip of paper.
   * Put away by `# closeup: none` or by moving to another place.
   */
  readonly closeUp: KeepsakeId | null;
  /** The part or chapter the reader is in, for saves and the chapter list. */
  readonly chapter: string | null;
  /**
   * Set while a memory is being seen again: 'again' when nothing has changed since the last visit, 'changed'
   * when something learnt since then changes what it means. Set by the playthrough, not by a tag; cleared when
   * the story returns to the present.
   */
  readonly revisit: 'again' | 'changed' | null;
}

export const EMPTY_STAGE: Stage = Object.freeze({
  place: null,
  register: 'present',
  light: 'dusk',
  weather: 'clear',
  ambience: null,
  music: null,
  cast: Object.freeze([]),
  closeUp: null,
  chapter: null,
  revisit: null,
});

export function apply(stage: Stage, command: Command): Stage {
  switch (command.kind) {
    case 'place':
      return command.place === stage.place
        ? stage
        : { ...stage, place: command.place, cast: [], closeUp: null };
    case 'register':
      return {
        ...stage,
        register: command.register,
        revisit: command.register === 'present' ? null : stage.revisit,
      };
    case 'light':
      return { ...stage, light: command.light };
    case 'weather':
      return { ...stage, weather: command.weather };
    case 'ambience':
      return { ...stage, ambience: command.ambience };
    case 'music':
      return { ...stage, music: command.music };
    case 'cast':
      return { ...stage, cast: command.cast };
    case 'closeup':
      return { ...stage, closeUp: command.keepsake };
    case 'chapter':
      return { ...stage, chapter: command.title };
    // Per-line or per-choice commands: they describe a line, not what is on stage. A `sound` is heard once, when
    // its line is shown (see captions.ts), so a restored stage never replays it.
    case 'sound':
    case 'speaker':
    case 'title':
    case 'stance':
    case 'memory':
    case 'keepsake':
    case 'age':
    case 'depends':
    case 'uncertain':
    case 'reflect':
    case 'book':
    case 'content_note':
    case 'summary':
      return stage;
  }
}

export function applyAll(stage: Stage, commands: readonly Command[]): Stage {
  const after = commands.reduce(apply, stage);
  // A line that moves to a new place and says who is there (or what is up close) keeps it, whichever tag came first.
  const cast = commands.findLast((command) => command.kind === 'cast');
  const closeUp = commands.findLast((command) => command.kind === 'closeup');
  return {
    ...after,
    ...(cast ? { cast: cast.cast } : {}),
    ...(closeUp ? { closeUp: closeUp.keepsake } : {}),
  };
}
