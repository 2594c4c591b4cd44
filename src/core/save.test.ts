import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { Playthrough } from './playthrough.ts';
import { checkSave, makeSave, resume, SAVE_FORMAT, SAVE_VERSION, type SaveData } from './save.ts';
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
  return makeSave(p, { savedAt: 1_700_000_000_000, playTime: 65_000 });
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

/** Two choice points (one by text, one by stance), a memory the story tunnels into, and the chest's recall. */
const PATH_SOURCE = `
LIST keepsakes = tape, pencil_case
LIST knowledge = madame_tears
LIST telling = everything, kept_back
LIST field = holding_on, letting_go
VAR drawer = ()
-> road

=== road ===
# place: car
# chapter: Prologue
~ keepsakes = (tape)
Rain on the glass.
The donor asks.
* [Everything # stance: telling.everything]
    ~ telling = everything
    All of it.
* [Some of it] Some of it.
- The tape comes back to me.
-> mem_tape ->
Back in the car.
-> fields

=== fields ===
# place: hailsham_fields
The field, then.
* [Hold on # stance: field.holding_on]
    ~ field = holding_on
    I held on.
* [Let go] I let go.
- Later. # speaker: donor
-> END

=== recall(memory) ===
{memory:
- "mem_tape": -> mem_tape ->
}
-> DONE

=== mem_tape ===
# memory: The song on the tape
# keepsake: tape
# place: hailsham_dorm
# age: 11
# register: memory
I danced with the pillow.
->->
`;

function pathStory(source: string, hash: string): CompiledStory {
  return { json: compileForTests(source), sources: {}, hash };
}

const PATH_STORY = pathStory(PATH_SOURCE, '0000000000000001');
const THUMBNAIL = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';

function readOn(p: Playthrough, text: string) {
  for (let i = 0; i < 20; i += 1) {
    const beat = p.next();
    if (beat.text === text) return;
    if (beat.ended || beat.choices.length > 0) break;
  }
  throw new Error(`never read '${text}'`);
}

/** Chooses 'Some of it' (by text), opens the tape from the chest, then 'Hold on' (by stance): at 'I held on.'. */
function playThePath(): Playthrough {
  const p = new Playthrough(PATH_STORY, 7);
  readOn(p, 'The donor asks.');
  p.choose(1);
  readOn(p, 'Back in the car.');
  p.recall('mem_tape');
  p.next();
  p.returnFromRecall();
  readOn(p, 'The field, then.');
  p.choose(0);
  p.next();
  return p;
}

function savedPath(): SaveData {
  return makeSave(playThePath(), { savedAt: 1_700_000_000_000, playTime: 600_000, thumbnail: THUMBNAIL });
}

/** A save taken inside a memory opened from the chest, so every optional part (beat, stash) is filled. */
function savedInsideRecall(): SaveData {
  const p = new Playthrough(PATH_STORY, 7);
  readOn(p, 'The donor asks.');
  p.choose(0);
  readOn(p, 'Back in the car.');
  p.recall('mem_tape');
  p.next();
  return makeSave(p, { savedAt: 1_700_000_000_000, playTime: 65_000, thumbnail: THUMBNAIL });
}

describe('save version 2', () => {
  function asVersion2(save: SaveData): Record<string, unknown> {
    const {
      playTime: _playTime,
      thumbnail: _thumbnail,
      storyVersion: _storyVersion,
      inkSaveVersion: _inkSaveVersion,
      ...rest
    } = JSON.parse(JSON.stringify(save)) as SaveData;
    return { ...rest, version: 2 };
  }

  it('migrates with no time played and no picture, and resumes at the same line', () => {
    const save = savedPath();
    const check = checkSave(JSON.parse(JSON.stringify(asVersion2(save))));
    expect(check).toEqual({
      ok: true,
      save: { ...save, playTime: 0, thumbnail: null, storyVersion: null, inkSaveVersion: null },
    });
    if (!check.ok) return;
    const same = resume(PATH_STORY, check.save);
    expect(same.note).toBeNull();
    expect(same.playthrough.current?.text).toBe('I held on.');
    const edited = pathStory(
      PATH_SOURCE.replace('Rain on the glass.', 'Rain, hard, on the glass.'),
      'e000000000000002',
    );
    const replayed = resume(edited, check.save);
    expect(replayed.note).toBeNull();
    expect(replayed.playthrough.current?.text).toBe('I held on.');
  });

  it('reads silence for the music an early version 2 save did not record', () => {
    const version2 = asVersion2(savedPath());
    const { music: _music, ...stage } = (version2 as { stage: Record<string, unknown> }).stage;
    const check = checkSave({ ...version2, stage });
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.save.stage).toEqual({ ...stage, music: null });
  });

  it('refuses a version 2 save that carries fields of version 3', () => {
    const check = checkSave({ ...savedPath(), version: 2 });
    expect(check.ok).toBe(false);
  });
});

