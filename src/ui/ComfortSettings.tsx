/**
 * The comfort part of the settings: how the words look, how much moves, reading aloud, the glossary and the
 * content notes. Every control is a native input with a visible label, so it works by keyboard, switch and
 * screen reader alike; steps are sliders over fixed values, each with a spoken value.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  FONT_NAMES,
  FONTS,
  LETTER_SPACINGS,
  LINE_SPACINGS,
  type MotionChoice,
  PANEL_OPACITIES,
  TEXT_SIZES,
  VOICE_RATES,
} from '../core/comfort.ts';
import { GENERAL_NOTE, SCENE_NOTES } from '../core/content-notes.ts';
import type { Settings } from '../core/settings.ts';
import type { SelfVoice, VoiceOption } from './self-voice.ts';

export interface GlossaryControl {
  readonly on: boolean;
  readonly set: (on: boolean) => void;
}

interface Props {
  readonly settings: Settings;
  readonly change: (patch: Partial<Settings>) => void;
  readonly voice: SelfVoice;
  readonly glossary: GlossaryControl;
  /** Whether the device itself asks for less motion (shown beside "follow this device"). */
  readonly deviceReduces: boolean;
}

const MOTION_CHOICES: readonly (readonly [MotionChoice, string])[] = [
  ['system', 'Follow this device'],
  ['reduce', 'Less motion: the picture holds still, changes are crossfades'],
  ['full', 'Gentle motion: weather and drifting light'],
];

export const VOICE_SAMPLE = 'This is how the story will sound, read aloud.';

interface StepProps<T extends number> {
  readonly id: string;
  readonly label: string;
  readonly values: readonly T[];
  readonly value: number;
  readonly words: (value: T) => string;
  readonly ends: readonly [string, string];
  readonly onChange: (value: T) => void;
}

/** A slider over a fixed list of values, saying each value in words. */
export function StepSetting<T extends number>({
  id,
  label,
  values,
  value,
  words,
  ends,
  onChange,
}: StepProps<T>) {
  const index = Math.max(0, values.indexOf(value as T));
  const current = values[index] as T;
  return (
    <div class="setting">
      <div class="setting-row">
        <label for={id}>{label}</label>
        <span class="setting-value" aria-hidden="true">
          {words(current)}
        </span>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={values.length - 1}
        step={1}
        value={index}
        aria-valuetext={words(current)}
        onInput={(event) => {
          const next = values[Number(event.currentTarget.value)];
          if (next !== undefined) onChange(next);
        }}
      />
      <div class="range-ends" aria-hidden="true">
        <span>{ends[0]}</span>
        <span>{ends[1]}</span>
      </div>
    </div>
  );
}

/** The voices, once the browser has listed them (some list them only after a moment). */
function useVoices(voice: SelfVoice): VoiceOption[] {
  const [voices, setVoices] = useState(() => voice.voices());
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setVoices(voice.voices());
    window.speechSynthesis.addEventListener?.('voiceschanged', update);
    update();
    return () => window.speechSynthesis.removeEventListener?.('voiceschanged', update);
  }, [voice]);
  return voices;
}

/**
 * Text size and font: in the settings and in the questions at first start, both on the page at once, so each
 * copy has its own ids and its own radio group (`prefix`).
 */
