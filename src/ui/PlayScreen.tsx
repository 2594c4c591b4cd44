/**
 * Reading: the text panel, the choices, and the bar of controls. Input rules (all listed on the help screen):
 * - Any "advance" input (click or tap on the picture or panel, Space, Enter, Right or Down arrow, Page Down, the
 *   ▸ button, wheel down) first completes a line still typing, and only a second one moves on.
 * - Choices appear once their line is complete; the first takes focus. Up and Down move between them,
 *   number keys pick one directly, Enter or Space presses the focused one.
 * - Left, Page Up or wheel up over the picture step back; wheel up over the text opens the history.
 * - Letter keys open things (C chest, M map, H history, S save, L load, O settings, ? help), toggle skip (K)
 *   and auto-advance (A), or hide the interface (V); F5 and F9 quick save and load. These are the defaults: the
 *   player can change every one (core/keys.ts). Keys pressed on a button are left to the button, and keys go to
 *   a dialog while one is open.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history.ts';
import { actionFor, type KeyAction } from '../core/keys.ts';
import type { Settings } from '../core/settings.ts';
import { ChapterCard } from './ChapterCard.tsx';
import { HistoryDialog } from './HistoryDialog.tsx';
import type { Chrome, SavesAccess } from './overlay.tsx';
import { PlayBar } from './PlayBar.tsx';
import { captionFor, inPicture } from './picture-text.ts';
import { ReflectionStop, type ReflectionStopView } from './ReflectionStop.tsx';
import { TextPanel } from './TextPanel.tsx';
import { useReadingModes } from './use-reading-modes.ts';
import { useSelfVoicing } from './use-self-voicing.ts';
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
  /** Read before, in this or any earlier playthrough: skipping may pass over it. */
  readonly read: boolean;
  /** Shown whole at once, not typed (a line stepped back to). */
  readonly instant: boolean;
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
  /** Who is in the picture, in words ("Ruth and Tommy"); null when nobody is. */
  readonly people?: string | null;
  /** The keepsake held up close in the picture, by its name in the chest. */
  readonly closeUp?: string | null;
  /** Set when the people or the keepsake up close changed with this line, so they are announced once. */
  readonly peopleChanged?: boolean;
  /** The chapter this line opens ("Part Two: the Cottages"), shown as a card over the picture while it is read. */
  readonly chapterCard?: string | null;
  /**
   * What this line makes heard, in words ("[footsteps on gravel]"): its one-shot sound, else a change of ambience
   * or music with it. Shown only when the player turns on captions for sounds.
   */
  readonly caption?: string | null;
  /** A calm sentence to show once (a save resumed on a changed story, say). */
  readonly notice: string | null;
  /** The notice is about storage refusing a save: it offers the journal, so the player can save a copy. */
  readonly noticeOffersJournal?: boolean;
  /** A reflection stop, open over the story (classroom mode). */
  readonly reflection?: ReflectionStopView | null;
  /** Coined words this line uses for the first time, explained (when the glossary is on). */
  readonly glossary?: readonly { readonly id: string; readonly term: string; readonly meaning: string }[];
  /** The teacher's note when the story has reached the class fence: the story waits here. */
  readonly fence?: string | null;
  readonly chest: { readonly available: boolean; readonly count: number; readonly somethingNew: number };
  readonly mapAvailable: boolean;
  readonly history: () => readonly HistoryEntry[];
  /** Development builds only: the writer's panel (jump to a knot, see the variables). */
  readonly writer: WriterTools | null;
  readonly saves: SavesAccess;
  readonly onAdvance: () => void;
  readonly onChoose: (index: number) => void;
  /** Steps back one line or choice; null when there is nothing to go back to. */
  readonly onRollback: (() => void) | null;
  readonly onQuickSave: () => void;
  readonly onQuickLoad: () => void;
  readonly onDismissNotice: () => void;
  readonly onTitle: () => void;
  readonly onChest: () => void;
  readonly onMap: () => void;
  readonly onBack: (to: 'chest' | 'drive' | 'map') => void;
}

interface Props {
  readonly view: PlayView;
  readonly chrome: Chrome;
  readonly settings: Settings;
}

