import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { ink } from './vite-plugin-ink.ts';

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ink-plugin-'));
  fs.writeFileSync(path.join(dir, 'entry.js'), "import story from './main.ink';\nconsole.log(story.hash);\n");
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function buildProject(dir: string) {
  return build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [ink()],
    build: { write: false, rolldownOptions: { input: path.join(dir, 'entry.js') } },
  });
}

describe('the ink Vite plugin', () => {
  it('turns main.ink and its INCLUDEs into a module with the compiled story, sources and hash', async () => {
    const dir = project({
      'main.ink': 'INCLUDE part.ink\n-> start\n',
      'part.ink': '=== start ===\nHello from the part.\n-> END\n',
    });
    const output = (await buildProject(dir)) as Rollup.RollupOutput[] | Rollup.RollupOutput;
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const code = chunks.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
    expect(code).toContain('Hello from the part.');
    expect(code).toContain('part.ink');
    expect(code).toMatch(/[0-9a-f]{16}/);
  });

  it('fails the build with the file and line of an ink error', async () => {
    const dir = project({
      'main.ink': 'INCLUDE part.ink\n-> start\n',
      'part.ink': '=== start ===\nHello.\n-> nowhere\n',
    });
    await expect(buildProject(dir)).rejects.toThrow(/part\.ink:3: Divert target not found: '-> nowhere'/);
  });

  it('fails the build on an unknown tag, naming file, line and knot', async () => {
    const dir = project({ 'main.ink': '-> start\n=== start ===\nHello. # sparkle: yes\n-> END\n' });
    await expect(buildProject(dir)).rejects.toThrow(/main\.ink:3 \(knot 'start'\): unknown tag 'sparkle'/);
  });
});
