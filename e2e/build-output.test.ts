/**
 * Checks over the production build in dist/: the game ships the ink runtime only, never the compiler, and no
 * compiled story lies about as a separate JSON file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../tools/vite-plugin-csp.ts';

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

describe('what the built pages let in', () => {
  const pages = ['dist/index.html', 'dist/guide.html'].map((file) => fs.readFileSync(file, 'utf-8'));

  it('carries a Content Security Policy with only our own origin, no eval and no inline code', () => {
    for (const page of pages) {
      const policy = page
        .match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
        ?.replaceAll('&#39;', "'");
      expect(policy).toBe(POLICY);
      expect(policy).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
    }
  });

  it('names no remote address, analytics, beacon or eval anywhere in the built files', () => {
    const files = fs
      .readdirSync(assets)
      .filter((name) => /\.(js|css|html)$/.test(name))
      .map((name) => [name, fs.readFileSync(path.join(assets, name), 'utf-8')] as const);
    for (const [name, text] of [...files, ['index.html', pages[0] ?? ''] as const]) {
      expect(text, name).not.toMatch(/sendBeacon|google-analytics|googletagmanager|gtag\(|plausible|sentry/i);
      // Remote addresses in code: src/href/url()/fetch to http(s). Namespace and licence URLs in comments and
      // SVG xmlns are not loads; they are allowed only as those exact forms.
      const remote =
        text.match(/(?:src|href|url\(|fetch\(|import\()\s*=?\s*["'`]?https?:\/\/[^"'`)\s]+/g) ?? [];
      expect(remote, name).toEqual([]);
    }
    // Nothing in the shipped code turns text into code (the policy would refuse it anyway).
    expect(code).not.toMatch(/(^|[^\w.])eval\(|new Function\(/);
  });
});

describe('pictures', () => {
  it('ships no picture files, since every picture is drawn by code: none can go missing or arrive damaged', () => {
    // If image files are ever added, the game must first learn to draw a neutral placeholder for a missing one.
    const images = fs.readdirSync(assets).filter((name) => /\.(png|jpe?g|webp|gif|avif|svg)$/i.test(name));
    expect(images).toEqual([]);
  });
});
