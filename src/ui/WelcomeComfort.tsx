/**
 * The short comfort questions on the title at first start: text size and font, less motion, reading aloud and
 * captions. Not a modal: the title works around it, and it goes once the player says they are done (it is never
 * shown again; everything stays in Settings).
 */
import { reducesMotion } from '../core/comfort.ts';
import type { Settings } from '../core/settings.ts';
import { TextComfort } from './ComfortSettings.tsx';
import { deviceAsksForLessMotion } from './comfort-style.ts';
import type { Chrome } from './overlay.tsx';

export function WelcomeComfort({ chrome }: { chrome: Chrome }) {
  const settings = chrome.settings.get();
  const change = (patch: Partial<Settings>) => chrome.settings.set({ ...chrome.settings.get(), ...patch });
  const less = reducesMotion(settings.motion, deviceAsksForLessMotion());
  return (
    <section class="welcome-comfort" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Before you start: make reading comfortable</h2>
      <TextComfort settings={settings} change={change} prefix="welcome" />
      <div class="welcome-checks">
        <label class="check">
          <input
            type="checkbox"
            checked={less}
            onChange={(event) => change({ motion: event.currentTarget.checked ? 'reduce' : 'full' })}
          />
          Less motion (the picture holds still)
        </label>
        {chrome.voice.available && (
          <label class="check">
            <input
              type="checkbox"
              checked={settings.voicing.on}
              onChange={(event) =>
                change({ voicing: { ...settings.voicing, on: event.currentTarget.checked } })
              }
            />
            Read each line aloud
          </label>
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={settings.captions}
            onChange={(event) => change({ captions: event.currentTarget.checked })}
          />
          Captions for sounds
        </label>
      </div>
      <p class="setting-note">
        Line and letter spacing, high contrast, voices, keys and more are in Settings, any time.
      </p>
      <div class="button-row">
        <button type="button" class="bar-button" onClick={() => change({ welcomed: true })}>
          Done
        </button>
        <button
          type="button"
          class="bar-button"
          onClick={() => {
            change({ welcomed: true });
            chrome.openSettings();
          }}
        >
          More options
        </button>
      </div>
    </section>
  );
}
