/**
 * Settings: how text appears and reads on, how loud each kind of sound is, and the screen. Every change applies
 * at once (there is no Save button); resetting asks first, inside the dialog.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Settings, TEXT_SPEEDS, VOLUME_CHANNELS, type VolumeChannel } from '../core/settings.ts';
import { ComfortSettings, type GlossaryControl } from './ComfortSettings.tsx';
import { Confirm, DialogHeader, StatusLine, useModalDialog, useStatus } from './dialog-parts.tsx';
import { KeySettings } from './KeySettings.tsx';
import type { SelfVoice } from './self-voice.ts';
import { useTypewriter } from './use-typewriter.ts';
import './dialogs.css';

export interface SettingsDialogProps {
  readonly open: boolean;
  readonly settings: Settings;
  /** Called on every change; the game applies and saves it at once. */
  readonly onChange: (next: Settings) => void;
  /** Back to DEFAULT_SETTINGS (asked to confirm inside the dialog first). */
  readonly onReset: () => void;
  readonly fullscreen: { readonly available: boolean; readonly active: boolean; readonly toggle: () => void };
  readonly voice: SelfVoice;
  readonly glossary: GlossaryControl;
  readonly deviceReduces: boolean;
  readonly onClose: () => void;
}

/** The sections, for the list of links at the top of a long dialog. */
const SECTIONS: readonly (readonly [string, string])[] = [
  ['settings-text', 'Text'],
  ['settings-comfort', 'Comfort'],
  ['settings-voicing', 'Reading aloud'],
  ['settings-words', 'Words and content'],
  ['settings-reading', 'Reading on'],
  ['settings-sound', 'Sound'],
  ['settings-keys', 'Keys'],
  ['settings-screen', 'Screen'],
];

const CHANNEL_LABELS: Readonly<Record<VolumeChannel, string>> = {
  master: 'All sound',
  music: 'Music',
  ambience: 'Ambience',
  effects: 'Effects',
  voice: 'Voice',
};

const SAMPLE = 'The light over the playing fields had gone soft, and somebody was calling us in.';

/** "45 characters a second", or "Instant". */
export function speedInWords(speed: number): string {
  return Number.isFinite(speed) ? `${speed} characters a second` : 'Instant';
}

/** The step of TEXT_SPEEDS nearest to a speed (settings hold the speed itself). */
function speedStep(speed: number): number {
  if (!Number.isFinite(speed)) return TEXT_SPEEDS.length - 1;
  let best = 0;
  TEXT_SPEEDS.forEach((s, i) => {
    if (Math.abs(s - speed) < Math.abs((TEXT_SPEEDS[best] ?? 0) - speed)) best = i;
  });
  return best;
}

function paceInWords(pace: number): string {
  if (pace === 1) return '1, slowest';
  if (pace === 9) return '9, quickest';
  return String(pace);
}

