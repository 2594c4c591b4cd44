/**
 * The controls over the picture while reading: the chest and map when there is something in them, then step
 * back, history, skip and auto (each showing whether it is on), and a menu with everything else. On a phone this
 * is the visible menu a touch player needs; every item also has a key (see the help screen).
 */
import { type KeyAction, shortcutOf } from '../core/keys.ts';
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
  const key = (action: KeyAction) => shortcutOf(settings.keys, action);
  return (
    <nav class="play-bar" aria-label="Game">
      {view.chest.available && (
        <button type="button" class="bar-button" aria-keyshortcuts={key('chest')} onClick={view.onChest}>
          Chest{view.chest.somethingNew > 0 && <span class="badge"> ✦ {view.chest.somethingNew} new</span>}
        </button>
      )}
      {view.mapAvailable && (
        <button type="button" class="bar-button" aria-keyshortcuts={key('map')} onClick={view.onMap}>
          Map
        </button>
      )}
      <button
        type="button"
        class="bar-button"
        aria-keyshortcuts={key('back')}
        disabled={!view.onRollback}
        onClick={() => view.onRollback?.()}
      >
        Back
      </button>
      <button type="button" class="bar-button" aria-keyshortcuts={key('history')} onClick={props.onHistory}>
        History
      </button>
      <button
        type="button"
        class="bar-button"
        aria-keyshortcuts={key('skip')}
        aria-pressed={props.skipping}
        onClick={props.onSkip}
      >
        Skip
      </button>
      <button
        type="button"
        class="bar-button"
        aria-keyshortcuts={key('auto')}
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
          ['Save', key('save'), () => chrome.openSaves('save')],
          ['Load', key('load'), () => chrome.openSaves('load')],
          ['Quick save', key('quickSave'), view.onQuickSave],
          ['Quick load', key('quickLoad'), view.onQuickLoad],
          ['Journal', key('journal'), chrome.openJournal],
          ['Settings', key('settings'), chrome.openSettings],
          ['Hide the interface', key('hide'), props.onHide],
          [
            settings.muted ? 'Turn sound on' : 'Turn sound off',
            null,
            () => chrome.settings.set({ ...settings, muted: !settings.muted }),
          ],
          ...(chrome.fullscreen.available()
            ? [
                [
                  chrome.fullscreen.active() ? 'Leave fullscreen' : 'Fullscreen',
                  key('fullscreen'),
                  chrome.fullscreen.toggle,
                ] as const,
              ]
            : []),
          ['Keys and controls', key('help'), chrome.openHelp],
          ['About this adaptation', null, chrome.openAbout],
          ['Return to the title', null, view.onTitle],
        ]}
      />
    </nav>
  );
}

type MenuItem = readonly [label: string, key: string | null | undefined, action: () => void];

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