export function PlayScreen({ view, chrome, settings }: Props) {
  const line = view.line ?? {
    id: -1,
    text: '',
    speaker: null,
    alternative: null,
    read: false,
    instant: true,
  };
  const [historyOpen, setHistoryOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const [hidden, setHidden] = useState(false);
  const [skipping, setSkipping] = useState(false);
  const wheel = useRef({ sum: 0, at: 0 });
  const fenceHeading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (view.fence) fenceHeading.current?.focus();
  }, [view.fence]);
  const typing = useTypewriter(
    line.text,
    line.id,
    skipping || line.instant ? Number.POSITIVE_INFINITY : settings.textSpeed,
  );
  const paused = typing.done && (view.choices.length > 0 || view.ended || view.memoryEnd !== null);
  const busy = chrome.dialogOpen() || historyOpen || menuOpen || hidden || Boolean(view.reflection);

  const advance = () => {
    if (!typing.done) typing.finish();
    else if (!paused) view.onAdvance();
  };
  const toggleAuto = () => chrome.settings.set({ ...settings, autoAdvance: !settings.autoAdvance });
  const voiced = useSelfVoicing(chrome.voice, view, line, settings);
  const modes = useReadingModes({
    view,
    line,
    typing,
    settings,
    skipping,
    setSkipping,
    busy,
    paused,
    speaking: !voiced,
  });

  const actions: Readonly<Record<Exclude<KeyAction, 'advance'>, (() => void) | false | null>> = {
    chest: view.chest.available && view.onChest,
    map: view.mapAvailable && view.onMap,
    history: () => setHistoryOpen(true),
    save: () => chrome.openSaves('save'),
    load: () => chrome.openSaves('load'),
    settings: chrome.openSettings,
    journal: chrome.openJournal,
    help: chrome.openHelp,
    fullscreen: chrome.fullscreen.available() && chrome.fullscreen.toggle,
    skip: () => setSkipping(!skipping),
    auto: toggleAuto,
    hide: () => setHidden(true),
    quickSave: view.onQuickSave,
    quickLoad: view.onQuickLoad,
    back: view.onRollback,
  };

  useWindowKeys((event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (hidden) {
      event.preventDefault();
      setHidden(false);
      return;
    }
    // History and the menu are shut the moment Escape closes them; their state follows a moment later.
    const ownDialogOpen = (historyOpen || menuOpen) && document.querySelector('#ui dialog[open]') !== null;
    if (chrome.dialogOpen() || ownDialogOpen || view.reflection) return;
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
    const action = actionFor(settings.keys, key);
    if (action === null) return;
    // On a button, Space and Enter belong to the button, whatever the player gave them to.
    if (target?.closest('button, a') && (key === ' ' || key === 'Enter')) return;
    if (action === 'advance') {
      if (target?.closest('button, a')) return;
      event.preventDefault();
      setSkipping(false);
      advance();
      return;
    }
    const run = actions[action];
    if (!run) return;
    event.preventDefault();
    if (action !== 'skip') setSkipping(false);
    run();
  });

  const onBackgroundClick = (event: MouseEvent) => {
    if (hidden) {
      setHidden(false);
      return;
    }
    const target = event.target as HTMLElement | null;
    if (target?.closest('button, a, input, textarea, dialog, .notice, .alternative')) return;
    setSkipping(false);
    advance();
  };

  /** One step per notch, however finely a trackpad reports it. */
  const onWheel = (event: WheelEvent) => {
    if (busy || (event.target as HTMLElement | null)?.closest('dialog, .writer-panel')) return;
    const w = wheel.current;
    w.sum += event.deltaY;
    if (Math.abs(w.sum) < 40 || event.timeStamp - w.at < 180) return;
    const up = w.sum < 0;
    w.sum = 0;
    w.at = event.timeStamp;
    setSkipping(false);
    if (!up) advance();
    else if ((event.target as HTMLElement | null)?.closest('.text-panel')) setHistoryOpen(true);
    else view.onRollback?.();
  };

  const caption = view.place && captionFor(view);

  if (hidden) {
    return (
      // biome-ignore lint/a11y/useKeyWithClickEvents: any key brings the interface back (handled on the window).
      <main class="play play-hidden" aria-label="Story" onClick={onBackgroundClick}>
        <p class="sr-only" role="status">
          The interface is hidden so you can look at the picture{caption ? ` (${caption})` : ''}. Press any
          key or click to bring it back.
        </p>
      </main>
    );
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking the picture is a pointer shortcut; keys (Space, Enter, the ▸ button) are handled on the window.
    <main class="play" aria-label="Story" onClick={onBackgroundClick} onWheel={onWheel}>
      {caption && (
        <p class="place-caption">
          <span class="place-name">{caption}</span>
          {inPicture(view) && <span class="sr-only"> ({inPicture(view)})</span>}
        </p>
      )}
      {view.chapterCard && <ChapterCard key={view.line?.id} title={view.chapterCard} />}
      <PlayBar
        view={view}
        chrome={chrome}
        settings={settings}
        skipping={skipping}
        menuOpen={menuOpen}
        onSkip={() => setSkipping(!skipping)}
        onAuto={toggleAuto}
        onHistory={() => setHistoryOpen(true)}
        onHide={() => setHidden(true)}
        onMenu={setMenuOpen}
      />
      {view.replay && (
        <p class="replay-banner" role="status">
          A replay from the map: nothing you do here changes your story.
        </p>
      )}
      {(view.notice || modes.status) && (
        <div class="notice" role="status">
          <span>{modes.status ?? view.notice}</span>
          {!modes.status && view.noticeOffersJournal && (
            <button type="button" class="bar-button" onClick={chrome.openJournal}>
              Save my journal
            </button>
          )}
          {!modes.status && (
            <button type="button" class="bar-button" onClick={view.onDismissNotice}>
              OK
            </button>
          )}
        </div>
      )}
      {view.fence ? (
        <section class="text-panel fence-panel" aria-labelledby="fence-title">
          {/* Focused when the story stops here, so a screen reader says at once why nothing moves on. */}
          <h2 id="fence-title" class="fence-title" tabIndex={-1} ref={fenceHeading}>
            Your class stops here for now
          </h2>
          <p class="line">{view.fence}</p>
          <p class="fence-kept">
            Your place is saved. When your teacher opens the next part, continue from the title.
          </p>
          <button type="button" class="menu-button" onClick={view.onTitle}>
            Return to the title
          </button>
        </section>
      ) : (
        <TextPanel
          view={view}
          line={line}
          typing={typing}
          onAdvance={advance}
          captions={settings.captions}
          onJournal={chrome.openJournal}
        />
      )}
      {view.reflection && <ReflectionStop stop={view.reflection} />}
      {view.writer && <WriterPanel tools={view.writer} />}
      <HistoryDialog
        open={historyOpen}
        entries={historyOpen ? view.history() : []}
        onClose={() => setHistoryOpen(false)}
      />
    </main>
  );
}
