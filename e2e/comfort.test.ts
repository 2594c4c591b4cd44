/**
 * Comfort in real Chromium: the questions on the title at first start, text size and OpenDyslexic (served from
 * our own origin), reduced motion from the device and from the settings (the picture really stops moving), the
 * player's own keys, and self-voicing. Speech synthesis is stubbed only at the browser API boundary
 * (`speechSynthesis.speak` and `cancel`), so everything of ours that decides what to say and when runs for real.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { autoAdvanceDelay } from '../src/core/settings.ts';
import { axeViolations } from './a11y-page.ts';
import { GamePage } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

async function openSettings(page: Page) {
  await page.keyboard.press('o');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.waitFor();
  return settings;
}

/**
 * The picture as pixels, twice, some frames apart: equal when nothing moves. The words over it are hidden while
 * it is taken (a screenshot shows whatever lies on top, and the text types).
 */
async function pictureMoves(page: Page): Promise<boolean> {
  const canvas = page.locator('#picture canvas');
  const hideWords = (hidden: boolean) =>
    page.evaluate((h) => {
      const ui = document.getElementById('ui');
      if (ui) ui.style.visibility = h ? 'hidden' : '';
    }, hidden);
  await hideWords(true);
  const first = await canvas.screenshot({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  const second = await canvas.screenshot({ timeout: 120_000 });
  await hideWords(false);
  return !first.equals(second);
}

describe('comfort', () => {
  it('asks the comfort questions once at first start, applies them at once, and keeps them', async () => {
    game = await GamePage.open(url, {}, { firstVisit: true });
    const { page } = game;
    const questions = page.getByRole('region', { name: /make reading comfortable/i });
    await questions.waitFor({ timeout: 60_000 });
    expect(await axeViolations(page, 'first-start questions')).toEqual([]);
    // New game keeps focus: the questions never stand between a player and the story.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('New game');

    await questions.getByLabel('Text size').fill('6'); // the seventh step: 200%
    await questions.getByRole('radio', { name: /OpenDyslexic/ }).check();
    await questions.getByRole('checkbox', { name: /Less motion/ }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
    await questions.getByRole('button', { name: 'Done' }).click();
    await questions.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('region', { name: /make reading comfortable/i }).count()).toBe(0);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await game.startNewGame();
    const line = page.locator('.text-panel .line');
    const style = await line.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { family: computed.fontFamily, size: Number.parseFloat(computed.fontSize) };
    });
    expect(style.family).toMatch(/^"?OpenDyslexic/);
    expect(style.size).toBe(40); // 1.25rem at 200%
    expect(await axeViolations(page, 'a line at 200% in OpenDyslexic', { brightestPicture: true })).toEqual(
      [],
    );
    // High contrast on top: still no violation, the panel solid black.
    await openSettings(page);
    await page.getByRole('checkbox', { name: /High contrast/ }).check();
    expect(await axeViolations(page, 'settings in high contrast')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await axeViolations(page, 'a line in high contrast', { brightestPicture: true })).toEqual([]);
    expect(await page.locator('.text-panel').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await expect.poll(() => page.evaluate(() => document.fonts.check('1em OpenDyslexic'))).toBe(true);
    const origin = new URL(url).origin;
    expect(
      requests.filter((address) => !address.startsWith(origin) && !/^(data|blob):/.test(address)),
    ).toEqual([]);
    expect(game.errors).toEqual([]);
  });

  it('holds the picture still when the device asks for less motion, and when the player does', async () => {
    // `motion=full` lets the picture move even in software WebGL, as on a machine with a real GPU.
    game = await GamePage.open(`${url}?motion=full`, { reducedMotion: 'reduce' });
    const { page } = game;
    await game.startNewGame();
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
    // Still, once the crossfade into the first place is over (that fade is the one change reduced motion keeps).
    await expect.poll(() => pictureMoves(page), { timeout: 30_000, interval: 500 }).toBe(false);
    await game.close();

    game = await GamePage.open(`${url}?motion=full`, { reducedMotion: 'no-preference' });
    const moving = game.page;
    await game.startNewGame();
    expect(await moving.evaluate(() => document.documentElement.dataset.motion)).toBe('full');
    // The car at night in the rain: the rain falls.
    expect(await pictureMoves(moving)).toBe(true);
    const settings = await openSettings(moving);
    await settings.getByRole('radio', { name: /^Less motion/ }).check();
    await moving.keyboard.press('Escape');
    expect(await moving.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
    await expect.poll(() => pictureMoves(moving), { timeout: 30_000, interval: 500 }).toBe(false);
    // Interface animations are off too: the chapter card on a new chapter simply appears.
    expect(
      await moving.evaluate(() =>
        Array.from(document.querySelectorAll('#ui *')).some(
          (e) => getComputedStyle(e).animationName !== 'none',
        ),
      ),
    ).toBe(false);
    expect(game.errors).toEqual([]);
  });

  it('lets the player give an action a new key, takes it from the action that had it, and the help shows it', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await game.startNewGame();
    const settings = await openSettings(page);
    await settings.getByRole('button', { name: 'Add a key for History' }).click();
    await page.keyboard.press('n');
    await settings.getByRole('status').filter({ hasText: 'History: N.' }).waitFor();
    // C belongs to the chest; giving it to the map takes it away from the chest.
    await settings.getByRole('button', { name: 'Add a key for The map' }).click();
    await page.keyboard.press('Tab'); // refused: Tab moves focus, and the game says so
    await settings.getByRole('status').filter({ hasText: 'Tab moves between buttons' }).waitFor();
    await page.keyboard.press('c');
    await settings.getByRole('status').filter({ hasText: 'C no longer does The chest' }).waitFor();
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });

    await page.keyboard.press('n');
    const history = page.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys and controls' });
    await help.waitFor();
    // Each action's row, found by its row header.
    const row = (action: string) =>
      help.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${action}$`) }) });
    expect(await row('History').textContent()).toMatch(/N.*H/);
    expect(await row('The chest').textContent()).toMatch(/No key/);
    await page.keyboard.press('Escape');

    // Kept across a reload, like every setting.
    await page.reload();
    await page
      .getByRole('button', { name: /Continue|New game/ })
      .first()
      .waitFor({ timeout: 60_000 });
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('lost-corner/settings') ?? '{}'),
    );
    expect(stored.keys.history).toEqual(['n', 'h']);
    expect(stored.keys.chest).toEqual([]);
    expect(game.errors).toEqual([]);
  });

  it('reads each line aloud with its choices when self-voicing is on, and auto-advance waits for the voice', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    // The browser boundary only: what we hand to speechSynthesis is recorded, and "said" when the test says.
    await page.addInitScript(() => {
      const said: { text: string; rate: number; finish: () => void }[] = [];
      Object.assign(window, { said });
      speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        said.push({
          text: utterance.text,
          rate: utterance.rate,
          finish: () => utterance.dispatchEvent(new Event('end')),
        });
      };
      speechSynthesis.cancel = () => undefined;
    });
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    const saidTexts = () =>
      page.evaluate(() => (window as unknown as { said: { text: string }[] }).said.map((s) => s.text));
    const finishSpeaking = () =>
      page.evaluate(() => (window as unknown as { said: { finish: () => void }[] }).said.at(-1)?.finish());

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('checkbox', { name: /Self-voicing/ }).check();
    await settings.getByLabel('Reading speed').fill('3'); // 1.2 times normal
    await settings.getByRole('button', { name: 'Hear a sample' }).click();
    await expect.poll(saidTexts).toEqual(['This is how the story will sound, read aloud.']);
    await page.keyboard.press('Escape');

    await game.startNewGame();
    await expect.poll(async () => (await saidTexts()).at(-1)).toBe(await game.announced().textContent());
    expect(
      await page.evaluate(() => (window as unknown as { said: { rate: number }[] }).said.at(-1)?.rate),
    ).toBeCloseTo(1.2, 5);

    // Each line is said once, exactly as the live region announces it.
    for (let i = 0; i < 3; i += 1) {
      const before = await game.announced().textContent();
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await expect.poll(() => game?.announced().textContent()).not.toBe(before);
      const announced = await game.announced().textContent();
      await expect.poll(async () => (await saidTexts()).at(-1)).toBe(announced);
    }
    const texts = await saidTexts();
    expect(new Set(texts).size).toBe(texts.length);

    // Auto-advance, at its quickest: the line stays while the voice reads it, and moves on after.
    const quick = await openSettings(page);
    await quick.getByLabel('Auto-advance pace').fill('9');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    const waiting = (await game.announced().textContent()) ?? '';
    // Well past the pause auto-advance would give this line without a voice.
    await page.waitForTimeout(autoAdvanceDelay(waiting, 9) + 2000);
    expect(await game.announced().textContent()).toBe(waiting);
    await finishSpeaking();
    await expect.poll(() => game?.announced().textContent(), { timeout: 20_000 }).not.toBe(waiting);
    await page.keyboard.press('a');

    // At a choice, the choices are read after the line.
    await game.waitForPauseAfterPressing('Space');
    const choices = await game.choices().allTextContents();
    const last = (await saidTexts()).at(-1) ?? '';
    expect(last).toContain('Choose.');
    for (const choice of choices) expect(last).toContain(choice.replace(/^\d\s*/, '').trim());
    expect(game.errors).toEqual([]);
  });
});
