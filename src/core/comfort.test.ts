import { describe, expect, it } from 'vitest';
import { DEFAULT_COMFORT, LINE_SPACINGS, readComfort, reducesMotion, step, TEXT_SIZES } from './comfort.ts';

describe('comfort', () => {
  it('follows the device when the player leaves motion to it, and the player otherwise', () => {
    expect(reducesMotion('system', true)).toBe(true);
    expect(reducesMotion('system', false)).toBe(false);
    expect(reducesMotion('reduce', false)).toBe(true);
    expect(reducesMotion('full', true)).toBe(false);
  });

  it('steps through allowed values and stays at the ends', () => {
    expect(step(TEXT_SIZES, 100, 1)).toBe(115);
    expect(step(TEXT_SIZES, 200, 1)).toBe(200);
    expect(step(TEXT_SIZES, 90, -1)).toBe(90);
    expect(step(LINE_SPACINGS, 1.65, -1)).toBe(1.5);
  });

  it('defaults to readable settings that meet WCAG text spacing: line height at least 1.5, nothing hidden', () => {
    expect(DEFAULT_COMFORT.lineSpacing).toBeGreaterThanOrEqual(1.5);
    expect(Math.min(...LINE_SPACINGS)).toBeGreaterThanOrEqual(1.5);
    expect(Math.max(...TEXT_SIZES)).toBeGreaterThanOrEqual(200);
    expect(readComfort({})).toEqual(DEFAULT_COMFORT);
  });

  it('keeps a voice name as text however strange, and drops one too long to be a real voice', () => {
    expect(readComfort({ voicing: { voice: 'Google UK English Female' } }).voicing.voice).toBe(
      'Google UK English Female',
    );
    expect(readComfort({ voicing: { voice: 'x'.repeat(301) } }).voicing.voice).toBeNull();
    expect(readComfort({ voicing: [] }).voicing).toEqual(DEFAULT_COMFORT.voicing);
  });
});