export function TextComfort({
  settings,
  change,
  prefix,
}: Pick<Props, 'settings' | 'change'> & { prefix: string }) {
  return (
    <>
      <StepSetting
        id={`${prefix}-text-size`}
        label="Text size"
        values={TEXT_SIZES}
        value={settings.textSize}
        words={(size) => `${size}%`}
        ends={['Smaller', 'Larger']}
        onChange={(textSize) => change({ textSize })}
      />
      <fieldset class="setting">
        <legend>Font</legend>
        {FONTS.map((font) => (
          <label class="check" key={font}>
            <input
              type="radio"
              name={`${prefix}-font`}
              value={font}
              checked={settings.font === font}
              onChange={() => change({ font })}
            />
            <span class={`font-sample font-${font}`}>{FONT_NAMES[font]}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function ComfortSettings({ settings, change, voice, glossary, deviceReduces }: Props) {
  const voices = useVoices(voice);
  const languageVoices = voices.filter((v) => v.lang.toLowerCase().startsWith('en'));
  const listed = languageVoices.length > 0 ? languageVoices : voices;
  return (
    <>
      <section class="settings-section" aria-labelledby="settings-comfort">
        <h3 id="settings-comfort">Comfort</h3>
        <TextComfort settings={settings} change={change} prefix="setting" />
        <StepSetting
          id="setting-line-spacing"
          label="Line spacing"
          values={LINE_SPACINGS}
          value={settings.lineSpacing}
          words={(spacing) => `${spacing} lines`}
          ends={['Closer', 'Wider']}
          onChange={(lineSpacing) => change({ lineSpacing })}
        />
        <StepSetting
          id="setting-letter-spacing"
          label="Letter spacing"
          values={LETTER_SPACINGS}
          value={settings.letterSpacing}
          words={(spacing) => (spacing === 0 ? 'Normal' : `${Math.round(spacing * 100)}% wider`)}
          ends={['Normal', 'Widest']}
          onChange={(letterSpacing) => change({ letterSpacing })}
        />
        <StepSetting
          id="setting-panel-opacity"
          label="Text panel"
          values={PANEL_OPACITIES}
          value={settings.panelOpacity}
          words={(opacity) => (opacity === 1 ? 'Solid' : `${Math.round(opacity * 100)}% opaque`)}
          ends={['Lightest', 'Solid']}
          onChange={(panelOpacity) => change({ panelOpacity })}
        />
        <div class="setting">
          <label class="check">
            <input
              type="checkbox"
              checked={settings.highContrast}
              onChange={(event) => change({ highContrast: event.currentTarget.checked })}
            />
            High contrast (white on black, solid panels)
          </label>
        </div>
        <fieldset class="setting" aria-describedby="setting-motion-note">
          <legend>Motion</legend>
          {MOTION_CHOICES.map(([motion, words]) => (
            <label class="check" key={motion}>
              <input
                type="radio"
                name="setting-motion"
                value={motion}
                checked={settings.motion === motion}
                onChange={() => change({ motion })}
              />
              {motion === 'system'
                ? `${words} (it asks for ${deviceReduces ? 'less motion' : 'no change'})`
                : words}
            </label>
          ))}
          <p id="setting-motion-note" class="setting-note">
            Nothing in the game flashes or shakes. With less motion, weather and light stop moving at once;
            motion that was off when the game started comes back when it is next opened.
          </p>
        </fieldset>
      </section>

      <section class="settings-section" aria-labelledby="settings-voicing">
        <h3 id="settings-voicing">Reading aloud</h3>
        {voice.available ? (
          <>
            <div class="setting">
              <label class="check">
                <input
                  type="checkbox"
                  checked={settings.voicing.on}
                  aria-describedby="setting-voicing-note"
                  onChange={(event) =>
                    change({ voicing: { ...settings.voicing, on: event.currentTarget.checked } })
                  }
                />
                Self-voicing: read each line aloud
              </label>
              <p id="setting-voicing-note" class="setting-note">
                Uses this browser’s own voices, on this device. It also reads what you move to with the
                keyboard. If you use a screen reader, leave this off: your screen reader already hears every
                line. Auto-advance waits for each line to be read.
              </p>
            </div>
            <div class="setting">
              <label for="setting-voice">Voice</label>
              <select
                id="setting-voice"
                value={settings.voicing.voice ?? ''}
                onChange={(event) =>
                  change({ voicing: { ...settings.voicing, voice: event.currentTarget.value || null } })
                }
              >
                <option value="">The browser’s usual voice</option>
                {listed.map((v) => (
                  <option key={v.uri} value={v.uri}>
                    {v.name} ({v.lang})
                  </option>
                ))}
              </select>
            </div>
            <StepSetting
              id="setting-voice-rate"
              label="Reading speed"
              values={VOICE_RATES}
              value={settings.voicing.rate}
              words={(rate) => (rate === 1 ? 'Normal' : `${rate} times normal`)}
              ends={['Slower', 'Faster']}
              onChange={(rate) => change({ voicing: { ...settings.voicing, rate } })}
            />
            <button
              type="button"
              class="bar-button"
              disabled={!settings.voicing.on}
              onClick={() => voice.say(VOICE_SAMPLE)}
            >
              Hear a sample
            </button>
          </>
        ) : (
          <p class="setting-note">This browser cannot read aloud (it has no speech synthesis).</p>
        )}
      </section>

      <section class="settings-section" aria-labelledby="settings-words">
        <h3 id="settings-words">Words and content</h3>
        <div class="setting">
          <label class="check">
            <input
              type="checkbox"
              checked={glossary.on}
              aria-describedby="setting-glossary-note"
              onChange={(event) => glossary.set(event.currentTarget.checked)}
            />
            Glossary: explain the story’s special words when they first appear
          </label>
          <p id="setting-glossary-note" class="setting-note">
            Off keeps the book’s way of letting you work them out. The same switch as in Teacher setup.
          </p>
        </div>
        <details class="setting content-notes-detail">
          <summary>Content notes</summary>
          <p>{GENERAL_NOTE}</p>
          <p>These scenes have their own note first, with the choice of a short summary instead:</p>
          <ul>
            {SCENE_NOTES.map((note) => (
              <li key={note.scene}>
                <strong>{note.scene}</strong>: {note.topics}.
              </li>
            ))}
          </ul>
        </details>
      </section>
    </>
  );
}
