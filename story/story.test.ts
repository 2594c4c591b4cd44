/**
 * Checks over the real story, compiled by the same ink build the game ships with: every path, bounded.
 */
import { describe, expect, it } from 'vitest';
import { explore } from '../src/core/explore.ts';
import story from './main.ink';

describe('the story', () => {
  const result = explore(story);

  it('has no ink error, warning, unknown tag or dead end on any path', () => {
    expect(result.problems).toEqual([]);
  });

  it('was explored completely, and every path reaches an end', () => {
    expect(result.exhausted).toBe(true);
    expect(result.endings).toBeGreaterThan(0);
  });

  it('reaches every knot', () => {
    expect([...result.knotsVisited].sort()).toEqual(Object.keys(story.sources).sort());
  });

  it('offers at least two stance choices', () => {
    expect(result.stancesOffered.size).toBeGreaterThanOrEqual(2);
  });
});
