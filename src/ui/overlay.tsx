/**
 * The DOM layer over the canvas: every word to read and every control to press. Scenes describe what to show
 * as a `View` (plain data plus callbacks) and call `show`; this renders it with Preact. It holds no story logic.
 * The dialogs every screen shares (settings, keys, saves, about) live here, so they work the same from the
 * title and from the story.
 */
import { render } from 'preact';
import type { Settings } from '../core/settings.ts';
import type { OfflineCopy } from '../offline/offline-copy.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ChestScreen, type ChestView } from './ChestScreen.tsx';
import { GuideDialog } from './GuideDialog.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { type JournalControl, JournalDialog } from './JournalDialog.tsx';
import { LoadingScreen } from './LoadingScreen.tsx';
import { MapScreen, type MapView } from './MapScreen.tsx';
import { PlayScreen, type PlayView } from './PlayScreen.tsx';
import { SavesDialog, type SlotView } from './SavesDialog.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';
import type { SelfVoice } from './self-voice.ts';
import { TallyDialog } from './TallyDialog.tsx';
import { type SetupControl, TeacherSetupDialog } from './TeacherSetupDialog.tsx';
import { TitleScreen, type TitleView } from './TitleScreen.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
import { useGamepad } from './use-gamepad.ts';
import './styles.css';

export type { ChestItem, ChestView } from './ChestScreen.tsx';
export type { MapMemory, MapRecall, MapView } from './MapScreen.tsx';
export type { PlayView } from './PlayScreen.tsx';
export type { SlotView } from './SavesDialog.tsx';
export type { TitleView } from './TitleScreen.tsx';

export type View =
  | { screen: 'loading'; progress: number; failed?: boolean }
  | TitleView
  | PlayView
  | ChestView
  | MapView;

/** What a screen lets the saves dialog do: the title only loads; the story also saves. */
export interface SavesAccess {
  list(): Promise<SlotView[]>;
  readonly save: ((slot: string) => Promise<void>) | null;
  load(slot: string): void;
  remove(slot: string): Promise<void>;
}

export interface SettingsControl {
  get(): Settings;
  set(next: Settings): void;
  reset(): void;
}

export interface FullscreenControl {
  readonly available: () => boolean;
  readonly active: () => boolean;
  readonly toggle: () => void;
}

export interface ClassroomControl {
  readonly journal: JournalControl;
  readonly setup: SetupControl;
  /** A sentence for the title (a class setup taken from a link), until dismissed. */
  readonly notice: () => string | null;
  readonly dismissNotice: () => void;
  /** Calls back whenever the setup or the journal changes (the overlay redraws). */
  readonly onChange: (listener: () => void) => void;
}

export interface OverlayOptions {
  readonly settings: SettingsControl;
  readonly fullscreen: FullscreenControl;
  readonly classroom: ClassroomControl;
  /** Self-voicing: reads lines aloud when the player turns it on. */
  readonly voice: SelfVoice;
  /** Whether the device asks for less motion now. */
  readonly deviceReduces: () => boolean;
  /** The offline copy, which says when a newer version is ready. */
  readonly offline: OfflineCopy;
}

export interface Overlay {
  show(view: View): void;
}

type DialogName = 'about' | 'settings' | 'help' | 'saves' | 'journal' | 'setup' | 'guide' | 'tally';

