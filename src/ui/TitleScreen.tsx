import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { GENERAL_NOTE } from '../core/content-notes.ts';
import { ChaptersDialog, type ChapterView } from './ChaptersDialog.tsx';
import type { Chrome, SavesAccess } from './overlay.tsx';
import { WelcomeComfort } from './WelcomeComfort.tsx';

export interface TitleView {
  readonly screen: 'title';
  /** Shown only when there is a saved game to go back to. */
  readonly canContinue: boolean;
  /** A calm sentence when something went wrong (a save that could not be read, say). */
  readonly problem: string | null;
  /** Where the game's things are (not) kept, when the player needs telling (see StorageNote). */
  readonly storage: StorageNote | null;
  /** Every chapter and perspective replay, each marked whether it opens now (asked when the list opens). */
  readonly chapters: () => readonly ChapterView[];
  readonly saves: SavesAccess;
  readonly onNew: () => void;
  readonly onContinue: () => void;
  readonly onOpenChapter: (id: string) => void;
}

/** `refused`: the browser keeps nothing; `embedded`: inside another site, with nothing saved here yet. */
export type StorageNote = 'refused' | 'embedded';

const STORAGE_WORDS: Record<StorageNote, string> = {
  refused:
    'This browser is not letting the game keep anything, so progress lasts only while this tab is open. Before you close it, save your journal as a file.',
  embedded:
    'No saved game here yet. This game is inside another site’s page, and your browser keeps what you do here apart from the game opened at its own address. If you played it there, your game is still there; your journal can come here as a file (Journal, then “Open a journal saved as JSON”).',
};

export function TitleScreen({ view, chrome }: { view: TitleView; chrome: Chrome }) {
  const first = useRef<HTMLButtonElement>(null);
  const [chaptersOpen, setChaptersOpen] = useState(false);
  useLayoutEffect(() => first.current?.focus(), []);
  const items: readonly (readonly [string, () => void, boolean?])[] = [
    ...(view.canContinue ? [['Continue', view.onContinue, true] as const] : []),
    ['New game', view.onNew, !view.canContinue],
    ['Load', () => chrome.openSaves('load')],
    ['Chapters', () => setChaptersOpen(true)],
    ['Settings', chrome.openSettings],
  ];
  // Quieter, on one line under the menu: what a class, a teacher or a curious reader looks for.
  const more: readonly (readonly [string, () => void])[] = [
    ['Journal', chrome.openJournal],
    ['Teacher setup', chrome.openSetup],
    ['Keys and controls', chrome.openHelp],
    ['About this adaptation', chrome.openAbout],
  ];
  return (
    <main class="title-screen" aria-labelledby="game-title">
      <header>
        <h1 id="game-title">Lost Corner</h1>
        <p class="subtitle">A life remembered out of order</p>
      </header>
      <nav aria-label="Title menu">
        <ul>
          {items.map(([label, action, focus]) => (
            <li key={label}>
              <button type="button" class="menu-button" ref={focus ? first : undefined} onClick={action}>
                {label}
              </button>
            </li>
          ))}
        </ul>
        <ul class="title-more">
          {more.map(([label, action]) => (
            <li key={label}>
              <button type="button" class="bar-button" onClick={action}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {!chrome.settings.get().welcomed && <WelcomeComfort chrome={chrome} />}
      {chrome.classroomNotice() && (
        <div class="notice title-notice" role="status">
          <span>{chrome.classroomNotice()}</span>
          <button type="button" class="bar-button" onClick={chrome.dismissClassroomNotice}>
            OK
          </button>
        </div>
      )}
      {view.storage && (
        <div class="notice title-notice" role="status">
          <span>{STORAGE_WORDS[view.storage]}</span>
          <button type="button" class="bar-button" onClick={chrome.openJournal}>
            {view.storage === 'refused' ? 'Save my journal' : 'Journal'}
          </button>
        </div>
      )}
      {view.problem && (
        <p class="problem" role="status">
          {view.problem}
        </p>
      )}
      <aside class="content-note" aria-labelledby="content-note-title">
        <h2 id="content-note-title">Content note</h2>
        <p>{GENERAL_NOTE}</p>
      </aside>
      <p class="fine-print">
        An unofficial, educational adaptation of the plot of Kazuo Ishiguro’s novel{' '}
        <cite>Never Let Me Go</cite>, written in new words. Nothing you do here leaves this device.
      </p>
      <ChaptersDialog
        open={chaptersOpen}
        chapters={chaptersOpen ? view.chapters() : []}
        onOpen={(id) => {
          setChaptersOpen(false);
          view.onOpenChapter(id);
        }}
        onClose={() => setChaptersOpen(false)}
      />
    </main>
  );
}
