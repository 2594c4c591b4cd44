/**
 * The controls over the picture while reading: the chest and map when there is something in them, then step
 * back, history, skip and auto (each showing whether it is on), and a menu with everything else. On a phone this
 * is the visible menu a touch player needs; every item also has a key (see the help screen).
 */
import type { Settings } from '../core/settings.ts';
import { useModalDialog } from './dialog-parts.tsx';
import type { Chrome } from './overlay.tsx';
import type { PlayView } from './PlayScreen.tsx';

interface Props {
  readonly view: PlayView;
  readonly chrome: Chrome;
  readonly settings: Settings;
  readonly skipping: boolean;
  readonly menuOpen: boolean;
  readonly onSkip: () => void;
  readonly onAuto: () => void;
  readonly onHistory: () => void;
  readonly onHide: () => void;
  readonly onMenu: (open: boolean) => void;
}

export function PlayBar(props: Props) {
  const { view, chrome, settings } = props;
  return (
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
      <button
        type="button"
        class="bar-button"
        aria-keyshortcuts="ArrowLeft"
        disabled={!view.onRollback}
        onClick={() => view.onRollback?.()}
      >
        Back
      </button>
      <button type="button" class="bar-button" aria-keyshortcuts="H" onClick={props.onHistory}>
        History
      </button>
      <button
        type="button"
        class="bar-button"
        aria-keyshortcuts="K"
        aria-pressed={props.skipping}
        onClick={props.onSkip}
      >
        Skip
      </button>
      <button
        type="button"
        class="bar-button"
        aria-keyshortcuts="A"
        aria-pressed={settings.autoAdvance}
        onClick={props.onAuto}
      >
        Auto
      </button>
      <button
        type="button"
        class="bar-button"
        aria-haspopup="dialog"
        aria-expanded={props.menuOpen}
        onClick={() => props.onMenu(true)}
      >
        Menu
      </button>
      <GameMenu
        open={props.menuOpen}
        onClose={() => props.onMenu(false)}
        items={[
          ['Save', 'S', () => chrome.openSaves('save')],
          ['Load', 'L', () => chrome.openSaves('load')],
          ['Quick save', 'F5', view.onQuickSave],
          ['Quick load', 'F9', view.onQuickLoad],
          ['Journal', 'J', chrome.openJournal],
          ['Settings', 'O', chrome.openSettings],
          ['Hide the interface', 'V', props.onHide],
          [
            settings.muted ? 'Turn sound on' : 'Turn sound off',
            null,
            () => chrome.settings.set({ ...settings, muted: !settings.muted }),
          ],
          ...(chrome.fullscreen.available()
            ? [
                [
                  chrome.fullscreen.active() ? 'Leave fullscreen' : 'Fullscreen',
                  'F',
                  chrome.fullscreen.toggle,
                ] as const,
              ]
            : []),
          ['Keys and controls', '?', chrome.openHelp],
          ['About this adaptation', null, chrome.openAbout],
          ['Return to the title', null, view.onTitle],
        ]}
      />
    </nav>
  );
}

type MenuItem = readonly [label: string, key: string | null, action: () => void];

/** A modal list of actions; choosing one closes the menu first, so any dialog it opens takes focus cleanly. */
function GameMenu(props: { open: boolean; onClose: () => void; items: readonly MenuItem[] }) {
  const dialog = useModalDialog(props.open);

  return (
    <dialog ref={dialog} class="game-menu" aria-labelledby="game-menu-title" onClose={props.onClose}>
      <h2 id="game-menu-title">Menu</h2>
      <ul>
        {props.items.map(([label, key, action]) => (
          <li key={label}>
            <button
              type="button"
              class="menu-button"
              aria-keyshortcuts={key ?? undefined}
              onClick={() => {
                props.onClose();
                action();
              }}
            >
              {label}
              {key && (
                <span class="key-hint" aria-hidden="true">
                  {key}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit" class="menu-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
