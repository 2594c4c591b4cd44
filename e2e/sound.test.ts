/**
 * Sound in real Chromium, on the production build: only the title's and the opening's files are fetched at
 * start; a loaded save is heard as it was; opening the chest plays its lid; a tagged line plays its effect and,
 * with captions on, shows what is heard; and a sound file that is missing is logged once while the story goes on.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';
import { seedSaveAt } from './seed-save.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

/** The sound files Howler holds, each with whether it is playing now, read from Howler's own global. */
async function howls(page: Page): Promise<{ src: string; playing: boolean }[]> {
  return page.evaluate(() => {
    const howler = (
      window as unknown as { Howler: { _howls: { playing(): boolean; _src: string | string[] }[] } }
    ).Howler;
    return howler._howls.map((howl) => ({ src: String(howl._src), playing: howl.playing() }));
  });
}

const playing = (page: Page, name: string) => async () =>
  (await howls(page)).some((howl) => howl.playing && howl.src.includes(name));

/** The file name of an audio request without Vite's hash, e.g. "car_rain.webm"; null for anything else. */
function audioFile(address: string): string | null {
  const match = /\/([a-z_]+?)(?:-[\w-]{6,})?\.(webm|mp3)(?:\?|$)/.exec(address);
  return match ? `${match[1]}.${match[2]}` : null;
}

describe('sound', () => {
  it('fetches only the title’s and the opening’s sounds at start, and the rest when first heard', async () => {
    game = await GamePage.open('about:blank');
    const { page } = game;
    const fetched: string[] = [];
    page.on('request', (request) => {
      const file = audioFile(request.url());
      if (file) fetched.push(file);
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    // The title's theme and the opening drive's rain, in WebM (Chromium plays Opus), and nothing else.
    expect(fetched.sort()).toEqual(['car_rain.webm', 'music_hailsham.webm']);

    // The first memory brings the summer field with it, fetched only now.
    await game.readUntil(game.announcedIncludes('Hailsham: the playing fields and the pavilion, remembered'));
    await expect.poll(() => fetched.includes('summer_field.webm')).toBe(true);
    expect(fetched.filter((file) => file.startsWith('sfx_'))).toEqual([]);
    expect(game.errors).toEqual([]);
  }, 240_000);

  it('restores the sound of a loaded save, and plays the chest lid when the chest opens', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await seedSaveAt(page, 'play_madame');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /^Chest/ }).waitFor();
    // The save's stage is heard again: the night drive and the carers' music, in place of the title's theme.
    await expect.poll(playing(page, 'car_night'), { timeout: 10_000 }).toBe(true);
    await expect.poll(playing(page, 'music_carers'), { timeout: 10_000 }).toBe(true);
    expect((await howls(page)).some((howl) => howl.src.includes('sfx_chest_lid'))).toBe(false);

    await page.keyboard.press('c');
    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
    await expect.poll(playing(page, 'sfx_chest_lid'), { timeout: 10_000 }).toBe(true);
    expect(game.errors).toEqual([]);
  }, 240_000);

  it('plays a line’s sound and, with captions on, writes what is heard under it', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await seedSaveAt(page, 'play_madame');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Captions for sounds' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Continue' }).click();
    await game.announced().filter({ hasText: 'Kathy is Tommy' }).waitFor();

    // At Madame's gate: "She opened the gate and held it for us…" carries `# sound: gravel`.
    await game.readUntil(game.announcedIncludes('She opened the gate'));
    await expect.poll(playing(page, 'sfx_gravel'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.locator('.sound-caption').textContent()).toBe('[footsteps on gravel]');
    expect(await game.announced().textContent()).toMatch(/\[footsteps on gravel\]$/);

    // The next line has nothing new to hear, so no caption.
    await game.readUntil(async () => !(await game!.announcedIncludes('She opened the gate')()));
    expect(await page.locator('.sound-caption').count()).toBe(0);
    expect(game.errors).toEqual([]);
  }, 240_000);

  it('logs a missing sound file once, and the story goes on without it', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // The first memory's bed is missing from the server.
    await page.route(/summer_field[^/]*\.(webm|mp3)$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();

    await game.readUntil(game.announcedIncludes('Hailsham: the playing fields and the pavilion, remembered'));
    const inMemory = (await game.announced().textContent()) ?? '';
    await expect.poll(() => warnings.filter((w) => w.includes('summer_field')).length).toBe(1);

    // Read on through the rest of the memory and back to the drive.
    await game.readUntil(async () => !(await visibleNow(page.getByText('Remembered ·'))));
    expect(await game.announced().textContent()).not.toBe(inMemory);
    expect(warnings.filter((w) => w.includes('summer_field'))).toEqual([
      expect.stringMatching(
        /^The ambience 'summer_field' could not load .*; the story goes on without it\.$/,
      ),
    ]);
    // The browser reports the failed request itself; nothing else went wrong.
    expect(game.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }, 240_000);
});