/** Sets (or, with DELETE, removes) the field at a dotted path in a copy of the save. */
const DELETE = Symbol('delete');
function withField(save: SaveData, path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(save)) as SaveData as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let at: Record<string, unknown> = copy;
  for (const key of keys) {
    const inner = at[key];
    if (typeof inner !== 'object' || inner === null) throw new Error(`no ${path} in the save`);
    at = inner as Record<string, unknown>;
  }
  if (value === DELETE) {
    if (!(last in at)) throw new Error(`no ${path} to delete`);
    delete at[last];
  } else {
    at[last] = value;
  }
  return copy;
}

const long = (length: number) => 'x'.repeat(length);
const BAD_FIELDS: { field: string; what: string; value: unknown }[] = [
  { field: 'version', what: 'a word', value: 'three' },
  { field: 'version', what: 'a fraction', value: 2.5 },
  { field: 'storyHash', what: 'in capitals', value: 'ABCDEF0123456789' },
  { field: 'storyHash', what: 'too short', value: 'abc' },
  { field: 'inkState', what: 'a number', value: 42 },
  { field: 'inkState', what: 'over the size limit', value: long(4_000_001) },
  { field: 'inkState', what: 'missing', value: DELETE },
  { field: 'seed', what: 'a fraction', value: 1.5 },
  { field: 'seed', what: 'a string', value: '3' },
  { field: 'savedAt', what: 'negative', value: -1 },
  { field: 'savedAt', what: 'infinite', value: Number.POSITIVE_INFINITY },
  { field: 'position', what: 'null', value: null },
  { field: 'stage', what: 'a place name', value: 'car' },
  { field: 'beat', what: 'a string', value: 'Kept.' },
  { field: 'recollections', what: 'an object', value: {} },
  { field: 'stash', what: 'an array', value: [] },
  { field: 'playTime', what: 'negative', value: -1 },
  { field: 'playTime', what: 'a fraction', value: 1.5 },
  { field: 'playTime', what: 'a string', value: '65000' },
  { field: 'playTime', what: 'missing', value: DELETE },
  { field: 'thumbnail', what: 'a script address', value: 'javascript:alert(1)' },
  { field: 'thumbnail', what: 'over the size limit', value: `data:image/jpeg;base64,${'A'.repeat(200_000)}` },
  { field: 'thumbnail', what: 'an SVG', value: 'data:image/svg+xml;base64,PHN2Zz4=' },
  { field: 'thumbnail', what: 'markup after the data', value: 'data:image/png;base64,AAAA"><script>' },
  { field: 'thumbnail', what: 'a number', value: 42 },
  { field: 'thumbnail', what: 'missing', value: DELETE },
  { field: 'unknown', what: 'an extra key', value: 1 },
  { field: 'position.steps', what: 'a string', value: 'none' },
  {
    field: 'position.steps',
    what: 'over the step limit',
    value: Array.from({ length: 20_001 }, () => ({ kind: 'return', beats: 0 })),
  },
  { field: 'position.beatsSinceStep', what: 'a fraction', value: 1.5 },
  { field: 'position.extra', what: 'an extra key', value: 1 },
  { field: 'position.steps.0.kind', what: 'unknown', value: 'fly' },
  { field: 'position.steps.0.beats', what: 'negative', value: -1 },
  { field: 'position.steps.0.index', what: 'a string', value: 'one' },
  { field: 'position.steps.0.text', what: 'over the text limit', value: long(4_001) },
  { field: 'position.steps.0.id', what: 'over the name limit', value: long(201) },
  { field: 'position.steps.0.extra', what: 'an extra key', value: true },
  { field: 'position.steps.1.knot', what: 'a number (a recall)', value: 7 },
  { field: 'position.steps.1', what: 'a jump to no knot', value: { kind: 'jump', beats: 0, knot: null } },
  {
    field: 'position.steps.1',
    what: 'a return naming a knot',
    value: { kind: 'return', beats: 0, knot: 'x' },
  },
  {
    field: 'position.steps.1',
    what: 'a keepsake set aside that does not exist',
    value: { kind: 'set_aside', beats: 0, keepsake: 'the_moon' },
  },
  {
    field: 'position.steps.1',
    what: 'a keepsake taken back with no name',
    value: { kind: 'take_back', beats: 0, keepsake: null },
  },
  { field: 'stage.place', what: 'not a place', value: 'the_moon' },
  { field: 'stage.register', what: 'not a register', value: 'dream' },
  { field: 'stage.light', what: 'not a light', value: 'neon' },
  { field: 'stage.weather', what: 'not a weather', value: 'frogs' },
  { field: 'stage.ambience', what: 'not an ambience', value: 'traffic' },
  { field: 'stage.chapter', what: 'over the name limit', value: long(201) },
  { field: 'stage.revisit', what: 'not a revisit', value: 'sometimes' },
  { field: 'stage.music', what: 'not a piece of music', value: 'kazoo' },
  { field: 'stage.cast', what: 'a string of names', value: 'ruth tommy' },
  { field: 'stage.cast', what: 'someone who is not in the cast', value: ['ruth', 'a_ghost'] },
  {
    field: 'stage.cast',
    what: 'more people than a picture holds',
    value: ['kathy', 'ruth', 'tommy', 'madame', 'emily'],
  },
  { field: 'stage.cast', what: 'null', value: null },
  { field: 'stage.closeUp', what: 'not a keepsake', value: 'teapot' },
  { field: 'stage.closeUp', what: 'a list of keepsakes', value: ['tape'] },
  { field: 'stage.register', what: 'missing', value: DELETE },
  { field: 'stage.extra', what: 'an extra key', value: 1 },
  { field: 'beat.text', what: 'a number', value: 5 },
  { field: 'beat.text', what: 'over the text limit', value: long(4_001) },
  { field: 'beat.speaker', what: 'nobody in the story', value: 'nobody' },
  { field: 'beat.knot', what: 'a number', value: 3 },
  { field: 'beat.alternative', what: 'over the text limit', value: long(4_001) },
  { field: 'beat.alternative', what: 'missing', value: DELETE },
  { field: 'beat.extra', what: 'an extra key', value: 1 },
  { field: 'recollections.0.knot', what: 'a number', value: 1 },
  { field: 'recollections.0.at', what: 'negative', value: -1 },
  { field: 'recollections.0.at', what: 'a fraction', value: 0.5 },
  { field: 'recollections.0.knowledge', what: 'a string', value: 'madame_tears' },
  { field: 'recollections.0.knowledge', what: 'over the item limit', value: Array(201).fill('a') },
  { field: 'recollections.0.knowledge', what: 'an item over the name limit', value: [long(201)] },
  { field: 'recollections.0.via', what: 'not story or chest', value: 'dream' },
  { field: 'recollections.0.extra', what: 'an extra key', value: 1 },
  { field: 'stash.knot', what: 'null', value: null },
  { field: 'stash.beat.speaker', what: 'nobody in the story', value: 'nobody' },
  { field: 'stash.stage.place', what: 'not a place', value: 'the_moon' },
  { field: 'stash.stage.cast', what: 'someone who is not in the cast', value: ['nobody'] },
  { field: 'stash.stage', what: 'missing', value: DELETE },
  { field: 'stash.extra', what: 'an extra key', value: 1 },
];

