/**
 * The panel of words: the speaker, the line as it types, Kathy's doubt about it when she has one, and what
 * comes after the line: choices, the way back from a memory, or the end.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ChoiceList } from './ChoiceList.tsx';
import { lineAnnouncement } from './line-words.ts';
import type { PlayView, ShownLine } from './PlayScreen.tsx';
import type { Typewriter } from './use-typewriter.ts';

interface Props {
  readonly view: PlayView;
  readonly line: ShownLine;
  readonly typing: Typewriter;
  readonly onAdvance: () => void;
  /** The player's "Captions for sounds": show (and announce) what the line makes heard. */
  readonly captions: boolean;
  /** Opens the journal, where the readings taken sit beside the ones not taken (offered at the end). */
  readonly onJournal?: () => void;
}

export function TextPanel({ view, line, typing, onAdvance, captions, onJournal }: Props) {
  const [doubting, setDoubting] = useState<number | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const afterwards = useRef<HTMLDivElement>(null);
  const showChoices = typing.done && view.choices.length > 0;
  const showEnd = typing.done && view.ended;
  const showMemoryEnd = typing.done && view.memoryEnd !== null;
  const reading = !showChoices && !showEnd && !showMemoryEnd;
  const doubtOpen = doubting === line.id && line.alternative !== null;

  // Keep focus somewhere useful: on the first way on at the end of a memory or the story, else on ▸.
  useLayoutEffect(() => {
    if (showEnd || showMemoryEnd) afterwards.current?.querySelector('button')?.focus();
    else if (reading && document.activeElement === document.body) nextButton.current?.focus();
  }, [showEnd, showMemoryEnd, reading, line.id]);

  const chars = Array.from(line.text);
  const caption = captions ? (view.caption ?? null) : null;
  const announcement = lineAnnouncement(view, line, captions);

  return (
    <section class="text-panel" data-register={view.register} aria-label="Text">
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {view.line ? announcement : ''}
      </p>
      <div aria-hidden="true">
        {caption && <p class="sound-caption">{caption}</p>}
        {line.speaker && <p class="speaker">{line.speaker}</p>}
        <p class={line.alternative ? 'line uncertain' : 'line'}>
          {chars.slice(0, typing.shown).join('')}
          <span class="untyped">{chars.slice(typing.shown).join('')}</span>
          {line.alternative && typing.done && (
            <span class="doubt-mark" title="Kathy is not sure of this">
              {' '}
              ≈
            </span>
          )}
        </p>
      </div>
      {line.alternative && typing.done && (
        <div class="alternative">
          <button
            type="button"
            class="doubt-button"
            aria-expanded={doubtOpen}
            aria-controls="alternative-text"
            onClick={() => setDoubting(doubtOpen ? null : line.id)}
          >
            ≈ I might have this wrong
          </button>
          {doubtOpen && (
            <p id="alternative-text" class="alternative-text">
              Or perhaps: {line.alternative}
            </p>
          )}
        </div>
      )}
      {typing.done && view.glossary && view.glossary.length > 0 && (
        <aside class="glossary-notes" aria-label="Word notes">
          <dl>
            {view.glossary.map((term) => (
              <div key={term.id}>
                <dt>{term.term}</dt>
                <dd>{term.meaning}</dd>
              </div>
            ))}
          </dl>
        </aside>
      )}
      {showChoices && <ChoiceList choices={view.choices} onChoose={view.onChoose} />}
      {showMemoryEnd && (
        <div class="afterwards" ref={afterwards}>
          <p class="the-end">{view.memoryEnd === 'replay' ? 'The replay ends here.' : 'The memory fades.'}</p>
          <div class="button-row">
            <button
              type="button"
              class="menu-button"
              onClick={() => view.onBack(view.memoryEnd === 'replay' ? 'map' : 'chest')}
            >
              {view.memoryEnd === 'replay' ? 'Back to the map' : 'Back to the chest'}
            </button>
            <button type="button" class="menu-button" onClick={() => view.onBack('drive')}>
              Back to the drive
            </button>
          </div>
        </div>
      )}
      {showEnd && (
        <div class="afterwards" ref={afterwards}>
          <p class="the-end">The end of this part of the story.</p>
          <div class="button-row">
            <button type="button" class="menu-button" onClick={view.onTitle}>
              Return to the title
            </button>
            {onJournal && (
              <button type="button" class="menu-button" onClick={onJournal}>
                Compare your readings
              </button>
            )}
          </div>
        </div>
      )}
      {reading && (
        <button
          type="button"
          class="next-button"
          ref={nextButton}
          aria-label={typing.done ? 'Next line' : 'Show the whole line'}
          onClick={onAdvance}
        >
          ▸
        </button>
      )}
    </section>
  );
}
