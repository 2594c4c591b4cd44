/**
 * The opening of the story as a screen-reader user meets it, in the production build in real Chromium: every
 * control found by its role and name, the story read only from the live region, nothing pressed but keys. From
 * New game, through the first choice, into the first memory (announced as remembered, at its place) and back to
 * the present; focus on the first choice when choices appear, and back on the opening button when a dialog closes.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { closeWith } from './a11y-page.ts';
import { GamePage } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** What the focused element is, as a screen reader would name it (for failure messages). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element
      ? `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim()}"`
      : 'nothing';
  });

/** Tabs forward until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the control; focus is on ${await focusedName(page)}`);
}

/** Opens a dialog from `opener` with Enter, checks focus is inside it, closes it with Escape, and checks focus is back. */
async function dialogReturnsFocus(page: Page, opener: Locator, dialogName: string): Promise<void> {
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `focus inside ${dialogName}`).toBe(
    true,
  );
  await closeWith(page);
  await expect
    .poll(() => isFocused(opener), { message: `focus back on the button that opened ${dialogName}` })
    .toBe(true);
}

describe('a screen-reader user', () => {
  it('plays from New game to the first memory and back to the present by keys and the live region alone', async () => {
    game = await GamePage.open(url);
    const g = game;
    const { page } = g;
    const live = page.getByRole('region', { name: 'Text' }).locator('[aria-live="polite"]');
    const said = async () => ((await live.textContent()) ?? '').trim();

    // The title: focus starts on New game; the dialogs it opens give focus back when closed.
    const newGame = page
      .getByRole('navigation', { name: 'Title menu' })
      .getByRole('button', { name: 'New game' });
    await newGame.waitFor({ timeout: 60_000 });
    await expect.poll(() => isFocused(newGame)).toBe(true);
    await dialogReturnsFocus(
      page,
      page.getByRole('button', { name: 'Keys and controls' }),
      'Keys and controls',
    );
    await dialogReturnsFocus(page, page.getByRole('button', { name: 'Settings', exact: true }), 'Settings');
    await tabTo(page, newGame);
    await page.keyboard.press('Enter');

    // The first line names the chapter and the place, then says the line.
    await expect.poll(said, { timeout: 60_000 }).toMatch(/The rain began/);
    const first = await said();
    expect(first).toMatch(/^Prologue: the drive\. The car, on the road\. .*The rain began somewhere/);

    const choices = page.getByRole('list', { name: 'Choices' }).getByRole('button');
    /**
     * Presses Space until the live region says something new (the first press may only finish the typing), or
     * until choices appear: Space would then press the focused choice.
     */
    const next = async (): Promise<string> => {
      const before = await said();
      for (let i = 0; i < 4; i += 1) {
        await page.keyboard.press('Space');
        await page.waitForTimeout(60);
        if ((await said()) !== before) return said();
        if ((await choices.count()) > 0) return before;
      }
      throw new Error(`the live region stayed on: ${before}`);
    };

    const heard: string[] = [first];
    while ((await choices.count()) === 0) {
      const line = await next();
      if (line !== heard.at(-1)) heard.push(line);
      expect(heard.length).toBeLessThan(40);
    }
    // Line by line: each announcement new, and the place not said again while it stays the same.
    expect(new Set(heard).size).toBe(heard.length);
    expect(heard.slice(1).filter((line) => line.includes('The car, on the road'))).toEqual([]);
    expect(heard[1]).toBe(
      "I know this road well enough to drive it half asleep. I don't, though there have been nights when I came close.",
    );

    // Choices: focus lands on the first; arrows move between them; Enter takes the focused one.
    await expect.poll(() => isFocused(choices.first()), { message: 'focus on the first choice' }).toBe(true);
    expect(await choices.count()).toBe(3);
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(choices.nth(1))).toBe(true);
    const chosen = (await choices.nth(1).textContent())?.replace(/^\d/, '').trim();
    expect(chosen).toBe('I gave him the best of it.');
    await page.keyboard.press('Enter');
    await expect.poll(said).toMatch(/^I gave him summer evenings/);

    // The history dialog and the game menu, opened from the bar by keys, give focus back when closed.
    const bar = page.getByRole('navigation', { name: 'Game' });
    await dialogReturnsFocus(page, bar.getByRole('button', { name: 'History' }), 'What has been read');
    await dialogReturnsFocus(page, bar.getByRole('button', { name: 'Menu' }), 'Menu');
    // A dialog opened from the menu (which closes first) gives focus back to the Menu button.
    const menuButton = bar.getByRole('button', { name: 'Menu' });
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: /^Journal/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Journal' }).waitFor();
    await closeWith(page);
    await expect
      .poll(() => isFocused(menuButton), { message: 'focus back on Menu after the journal' })
      .toBe(true);
    // Back on a line: Tab to the way on (▸), as the bar's buttons would take Space for themselves.
    await tabTo(page, page.getByRole('button', { name: /^(Next line|Show the whole line)$/ }));

    // On into the first memory: its place is announced once, as remembered.
    const memoryPlace = 'Hailsham: the playing fields and the pavilion, remembered.';
    const beforeMemory: string[] = [];
    while (!(await said()).includes(memoryPlace)) {
      expect(await choices.count(), 'no choice before the memory').toBe(0);
      beforeMemory.push(await next());
      expect(
        beforeMemory.length,
        `never reached the memory; heard:\n${beforeMemory.join('\n')}`,
      ).toBeLessThan(40);
    }
    expect(await said()).toMatch(/^Hailsham: the playing fields and the pavilion, remembered\. /);

    // Through the memory (answering any choice with the focused first option) and back to the present.
    const inMemory: string[] = [await said()];
    while (!(await said()).startsWith('The car, on the road.')) {
      if ((await choices.count()) > 0) {
        await expect
          .poll(() => isFocused(choices.first()), { message: 'focus on the first choice' })
          .toBe(true);
        const before = await said();
        await page.keyboard.press('Enter');
        await expect.poll(said).not.toBe(before);
        inMemory.push(await said());
      } else {
        const line = await next();
        if (line !== inMemory.at(-1)) inMemory.push(line);
      }
      expect(inMemory.length, `never came back; heard:\n${inMemory.join('\n')}`).toBeLessThan(80);
    }
    expect(inMemory.filter((line) => line.includes(memoryPlace))).toHaveLength(1);
    expect(new Set(inMemory).size).toBe(inMemory.length);
    // The present again: the place named, not remembered.
    expect(await said()).toMatch(/^The car, on the road\. The wipers go on with their work\./);
    expect(await said()).not.toContain('remembered');

    // The next choice, taken as it comes: focus on the first option, Enter.
    while ((await choices.count()) === 0) await next();
    await expect.poll(() => isFocused(choices.first())).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(said).toMatch(/^He had no idea, then, how to make the others stop\./);
    expect(g.errors).toEqual([]);
  }, 300_000);
});
