import { describe, expect, it } from 'vitest';
import { StoryStart } from './story-start.ts';

describe('StoryStart', () => {
  it('holds a start asked for before the game has arrived, says it is waiting, and hands it over once', () => {
    let waited = 0;
    const start = new StoryStart(() => {
      waited += 1;
    });
    start.begin({ knot: 'norfolk' });
    expect(waited).toBe(1);
    expect(start.isWaiting).toBe(true);
    expect(start.take()).toEqual({ knot: 'norfolk' });
    expect(start.take()).toBeNull();
    expect(start.isWaiting).toBe(false);
  });

  it('goes at once once connected, and only once however often it is pressed', () => {
    const started: unknown[] = [];
    const start = new StoryStart(() => {
      throw new Error('should not wait');
    });
    start.connect((data) => started.push(data));
    start.begin({});
    start.begin({ knot: 'norfolk' });
    expect(started).toEqual([{}]);
    expect(start.take()).toBeNull();
  });

  it('ignores a second press made while the first is still waiting', () => {
    const start = new StoryStart(() => undefined);
    start.begin({});
    start.begin({ knot: 'cottages' });
    expect(start.take()).toEqual({});
  });
});