describe('save validation, field by field', () => {
  const base = savedInsideRecall();

  it('starts from a save with every part filled, which validates', () => {
    expect(checkSave(base)).toEqual({ ok: true, save: base });
    expect(base.stash?.beat).not.toBeNull();
    expect(base.beat).not.toBeNull();
    expect(base.recollections.length).toBeGreaterThan(0);
    expect(base.position.steps.map((s) => s.kind)).toEqual(['choice', 'recall']);
  });

  it.each(BAD_FIELDS)('refuses a save whose $field is $what, saying it is damaged', ({ field, value }) => {
    const check = checkSave(withField(base, field, value));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(/^This save is damaged \(.+\)\.$/);
  });

  it('refuses a save whose format is not ours as not a Lost Corner save', () => {
    expect(checkSave(withField(base, 'format', 'lost-corner-save-2'))).toEqual({
      ok: false,
      problem: 'This is not a Lost Corner save.',
    });
  });

  it('accepts the time played of a long reading, many hours over many sessions', () => {
    const thirtyHours = 30 * 60 * 60 * 1000;
    const save = makeSave(playThePath(), { savedAt: 1_700_000_000_000, playTime: thirtyHours });
    const check = checkSave(JSON.parse(JSON.stringify(save)));
    expect(check).toEqual({ ok: true, save });
    expect(save.playTime).toBe(thirtyHours);
  });

  it('rounds the time played to whole milliseconds and never records less than none', () => {
    const p = playThePath();
    expect(makeSave(p, { savedAt: 0, playTime: 1234.6 }).playTime).toBe(1235);
    expect(makeSave(p, { savedAt: 0, playTime: -50 }).playTime).toBe(0);
    expect(makeSave(p, { savedAt: 0, playTime: 0 }).thumbnail).toBeNull();
  });
});

