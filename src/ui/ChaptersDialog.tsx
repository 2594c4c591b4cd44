/**
 * Chapters: the parts in story order, each with its named scenes under it. A chapter reached in any reading can
 * be opened (a new reading starts there); one not reached yet is listed, quietly, but is not a button.
 */
import { DialogHeader, useModalDialog } from './dialog-parts.tsx';
import './dialogs.css';

export interface ChapterView {
  readonly id: string;
  readonly kind: 'part' | 'beat' | 'perspective';
  readonly title: string;
  readonly book: string;
  /** Whether it can be opened now (reached, or opened by a class setup, and inside any class fence). */
  readonly reached: boolean;
  /** Why it cannot be opened, when a class setup closes it (the teacher's fence note, say). */
  readonly note?: string | null;
}

export interface ChaptersDialogProps {
  readonly open: boolean;
  readonly chapters: readonly ChapterView[];
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

interface PartGroup {
  readonly part: ChapterView | null;
  readonly beats: ChapterView[];
}

/** The chapters in story order, each beat under the part before it (a beat before any part stands alone). */
export function groupChapters(chapters: readonly ChapterView[]): PartGroup[] {
  const groups: PartGroup[] = [];
  for (const chapter of chapters.filter((c) => c.kind !== 'perspective')) {
    const last = groups[groups.length - 1];
    if (chapter.kind === 'part') groups.push({ part: chapter, beats: [] });
    else if (last) last.beats.push(chapter);
    else groups.push({ part: null, beats: [chapter] });
  }
  return groups;
}

export function ChaptersDialog({ open, chapters, onOpen, onClose }: ChaptersDialogProps) {
  const dialog = useModalDialog(open);
  const firstReached = chapters.find((c) => c.reached)?.id;
  const entry = (chapter: ChapterView) => (
    <ChapterEntry
      chapter={chapter}
      autofocus={chapter.id === firstReached}
      onOpen={() => onOpen(chapter.id)}
    />
  );

  return (
    <dialog
      ref={dialog}
      class="panel-dialog chapters-dialog"
      aria-labelledby="chapters-title"
      onClose={onClose}
    >
      <DialogHeader id="chapters-title" title="Chapters" />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area with nothing focusable must take focus itself, or keyboards cannot scroll it. */}
      <section class="dialog-body" tabIndex={0} aria-label="Chapter list">
        <p class="dialog-note">
          Open a part, or one of the three named scenes on its own. A chapter opened here starts a new
          reading; your saves are kept.
        </p>
        <ol class="chapter-list">
          {groupChapters(chapters).map((group) => (
            <li key={group.part?.id ?? group.beats[0]?.id}>
              {group.part && entry(group.part)}
              {group.beats.length > 0 && (
                <ol class="chapter-beats">
                  {group.beats.map((beat) => (
                    <li key={beat.id}>{entry(beat)}</li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
        {chapters.some((c) => c.kind === 'perspective') && (
          <>
            <h3 class="chapter-imagined-title">Imagined, not in the novel</h3>
            <p class="dialog-note">
              Short scenes seen from inside Ruth, Tommy or Madame, in our own words. Each opens once its scene
              has been reached.
            </p>
            <ul class="chapter-beats chapter-imagined">
              {chapters
                .filter((c) => c.kind === 'perspective')
                .map((chapter) => (
                  <li key={chapter.id}>{entry(chapter)}</li>
                ))}
            </ul>
          </>
        )}
      </section>
    </dialog>
  );
}

function ChapterEntry({
  chapter,
  autofocus,
  onOpen,
}: {
  chapter: ChapterView;
  autofocus: boolean;
  onOpen: () => void;
}) {
  const bookId = `chapter-book-${chapter.id}`;
  const kind = chapter.kind === 'part' ? 'chapter-part' : 'chapter-beat';
  if (!chapter.reached)
    return (
      <div class={`chapter-entry chapter-unreached ${kind}`}>
        <span class="chapter-title">{chapter.title}</span>
        <span class="chapter-book">{chapter.note ?? 'Not reached yet'}</span>
      </div>
    );
  return (
    <button
      type="button"
      class={`chapter-entry chapter-open ${kind}`}
      aria-label={`Open ${chapter.title}`}
      aria-describedby={bookId}
      data-autofocus={autofocus || undefined}
      onClick={onOpen}
    >
      <span class="chapter-title">{chapter.title}</span>
      <span class="chapter-book" id={bookId}>
        Book: {chapter.book}
      </span>
    </button>
  );
}
