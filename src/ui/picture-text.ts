/**
 * The picture in words: the caption over it, and the text alternative a screen reader hears in its place (where
 * we are, who is there, what is held up close).
 */
import type { PlayView } from './PlayScreen.tsx';

/** The rest of the picture's text alternative: "In the picture: Ruth and Tommy. Up close: A cassette." */
export function inPicture(view: Pick<PlayView, 'people' | 'closeUp'>): string | null {
  const parts = [
    view.people ? `In the picture: ${view.people}.` : null,
    view.closeUp ? `Up close: ${view.closeUp}.` : null,
  ];
  return parts.filter(Boolean).join(' ') || null;
}

/** "Remembered · Hailsham: a dormitory · seen again, knowing more". */
export function captionFor(view: Pick<PlayView, 'place' | 'register' | 'revisit'>): string {
  const parts = [view.register === 'memory' ? 'Remembered' : null, view.place];
  if (view.revisit === 'again') parts.push('seen again');
  if (view.revisit === 'changed') parts.push('seen again, knowing more');
  return parts.filter(Boolean).join(' · ');
}
