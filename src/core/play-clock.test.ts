import { describe, expect, it } from 'vitest';
import { formatPlayTime, PlayClock } from './play-clock.ts';

/** A clock the test moves by hand. */
function handClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('PlayClock', () => {
  it('counts the time since it started, on top of what was carried in', () => {
    const time = handClock();
    const clock = new PlayClock(time.now, 65_000);
    expect(clock.elapsed()).toBe(65_000);
    time.advance(1_500);
    expect(clock.elapsed()).toBe(66_500);
  });

  it('starts from nothing when nothing is carried in', () => {
    const time = handClock();
    const clock = new PlayClock(time.now);
    time.advance(2_000);
    expect(clock.elapsed()).toBe(2_000);
  });

  it('counts only while not paused', () => {
    const time = handClock();
    const clock = new PlayClock(time.now, 1_000);
    time.advance(4_000);
    clock.pause();
    time.advance(60_000);
    expect(clock.elapsed()).toBe(5_000);
    clock.pause();
    time.advance(60_000);
    expect(clock.elapsed()).toBe(5_000);
    clock.resume();
    time.advance(500);
    expect(clock.elapsed()).toBe(5_500);
  });

  it('does not restart the count when resumed while already counting', () => {
    const time = handClock();
    const clock = new PlayClock(time.now);
    time.advance(3_000);
    clock.resume();
    time.advance(1_000);
    expect(clock.elapsed()).toBe(4_000);
  });

  it('never counts backwards when the clock it is given goes back', () => {
    const time = handClock();
    const clock = new PlayClock(time.now, 10_000);
    time.advance(-5_000);
    expect(clock.elapsed()).toBe(10_000);
    clock.pause();
    expect(clock.elapsed()).toBe(10_000);
  });
});

describe('formatPlayTime', () => {
  it('says under a minute for less than a whole minute', () => {
    expect(formatPlayTime(0)).toBe('under a minute');
    expect(formatPlayTime(59_999)).toBe('under a minute');
  });

  it('gives whole minutes, then hours and minutes', () => {
    expect(formatPlayTime(60_000)).toBe('1 min');
    expect(formatPlayTime(8 * 60_000 + 59_000)).toBe('8 min');
    expect(formatPlayTime(59 * 60_000)).toBe('59 min');
    expect(formatPlayTime(60 * 60_000)).toBe('1 h 0 min');
    expect(formatPlayTime(72 * 60_000)).toBe('1 h 12 min');
    expect(formatPlayTime(25 * 60 * 60_000 + 5 * 60_000)).toBe('25 h 5 min');
  });
});
