import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { Playthrough } from './playthrough.ts';
import { checkSave, makeSave, resume, SAVE_VERSION, type SaveData } from './save.ts';
import type { CompiledStory } from './story-module.ts';

const SOURCE = `
-> road
=== road ===
# place: car
# chapter: Prologue
Rain on the glass.
* [Tell # stance: telling.everything] Told.
* [Keep] Kept.
- Later. # speaker: donor
-> END
`;
const STORY: CompiledStory = { json: compileForTests(SOURCE), sources: {}, hash: 'aaaaaaaaaaaaaaaa' };

function saveAfterChoice(): SaveData {
  const p = new Playthrough(STORY, 3);
  p.next();
  p.choose(1);
  p.next();
  return makeSave(p, 1_700_000_000_000);
}

describe('save', () => {
  it('survives a JSON round trip and validates', () => {
    const save = saveAfterChoice();
    const check = checkSave(JSON.parse(JSON.stringify(save)));
    expect(check).toEqual({ ok: true, save });
    expect(save.version).toBe(SAVE_VERSION);
    expect(save.stage.chapter).toBe('Prologue');
    expect(save.beat).toEqual({ text: 'Kept.', speaker: null, knot: 'road', alternative: null });
  });

  it('resumes exactly, without replay, on the same story', () => {
    const resumed = resume(STORY, saveAfterChoice());
    expect(resumed.note).toBeNull();
    expect(resumed.playthrough.current?.text).toBe('Kept.');
    expect(resumed.playthrough.next()).toMatchObject({ text: 'Later.', speaker: 'donor', ended: true });
  });

  it('replays the path on an edited story and resumes at the same line', () => {
    const edited = {
      json: compileForTests(SOURCE.replace('Rain on', 'Rain, heavier, on')),
      sources: {},
      hash: 'bbbbbbbbbbbbbbbb',
    };
    const resumed = resume(edited, saveAfterChoice());
    expect(resumed.note).toBeNull();
    expect(resumed.playthrough.current?.text).toBe('Kept.');
  });

  it('says so calmly when the story changed under the save and stops at the last matching point', () => {
    const edited = {
      json: compileForTests(SOURCE.replace('* [Keep] Kept.', '* [Hold on to it] Held.')),
      sources: {},
      hash: 'cccccccccccccccc',
    };
    const resumed = resume(edited, saveAfterChoice());
    expect(resumed.note).toMatch(/^The story has changed since you saved/);
    expect(resumed.playthrough.current?.text).toBe('Rain on the glass.');
  });

  it('refuses what is not a save, with a message', () => {
    expect(checkSave(null)).toEqual({ ok: false, problem: 'This is not a saved game.' });
    expect(checkSave('text')).toEqual({ ok: false, problem: 'This is not a saved game.' });
    expect(checkSave({ format: 'other' })).toEqual({ ok: false, problem: 'This is not a Lost Corner save.' });
  });

  it('refuses a save from a newer version of the game', () => {
    const check = checkSave({ ...saveAfterChoice(), version: SAVE_VERSION + 1 });
    expect(check).toEqual({ ok: false, problem: 'This save comes from a newer version of the game.' });
  });

  it('refuses unknown keys, wrong types and out-of-vocabulary stage values', () => {
    const save = saveAfterChoice();
    const bad: unknown[] = [
      { ...save, extra: 1 },
      { ...save, seed: 'one' },
      { ...save, storyHash: 'not-a-hash' },
      { ...save, stage: { ...save.stage, place: 'the_moon' } },
      { ...save, position: { ...save.position, beatsSinceStep: -1 } },
      { ...save, position: { ...save.position, steps: [{ kind: 'fly', beats: 0 }] } },
      { ...save, recollections: [{ knot: 'x', at: 1, knowledge: [], via: 'dream' }] },
      { ...save, beat: { text: 'x', speaker: 'nobody', knot: null } },
    ];
    for (const input of bad) {
      const check = checkSave(input);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.problem).toMatch(/^This save is damaged \(.+\)\.$/);
    }
  });

  it('migrates a version 1 save, choices becoming steps, and resumes it at the same line', () => {
    const current = saveAfterChoice();
    const version1 = {
      format: 'lost-corner-save',
      version: 1,
      storyHash: current.storyHash,
      inkState: current.inkState,
      seed: 3,
      position: { choices: [{ index: 1, text: 'Keep' }], beatsSinceChoice: 1 },
      stage: {
        place: 'car',
        register: 'present',
        light: 'dusk',
        weather: 'clear',
        ambience: null,
        chapter: 'Prologue',
      },
      beat: { text: 'Kept.', speaker: null, knot: 'road' },
      savedAt: 1_600_000_000_000,
    };
    const check = checkSave(version1);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.save.version).toBe(SAVE_VERSION);
    expect(check.save.position).toEqual({
      steps: [{ kind: 'choice', beats: 0, index: 1, text: 'Keep' }],
      beatsSinceStep: 1,
    });
    expect(check.save.stage.revisit).toBeNull();
    expect(resume(STORY, check.save).playthrough.current?.text).toBe('Kept.');
    const edited = {
      json: compileForTests(SOURCE.replace('Rain on', 'Rain, hard, on')),
      sources: {},
      hash: 'dddddddddddddddd',
    };
    expect(resume(edited, check.save).playthrough.current?.text).toBe('Kept.');
  });

  it('refuses a version 1 save that is damaged, rather than migrating it', () => {
    const check = checkSave({ format: 'lost-corner-save', version: 1, position: {} });
    expect(check.ok).toBe(false);
  });

  it('ignores a __proto__ key rather than letting it change anything', () => {
    const json = JSON.stringify(saveAfterChoice()).replace('{', '{"__proto__":{"polluted":true},');
    const check = checkSave(JSON.parse(json));
    expect(check.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
