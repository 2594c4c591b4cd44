/**
 * The memory mechanics in real Chromium, reached the way a player would: the chest by keyboard, a memory and
 * back, the "something new" mark after learning more, the Norfolk drawer, both timelines and a replay that
 * changes nothing, and Kathy's doubt about a line, kept in the history.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';
import { seedSaveAt } from './seed-save.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

async function startNewGame(): Promise<GamePage> {
  const opened = await GamePage.open(url);
  await opened.page.getByRole('button', { name: 'New game' }).click();
  await opened.announced().filter({ hasText: 'The rain began' }).waitFor();
  return opened;
}

async function focusedText(g: GamePage): Promise<string> {
  return g.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

/** Tabs forward until the focused control's text starts with `start`. */
async function tabTo(g: GamePage, start: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    if ((await focusedText(g)).startsWith(start)) return;
    await g.page.keyboard.press('Tab');
  }
  throw new Error(`could not reach '${start}' with Tab`);
}

/** Reads on (Space, or the given choice number) until a memory opened from the chest or the map ends. */
async function readToMemoryEnd(g: GamePage, choice = '1'): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    if (await visibleNow(g.page.getByRole('button', { name: /^Back to the (chest|map)$/ }))) return;
    await g.page.keyboard.press((await visibleNow(g.choices())) ? choice : 'Space');
    await g.page.waitForTimeout(20);
  }
  throw new Error('the memory did not end');
}

async function openChest(g: GamePage): Promise<void> {
  // The chest appears once Kathy holds something; read on until then.
  await g.readUntil(() => visibleNow(g.page.getByRole('button', { name: /^Chest/ })), {
    limit: 1500,
    choice: 'last',
  });
  await g.page.keyboard.press('c');
  await g.page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
}

/** Reads past the prologue's memory of the shirt, back to the drive. */
async function readPastFirstMemory(g: GamePage): Promise<void> {
  await g.readUntil(g.announcedIncludes('Hailsham: the playing fields and the pavilion, remembered'), {
    limit: 1500,
    choice: 'last',
  });
  await g.readUntil(async () => !(await visibleNow(g.page.getByText('Remembered ·'))), {
    limit: 1500,
    choice: 'last',
  });
}

describe('the collection chest', () => {
  it('opens by keyboard, plays a memory, and comes back to the chest and then to the same line of the drive', async () => {
    game = await startNewGame();
    const { page } = game;
    await readPastFirstMemory(game);
    const lineBefore = await game.announced().textContent();
    await openChest(game);
    expect(await focusedText(game)).toBe('Kathy’s collection chest');
    expect(await page.getByRole('list', { name: 'In the chest' }).getByRole('listitem').count()).toBe(1);
    await page.waitForTimeout(1500);
    await game.screenshot('chest');

    await tabTo(game, 'A pale blue polo shirt');
    expect(await focusedText(game)).toMatch(/remembered once$/);
    await page.keyboard.press('Enter');
    await game.announced().filter({ hasText: 'remembered again' }).waitFor();
    await readToMemoryEnd(game);
    await expect.poll(() => focusedText(game!)).toBe('Back to the chest');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: /^A pale blue polo shirt/ })
          .first()
          .textContent(),
      )
      .toMatch(/remembered 2 times/);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => game!.announced().textContent())
      .toContain(lineBefore?.split('. ').slice(-1)[0] ?? '');
    expect(game.errors).toEqual([]);
  }, 300_000);

  it('marks a memory that has something new once Kathy knows more, and shows it seen again', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await seedSaveAt(page, 'play_madame');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /^Chest/ }).waitFor();

    // The tape, remembered before Kathy knows why Madame cried...
    await openChest(game);
    await page
      .getByRole('button', { name: /^A cassette: Songs After Dark/ })
      .first()
      .click();
    await readToMemoryEnd(game);
    await page.getByRole('button', { name: 'Back to the drive' }).click();
    // ...then the story tells her, and the chest says the tape has something new.
    await game.readUntil(
      async () => /✦/.test((await page.getByRole('button', { name: /^Chest/ }).textContent()) ?? ''),
      { limit: 1500, choice: 'last' },
    );
    await openChest(game);
    const tape = page.getByRole('button', { name: /^A cassette: Songs After Dark/ }).first();
    expect(await tape.textContent()).toMatch(/Something new/);
    await tape.click();
    await game.announced().filter({ hasText: 'remembered again, knowing more' }).waitFor();
    expect(await page.locator('.place-caption .place-name').textContent()).toMatch(
      /· seen again, knowing more$/,
    );
    await page.waitForTimeout(1500);
    await game.screenshot('memory-seen-again');
    await readToMemoryEnd(game);
    await page.getByRole('button', { name: 'Back to the chest' }).click();
    expect(
      await page
        .getByRole('button', { name: /^A cassette: Songs After Dark/ })
        .first()
        .textContent(),
    ).not.toMatch(/Something new/);
    expect(game.errors).toEqual([]);
  }, 600_000);

  it('sets a memory aside in the Norfolk drawer, finds it again there, and takes it back', async () => {
    game = await startNewGame();
    const { page } = game;
    await openChest(game);
    await page.getByRole('button', { name: 'Set aside: A pale blue polo shirt' }).click();
    const drawer = page.getByRole('list', { name: 'The Norfolk drawer' });
    await drawer.getByRole('button', { name: /^A pale blue polo shirt/ }).waitFor();
    expect(await page.getByRole('list', { name: 'In the chest' }).getByRole('listitem').count()).toBe(0);
    await page.getByRole('button', { name: 'Close the chest' }).click();

    await openChest(game);
    await drawer.getByRole('button', { name: /^A pale blue polo shirt/ }).click();
    await page.getByText('Remembered ·').waitFor();
    await readToMemoryEnd(game);
    await page.getByRole('button', { name: 'Back to the chest' }).click();
    await page.getByRole('button', { name: 'Take back: A pale blue polo shirt' }).click();
    await page
      .getByRole('list', { name: 'In the chest' })
      .getByRole('button', { name: /^A pale blue polo shirt/ })
      .waitFor();
    expect(game.errors).toEqual([]);
  }, 300_000);
});

