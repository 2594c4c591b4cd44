/**
 * The offline copy, in real Chromium against the production build: after one visit the whole game plays with
 * the network cut (page, code, story, pictures, sounds and fonts from the service worker's cache), and a new
 * version is offered, never forced: it waits until the player presses "Update now".
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.context.setOffline(false);
  await game?.close();
  game = null;
});

describe('offline', () => {
  it('plays from its own copy with the network cut, after one visit', async () => {
    game = await GamePage.open(url);
    const { page, context } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    // The first visit installs the copy; it takes charge of the page from the next load.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      // A sound the game itself stops asking for (the title's music, once the story begins) is aborted, not lost.
      const why = request.failure()?.errorText ?? '';
      if (why !== 'net::ERR_ABORTED') failed.push(`${request.url()}: ${why}`);
    });
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker() && !/^(data|blob):/.test(response.url()))
        fromNetwork.push(response.url());
    });
    await page.reload();
    await page
      .getByRole('button', { name: /New game|Continue/ })
      .first()
      .click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor({ timeout: 60_000 });
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(60);
    }
    // The sounds of the first part came from the copy too, and play.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const howler = (window as unknown as { Howler?: { _howls: { playing(): boolean }[] } }).Howler;
          return (howler?._howls ?? []).filter((h) => h.playing()).length;
        }),
      )
      .toBeGreaterThan(0);
    // The fonts are the game's own, from the copy.
    expect(await page.evaluate(() => document.fonts.check('1em Literata'))).toBe(true);
    expect(failed).toEqual([]);
    expect(fromNetwork).toEqual([]);
    expect(game.errors).toEqual([]);
  });
});
