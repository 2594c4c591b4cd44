/**
 * The one-file build (`npm run build:single`, run by `npm test` before the browser tests) opened from a file://
 * address, as from a USB stick: the story starts, a reading taken at a choice lands in the journal, and after a
 * reload the journal still has it, with a note typed into it. No request goes anywhere but the file itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GamePage } from './game-page.ts';

const FILE = path.resolve('dist-single/lost-corner.html');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

describe('the single-file build', () => {
  it('plays from file://, keeps a reading and a note in the journal across a reload, and asks for nothing else', async () => {
    expect(fs.existsSync(FILE), 'run npm run build:single first').toBe(true);
    const address = pathToFileURL(FILE).href;
    game = await GamePage.open('about:blank');
    const { page } = game;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(address);

    await page.getByRole('button', { name: 'New game' }).click({ timeout: 90_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor({ timeout: 60_000 });
    expect(await game.waitForPauseAfterPressing('Space', 200)).toBe('choices');
    const chosen = (await game.choices().first().textContent())?.trim() ?? '';
    await game.choices().first().click();

    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.waitFor();
    const note = 'Written from a USB stick.';
    await journal.getByLabel('Note', { exact: true }).fill(note);
    await journal.getByRole('button', { name: 'Keep this note' }).click();
    await journal.getByText(note).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Journal' }).click({ timeout: 90_000 });
    const again = page.getByRole('dialog', { name: 'Journal' });
    await again.getByText(note).waitFor();
    // The prologue's first choice is a stance (how much Kathy tells the donor): it is in the journal.
    expect(chosen).toContain('I told him all of it');
    expect(await again.locator('.stance-taken').first().textContent()).toContain('I told him all of it');
    expect(
      requests.filter((r) => !r.startsWith('file://') && !r.startsWith('data:') && !r.startsWith('blob:')),
    ).toEqual([]);
    expect(game.errors).toEqual([]);
  });
});
