import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionFor,
  assignKey,
  DEFAULT_KEYS,
  KEY_ACTIONS,
  type KeyChoices,
  keyName,
  keysFor,
  MAX_KEYS,
  readKeyChoices,
  removeKey,
  reservedReason,
} from './keys.ts';

/** Every key in use, with the actions using it: each must appear once. */
function owners(choices: KeyChoices): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const keys = keysFor(choices);
  for (const action of KEY_ACTIONS)
    for (const key of keys[action]) map.set(key, [...(map.get(key) ?? []), action]);
  return map;
}

describe('keys', () => {
  it('uses the defaults when the player has changed nothing, and no default key serves two actions', () => {
    expect(keysFor({})).toEqual(DEFAULT_KEYS);
    for (const [, actions] of owners({})) expect(actions).toHaveLength(1);
    expect(actionFor({}, ' ')).toBe('advance');
    expect(actionFor({}, 'H')).toBe('history');
    expect(actionFor({}, 'F5')).toBe('quickSave');
    expect(actionFor({}, 'x')).toBeNull();
  });

  it('gives a key to a new action and takes it from the one that had it', () => {
    const result = assignKey({}, 'history', 'C');
    if (!result.ok) throw new Error(result.why);
    expect(result.takenFrom).toBe('chest');
    expect(actionFor(result.choices, 'c')).toBe('history');
    expect(keysFor(result.choices).chest).toEqual([]);
    expect(keysFor(result.choices).history).toEqual(['c', 'h']);
  });

  it('refuses Tab, Escape, the number keys and a modifier alone, saying why', () => {
    for (const key of ['Tab', 'Escape', '1', '9', 'Shift', 'Control']) {
      const result = assignKey({}, 'map', key);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.why.length).toBeGreaterThan(10);
    }
    expect(reservedReason('0')).toBeNull();
    expect(reservedReason('n')).toBeNull();
  });

  it('takes a key away from an action, and a removed default key stays removed', () => {
    const choices = removeKey({}, 'advance', 'ArrowDown');
    expect(keysFor(choices).advance).toEqual([' ', 'Enter', 'ArrowRight', 'PageDown']);
    expect(actionFor(choices, 'ArrowDown')).toBeNull();
  });

  it('keeps every key with one action at most and every action with at most five keys, whatever is assigned', () => {
    const key = fc.constantFrom(
      'a',
      'b',
      'c',
      'h',
      ' ',
      'Enter',
      'F5',
      'ArrowLeft',
      'Tab',
      '3',
      'x',
      'y',
      'z',
    );
    const step = fc.tuple(fc.constantFrom(...KEY_ACTIONS), key, fc.boolean());
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let choices: KeyChoices = {};
        for (const [action, k, remove] of steps) {
          if (remove) choices = removeKey(choices, action, k);
          else {
            const result = assignKey(choices, action, k);
            if (result.ok) choices = result.choices;
          }
        }
        for (const [, actions] of owners(choices)) expect(actions).toHaveLength(1);
        for (const action of KEY_ACTIONS)
          expect(keysFor(choices)[action].length).toBeLessThanOrEqual(MAX_KEYS);
        expect(readKeyChoices(JSON.parse(JSON.stringify(choices)))).toEqual(choices);
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('reads stored choices strictly: unknown actions, reserved keys, duplicates and non-strings are dropped', () => {
    const read = readKeyChoices(
      JSON.parse(
        '{"advance":["N","n","Tab",3,"Enter"],"map":["enter"],"__proto__":["x"],"constructor":["y"],"chest":"c"}',
      ),
    );
    expect(read).toEqual({ advance: ['n', 'Enter'], map: ['enter'] });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    for (const input of [null, [], 'keys', 4]) expect(readKeyChoices(input)).toEqual({});
  });

  it('names keys the way a person says them', () => {
    expect(keyName(' ')).toBe('Space');
    expect(keyName('ArrowRight')).toBe('Right arrow');
    expect(keyName('h')).toBe('H');
    expect(keyName('F9')).toBe('F9');
  });
});
