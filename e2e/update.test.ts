/**
 * A new version arriving while a student reads: a copy of the build is served from a folder of its own, a tab
 * plays it, and then the folder's service worker changes, as a redeploy changes it. The new version installs and
 * is offered; the tab is not reloaded under the reader (words being typed stay in their box); only "Update now"
 * switches, and the game comes back with its story and journal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GamePage } from './game-page.ts';

let folder = '';
let url = '';
let close: () => Promise<void> = async () => undefined;
let game: GamePage | null = null;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lost-corner-update-'));
  fs.cpSync('dist', folder, { recursive: true });
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    build: { outDir: folder },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  url = server.resolvedUrls?.local[0] ?? '';
  close = () => new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
});

afterAll(async () => {
  await close();
  fs.rmSync(folder, { recursive: true, force: true });
});

afterEach(async () => {
  await game?.close();
  game = null;
});

describe('a new version', () => {
  it('is offered, never forced, and starts when the player says so', async () => {
    expect(url).not.toBe('');
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.waitFor();
    await journal.getByLabel('Note', { exact: true }).fill('Half a thought about the pier');
    // A mark on this very page: it is gone if the page is ever reloaded.
    await page.evaluate(() => Object.assign(window, { samePage: true }));

    // The redeploy: the worker file changes, and the browser checks for it.
    fs.appendFileSync(path.join(folder, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const offer = page.getByRole('complementary', { name: /new version of Lost Corner is ready/ });
    await offer.waitFor({ timeout: 60_000 });

    // Offered, not forced: the same page, the words still in their box.
    await page.waitForTimeout(2000);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(await journal.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Half a thought about the pier',
    );

    await page.keyboard.press('Escape');
    await journal.waitFor({ state: 'hidden' });
    await offer.getByRole('button', { name: 'Update now' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage ?? false), {
        timeout: 30_000,
      })
      .toBe(false);
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await game.announced().first().waitFor();
    await page.keyboard.press('j');
    await page.getByRole('dialog', { name: 'Journal' }).waitFor();
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Half a thought about the pier');
    expect(await page.getByRole('complementary', { name: /new version/ }).count()).toBe(0);
    expect(game.errors).toEqual([]);
  }, 180_000);
});
