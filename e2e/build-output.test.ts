/**
 * Checks over the production build in dist/: the game ships the ink runtime only, never the compiler, and no
 * compiled story lies about as a separate JSON file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const assets = path.resolve('dist/assets');
const scripts = fs.readdirSync(assets).filter((name) => name.endsWith('.js'));
const code = scripts.map((name) => fs.readFileSync(path.join(assets, name), 'utf-8')).join('\n');

describe('the production build', () => {
  it('contains the ink runtime', () => {
    // A runtime error message, present in inkjs's runtime bundle.
    expect(code).toContain('ran out of content');
  });

  it('does not contain the ink compiler', () => {
    // Strings found only in inkjs's compiler bundle (inkjs/full), not in its runtime.
    for (const marker of ['Apparent loose end', 'Compilation failed', 'knot or stitch']) {
      expect(code, `found compiler text '${marker}'`).not.toContain(marker);
    }
  });

  it('carries the story inside the code rather than as a loose JSON file', () => {
    expect(fs.readdirSync(assets).filter((name) => name.endsWith('.json'))).toEqual([]);
    expect(code).toContain('Our pavilion at Hailsham');
  });
});