export function SettingsDialog(props: SettingsDialogProps) {
  const { settings, onChange, fullscreen } = props;
  const dialog = useModalDialog(props.open);
  const [confirming, setConfirming] = useState(false);
  const [status, announce] = useStatus();
  const resetButton = useRef<HTMLButtonElement>(null);
  const change = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });

  useLayoutEffect(() => setConfirming(false), [props.open]);
  useLayoutEffect(() => announce(''), [props.open]);

  const endConfirm = () => {
    setConfirming(false);
    // The question's buttons are gone: put focus back on the button that asked it.
    requestAnimationFrame(() => resetButton.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && confirming) {
      event.preventDefault();
      endConfirm();
    }
  };

  const step = speedStep(settings.textSpeed);
  const pace = settings.autoPace;

  return (
    <dialog
      ref={dialog}
      class="panel-dialog settings-dialog"
      aria-labelledby="settings-title"
      onClose={props.onClose}
      onKeyDown={onKeyDown}
    >
      <DialogHeader id="settings-title" title="Settings" />
      <div class="dialog-body">
        <p class="dialog-note">Changes take effect at once and are kept on this device.</p>
        <nav aria-label="Settings sections" class="settings-jump">
          <ul>
            {SECTIONS.map(([id, name]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    // Scroll inside the dialog without changing the address (it may carry a class setup).
                    event.preventDefault();
                    const heading = document.getElementById(id);
                    const body = heading?.closest('.dialog-body');
                    if (!heading || !body) return;
                    // Only the body scrolls: the dialog's title and Close stay in view.
                    body.scrollTop +=
                      heading.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
                    heading.setAttribute('tabindex', '-1');
                    heading.focus({ preventScroll: true });
                  }}
                >
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <section class="settings-section">
          <h3 id="settings-text">Text</h3>
          <div class="setting">
            <div class="setting-row">
              <label for="setting-text-speed">Text speed</label>
              <span class="setting-value" aria-hidden="true">
                {speedInWords(settings.textSpeed)}
              </span>
            </div>
            <input
              id="setting-text-speed"
              type="range"
              min={0}
              max={TEXT_SPEEDS.length - 1}
              step={1}
              value={step}
              aria-valuetext={speedInWords(settings.textSpeed)}
              data-autofocus
              onInput={(event) => {
                const speed = TEXT_SPEEDS[Number(event.currentTarget.value)];
                if (speed !== undefined) change({ textSpeed: speed });
              }}
            />
            <div class="range-ends" aria-hidden="true">
              <span>Slow</span>
              <span>Instant</span>
            </div>
            {props.open && <SampleLine speed={settings.textSpeed} />}
          </div>
        </section>

        <ComfortSettings
          settings={settings}
          change={change}
          voice={props.voice}
          glossary={props.glossary}
          deviceReduces={props.deviceReduces}
        />

        <section class="settings-section">
          <h3 id="settings-reading">Reading on</h3>
          <div class="setting">
            <label class="check">
              <input
                type="checkbox"
                checked={settings.autoAdvance}
                aria-describedby="setting-auto-note"
                onChange={(event) => change({ autoAdvance: event.currentTarget.checked })}
              />
              Auto-advance
            </label>
            <p id="setting-auto-note" class="setting-note">
              Off unless you turn it on. Each line stays, then the next follows by itself.
            </p>
          </div>
          <div class="setting">
            <div class="setting-row">
              <label for="setting-auto-pace">Auto-advance pace</label>
              <span class="setting-value" aria-hidden="true">
                {pace}
              </span>
            </div>
            <input
              id="setting-auto-pace"
              type="range"
              min={1}
              max={9}
              step={1}
              value={pace}
              aria-valuetext={paceInWords(pace)}
              onInput={(event) => change({ autoPace: Number(event.currentTarget.value) })}
            />
            <div class="range-ends" aria-hidden="true">
              <span>Slow</span>
              <span>Quick</span>
            </div>
          </div>
          <fieldset class="setting" aria-describedby="setting-skip-note">
            <legend>Skip (K) passes over</legend>
            <label class="check">
              <input
                type="radio"
                name="skip-mode"
                value="read"
                checked={settings.skipMode === 'read'}
                onChange={() => change({ skipMode: 'read' })}
              />
              Lines already read
            </label>
            <label class="check">
              <input
                type="radio"
                name="skip-mode"
                value="all"
                checked={settings.skipMode === 'all'}
                onChange={() => change({ skipMode: 'all' })}
              />
              Everything
            </label>
            <p id="setting-skip-note" class="setting-note">
              Skipping always stops at choices.
            </p>
          </fieldset>
        </section>

        <section class="settings-section">
          <h3 id="settings-sound">Sound</h3>
          <div class="setting">
            <label class="check">
              <input
                type="checkbox"
                checked={settings.muted}
                onChange={(event) => change({ muted: event.currentTarget.checked })}
              />
              Mute all sound
            </label>
          </div>
          <div class="setting">
            <label class="check">
              <input
                type="checkbox"
                checked={settings.captions}
                aria-describedby="setting-captions-note"
                onChange={(event) => change({ captions: event.currentTarget.checked })}
              />
              Captions for sounds
            </label>
            <p id="setting-captions-note" class="setting-note">
              Writes under a line what it makes heard, such as [footsteps on gravel].
            </p>
          </div>
          {VOLUME_CHANNELS.map((channel) => {
            const percent = Math.round(settings.volume[channel] * 100);
            const id = `setting-volume-${channel}`;
            return (
              <div class="setting volume" key={channel}>
                <label for={id}>{CHANNEL_LABELS[channel]}</label>
                <input
                  id={id}
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={percent}
                  aria-valuetext={`${percent}%`}
                  aria-describedby={channel === 'voice' ? 'setting-voice-note' : undefined}
                  onInput={(event) =>
                    change({
                      volume: { ...settings.volume, [channel]: Number(event.currentTarget.value) / 100 },
                    })
                  }
                />
                <span class="setting-value" aria-hidden="true">
                  {percent}%
                </span>
                {channel === 'voice' && (
                  <p id="setting-voice-note" class="setting-note">
                    Used by self-voicing, when it is turned on.
                  </p>
                )}
              </div>
            );
          })}
        </section>

        <KeySettings keys={settings.keys} onChange={(keys) => change({ keys })} />

        <section class="settings-section">
          <h3 id="settings-screen">Screen</h3>
          {fullscreen.available ? (
            <div class="setting setting-row toggle-row">
              <button
                type="button"
                class="bar-button toggle-button"
                aria-pressed={fullscreen.active}
                aria-keyshortcuts="F"
                onClick={fullscreen.toggle}
              >
                Fullscreen
              </button>
              <span class="setting-value" aria-hidden="true">
                {fullscreen.active ? 'On' : 'Off'}
              </span>
            </div>
          ) : (
            <p class="setting-note">This browser does not offer fullscreen here.</p>
          )}
        </section>

        <section class="settings-section settings-reset">
          {confirming ? (
            <Confirm
              question="Put every setting back as it was at first?"
              confirm="Reset"
              cancel="Keep my settings"
              onConfirm={() => {
                props.onReset();
                announce('Settings are back to their defaults.');
                endConfirm();
              }}
              onCancel={endConfirm}
            />
          ) : (
            <button type="button" class="bar-button" ref={resetButton} onClick={() => setConfirming(true)}>
              Reset to defaults
            </button>
          )}
          <StatusLine message={status} />
        </section>
      </div>
    </dialog>
  );
}

/** A line that types out at the chosen speed, again after each change. Decorative: the value says it. */
function SampleLine({ speed }: { speed: number }) {
  // The typewriter starts again whenever its speed changes.
  const typing = useTypewriter(SAMPLE, 0, speed);
  const chars = Array.from(SAMPLE);
  return (
    <p class="sample-line" aria-hidden="true">
      {chars.slice(0, typing.shown).join('')}
      <span class="untyped">{chars.slice(typing.shown).join('')}</span>
    </p>
  );
}
