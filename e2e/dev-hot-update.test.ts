/**
 * The writer's loop in the dev server: editing an included .ink file updates the running game in place (no page
 * reload, the reader stays where they are), and a broken edit shows the ink error with its file and line.
 * Runs on a copy of story/ so the real files are never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GamePage } from './game-page.ts';

let server: ViteDevServer;
let game: GamePage;
let storyCopy: string;

/** Points the game's `story/main.ink` import at the copy. */
function useStoryCopy(dir: string): Plugin {
  return {
    name: 'use-story-copy',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('story/main.ink') ? path.join(dir, 'main.ink') : null;
    },
  };
}

beforeAll(async () => {
  storyCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'lost-corner-story-'));
  for (const name of fs.readdirSync('story').filter((n) => n.endsWith('.ink'))) {
    fs.copyFileSync(path.join('story', name), path.join(storyCopy, name));
  }
  server = await createServer({
    configFile: path.resolve('vite.config.ts'),
    plugins: [useStoryCopy(storyCopy)],
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server did not report its address');
  game = await GamePage.open(url);
});

afterAll(async () => {
  await game?.close();
  await server?.close();
});

function editPrologue(change: (text: string) => string) {
  const file = path.join(storyCopy, 'prologue.ink');
  const before = fs.readFileSync(file, 'utf-8');
  const after = change(before);
  if (after === before) throw new Error('the edit changed nothing: the test no longer matches the story');
  fs.writeFileSync(file, after);
}

describe('the dev server', () => {
  it('updates the running game when an included ink file is edited, without reloading the page', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await game.announced().filter({ hasText: 'I know this road' }).waitFor();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    editPrologue((text) => text.replace('I know this road well enough', 'I know this road far too well'));

    await game.announced().filter({ hasText: 'I know this road far too well' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
  });

  it('shows a broken edit as an error naming the ink file and line', async () => {
    editPrologue((text) => text.replace('-> mem_polo_shirt ->', '-> mem_polo_shrit ->'));
    const overlay = game.page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 30_000 });
    const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
    expect(message).toMatch(/prologue\.ink:\d+: Divert target not found: '-> mem_polo_shrit'/);
  });
});