describe('resuming on an edited story', () => {
  const saved = () => savedPath();

  it('starts from a path through both choices, the memory and the chest', () => {
    const save = saved();
    expect(save.beat?.text).toBe('I held on.');
    expect(save.position.steps).toEqual([
      { kind: 'choice', beats: 2, index: 1, text: 'Some of it' },
      { kind: 'recall', beats: 4, knot: 'mem_tape' },
      { kind: 'return', beats: 1 },
      { kind: 'choice', beats: 1, index: 0, text: 'Hold on', id: 'field.holding_on' },
    ]);
  });

  it('resumes at the same line, with no note, when only the words changed', () => {
    const edited = pathStory(
      PATH_SOURCE.replace('Rain on the glass.', 'Rain, heavier now, on the glass.').replace(
        'Back in the car.',
        'Back in the car, the heater ticking.',
      ),
      'a000000000000001',
    );
    const save = saved();
    const resumed = resume(edited, save);
    expect(resumed.note).toBeNull();
    expect(resumed.playthrough.current?.text).toBe('I held on.');
    expect(resumed.playthrough.position).toEqual(save.position);
    expect(resumed.playthrough.reader.listItems('field')).toEqual(['holding_on']);
    expect(resumed.playthrough.recollections.map((r) => r.via)).toEqual(['story', 'chest']);
  });

  it('resumes at the same line, with no note, when a knot on the path was renamed and its divert with it', () => {
    const edited = pathStory(
      PATH_SOURCE.replace('-> fields', '-> the_field').replace('=== fields ===', '=== the_field ==='),
      'b000000000000001',
    );
    const save = saved();
    const resumed = resume(edited, save);
    expect(resumed.note).toBeNull();
    expect(resumed.playthrough.current).toMatchObject({ text: 'I held on.', knot: 'the_field' });
    expect(resumed.playthrough.position).toEqual(save.position);
    expect(resumed.playthrough.next()).toMatchObject({ text: 'Later.', ended: true });
  });

  it('finds each saved option by its text or stance when a new option is inserted before it', () => {
    const edited = pathStory(
      PATH_SOURCE.replace('* [Everything', '* [Nothing] Nothing.\n* [Everything').replace(
        '* [Hold on',
        '* [Shrug] I shrugged.\n* [Hold on',
      ),
      'c000000000000001',
    );
    const resumed = resume(edited, saved());
    expect(resumed.note).toBeNull();
    expect(resumed.playthrough.current?.text).toBe('I held on.');
    const choices = resumed.playthrough.position.steps.filter((s) => s.kind === 'choice');
    expect(choices.map((s) => [s.index, s.text])).toEqual([
      [2, 'Some of it'],
      [1, 'Hold on'],
    ]);
    expect(resumed.playthrough.history.map((h) => (h.kind === 'line' ? h.text : h.kind))).not.toContain(
      'I shrugged.',
    );
  });

  it('stops at the line before a saved choice that was removed, with the note, never on another branch', () => {
    const edited = pathStory(
      PATH_SOURCE.replace(
        '* [Hold on # stance: field.holding_on]\n    ~ field = holding_on\n    I held on.\n',
        '',
      ),
      'd000000000000001',
    );
    expect(edited.json).not.toContain('Hold on');
    const resumed = resume(edited, saved());
    expect(resumed.note).toBe(
      'The story has changed since you saved, so you are back at the last moment that is still the same.',
    );
    const p = resumed.playthrough;
    expect(p.current?.text).toBe('The field, then.');
    expect(p.current?.choices.map((c) => c.text)).toEqual(['Let go']);
    expect(p.position.steps.map((s) => s.kind)).toEqual(['choice', 'recall', 'return']);
    expect(p.reader.listItems('field')).toEqual([]);
    const lines = p.history.flatMap((h) => (h.kind === 'line' ? [h.text] : []));
    expect(lines.at(-1)).toBe('The field, then.');
    expect(lines).not.toContain('I let go.');
  });
});

