import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Chrome } from './overlay.tsx';

export interface TitleView {
  readonly screen: 'title';
  /** Shown only when there is a saved game to go back to. */
  readonly canContinue: boolean;
  /** A calm sentence when something went wrong (a save that could not be read, say). */
  readonly problem: string | null;
  readonly onNew: () => void;
  readonly onContinue: () => void;
}

export function TitleScreen({ view, chrome }: { view: TitleView; chrome: Chrome }) {
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <main class="title-screen" aria-labelledby="game-title">
      <header>
        <h1 id="game-title">Lost Corner</h1>
        <p class="subtitle">A life remembered out of order</p>
      </header>
      <nav aria-label="Title menu">
        <ul>
          {view.canContinue && (
            <li>
              <button type="button" class="menu-button" ref={first} onClick={view.onContinue}>
                Continue
              </button>
            </li>
          )}
          <li>
            <button
              type="button"
              class="menu-button"
              ref={view.canContinue ? undefined : first}
              onClick={view.onNew}
            >
              New game
            </button>
          </li>
          <li>
            <button type="button" class="menu-button" onClick={chrome.openAbout}>
              About this adaptation
            </button>
          </li>
        </ul>
      </nav>
      {view.problem && (
        <p class="problem" role="status">
          {view.problem}
        </p>
      )}
      <p class="fine-print">
        An unofficial, educational adaptation of the plot of Kazuo Ishiguro’s novel{' '}
        <cite>Never Let Me Go</cite>, written in new words. Nothing you do here leaves this device.
      </p>
    </main>
  );
}
