/**
 * Reading: the text panel, the choices, and the small bar of controls. Input rules:
 * - Any "advance" input (click or tap on the picture or panel, Space, Enter, Right or Down arrow, the ▸ button)
 *   first completes a line still typing, and only a second one moves on.
 * - Choices appear once their line is complete; the first takes focus. Up and Down move between them,
 *   number keys pick one directly, Enter or Space presses the focused one.
 * - C opens the chest, M the memory map, H the history. Keys pressed on a button are left to the button.
 */
import { useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history.ts';
import { HistoryDialog } from './HistoryDialog.tsx';
import type { Chrome } from './overlay.tsx';
import { TextPanel } from './TextPanel.tsx';
import { useTypewriter } from './use-typewriter.ts';
import { useWindowKeys } from './use-window-keys.ts';
import { WriterPanel, type WriterTools } from './WriterPanel.tsx';

export interface ShownLine {
  /** Changes with every new beat, even when the words repeat. */
  readonly id: number;
  readonly text: string;
  readonly speaker: string | null;
  /** The other way Kathy might remember this line, when she is unsure of it. */
  readonly alternative: string | null;
}

export interface PlayView {
  readonly screen: 'play';
  readonly line: ShownLine | null;
  readonly choices: readonly { readonly index: number; readonly text: string }[];
  /** The story itself has ended. */
  readonly ended: boolean;
  /** A memory opened from the chest ('recall') or replayed from the map ('replay') has ended. */
  readonly memoryEnd: 'recall' | 'replay' | null;
  /** A replay from the map: nothing done here is kept. */
  readonly replay: boolean;
  readonly register: 'present' | 'memory';
  /** Set while a memory is seen again; 'changed' when something learnt since changes it. */
  readonly revisit: 'again' | 'changed' | null;
  /** Where we are, in words: the caption and the text alternative of the picture. */
  readonly place: string | null;
  /** Set when the place or register changed with this line, so it is announced once. */
  readonly placeChanged: boolean;
  /** A calm sentence to show once (a save resumed on a changed story, say). */
  readonly notice: string | null;
  readonly chest: { readonly available: boolean; readonly count: number; readonly somethingNew: number };
  readonly mapAvailable: boolean;
  readonly history: () => readonly HistoryEntry[];
  /** Development builds only: the writer's panel (jump to a knot, see the variables). */
  readonly writer: WriterTools | null;
  readonly onAdvance: () => void;
  readonly onChoose: (index: number) => void;
  readonly onDismissNotice: () => void;
  readonly onTitle: () => void;
  readonly onChest: () => void;
  readonly onMap: () => void;
  readonly onBack: (to: 'chest' | 'drive' | 'map') => void;
}

interface Props {
  readonly view: PlayView;
  readonly chrome: Chrome;
  readonly textSpeed: number;
  readonly dialogOpen: boolean;
}

export function PlayScreen({ view, chrome, textSpeed, dialogOpen }: Props) {
  const line = view.line ?? { id: -1, text: '', speaker: null, alternative: null };
  const typing = useTypewriter(line.text, line.id, textSpeed);
  const [historyOpen, setHistoryOpen] = useState(false);
  const paused = typing.done && (view.choices.length > 0 || view.ended || view.memoryEnd !== null);

  const advance = () => {
    if (!typing.done) typing.finish();
    else if (!paused) view.onAdvance();
  };

  useWindowKeys((event) => {
    if (dialogOpen || historyOpen || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, dialog')) return;
    const key = event.key;
    const choosing = typing.done && view.choices.length > 0;
    if (choosing && /^[1-9]$/.test(key)) {
      const option = view.choices[Number(key) - 1];
      if (option) {
        event.preventDefault();
        view.onChoose(option.index);
      }
      return;
    }
    const shortcut = { c: view.chest.available && view.onChest, m: view.mapAvailable && view.onMap }[
      key.toLowerCase()
    ];
    if (shortcut) {
      event.preventDefault();
      shortcut();
      return;
    }
    if (key.toLowerCase() === 'h') {
      event.preventDefault();
      setHistoryOpen(true);
      return;
    }
    // On a button, Space and Enter belong to the button.
    if (target?.closest('button, a')) return;
    if (key === ' ' || key === 'Enter' || key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown') {
      event.preventDefault();
      advance();
    }
  });

  const onBackgroundClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('button, a, input, textarea, dialog, .notice, .alternative')) return;
    advance();
  };

  const caption = view.place && captionFor(view);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking the picture is a pointer shortcut; keys (Space, Enter, the ▸ button) are handled on the window.
    <main class="play" aria-label="Story" onClick={onBackgroundClick}>
      {caption && <p class="place-caption">{caption}</p>}
      <nav class="play-bar" aria-label="Game">
        {view.chest.available && (
          <button type="button" class="bar-button" aria-keyshortcuts="C" onClick={view.onChest}>
            Chest{view.chest.somethingNew > 0 && <span class="badge"> ✦ {view.chest.somethingNew} new</span>}
          </button>
        )}
        {view.mapAvailable && (
          <button type="button" class="bar-button" aria-keyshortcuts="M" onClick={view.onMap}>
            Map
          </button>
        )}
        <button type="button" class="bar-button" aria-keyshortcuts="H" onClick={() => setHistoryOpen(true)}>
          History
        </button>
        <button
          type="button"
          class="bar-button"
          aria-pressed={chrome.sound.muted()}
          onClick={() => {
            chrome.sound.setMuted(!chrome.sound.muted());
            chrome.redraw();
          }}
        >
          {chrome.sound.muted() ? 'Sound off' : 'Sound on'}
        </button>
        <button type="button" class="bar-button" onClick={chrome.openAbout}>
          About
        </button>
        <button type="button" class="bar-button" onClick={view.onTitle}>
          Title
        </button>
      </nav>
      {view.replay && (
        <p class="replay-banner" role="status">
          A replay from the map: nothing you do here changes your story.
        </p>
      )}
      {view.notice && (
        <div class="notice" role="status">
          <span>{view.notice}</span>
          <button type="button" class="bar-button" onClick={view.onDismissNotice}>
            OK
          </button>
        </div>
      )}
      <TextPanel view={view} line={line} typing={typing} onAdvance={advance} />
      {view.writer && <WriterPanel tools={view.writer} />}
      <HistoryDialog
        open={historyOpen}
        entries={historyOpen ? view.history() : []}
        onClose={() => setHistoryOpen(false)}
      />
    </main>
  );
}

/** "Remembered · Hailsham: a dormitory · seen again, knowing more". */
export function captionFor(view: Pick<PlayView, 'place' | 'register' | 'revisit'>): string {
  const parts = [view.register === 'memory' ? 'Remembered' : null, view.place];
  if (view.revisit === 'again') parts.push('seen again');
  if (view.revisit === 'changed') parts.push('seen again, knowing more');
  return parts.filter(Boolean).join(' · ');
}