describe('save properties', () => {
  const base = savedInsideRecall();

  it('never throws on any JSON value, and always gives a save or a problem to show', () => {
    const saveLike = fc
      .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(0, 1, 2, 3, 4, '3'))
      .map(([fields, version]) => ({ ...fields, format: SAVE_FORMAT, version }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), saveLike), (input) => {
        const check = checkSave(input);
        if (check.ok) expect(checkSave(check.save)).toEqual(check);
        else expect(check.problem).toMatch(/\S/);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it('refuses a save with any one top-level field replaced, or keeps a save that validates again as it is', () => {
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.jsonValue(), (key, value) => {
        const check = checkSave({ ...base, [key]: value });
        if (!check.ok) {
          expect(check.problem).toMatch(/\S/);
          return;
        }
        expect(checkSave(check.save)).toEqual(check);
        const { [key]: _changed, ...rest } = check.save as unknown as Record<string, unknown>;
        const { [key]: _original, ...baseRest } = base as unknown as Record<string, unknown>;
        expect(rest).toEqual(baseRest);
      }),
      { numRuns: 300, seed: 2 },
    );
  });

  /** A reading driven by a list of moves: read on, choose, open the tape from the chest, close it. */
  function play(seed: number, moves: readonly number[]): Playthrough {
    const p = new Playthrough(PATH_STORY, seed);
    for (const move of moves) {
      const beat = p.current;
      if (move === 2 && !p.recalling) p.recall('mem_tape');
      else if (move === 3 && p.recalling) p.returnFromRecall();
      else if (beat?.ended) {
        if (!p.recalling) break;
        p.returnFromRecall();
      } else if (beat && beat.choices.length > 0) p.choose(beat.choices[move % beat.choices.length]!.index);
      else p.next();
    }
    return p;
  }

  /** What a save is made from; the playthrough is built inside each run, so a failure prints only these. */
  const anyReading = fc.record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    moves: fc.array(fc.nat({ max: 5 }), { maxLength: 24, size: 'max' }),
    savedAt: fc.maxSafeNat(),
    playTime: fc.double({ min: 0, max: 3_600_000_000, noNaN: true }),
    thumbnail: fc.option(
      fc.base64String({ minLength: 4, maxLength: 400 }).map((b) => `data:image/webp;base64,${b}`),
    ),
  });
  type Reading = typeof anyReading extends fc.Arbitrary<infer R> ? R : never;
  const saveOf = ({ seed, moves, ...extras }: Reading) => {
    const playthrough = play(seed, moves);
    return { playthrough, save: makeSave(playthrough, extras) };
  };

  it('gives back an equal save after a JSON round trip, for any valid save', () => {
    fc.assert(
      fc.property(anyReading, (reading) => {
        const { save } = saveOf(reading);
        expect(checkSave(JSON.parse(JSON.stringify(save)))).toEqual({ ok: true, save });
      }),
      { numRuns: 50, seed: 3 },
    );
  });

  it('resumes any save at the line it was taken on, from ink state or by replaying its path', () => {
    const rehashed = { ...PATH_STORY, hash: 'ffffffffffffffff' };
    fc.assert(
      fc.property(anyReading, (reading) => {
        const { playthrough, save } = saveOf(reading);
        for (const story of [PATH_STORY, rehashed]) {
          const resumed = resume(story, save);
          expect(resumed.note).toBeNull();
          expect(resumed.playthrough.current?.text).toBe(playthrough.current?.text);
          expect(resumed.playthrough.position).toEqual(playthrough.position);
          expect(resumed.playthrough.recalling).toEqual(playthrough.recalling);
          expect(resumed.playthrough.stage).toEqual(playthrough.stage);
        }
      }),
      { numRuns: 60, seed: 4 },
    );
  });
});

