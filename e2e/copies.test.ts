/**
 * Where a copy of the game keeps its things, in real Chromium against the production build: two copies served
 * from two folders of one origin (two uploads to one host, a teacher's trial copy) keep their saves apart, and a
 * copy inside another site's page (a class site, a learning platform) says why a game saved at its own address
 * is not there, since the browser keeps an embedded page's storage apart.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GamePage } from './game-page.ts';

const DIST = path.resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

let server: http.Server;
let port = 0;
let game: GamePage | null = null;

/** The build under /first/ and /second/, and a class site's page that embeds /first/ from another site. */
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://here');
    if (pathname === '/class-site.html') {
      response.setHeader('content-type', 'text/html');
      response.end(
        `<!doctype html><html lang="en"><title>Class site</title><h1>Our class</h1>` +
          `<iframe src="http://127.0.0.1:${port}/first/" title="Lost Corner" width="1100" height="660"></iframe>`,
      );
      return;
    }
    const match = /^\/(first|second)\/(.*)$/.exec(pathname);
    const file = match && path.join(DIST, match[2] || 'index.html');
    if (!file?.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(async () => {
  await game?.close();
  game = null;
});

/** Reads on until the title, reached again by reloading, offers to continue: an autosave is then kept. */
async function playUntilSaved(at: string): Promise<void> {
  if (!game) throw new Error('no game open');
  await game.startNewGame();
  await game.readOn(4, 80);
  await expect
    .poll(
      async () => {
        await game?.page.goto(at);
        // The menu comes whole once the saves have been looked at; New game is always in it.
        await game?.page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 30_000 });
        return game?.page.getByRole('button', { name: 'Continue' }).isVisible();
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}

describe('copies of the game', () => {
  it('keeps the saves of two copies on one origin apart, each in its own database', async () => {
    const first = `http://127.0.0.1:${port}/first/`;
    const second = `http://127.0.0.1:${port}/second/`;
    game = await GamePage.open(first);
    const { page } = game;
    await playUntilSaved(first);

    await page.goto(second);
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    // The whole menu appears at once, after the saves were looked at: no Continue here.
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    // Opened at its own address, the copy has nothing to explain about other sites.
    expect(await page.getByText('inside another site').count()).toBe(0);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toEqual(expect.arrayContaining(['lost-corner@/first/', 'lost-corner@/second/']));
    expect(databases).not.toContain('lost-corner');

    await page.goto(first);
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await game.announced().waitFor();
    expect(await game.announced().textContent()).not.toMatch(/The rain began/);
    expect(game.errors).toEqual([]);
  });

  it('says, inside another site’s page, that a game saved at its own address is kept there', async () => {
    const direct = `http://127.0.0.1:${port}/first/`;
    game = await GamePage.open(direct);
    const { page } = game;
    await playUntilSaved(direct);

    // Another site (localhost is not 127.0.0.1 to the browser) embeds the same copy.
    await page.goto(`http://localhost:${port}/class-site.html`);
    const frame = page.frameLocator('iframe[title="Lost Corner"]');
    await frame.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    expect(await frame.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    const note = frame.getByRole('status').filter({ hasText: 'No saved game here yet' });
    expect(await note.textContent()).toContain('inside another site’s page');
    // It points to the journal, which can travel as a file.
    await note.getByRole('button', { name: 'Journal' }).click();
    await frame.getByRole('dialog', { name: 'Journal' }).getByText('Open a journal saved as JSON').waitFor();
    expect(game.errors).toEqual([]);
  });
});
