/**
 * The DOM layer over the canvas: every word to read and every control to press. Scenes describe what to show
 * as a `View` (plain data plus callbacks) and call `show`; this renders it with Preact. It holds no story logic.
 */
import { render } from 'preact';
import { AboutDialog } from './AboutDialog.tsx';
import { ChestScreen, type ChestView } from './ChestScreen.tsx';
import { LoadingScreen } from './LoadingScreen.tsx';
import { MapScreen, type MapView } from './MapScreen.tsx';
import { PlayScreen, type PlayView } from './PlayScreen.tsx';
import { TitleScreen, type TitleView } from './TitleScreen.tsx';
import './styles.css';

export type { ChestItem, ChestView } from './ChestScreen.tsx';
export type { MapMemory, MapRecall, MapView } from './MapScreen.tsx';
export type { PlayView } from './PlayScreen.tsx';
export type { TitleView } from './TitleScreen.tsx';

export type View = { screen: 'loading'; progress: number } | TitleView | PlayView | ChestView | MapView;

export interface SoundControl {
  readonly muted: () => boolean;
  readonly setMuted: (muted: boolean) => void;
}

export interface OverlayOptions {
  readonly sound: SoundControl;
  /** Characters per second for the typewriter; Infinity for instant text. */
  readonly textSpeed: number;
}

export interface Overlay {
  show(view: View): void;
}

export function createOverlay(root: HTMLElement, options: OverlayOptions): Overlay {
  let view: View = { screen: 'loading', progress: 0 };
  let aboutOpen = false;

  const redraw = () => {
    const chrome = {
      sound: options.sound,
      openAbout: () => {
        aboutOpen = true;
        redraw();
      },
      redraw,
    };
    render(
      <>
        {view.screen === 'loading' && <LoadingScreen progress={view.progress} />}
        {view.screen === 'title' && <TitleScreen view={view} chrome={chrome} />}
        {view.screen === 'play' && (
          <PlayScreen view={view} chrome={chrome} textSpeed={options.textSpeed} dialogOpen={aboutOpen} />
        )}
        {view.screen === 'chest' && <ChestScreen view={view} />}
        {view.screen === 'map' && <MapScreen view={view} />}
        <AboutDialog
          open={aboutOpen}
          onClose={() => {
            aboutOpen = false;
            redraw();
          }}
        />
      </>,
      root,
    );
  };

  redraw();
  return {
    show(next) {
      view = next;
      redraw();
    },
  };
}

/** What every screen gets besides its view: shared controls that are not story. */
export interface Chrome {
  readonly sound: SoundControl;
  readonly openAbout: () => void;
  /** Re-renders after a change to shared state (sound muted, say). */
  readonly redraw: () => void;
}
