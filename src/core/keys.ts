/**
 * The keys the player reads with, and the player's own choice of them. Keys are named as the browser's
 * `KeyboardEvent.key` gives them, with single letters in lower case ("h", not "H"), so Caps Lock changes nothing.
 *
 * Invariants kept by every function here:
 * - a key belongs to at most one action (assigning it to one takes it from any other);
 * - every action keeps at most MAX_KEYS keys;
 * - reserved keys never become shortcuts: Tab and Shift+Tab move focus, Escape closes, the digits pick a choice.
 * Only the player's changes are stored (`KeyChoices`); an action the player never touched follows DEFAULT_KEYS, so
 * a key we add to the defaults later reaches everyone who has not chosen otherwise.
 */

export const KEY_ACTIONS = [
  'advance',
  'back',
  'history',
  'chest',
  'map',
  'journal',
  'save',
  'load',
  'quickSave',
  'quickLoad',
  'settings',
  'help',
  'skip',
  'auto',
  'hide',
  'fullscreen',
] as const;

export type KeyAction = (typeof KEY_ACTIONS)[number];

/** What each action does, in the words the key settings and the help screen use. */
export const KEY_ACTION_NAMES: Readonly<Record<KeyAction, string>> = {
  advance: 'Read on',
  back: 'Step back',
  history: 'History',
  chest: 'The chest',
  map: 'The map',
  journal: 'Journal',
  save: 'Save',
  load: 'Load',
  quickSave: 'Quick save',
  quickLoad: 'Quick load',
  settings: 'Settings',
  help: 'Keys and controls',
  skip: 'Skip',
  auto: 'Auto-advance',
  hide: 'Hide the interface',
  fullscreen: 'Full screen',
};

export const DEFAULT_KEYS: Readonly<Record<KeyAction, readonly string[]>> = {
  advance: [' ', 'Enter', 'ArrowRight', 'ArrowDown', 'PageDown'],
  back: ['ArrowLeft', 'PageUp'],
  history: ['h'],
  chest: ['c'],
  map: ['m'],
  journal: ['j'],
  save: ['s'],
  load: ['l'],
  quickSave: ['F5'],
  quickLoad: ['F9'],
  settings: ['o'],
  help: ['?', 'F1'],
  skip: ['k'],
  auto: ['a'],
  hide: ['v'],
  fullscreen: ['f'],
};

export const MAX_KEYS = 5;

/** The player's changes: an action listed here uses exactly these keys (possibly none). */
export type KeyChoices = Readonly<Partial<Record<KeyAction, readonly string[]>>>;

/** Keys the game keeps for itself, with why, in the words shown when a player tries one. */
const RESERVED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Tab$/, 'Tab moves between buttons, so it cannot be a shortcut.'],
  [/^Escape$/, 'Escape always closes what is open, so it cannot be a shortcut.'],
  [/^[1-9]$/, 'The number keys pick a choice, so they cannot be shortcuts.'],
  [/^(Shift|Control|Alt|Meta|AltGraph|CapsLock|NumLock|ScrollLock|Fn|OS|Dead|Unidentified|Process)$/, ''],
];

/** The stored form of a key: single characters in lower case. */
export function normaliseKey(key: string): string {
  return Array.from(key).length === 1 ? key.toLowerCase() : key;
}

/** Null if `key` may be a shortcut; else why not (empty for a modifier alone: wait for the real key). */
export function reservedReason(key: string): string | null {
  for (const [pattern, why] of RESERVED) if (pattern.test(key)) return why;
  return null;
}

/** The keys each action uses now. */
export function keysFor(choices: KeyChoices): Record<KeyAction, readonly string[]> {
  const taken = new Set(Object.values(choices).flat());
  const result = {} as Record<KeyAction, readonly string[]>;
  for (const action of KEY_ACTIONS) {
    const chosen = choices[action];
    // A default key the player gave to another action leaves this one.
    result[action] = chosen ?? DEFAULT_KEYS[action].filter((key) => !taken.has(key));
  }
  return result;
}

/** Which action a pressed key calls, if any. */
export function actionFor(choices: KeyChoices, key: string): KeyAction | null {
  const pressed = normaliseKey(key);
  const keys = keysFor(choices);
  return KEY_ACTIONS.find((action) => keys[action].includes(pressed)) ?? null;
}

export type Assigned =
  | { readonly ok: true; readonly choices: KeyChoices; readonly takenFrom: KeyAction | null }
  | { readonly ok: false; readonly why: string };

/** Gives `key` to `action` (first in its list), taking it from whichever action had it. */
export function assignKey(choices: KeyChoices, action: KeyAction, key: string): Assigned {
  const pressed = normaliseKey(key);
  const why = reservedReason(pressed);
  if (why !== null) return { ok: false, why: why || 'Press a key other than a modifier on its own.' };
  const current = keysFor(choices);
  const takenFrom = KEY_ACTIONS.find((other) => other !== action && current[other].includes(pressed)) ?? null;
  const next: Partial<Record<KeyAction, readonly string[]>> = { ...choices };
  if (takenFrom) next[takenFrom] = current[takenFrom].filter((k) => k !== pressed);
  next[action] = [pressed, ...current[action].filter((k) => k !== pressed)].slice(0, MAX_KEYS);
  return { ok: true, choices: next, takenFrom };
}

/** Takes one key away from an action. */
export function removeKey(choices: KeyChoices, action: KeyAction, key: string): KeyChoices {
  return { ...choices, [action]: keysFor(choices)[action].filter((k) => k !== key) };
}

/** A key as a person would name it: "Space", "Right arrow", "H", "F5". */
export function keyName(key: string): string {
  const named: Readonly<Record<string, string>> = {
    ' ': 'Space',
    ArrowRight: 'Right arrow',
    ArrowLeft: 'Left arrow',
    ArrowUp: 'Up arrow',
    ArrowDown: 'Down arrow',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Enter: 'Enter',
    Backspace: 'Backspace',
    Delete: 'Delete',
    Home: 'Home',
    End: 'End',
    Insert: 'Insert',
  };
  return named[key] ?? (Array.from(key).length === 1 ? key.toUpperCase() : key);
}

/**
 * Reads stored key choices, keeping each valid action and dropping anything else. Re-applies the invariants, so
 * a file edited by hand cannot give one key to two actions or a reserved key to any.
 */
export function readKeyChoices(input: unknown): KeyChoices {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
  const record = input as Record<string, unknown>;
  const seen = new Set<string>();
  const result: Partial<Record<KeyAction, readonly string[]>> = {};
  for (const action of KEY_ACTIONS) {
    if (!Object.hasOwn(record, action)) continue;
    const keys = record[action];
    if (!Array.isArray(keys)) continue;
    const kept: string[] = [];
    for (const key of keys) {
      if (typeof key !== 'string' || key.length === 0 || key.length > 24) continue;
      const pressed = normaliseKey(key);
      if (reservedReason(pressed) !== null || seen.has(pressed) || kept.length >= MAX_KEYS) continue;
      seen.add(pressed);
      kept.push(pressed);
    }
    result[action] = kept;
  }
  return result;
}

/** The first key of an action, as `aria-keyshortcuts` spells it ("H", "Space", "ArrowLeft"); undefined if none. */
export function shortcutOf(choices: KeyChoices, action: KeyAction): string | undefined {
  const key = keysFor(choices)[action][0];
  if (key === undefined) return undefined;
  if (key === ' ') return 'Space';
  return Array.from(key).length === 1 ? key.toUpperCase() : key;
}
