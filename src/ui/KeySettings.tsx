/**
 * The player's keys: each action with its keys, a button to give it a new one (the next key pressed, Escape to
 * cancel), a button per key to take it away, and a reset. A key given to one action leaves the other that had
 * it, and the status line says so. Clicks, the on-screen buttons and Tab always still work.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  assignKey,
  KEY_ACTION_NAMES,
  KEY_ACTIONS,
  type KeyAction,
  type KeyChoices,
  keyName,
  keysFor,
  removeKey,
} from '../core/keys.ts';
import { StatusLine, useStatus } from './dialog-parts.tsx';

interface Props {
  readonly keys: KeyChoices;
  readonly onChange: (keys: KeyChoices) => void;
}

export function KeySettings({ keys, onChange }: Props) {
  const [status, announce] = useStatus();
  const [listening, setListening] = useState<KeyAction | null>(null);
  const buttons = useRef(new Map<KeyAction, HTMLButtonElement>());
  const current = keysFor(keys);

  // A layout effect, so the next key is caught even when pressed the instant after "Add a key".
  useLayoutEffect(() => {
    if (!listening) return;
    const onKey = (event: KeyboardEvent) => {
      // Taken before anything else hears it: this key is being named, not used.
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.key === 'Escape') {
        setListening(null);
        announce('No change.');
        return;
      }
      const result = assignKey(keys, listening, event.key);
      if (!result.ok) {
        if (result.why) announce(result.why);
        return;
      }
      onChange(result.choices);
      setListening(null);
      const name = keyName(event.key.length === 1 ? event.key.toLowerCase() : event.key);
      announce(
        `${KEY_ACTION_NAMES[listening]}: ${name}.` +
          (result.takenFrom ? ` ${name} no longer does ${KEY_ACTION_NAMES[result.takenFrom]}.` : ''),
      );
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [listening, keys, onChange, announce]);

  // Focus goes back to the button that was listening.
  useEffect(() => {
    if (listening === null) return;
    const button = buttons.current.get(listening);
    return () => button?.focus();
  }, [listening]);

  return (
    <section class="settings-section" aria-labelledby="settings-keys">
      <h3 id="settings-keys">Keys</h3>
      <p class="setting-note">
        To change a key, press “Add a key”, then the key you want; Escape cancels. The number keys always pick
        a choice, Tab moves between buttons and Escape closes.
      </p>
      <table class="keys-table key-settings">
        <caption class="sr-only">Your keys</caption>
        <thead>
          <tr>
            <th scope="col">To</th>
            <th scope="col">Keys</th>
            <th scope="col">
              <span class="sr-only">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {KEY_ACTIONS.map((action) => (
            <tr key={action}>
              <th scope="row">{KEY_ACTION_NAMES[action]}</th>
              <td>
                <ul class="key-list">
                  {current[action].length === 0 && <li class="setting-note">No key</li>}
                  {current[action].map((key) => (
                    <li key={key}>
                      <kbd>{keyName(key)}</kbd>
                      <button
                        type="button"
                        class="key-remove"
                        aria-label={`Remove ${keyName(key)} from ${KEY_ACTION_NAMES[action]}`}
                        onClick={() => {
                          onChange(removeKey(keys, action, key));
                          announce(`${keyName(key)} no longer does ${KEY_ACTION_NAMES[action]}.`);
                        }}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <button
                  type="button"
                  class="bar-button"
                  ref={(element) => {
                    if (element) buttons.current.set(action, element);
                  }}
                  aria-label={
                    listening === action
                      ? `Press a key for ${KEY_ACTION_NAMES[action]}, or Escape to cancel`
                      : `Add a key for ${KEY_ACTION_NAMES[action]}`
                  }
                  aria-pressed={listening === action}
                  onClick={() => {
                    setListening(listening === action ? null : action);
                    if (listening !== action) announce(`Press a key for ${KEY_ACTION_NAMES[action]}.`);
                  }}
                >
                  {listening === action ? 'Press a key…' : 'Add a key'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        class="bar-button"
        disabled={Object.keys(keys).length === 0}
        onClick={() => {
          onChange({});
          announce('Every key is back as it was at first.');
        }}
      >
        Put the keys back as they were
      </button>
      <StatusLine message={status} />
    </section>
  );
}
