/**
 * Reading: the text panel, the choices, and the small bar of controls. Input rules:
 * - Any "advance" input (click or tap on the picture or panel, Space, Enter, Right or Down arrow, the ▸ button)
 *   first completes a line still typing, and only a second one moves on.
 * - Choices appear once their line is complete; the first takes focus. Up and Down move between them,
 *   number keys pick one directly, Enter or Space presses the focused one.
 * - Keys pressed on a button are left to the button, so nothing happens twice.
 */
import { useEffect, useRef } from 'preact/hooks';
import { ChoiceList } from './ChoiceList.tsx';
import type { Chrome } from './overlay.tsx';
import { useTypewriter } from './use-typewriter.ts';

export interface ShownLine {
  /** Changes with every new beat, even when the words repeat. */
  readonly id: number;
  readonly text: string;
  readonly speaker: string | null;
}

export interface PlayView {
  readonly screen: 'play';
  readonly line: ShownLine | null;
  readonly choices: readonly { readonly index: number; readonly text: string }[];
  readonly ended: boolean;
  readonly register: 'present' | 'memory';
  /** Where we are, in words: the caption and the text alternative of the picture. */
  readonly place: string | null;
  /** Set when the place or register changed with this line, so it is announced once. */
  readonly placeChanged: boolean;
  /** A calm sentence to show once (a save resumed on a changed story, say). */
  readonly notice: string | null;
  readonly onAdvance: () => void;
  readonly onChoose: (index: number) => void;
  readonly onDismissNotice: () => void;
  readonly onTitle: () => void;
}

interface Props {
  readonly view: PlayView;
  readonly chrome: Chrome;
  readonly textSpeed: number;
  readonly dialogOpen: boolean;
}

export function PlayScreen({ view, chrome, textSpeed, dialogOpen }: Props) {
  const line = view.line ?? { id: -1, text: '', speaker: null };
  const typing = useTypewriter(line.text, line.id, textSpeed);
  const nextButton = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const showChoices = typing.done && view.choices.length > 0;
  const showEnd = typing.done && view.ended;

  const advance = () => {
    if (!typing.done) typing.finish();
    else if (!showChoices && !view.ended) view.onAdvance();
  };

  // Keep focus somewhere useful: on the ▸ button while reading, on "Return to title" at the end.
  useEffect(() => {
    if (showEnd) endButton.current?.focus();
    else if (!showChoices && document.activeElement === document.body) nextButton.current?.focus();
  }, [showEnd, showChoices, line.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialogOpen || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog')) return;
      const key = event.key;
      if (showChoices && /^[1-9]$/.test(key)) {
        const option = view.choices[Number(key) - 1];
        if (option) {
          event.preventDefault();
          view.onChoose(option.index);
        }
        return;
      }
      // On a button, Space and Enter belong to the button.
      if (target?.closest('button, a')) return;
      if (
        key === ' ' ||
        key === 'Enter' ||
        key === 'ArrowRight' ||
        key === 'ArrowDown' ||
        key === 'PageDown'
      ) {
        event.preventDefault();
        advance();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onBackgroundClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('button, a, input, textarea, dialog, .notice')) return;
    advance();
  };

  const chars = Array.from(line.text);
  const announcement = `${view.placeChanged && view.place ? `${view.place}${view.register === 'memory' ? ', remembered' : ''}. ` : ''}${line.speaker ? `${line.speaker}: ` : ''}${line.text}`;

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking the picture is a pointer shortcut; keys (Space, Enter, the ▸ button) are handled on the window.
    <main class="play" aria-label="Story" onClick={onBackgroundClick}>
      {view.place && (
        <p class="place-caption">
          {view.register === 'memory' ? 'Remembered · ' : ''}
          {view.place}
        </p>
      )}
      <nav class="play-bar" aria-label="Game">
        <button type="button" class="bar-button" onClick={chrome.openAbout}>
          About
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
        <button type="button" class="bar-button" onClick={view.onTitle}>
          Title
        </button>
      </nav>
      {view.notice && (
        <div class="notice" role="status">
          <span>{view.notice}</span>
          <button type="button" class="bar-button" onClick={view.onDismissNotice}>
            OK
          </button>
        </div>
      )}
      <section class="text-panel" data-register={view.register} aria-label="Text">
        <p class="sr-only" aria-live="polite" aria-atomic="true">
          {view.line ? announcement : ''}
        </p>
        <div aria-hidden="true">
          {line.speaker && <p class="speaker">{line.speaker}</p>}
          <p class="line">
            {chars.slice(0, typing.shown).join('')}
            <span class="untyped">{chars.slice(typing.shown).join('')}</span>
          </p>
        </div>
        {showChoices && <ChoiceList choices={view.choices} onChoose={view.onChoose} />}
        {showEnd && (
          <>
            <p class="the-end">The end of this part of the story.</p>
            <button type="button" class="menu-button" ref={endButton} onClick={view.onTitle}>
              Return to the title
            </button>
          </>
        )}
        {!showChoices && !showEnd && (
          <button
            type="button"
            class="next-button"
            ref={nextButton}
            aria-label={typing.done ? 'Next line' : 'Show the whole line'}
            onClick={advance}
          >
            ▸
          </button>
        )}
      </section>
    </main>
  );
}