export function createOverlay(root: HTMLElement, options: OverlayOptions): Overlay {
  let view: View = { screen: 'loading', progress: 0 };
  let open: DialogName | null = null;
  let savesMode: 'save' | 'load' = 'load';
  let slots: SlotView[] = [];
  let updateLater = false;

  const savesAccess = (): SavesAccess | null =>
    view.screen === 'title' || view.screen === 'play' ? view.saves : null;

  const refreshSlots = async () => {
    slots = (await savesAccess()?.list()) ?? [];
    redraw();
  };

  const openDialog = (name: DialogName) => {
    open = name;
    redraw();
  };
  const close = () => {
    open = null;
    redraw();
  };
  /**
   * For a dialog that opens another in its place (setup opens the guide): its close event arrives after the next
   * one is open, and must not close that one.
   */
  const closeIf = (name: DialogName) => () => {
    if (open === name) close();
  };

  const chrome: Chrome = {
    // Every change of settings redraws, so a key that toggles one (A for auto-advance) takes effect at once.
    settings: {
      ...options.settings,
      set: (next) => {
        options.settings.set(next);
        redraw();
      },
    },
    voice: options.voice,
    fullscreen: options.fullscreen,
    openAbout: () => openDialog('about'),
    openSettings: () => openDialog('settings'),
    openHelp: () => openDialog('help'),
    openJournal: () => openDialog('journal'),
    openSetup: () => openDialog('setup'),
    classroomNotice: options.classroom.notice,
    dismissClassroomNotice: () => {
      options.classroom.dismissNotice();
      redraw();
    },
    openSaves: (mode) => {
      const access = savesAccess();
      if (!access) return;
      savesMode = access.save ? mode : 'load';
      void access.list().then((list) => {
        slots = list;
        openDialog('saves');
      });
    },
    // A dialog closed by Escape is shut at once, but its close event (which clears `open`) comes a moment later:
    // a key pressed in between belongs to the story again.
    dialogOpen: () => open !== null && root.querySelector('dialog[open]') !== null,
    redraw: () => redraw(),
  };

  const redraw = () => {
    const access = savesAccess();
    const settings = options.settings.get();
    document.documentElement.classList.toggle('projector', options.classroom.setup.setup().projector);
    render(
      <>
        <Gamepad />
        {view.screen === 'loading' && <LoadingScreen progress={view.progress} failed={view.failed} />}
        {view.screen === 'title' && <TitleScreen view={view} chrome={chrome} />}
        {view.screen === 'play' && <PlayScreen view={view} chrome={chrome} settings={settings} />}
        {view.screen === 'chest' && <ChestScreen view={view} keys={settings.keys} />}
        {view.screen === 'map' && <MapScreen view={view} keys={settings.keys} />}
        {options.offline.updateReady() && !updateLater && (
          <UpdateNotice
            onUpdate={options.offline.applyUpdate}
            onLater={() => {
              updateLater = true;
              redraw();
            }}
          />
        )}
        <AboutDialog open={open === 'about'} onClose={close} />
        <HelpDialog open={open === 'help'} keys={settings.keys} onClose={close} />
        <SettingsDialog
          open={open === 'settings'}
          settings={settings}
          onChange={(next) => {
            options.settings.set(next);
            redraw();
          }}
          onReset={() => {
            options.settings.reset();
            redraw();
          }}
          fullscreen={{
            available: options.fullscreen.available(),
            active: options.fullscreen.active(),
            toggle: () => {
              options.fullscreen.toggle();
              redraw();
            },
          }}
          voice={options.voice}
          glossary={{
            on: options.classroom.setup.setup().glossary,
            set: (on) => options.classroom.setup.set({ ...options.classroom.setup.setup(), glossary: on }),
          }}
          deviceReduces={options.deviceReduces()}
          onClose={close}
        />
        <JournalDialog
          open={open === 'journal'}
          control={options.classroom.journal}
          onClose={closeIf('journal')}
        />
        <TeacherSetupDialog
          open={open === 'setup'}
          control={options.classroom.setup}
          onGuide={() => openDialog('guide')}
          onTally={() => openDialog('tally')}
          onClose={closeIf('setup')}
        />
        <GuideDialog open={open === 'guide'} onClose={closeIf('guide')} />
        <TallyDialog open={open === 'tally'} onClose={closeIf('tally')} />
        <SavesDialog
          open={open === 'saves' && access !== null}
          mode={savesMode}
          slots={slots}
          onSave={
            access?.save
              ? async (slot) => {
                  await access.save?.(slot);
                  await refreshSlots();
                }
              : null
          }
          onLoad={(slot) => {
            open = null;
            redraw();
            access?.load(slot);
          }}
          onDelete={async (slot) => {
            await access?.remove(slot);
            await refreshSlots();
          }}
          onModeChange={(mode) => {
            savesMode = mode;
            redraw();
          }}
          onClose={close}
        />
      </>,
      root,
    );
  };

  document.addEventListener('fullscreenchange', () => redraw());
  options.classroom.onChange(() => redraw());
  options.offline.onChange(() => redraw());
  redraw();
  return {
    show(next) {
      view = next;
      redraw();
    },
  };
}

/** Lets a gamepad drive the DOM the way a keyboard does (see use-gamepad.ts). */
function Gamepad() {
  useGamepad();
  return null;
}

/** What every screen gets besides its view: shared controls and dialogs that are not story. */
export interface Chrome {
  readonly settings: SettingsControl;
  readonly voice: SelfVoice;
  readonly fullscreen: FullscreenControl;
  readonly openAbout: () => void;
  readonly openSettings: () => void;
  readonly openHelp: () => void;
  readonly openJournal: () => void;
  readonly openSetup: () => void;
  readonly classroomNotice: () => string | null;
  readonly dismissClassroomNotice: () => void;
  readonly openSaves: (mode: 'save' | 'load') => void;
  /** True while one of the shared dialogs is open (keys then belong to it). */
  readonly dialogOpen: () => boolean;
  /** Re-renders after a change to shared state. */
  readonly redraw: () => void;
}
