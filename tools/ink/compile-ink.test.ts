import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError } from './compile-ink.ts';

function storyDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ink-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InkCompileError) return error.problems;
    throw error;
  }
  throw new Error('expected the ink to fail to compile');
}

describe('compileInk', () => {
  it('compiles a main file with its INCLUDEs and knows which file each knot is in', () => {
    const dir = storyDir({
      'main.ink': 'INCLUDE part.ink\n-> start\n',
      'part.ink': '=== start ===\nA line. # place: car\n-> END\n',
    });
    const result = compileInk(path.join(dir, 'main.ink'), { root: dir });
    expect(JSON.parse(result.json).inkVersion).toBe(21);
    expect(result.sources).toEqual({ start: 'part.ink' });
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual(['main.ink', 'part.ink']);
    expect(result.tags).toEqual([
      { tag: 'place: car', file: 'part.ink', line: 2, knot: 'start', onChoice: false },
    ]);
    expect(result.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names the included file and line of a compile error', () => {
    const dir = storyDir({
      'main.ink': 'INCLUDE part.ink\n-> start\n',
      'part.ink': '=== start ===\nHello.\n-> nowhere\n',
    });
    const problems = problemsOf(() => compileInk(path.join(dir, 'main.ink'), { root: dir }));
    expect(problems).toEqual(["part.ink:3: Divert target not found: '-> nowhere'"]);
  });

  it('fails on a warning as well as an error', () => {
    const dir = storyDir({ 'main.ink': '-> start\n=== start ===\n* [Go] Gone.\n' });
    const problems = problemsOf(() => compileInk(path.join(dir, 'main.ink'), { root: dir }));
    expect(problems.join('\n')).toMatch(/main\.ink:\d+: .*loose end/i);
  });

  it('rejects an unknown tag with its file, line and knot', () => {
    const dir = storyDir({ 'main.ink': '-> start\n=== start ===\nA line. # colour: blue\n-> END\n' });
    const problems = problemsOf(() => compileInk(path.join(dir, 'main.ink'), { root: dir }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^main\.ink:3 \(knot 'start'\): unknown tag 'colour' \(known: place, register, .*\) in tag '# colour: blue'$/,
    );
  });

  it('rejects a known tag with a value it does not know', () => {
    const dir = storyDir({
      'main.ink': '-> start\n=== start ===\nA line.\n* [Yes # stance: Bad.Value] Yes.\n- -> END\n',
    });
    const problems = problemsOf(() => compileInk(path.join(dir, 'main.ink'), { root: dir }));
    expect(problems[0]).toMatch(/^main\.ink:4 \(knot 'start'\): stance needs 'point\.option'/);
  });

  it('compiles the real story cleanly', () => {
    const result = compileInk('story/main.ink');
    expect(result.sources.prologue).toBe('story/prologue.ink');
    expect(result.tags.length).toBeGreaterThan(10);
    // Compiling 40,000 words takes a few seconds on a busy two-core machine: a limit, not a benchmark.
  }, 30_000);
});
