/**
 * What is heard with a line, in words: the one-shot effects a line plays, and the caption the accessibility layer
 * shows with it. The caption texts themselves live beside the sound ids in vocabulary.ts.
 */
import type { Command } from './commands.ts';
import type { Stage } from './stage.ts';
import {
  AMBIENCE_CAPTIONS,
  MUSIC_CAPTIONS,
  SILENCE_CAPTIONS,
  SOUND_CAPTIONS,
  type SoundId,
} from './vocabulary.ts';

/** The effects a line plays once, in the order its tags give them. */
export function effectsOf(commands: readonly Command[]): SoundId[] {
  return commands.flatMap((command) => (command.kind === 'sound' ? [command.sound] : []));
}

/**
 * The caption for a line: its one-shot effects if it has any; otherwise what its ambience and music tags change,
 * compared with what was heard before it (`before`; null when nothing was, as on the first line). A tag that names
 * what is already playing is not a change and has no caption. Null when nothing new is heard.
 */
export function lineCaption(
  commands: readonly Command[],
  before: Pick<Stage, 'ambience' | 'music'> | null,
): string | null {
  const effects = effectsOf(commands);
  if (effects.length > 0) return effects.map((sound) => SOUND_CAPTIONS[sound]).join(' ');
  let ambience: Stage['ambience'] | undefined;
  let music: Stage['music'] | undefined;
  for (const command of commands) {
    if (command.kind === 'ambience') ambience = command.ambience;
    if (command.kind === 'music') music = command.music;
  }
  // Silence where nothing was playing (the first line of a game) is not worth a caption.
  const parts: string[] = [];
  if (ambience !== undefined && ambience !== (before?.ambience ?? null)) {
    parts.push(ambience === null ? SILENCE_CAPTIONS.ambience : AMBIENCE_CAPTIONS[ambience]);
  }
  if (music !== undefined && music !== (before?.music ?? null)) {
    parts.push(music === null ? SILENCE_CAPTIONS.music : MUSIC_CAPTIONS[music]);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