describe('the memory map', () => {
  it('shows both timelines and replays a memory without changing the story', async () => {
    game = await startNewGame();
    const { page } = game;
    await readPastFirstMemory(game);
    await openChest(game);
    await page
      .getByRole('button', { name: /^A pale blue polo shirt/ })
      .first()
      .click();
    await readToMemoryEnd(game);
    await page.getByRole('button', { name: 'Back to the drive' }).click();
    const lineBefore = await game.announced().textContent();

    await page.keyboard.press('m');
    await page.getByRole('heading', { name: 'Two timelines' }).waitFor();
    const lived = page.getByRole('region', { name: 'As it happened' }).getByRole('button');
    const recalled = page.getByRole('region', { name: 'As you remembered it' }).getByRole('button');
    expect(await lived.count()).toBe(1);
    expect(await lived.first().textContent()).toMatch(/^Age 1[23]: /);
    expect((await recalled.allTextContents()).map((t) => t.replace(/^.*\(/, '('))).toEqual([
      '(the story brought it back)',
      '(from the chest)',
    ]);
    await lived.first().click();
    expect(await page.locator('.memory-detail').textContent()).toContain('Remembered 2 times');
    await page.waitForTimeout(1000);
    await game.screenshot('map');

    await page.getByRole('button', { name: 'Replay this memory (changes nothing)' }).click();
    await page.getByText('A replay from the map: nothing you do here changes your story.').waitFor();
    await readToMemoryEnd(game, '1');
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await page.getByRole('heading', { name: 'Two timelines' }).waitFor();
    expect(await recalled.count()).toBe(2);
    await page.getByRole('button', { name: 'Close the map' }).click();
    await expect.poll(() => game!.announced().textContent()).toBe(lineBefore);
    expect(game.errors).toEqual([]);
  }, 300_000);
});

describe('an uncertain line', () => {
  it('is marked, shows the other way Kathy might remember it, and the history keeps both', async () => {
    game = await startNewGame();
    const { page } = game;
    const doubt = page.getByRole('button', { name: '≈ I might have this wrong' });
    await game.readUntil(() => visibleNow(doubt), { limit: 1500, choice: 'last' });
    const line = (await page.locator('.text-panel .line').textContent())?.replace(/\s*≈\s*$/, '') ?? '';
    expect(await game.announced().textContent()).toContain('(Kathy is not sure she remembers this right.)');
    expect(await doubt.getAttribute('aria-expanded')).toBe('false');
    await doubt.click();
    expect(await doubt.getAttribute('aria-expanded')).toBe('true');
    const alternative = (await page.locator('#alternative-text').textContent()) ?? '';
    expect(alternative).toMatch(/^Or perhaps: \w/);

    await page.keyboard.press('h');
    const history = page.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain(line.trim());
    expect(text).toContain(alternative);
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
    expect(game.errors).toEqual([]);
  }, 300_000);
});
