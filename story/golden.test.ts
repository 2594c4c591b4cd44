/**
 * Every golden save (golden-saves/: saves written by earlier and deliberately edited versions of the story)
 * loaded against the story as it is now, the way Continue loads a save. Each must resume exactly, fall back with
 * its sentence, or be refused with a message. A save that resumes "exactly" somewhere its path does not lead is
 * the one outcome never allowed: a silently different branch.
 */
import { describe, expect, it } from 'vitest';
import type { Position, Step } from '../src/core/playthrough.ts';
import { checkSave, resume } from '../src/core/save.ts';
import {
  compileCurrent,
  GOLDEN_FORMAT,
  type GoldenSave,
  readGoldenSaves,
} from '../tools/golden/golden-saves.ts';

const story = compileCurrent();
const goldens = readGoldenSaves();

type Outcome = 'exact' | 'fallback, announced' | 'refused, announced' | 'SILENTLY DIFFERENT';

/** A step as the player took it: by what was chosen, not where it sat in the list (an option may have moved). */
function taken(step: Step): unknown {
  if (step.kind !== 'choice') return step;
  return { kind: step.kind, beats: step.beats, text: step.text, id: step.id };
}

function samePath(a: Position, b: Position): boolean {
  return (
    a.beatsSinceStep === b.beatsSinceStep &&
    JSON.stringify(a.steps.map(taken)) === JSON.stringify(b.steps.map(taken))
  );
}

function outcomeOf(golden: GoldenSave): { outcome: Outcome; said: string | null } {
  const check = checkSave(golden.save);
  if (!check.ok)
    return { outcome: check.problem ? 'refused, announced' : 'SILENTLY DIFFERENT', said: check.problem };
  const { playthrough, note } = resume(story, check.save);
  if (note) return { outcome: 'fallback, announced', said: note };
  const here = playthrough.current;
  const sameLine = here !== null && (here.text === golden.line.text || here.knot === golden.line.knot);
  return {
    outcome: sameLine && samePath(playthrough.position, check.save.position) ? 'exact' : 'SILENTLY DIFFERENT',
    said: null,
  };
}

const results = goldens.map(({ file, golden }) => {
  const g = golden as GoldenSave;
  return { file, set: g.set, point: g.point, ...outcomeOf(g) };
});

describe('golden saves', () => {
  it('are golden saves of ours, in every set the story promises', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(40);
    for (const { file, golden } of goldens) expect((golden as GoldenSave).format, file).toBe(GOLDEN_FORMAT);
  });

  it('each resumes exactly, falls back with its sentence, or is refused with a message; never silently elsewhere', () => {
    console.table(results.map(({ set, point, outcome }) => ({ set, point, outcome })));
    expect(results.filter((r) => r.outcome === 'SILENTLY DIFFERENT')).toEqual([]);
  });

  it('has a set for the story as it is now (run `npm run golden -- add` after changing the story)', () => {
    expect(results.filter((r) => r.set === `release-${story.hash}`).length).toBeGreaterThan(0);
  });

  it('resumes every release set exactly, and a reworded line, a renamed stitch or a moved choice too', () => {
    const exactSets = results.filter(
      (r) =>
        r.set.startsWith('release-') ||
        [
          'edit-reworded-line',
          'edit-renamed-stitch',
          'edit-choice-not-yet-there',
          'edit-variable-since-dropped',
        ].includes(r.set),
    );
    expect(exactSets.length).toBeGreaterThan(0);
    for (const r of exactSets) expect(`${r.file}: ${r.outcome}`).toBe(`${r.file}: exact`);
  });

  it('falls back, announced, once the path passes a choice the story no longer has', () => {
    const removed = results.filter((r) => r.set === 'edit-choice-since-removed');
    const beyond = removed.filter(
      (r) => r.point !== 'after 3 lines' && r.point !== 'after 12 lines' && r.point !== 'at choice 1',
    );
    expect(beyond.length).toBeGreaterThan(0);
    for (const r of beyond) {
      expect(`${r.file}: ${r.outcome}`).toBe(`${r.file}: fallback, announced`);
      expect(r.said).toMatch(/story has changed/);
    }
  });

  it('refuses, with a message, a save from a newer format or damaged by hand, and loads nothing', () => {
    const golden = goldens[0]?.golden as GoldenSave;
    const future = { ...golden, save: { ...golden.save, version: 99 } };
    const damaged = { ...golden, save: { ...golden.save, position: { steps: 'lots', beatsSinceStep: -1 } } };
    for (const bad of [future, damaged]) {
      const { outcome, said } = outcomeOf(bad as GoldenSave);
      expect(outcome).toBe('refused, announced');
      expect(said?.length).toBeGreaterThan(10);
    }
  });
});
