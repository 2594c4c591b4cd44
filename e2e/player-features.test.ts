/**
 * What a visual-novel player reaches for, in the production build in real Chromium with real IndexedDB and
 * localStorage: save to a slot and load it after a reload, the autosave after the tab is closed, the backlog
 * after a load, rollback and a different choice, skip stopping at unread text, settings kept across a reload.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

/**
 * The current line as announced, without what may be announced before it: the chapter (on a new reading), the
 * place, who is in the picture and what is held up close.
 */
async function currentLine(g: GamePage): Promise<string> {
  const text = (await g.announced().textContent()) ?? '';
  return text.replace(
    /^(?:Prologue: the drive\. )?(?:The car, on the road\. )?(?:In the picture: [^.]*\. )?(?:Up close: [^.]*\. )?/,
    '',
  );
}

describe('a player', () => {
  it('saves in a slot, reloads the page, loads it, and is back at the same line and place', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await game.startNewGame();
    await game.readOn(6);
    await page.waitForTimeout(300);
    const line = await currentLine(game);
    const caption = await page.locator('.place-caption').textContent();

    await page.keyboard.press('s');
    const dialog = page.getByRole('dialog', { name: /save/i });
    await dialog.waitFor();
    await dialog
      .getByRole('button', { name: /Slot 3/ })
      .first()
      .click();
    await dialog.getByRole('status').filter({ hasText: 'Saved in Slot 3' }).waitFor();
    expect(await dialog.locator('img[src^="data:image/"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    await page.reload();
    await page.getByRole('button', { name: 'Load' }).click({ timeout: 60_000 });
    const load = page.getByRole('dialog', { name: /load/i });
    await load.getByRole('button', { name: /^Load Slot 3/ }).click();
    await expect.poll(() => currentLine(game!)).toBe(line);
    expect(await page.locator('.place-caption').textContent()).toBe(caption);
    await game.screenshot('saves-loaded-slot-3');

    // The backlog after a load holds the lines read before the save.
    await page.keyboard.press('h');
    const history = page.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    expect(await history.getByText(/The rain began/).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(game.errors).toEqual([]);
  });

  it('finds the autosave after closing the tab, and continues from the same line', async () => {
    game = await GamePage.open(url);
    await game.startNewGame();
    await game.readOn(4);
    await game.page.waitForTimeout(500);
    const line = await currentLine(game);
    await game.page.close({ runBeforeUnload: true });

    const page = await game.context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await expect
      .poll(async () => ((await page.locator('[aria-live="polite"]').textContent()) ?? '').endsWith(line))
      .toBe(true);
  });

  it('steps back to a choice, chooses differently, and the story and backlog follow the new choice', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await game.startNewGame();
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    const options = (await game.choices().allTextContents()).map((t) => t.replace(/^\d\s*/, '').trim());
    await page.keyboard.press('1');
    await game.readOn(2);
    const afterFirst = await currentLine(game);

    for (let i = 0; i < 10 && !(await visibleNow(game.choices())); i += 1) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(150);
    }
    expect(await visibleNow(game.choices())).toBe(true);
    await page.keyboard.press('3');
    await game.readOn(2);
    expect(await currentLine(game)).not.toBe(afterFirst);

    await page.keyboard.press('h');
    const history = page.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    expect(await history.getByText(`You chose: ${options[2]}`).count()).toBe(1);
    expect(await history.getByText(`You chose: ${options[0]}`).count()).toBe(0);
    expect(game.errors).toEqual([]);
  });

  it('skips only what was read before, stopping at the first new line', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await game.startNewGame();
    // Nothing has been read yet: skip refuses at once and says why.
    await page.keyboard.press('k');
    await page.getByRole('status').filter({ hasText: 'not read before' }).waitFor();
    expect(await currentLine(game)).toMatch(/^The rain began/);

    // Read a few lines; every line shown counts as read.
    // Lines are compared by their openings: the history adds Kathy's doubts, the live region a note about them.
    const opening = (line: string) => line.slice(0, 40);
    const seen = new Set<string>([opening(await currentLine(game))]);
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(60);
      seen.add(opening(await currentLine(game)));
    }

    // A new reading from the title: skip runs over the lines read and stops at the first one never shown.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Return to the title' }).click();
    await game.startNewGame();
    await page.keyboard.press('k');
    await page.getByRole('status').filter({ hasText: 'not read before' }).waitFor({ timeout: 30_000 });
    const stoppedAt = opening(await currentLine(game));
    expect(seen.has(stoppedAt)).toBe(false);
    await page.keyboard.press('h');
    const history = page.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    const passed = (await history.getByRole('listitem').allTextContents()).map((t) => opening(t.trim()));
    for (const line of seen) expect(passed).toContain(line);
    expect(passed.at(-1)).toBe(stoppedAt);
    expect(game.errors).toEqual([]);
  });

  it('keeps its settings across a reload', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'Settings' }).click({ timeout: 60_000 });
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    await settings.getByLabel(/text speed/i).fill('7');
    await settings.getByLabel(/^music/i).fill('25');
    await settings.getByRole('radio', { name: /everything/i }).check();
    await page.keyboard.press('Escape');

    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click({ timeout: 60_000 });
    await settings.waitFor();
    expect(await settings.getByLabel(/text speed/i).inputValue()).toBe('7');
    expect(await settings.getByLabel(/^music/i).inputValue()).toBe('25');
    expect(await settings.getByRole('radio', { name: /everything/i }).isChecked()).toBe(true);
    await game.screenshot('settings');
    expect(game.errors).toEqual([]);
  });
});
