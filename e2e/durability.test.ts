/**
 * The browser killed outright (SIGKILL, no unload, no goodbye) shortly after a choice, in real Chromium with a
 * real profile on disk: on restart Continue resumes at or after that choice, and journal words typed more than two
 * seconds before the kill are all there, the note still being written included. Also killed 200 ms after a
 * choice (resumed at or before it), and with only the page's renderer crashing (chrome://crash).
 */
import fs from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close().catch(() => undefined);
  game = null;
});

describe('durability', () => {
  it('loses nothing but the last moments when the browser is killed', async () => {
    game = await GamePage.open(url);
    const { page, profile } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    const chosen = ((await game.choices().first().textContent()) ?? '').replace(/^\d\s*/, '').trim();
    await page.keyboard.press('1');
    await page.keyboard.press('Space');

    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.waitFor();
    await journal.getByLabel('First name or initials (optional)').fill('R. T.');
    await journal.getByLabel('Note', { exact: true }).fill('The donor wanted the dull parts most.');
    // More than two seconds before the end.
    await page.waitForTimeout(2500);

    // Every process of this profile, killed at once: no unload, no flush.
    const killed = processesOf(profile);
    expect(killed.length).toBeGreaterThan(0);
    for (const pid of killed) process.kill(pid, 'SIGKILL');
    await expect.poll(() => processesOf(profile).length, { timeout: 10_000 }).toBe(0);

    game = await GamePage.open(url, { profile });
    const again = game.page;
    await again.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await game.announced().first().waitFor();
    await again.keyboard.press('h');
    const history = again.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    // The choice was made before the kill and is in the story's past now.
    expect(await history.textContent()).toContain(chosen);
    await again.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
    expect(await visibleNow(again.getByRole('button', { name: 'Return to the title' }))).toBe(false);

    await again.keyboard.press('j');
    const kept = again.getByRole('dialog', { name: 'Journal' });
    await kept.waitFor();
    expect(await kept.getByLabel('First name or initials (optional)').inputValue()).toBe('R. T.');
    expect(await kept.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'The donor wanted the dull parts most.',
    );
    expect(game.errors).toEqual([]);
  }, 180_000);

  it('resumes at or before a choice made 200 ms before the browser is killed, and keeps what was written before', async () => {
    game = await GamePage.open(url);
    const { page, profile } = game;
    await game.startNewGame();
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    const offered = await game.choices().allTextContents();
    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByLabel('First name or initials (optional)').fill('S. K.');
    await page.keyboard.press('Escape');
    await journal.waitFor({ state: 'hidden' });
    await page.waitForTimeout(2500);
    const chosen = (offered[0] ?? '').replace(/^\d\s*/, '').trim();
    await page.keyboard.press('1');
    await page.waitForTimeout(200);
    for (const pid of processesOf(profile)) process.kill(pid, 'SIGKILL');
    await expect.poll(() => processesOf(profile).length, { timeout: 10_000 }).toBe(0);

    game = await GamePage.open(url, { profile });
    const again = game.page;
    await again.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await game.announced().first().waitFor();
    if (await visibleNow(game.choices().first())) {
      // Before the choice: the same choice is offered again.
      expect(await game.choices().allTextContents()).toEqual(offered);
    } else {
      // After it: the choice is in the story's past.
      await again.keyboard.press('h');
      const history = again.getByRole('dialog', { name: 'What has been read' });
      expect(await history.textContent()).toContain(chosen);
      await again.keyboard.press('Escape');
      await history.waitFor({ state: 'hidden' });
    }
    await again.keyboard.press('j');
    const kept = again.getByRole('dialog', { name: 'Journal' });
    expect(await kept.getByLabel('First name or initials (optional)').inputValue()).toBe('S. K.');
    expect(game.errors).toEqual([]);
  }, 180_000);

  it('offers Continue at the last choice after the page itself crashes, with the journal typed before it', async () => {
    game = await GamePage.open(url);
    const { page, context } = game;
    await game.startNewGame();
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    const chosen = ((await game.choices().first().textContent()) ?? '').replace(/^\d\s*/, '').trim();
    await page.keyboard.press('1');
    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByLabel('Note', { exact: true }).fill('Written just before the tab crashed.');
    await page.waitForTimeout(2500);

    // Only the page's renderer dies (as when a tab runs out of memory); the browser lives on.
    const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;

    const fresh = await context.newPage();
    const problems: string[] = [];
    fresh.on('pageerror', (error) => problems.push(error.message));
    await fresh.goto(url);
    await fresh.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await fresh.locator('[aria-live="polite"]').first().waitFor();
    await fresh.keyboard.press('h');
    const history = fresh.getByRole('dialog', { name: 'What has been read' });
    expect(await history.textContent()).toContain(chosen);
    await fresh.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
    await fresh.keyboard.press('j');
    const kept = fresh.getByRole('dialog', { name: 'Journal' });
    expect(await kept.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Written just before the tab crashed.',
    );
    expect(problems).toEqual([]);
  }, 180_000);
});

/** The browser's processes (Linux): every one whose command line names this profile's folder. */
function processesOf(profile: string): number[] {
  return fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) return [];
    try {
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf-8');
      const state = fs.readFileSync(`/proc/${entry}/stat`, 'utf-8').split(') ')[1]?.[0];
      // A zombie has already died; only its parent's bookkeeping is left.
      return command.includes(profile) && state !== 'Z' ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}
