/**
 * The memory mechanics in real Chromium, reached the way a new player would: the chest by keyboard, a memory
 * and back, the "something new" mark after learning more, the Norfolk drawer, both timelines and a replay that
 * changes nothing, and Kathy's doubt about a line, kept in the history.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';

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

/** Reads on (Space, or the given choice number) until the memory ends. */
async function readToMemoryEnd(g: GamePage, choice = '1'): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (await visibleNow(g.page.getByRole('button', { name: /^Back to the (chest|map)$/ }))) return;
    await g.page.keyboard.press((await visibleNow(g.choices())) ? choice : 'Space');
    await g.page.waitForTimeout(30);
  }
  throw new Error('the memory did not end');
}

/** Reads the main story until `text` is announced, answering choices with the last option. */
async function readUntil(g: GamePage, text: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if ((await g.announced().textContent())?.includes(text)) return;
    if (await visibleNow(g.choices())) await g.page.keyboard.press(String(await g.choices().count()));
    else await g.page.keyboard.press('Space');
    await g.page.waitForTimeout(30);
  }
  throw new Error(`never reached '${text}'`);
}

async function openChest(g: GamePage): Promise<void> {
  await g.page.getByRole('button', { name: /^Chest/ }).waitFor();
  await g.page.keyboard.press('c');
  await g.page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
}

describe('the collection chest', () => {
  it('opens by keyboard, plays a memory, and comes back to the chest and then to the same line of the drive', async () => {
    game = await startNewGame();
    const { page } = game;
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    const lineBefore = await game.announced().textContent();
    await openChest(game);
    expect(await focusedText(game)).toBe('Kathy’s collection chest');
    const kept = page.getByRole('list', { name: 'In the chest' }).getByRole('listitem');
    expect(await kept.count()).toBe(4);
    await page.waitForTimeout(1500);
    await game.screenshot('chest');

    await tabTo(game, 'A cassette: Songs After Dark');
    expect(await focusedText(game)).toMatch(/not yet remembered$/);
    await page.keyboard.press('Enter');
    await game.announced().filter({ hasText: 'The tape came from a Sale' }).waitFor();
    expect(await game.announced().textContent()).toMatch(/^Hailsham: a dormitory, remembered\./);
    await readToMemoryEnd(game);
    expect(await focusedText(game)).toBe('Back to the chest');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: /^A cassette: Songs After Dark/ })
          .first()
          .textContent(),
      )
      .toMatch(/“The song on the tape”, remembered once/);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => game!.announced().textContent())
      .toContain(lineBefore?.replace(/^The car, on a wet road\. /, '') ?? '');
    expect(game.errors).toEqual([]);
  });

  it('marks a memory that has something new once Kathy knows more, and shows it seen again', async () => {
    game = await startNewGame();
    const { page } = game;
    await readUntil(game, 'It was around then, too');
    await expect.poll(() => page.getByRole('button', { name: /^Chest/ }).textContent()).toMatch(/✦ 1 new/);
    await openChest(game);
    const tape = page.getByRole('button', { name: /^A cassette: Songs After Dark/ }).first();
    expect(await tape.textContent()).toMatch(/Something new/);
    await tape.click();
    await game.announced().filter({ hasText: 'remembered again' }).waitFor();
    expect(await game.announced().textContent()).toMatch(
      /^Hailsham: a dormitory, remembered again, knowing more\./,
    );
    expect(await page.locator('.place-caption').textContent()).toBe(
      'Remembered · Hailsham: a dormitory · seen again, knowing more',
    );
    await readUntil(game, "It wasn't a baby she saw");
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
  });

  it('sets a memory aside in the Norfolk drawer, finds it again there, and the story remembers it', async () => {
    game = await startNewGame();
    const { page } = game;
    await openChest(game);
    await page.getByRole('button', { name: 'Set aside: A pale blue polo shirt' }).click();
    const drawer = page.getByRole('list', { name: 'The Norfolk drawer' });
    await drawer.getByRole('button', { name: /^A pale blue polo shirt/ }).waitFor();
    expect(await page.getByRole('list', { name: 'In the chest' }).getByRole('listitem').count()).toBe(3);
    await page.getByRole('button', { name: 'Close the chest' }).click();

    await openChest(game);
    await drawer.getByRole('button', { name: /^A pale blue polo shirt/ }).click();
    await game.announced().filter({ hasText: 'The boys had planned it at lunch' }).waitFor();
    await readToMemoryEnd(game);
    await page.getByRole('button', { name: 'Back to the drive' }).click();
    await readUntil(game, 'Nothing in that corner is lost');
    expect(game.errors).toEqual([]);
  }, 300_000);
});

describe('the memory map', () => {
  it('shows both timelines and replays a memory without changing the story', async () => {
    game = await startNewGame();
    const { page } = game;
    await readUntil(game, 'Our pavilion at Hailsham');
    await readUntil(game, 'The pavilion slides away');
    await openChest(game);
    await page.getByRole('button', { name: /^A pencil case with studs/ }).click();
    await readToMemoryEnd(game, '2');
    await page.getByRole('button', { name: 'Back to the drive' }).click();
    const lineBefore = await game.announced().textContent();

    await page.keyboard.press('m');
    await page.getByRole('heading', { name: 'Two timelines' }).waitFor();
    const lived = page.getByRole('region', { name: 'As it happened' }).getByRole('button');
    const recalled = page.getByRole('region', { name: 'As you remembered it' }).getByRole('button');
    expect(await lived.allTextContents()).toEqual([
      "Age 10: Ruth's pencil case",
      'Age 13: The pavilion veranda',
    ]);
    expect(await recalled.allTextContents()).toEqual([
      'The pavilion veranda (the story brought it back)',
      "Ruth's pencil case (from the chest)",
    ]);
    await lived.first().click();
    await page.getByRole('heading', { name: "Ruth's pencil case" }).waitFor();
    expect(await page.locator('.memory-detail').textContent()).toContain(
      'Hailsham: a classroom, when she was 10',
    );
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
  });
});

describe('an uncertain line', () => {
  it('is marked, shows the other way Kathy might remember it, and the history keeps both', async () => {
    game = await startNewGame();
    const { page } = game;
    await readUntil(game, 'I must have been twelve, or thirteen.');
    await page.keyboard.press('Space');
    const doubt = page.getByRole('button', { name: '≈ I might have this wrong' });
    await doubt.waitFor();
    expect(await game.announced().textContent()).toContain('(Kathy is not sure she remembers this right.)');
    expect(await doubt.getAttribute('aria-expanded')).toBe('false');
    await doubt.click();
    expect(await doubt.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('Or perhaps: Or it was the summer after').waitFor();

    await page.keyboard.press('h');
    const history = page.getByRole('dialog', { name: 'What has been read' });
    await history.waitFor();
    const text = await history.textContent();
    expect(text).toContain('I must have been twelve, or thirteen.');
    expect(text).toContain(
      'Or perhaps: Or it was the summer after, when I’d turned fourteen.'.replace('’', "'"),
    );
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
    expect(game.errors).toEqual([]);
  });
});
