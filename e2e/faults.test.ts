/**
 * Faults a school machine throws at the game, in real Chromium against the production build: storage refused
 * outright (as in some private modes), storage that fills up mid-story, the WebGL context lost and given back,
 * and a file of the game that never arrives. Each time the player is told calmly and once, nothing advances
 * twice, and saves are kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

describe('faults', () => {
  it('starts and plays when the browser refuses storage, saying once that progress lasts only for this tab', async () => {
    game = await GamePage.open('about:blank');
    const { page } = game;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
    });
    await page.goto(url);
    const told = page.getByText(
      'This browser is not letting the game keep anything, so progress lasts only while this tab is open.',
    );
    await told.waitFor({ timeout: 60_000 });
    // And how to keep what matters most, one press away.
    expect(await told.textContent()).toContain('save your journal as a file');
    await page.getByRole('button', { name: 'Save my journal' }).click();
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByRole('button', { name: 'Save as JSON (to open again)' }).waitFor();
    await page.keyboard.press('Escape');
    await journal.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await game.readOn(6, 60);
    await expect.poll(() => game?.announced().textContent()).not.toMatch(/The rain began/);
    expect(game.errors).toEqual([]);
  });

  it('tells the player once when storage fills up mid-story, and the story goes on', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await game.readOn(2, 60);
    // From now on every write is refused as a full disk refuses it.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const notice = page.getByRole('status').filter({ hasText: 'Your progress could not be saved just now' });
    await game.readOn(2, 60);
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('save your journal as a file');
    const before = await game.announced().textContent();
    await game.readOn(4, 60);
    // The story went on, and the notice is there once, not once per line.
    expect(await game.announced().textContent()).not.toBe(before);
    expect(await notice.count()).toBe(1);
    // It offers the journal, where a copy can be saved as a file.
    await notice.getByRole('button', { name: 'Save my journal' }).click();
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByRole('button', { name: 'Save as JSON (to open again)' }).waitFor();
    expect(game.errors).toEqual([]);
  });

  it('keeps its place when the WebGL context is lost and given back, advancing once per press', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await game.readOn(2, 60);
    await page.waitForTimeout(500);
    const seen: string[] = [];
    const record = async () => {
      const text = (await game?.announced().textContent()) ?? '';
      if (seen.at(-1) !== text) seen.push(text);
    };
    await record();
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#picture canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const lose = gl?.getExtension('WEBGL_lose_context');
      lose?.loseContext();
      (window as unknown as { restoreContext?: () => void }).restoreContext = () => lose?.restoreContext();
      return lose !== undefined && lose !== null;
    });
    expect(lost).toBe(true);
    // While the picture is gone the words still work: two presses, two steps (each first finishes the line).
    for (let i = 0; i < 2; i += 1) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await page.waitForTimeout(200);
      await record();
    }
    await page.evaluate(() => (window as unknown as { restoreContext: () => void }).restoreContext());
    await page.waitForTimeout(1500);
    await record();
    expect(seen).toHaveLength(3);
    // The picture is back: the canvas alone (words hidden) holds a painted image again, not a blank one, which
    // compresses to a few kilobytes.
    await page.evaluate(() => document.getElementById('ui')?.style.setProperty('visibility', 'hidden'));
    const shot = await page.locator('#picture canvas').screenshot({ timeout: 120_000 });
    await page.evaluate(() => document.getElementById('ui')?.style.removeProperty('visibility'));
    expect(shot.length).toBeGreaterThan(20_000);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect.poll(() => game?.announced().textContent()).not.toBe(seen.at(-1));
    expect(game.errors).toEqual([]);
  });

  it('says calmly that a file did not arrive, keeps the saves, and loads when tried again', async () => {
    // A copy of the build, served from its own folder, so one of its files can go missing.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lost-corner-missing-'));
    fs.cpSync('dist', folder, { recursive: true });
    const server = await preview({
      configFile: false,
      build: { outDir: folder },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    try {
      const copy = server.resolvedUrls?.local[0] ?? '';
      // No offline copy yet, as on a first visit to a broken upload (the copy would otherwise serve the file).
      game = await GamePage.open(copy, { serviceWorkers: 'block' });
      const { page } = game;
      await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
      await game.announced().filter({ hasText: 'The rain began' }).waitFor();
      await game.readOn(3, 60);
      await page.waitForTimeout(800);

      // Phaser's file goes missing from the server (a half-finished upload, say).
      const phaser = fs.readdirSync(path.join(folder, 'assets')).find((name) => /^phaser-.*\.js$/.test(name));
      expect(phaser).toBeDefined();
      const hidden = path.join(folder, `${phaser}.away`);
      fs.renameSync(path.join(folder, 'assets', phaser ?? ''), hidden);
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: 'could not finish loading' });
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toContain('Your saves and journal are safe');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('load-retry');

      // Back on the server; Try again loads the game, and the story goes on from its save.
      fs.renameSync(hidden, path.join(folder, 'assets', phaser ?? ''));
      game.errors.length = 0;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
      await game.announced().first().waitFor();
      expect(game.errors).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('falls back to the save before when the newest autosave is damaged by hand, and says so', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    // A choice turns the autosave, so two autosaves exist: before the choice and after it.
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    await page.keyboard.press('1');
    await game.readOn(3, 60);
    await page.waitForTimeout(800);

    const damaged = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('lost-corner');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('saves', 'readwrite').objectStore('saves');
            const slots = ['auto-1', 'auto-2', 'auto-3'];
            const all = slots.map((slot) => store.get(slot));
            store.transaction.oncomplete = () => {
              const saves = all.map((request, i) => ({ slot: slots[i] ?? '', save: request.result }));
              const newest = saves
                .filter((s) => s.save)
                .sort((a, b) => (b.save.savedAt as number) - (a.save.savedAt as number))[0];
              if (!newest) return reject(new Error('no autosave'));
              const write = open.result.transaction('saves', 'readwrite');
              // Edited by hand, badly: the path is no longer a path.
              write.objectStore('saves').put({ ...newest.save, position: 'scribbled over' }, newest.slot);
              write.oncomplete = () => resolve(newest.slot);
            };
          };
        }),
    );
    expect(damaged).toMatch(/^auto-/);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await page
      .getByRole('status')
      .filter({ hasText: 'Your newest save could not be read, so you are back at the one before it.' })
      .waitFor({ timeout: 30_000 });
    await game.announced().first().waitFor();
    expect(game.errors).toEqual([]);
  });

  it('autosaves when the tab is hidden, and after a long time away goes on one line per press', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await game.readOn(4, 60);
    await page.waitForTimeout(800);
    const newestSave = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('lost-corner');
            open.onsuccess = () => {
              const store = open.result.transaction('saves').objectStore('saves');
              const all = ['auto-1', 'auto-2', 'auto-3'].map((slot) => store.get(slot));
              store.transaction.oncomplete = () =>
                resolve(Math.max(0, ...all.map((r) => (r.result?.savedAt as number | undefined) ?? 0)));
            };
          }),
      );
    const before = await newestSave();
    // Headless Chromium never hides a tab by itself: the browser's own signal is given as it would be.
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'visibilityState', {
          value: h ? 'hidden' : 'visible',
          configurable: true,
        });
        Object.defineProperty(document, 'hidden', { value: h, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await expect.poll(newestSave, { timeout: 10_000 }).toBeGreaterThan(before);
    // A long time away: timers in a hidden tab are slowed, not run faster; nothing may pile up.
    await page.waitForTimeout(5000);
    await setHidden(false);
    const line = await game.announced().textContent();
    await page.waitForTimeout(1000);
    expect(await game.announced().textContent()).toBe(line);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect.poll(() => game?.announced().textContent()).not.toBe(line);
    const next = await game.announced().textContent();
    await page.waitForTimeout(1000);
    expect(await game.announced().textContent()).toBe(next);
    expect(game.errors).toEqual([]);
  });
});