describe('who is in the picture', () => {
  const CAST_SOURCE = `
-> pond
=== pond ===
# place: hailsham_pond
# register: memory
# cast: tommy kathy
Tommy on the flat stones.
# cast: ruth tommy kathy
Ruth comes down the path.
Nobody says anything.
-> END
`;
  const CAST_STORY = pathStory(CAST_SOURCE, 'f000000000000001');

  function savedWithCast(): SaveData {
    const p = new Playthrough(CAST_STORY, 5);
    readOn(p, 'Ruth comes down the path.');
    return makeSave(p, { savedAt: 1_700_000_000_000, playTime: 1_000 });
  }

  it('keeps the cast through a JSON round trip, and resumes with the same people there', () => {
    const save = savedWithCast();
    expect(save.stage.cast).toEqual(['ruth', 'tommy', 'kathy']);
    const check = checkSave(JSON.parse(JSON.stringify(save)));
    expect(check).toEqual({ ok: true, save });
    if (!check.ok) return;
    expect(resume(CAST_STORY, check.save).playthrough.stage.cast).toEqual(['ruth', 'tommy', 'kathy']);
    const edited = pathStory(CAST_SOURCE.replace('flat stones', 'flat stones, throwing'), 'f000000000000002');
    const replayed = resume(edited, check.save);
    expect(replayed.note).toBeNull();
    expect(replayed.playthrough.stage.cast).toEqual(['ruth', 'tommy', 'kathy']);
  });

  it('reads nobody in the picture, and nothing up close, from a save written before either existed', () => {
    const written = JSON.parse(JSON.stringify(savedInsideRecall())) as {
      stage: Record<string, unknown>;
      stash: { stage: Record<string, unknown> };
    };
    delete written.stage.cast;
    delete written.stash.stage.cast;
    delete written.stage.closeUp;
    delete written.stash.stage.closeUp;
    const check = checkSave(written);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.save.stage.cast).toEqual([]);
    expect(check.save.stage.closeUp).toBeNull();
    expect(check.save.stash?.stage.cast).toEqual([]);
    const {
      playTime: _p,
      thumbnail: _t,
      storyVersion: _s,
      inkSaveVersion: _i,
      ...version2
    } = written as Record<string, unknown>;
    const migrated = checkSave({ ...version2, version: 2 });
    expect(migrated.ok && migrated.save.stage.cast).toEqual([]);
  });
});

describe('the save envelope', () => {
  it('records the release and the format of ink’s state, and reads them as unknown from saves before them', () => {
    const p = new Playthrough(PATH_STORY, 7);
    p.next();
    const save = makeSave(p, { savedAt: 1, playTime: 0, storyVersion: '0.1.0' });
    expect(save.storyVersion).toBe('0.1.0');
    expect(save.inkSaveVersion).toBe(JSON.parse(save.inkState).inkSaveVersion);
    const { storyVersion: _s, inkSaveVersion: _i, ...before } = JSON.parse(JSON.stringify(save));
    const check = checkSave(before);
    expect(check.ok && [check.save.storyVersion, check.save.inkSaveVersion]).toEqual([null, null]);
  });

  it('replays the path rather than trust ink state written by a newer ink, and lands on the same line', () => {
    const p = new Playthrough(PATH_STORY, 7);
    p.next();
    // A state ink would read without complaint, but of an earlier line: trusting it would go on from there.
    const earlierState = p.inkState();
    p.next();
    const save = makeSave(p, { savedAt: 1, playTime: 0 });
    expect(p.inkState()).not.toBe(earlierState);
    const trusted = resume(PATH_STORY, { ...save, inkState: earlierState });
    expect(trusted.playthrough.inkState()).toBe(earlierState);

    const fromNewerInk = { ...save, inkState: earlierState, inkSaveVersion: (save.inkSaveVersion ?? 0) + 1 };
    const resumed = resume(PATH_STORY, fromNewerInk);
    expect(resumed.playthrough.inkState()).toBe(p.inkState());
    expect(resumed.playthrough.current?.text).toBe(p.current?.text);
    expect(resumed.note).toBeNull();
  });
});
