/**
 * A story line in words to be heard: what the live region announces to screen readers and what self-voicing
 * says. One function for both, so the two never drift apart.
 */
import type { PlayView, ShownLine } from './PlayScreen.tsx';
import { inPicture } from './picture-text.ts';

/** The chapter, a change of place or people, the speaker, the line, Kathy's doubt, the sound and word notes. */
export function lineAnnouncement(view: PlayView, line: ShownLine, captions: boolean): string {
  const caption = captions ? (view.caption ?? null) : null;
  return [
    view.chapterCard ? `${view.chapterCard}.` : null,
    view.placeChanged && view.place ? `${spokenPlace(view)}.` : null,
    view.peopleChanged ? inPicture(view) : null,
    line.speaker ? `${line.speaker}:` : null,
    line.text,
    line.alternative ? '(Kathy is not sure she remembers this right.)' : null,
    caption,
    ...(view.glossary ?? []).map((term) => `Word note: ${term.term}: ${term.meaning}`),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The choices as heard: "Choose. 1: … 2: …". Empty when there are none. */
export function choicesSpoken(choices: PlayView['choices']): string {
  if (choices.length === 0) return '';
  return ['Choose.', ...choices.map((choice, i) => `${i + 1}: ${choice.text}`)].join(' ');
}

export function spokenPlace(view: PlayView): string {
  const seen =
    view.revisit === 'changed'
      ? ', remembered again, knowing more'
      : view.revisit === 'again'
        ? ', remembered again'
        : '';
  return `${view.place}${view.register === 'memory' ? seen || ', remembered' : ''}`;
}
