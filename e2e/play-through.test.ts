/**
 * The production build in real Chromium: a new player goes from the title to the fence by keyboard alone;
 * the opening by mouse and by touch; a reload in the middle continues where they were.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

/** What the audio layer is doing, read from Howler's own global. */
async function audioState(page: GamePage['page']) {
  return page.evaluate(() => {
    const howler = (
      window as unknown as {
        Howler: { ctx?: AudioContext; _howls: { playing(): boolean; _src: string | string[] }[] };
      }
    ).Howler;
    return {
      context: howler.ctx?.state ?? 'none',
      playing: howler._howls.filter((howl) => howl.playing()).map((howl) => String(howl._src)),
    };
  });
}

async function focusedText(page: GamePage['page']): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describe('a new player', () => {
  it('plays from the title to the fence by keyboard alone', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    // Every request of the whole playthrough, to show that none leaves the game's own origin.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const newGame = page.getByRole('button', { name: 'New game' });
    await newGame.waitFor();
    expect(await focusedText(page)).toBe('New game');
    // The title has its theme and nothing else, once the rest of the game has arrived behind the menu. (A
    // player's browser holds it until the first click or key; headless Chromium ignores the autoplay policy, so
    // that lock cannot be seen here.)
    await expect
      .poll(async () => (await audioState(page)).playing, { timeout: 60_000 })
      .toEqual([expect.stringMatching(/music_hailsham/)]);

    // A reader in a hurry sets the text to appear at once, by keyboard: Tab to Settings, End on the speed.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Settings');
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    // The dialog opens on the speed slider.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('setting-text-speed');
    await page.keyboard.press('End');
    await settings.getByText('Instant', { exact: false }).first().waitFor();
    await page.keyboard.press('Escape');
    expect(await focusedText(page)).toBe('Settings');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('New game');

    await page.keyboard.press('Enter');
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    // The chapter card and the place are announced once, before the first line.
    expect(await game.announced().textContent()).toMatch(
      /^Prologue: the drive\. The car, on the road\. The rain began/,
    );
    const audio = await audioState(page);
    expect(audio.context).toBe('running');
    expect(audio.playing.join()).toMatch(/car_rain/);

    const heard: string[] = [];
    const places = new Set<string>();
    let choicesMade = 0;
    for (let step = 0; step < 6000; step += 1) {
      const line = await game
        .announced()
        .textContent({ timeout: 15_000 })
        .catch(async () => {
          await game?.screenshot('play-through-lost');
          const shown = await page.evaluate(() => document.body.innerText.slice(0, 400));
          throw new Error(`the reading screen went away after '${heard.at(-1)}'; on screen: ${shown}`);
        });
      if (line !== null && heard.at(-1) !== line) heard.push(line);
      const caption = await page
        .locator('.place-caption')
        .textContent()
        .catch(() => null);
      if (caption) places.add(caption);
      if (await visibleNow(game.endButton())) break;
      if (await visibleNow(game.choices())) {
        expect(
          await game
            .choices()
            .first()
            .evaluate((b) => b === document.activeElement),
        ).toBe(true);
        // Always the last option, by its number key.
        await page.keyboard.press(String(await game.choices().count()));
        choicesMade += 1;
      } else {
        // Text appears at once at this speed, so each press is the next line.
        await page.keyboard.press('Space');
      }
      await page.waitForTimeout(15);
    }

    await expect.poll(() => visibleNow(game!.endButton())).toBe(true);
    expect(await focusedText(page)).toBe('Return to the title');
    expect(choicesMade).toBeGreaterThanOrEqual(20);
    expect(heard.some((l) => l.startsWith('The donor: "Tell me about yours.'))).toBe(true);
    for (const place of ['Remembered · Hailsham', 'The Cottages', 'Cromer', 'A fence in Norfolk']) {
      expect(
        [...places].some((p) => p.includes(place)),
        place,
      ).toBe(true);
    }
    const canvasIsWebGl = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#picture canvas');
      return !!canvas && (!!canvas.getContext('webgl2') || !!canvas.getContext('webgl'));
    });
    expect(canvasIsWebGl).toBe(true);
    await game.screenshot('play-the-fence');
    const origin = new URL(url).origin;
    expect(requests.length).toBeGreaterThan(10);
    expect(
      requests.filter((address) => !address.startsWith(origin) && !/^(data|blob):/.test(address)),
    ).toEqual([]);
    // No cookies, ours or anyone's.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await game.context.cookies()).toEqual([]);
    expect(game.errors).toEqual([]);
  }, 1_200_000);

  it('plays the opening by mouse alone: lines, a choice, a memory and the chest', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();

    let chosen = 0;
    let sawMemory = false;
    for (let step = 0; step < 300 && !sawMemory; step += 1) {
      if (await visibleNow(game.choices())) {
        await game
          .choices()
          .nth(chosen % 3)
          .click();
        chosen += 1;
      } else {
        await page.mouse.click(640, 200);
      }
      if (await visibleNow(page.getByText('Remembered ·'))) sawMemory = true;
      await page.waitForTimeout(30);
    }
    expect(chosen).toBeGreaterThanOrEqual(1);
    expect(sawMemory).toBe(true);
    await page.waitForTimeout(1500);
    await game.screenshot('play-first-memory');

    // Read the memory through, then open the chest from its button and the shirt by clicking the drawing.
    for (
      let step = 0;
      step < 200 && !(await visibleNow(page.getByRole('button', { name: /^Chest/ })));
      step += 1
    ) {
      if (await visibleNow(game.choices())) await game.choices().first().click();
      else await page.mouse.click(640, 200);
      await page.waitForTimeout(30);
    }
    await page.getByRole('button', { name: /^Chest/ }).click();
    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
    await page.locator('.hotspot').first().click();
    await page.getByText('Remembered ·').waitFor();
    expect(game.errors).toEqual([]);
  }, 300_000);

  it('plays by touch on a phone held upright, tapping the picture to read on', async () => {
    game = await GamePage.open(url, { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).tap();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    // The picture sits above the text in portrait; it must be clear of the text panel.
    const panel = await page.locator('.text-panel').boundingBox();
    expect(panel?.y).toBeGreaterThanOrEqual((390 * 9) / 16);
    let tapped = 0;
    while (!(await visibleNow(game.choices())) && tapped < 100) {
      await page.touchscreen.tap(195, 110);
      tapped += 1;
      await page.waitForTimeout(40);
    }
    await game.choices().nth(2).tap();
    await game.announced().filter({ hasText: 'I told him plenty' }).waitFor();
    await game.screenshot('play-phone-portrait');
    expect(game.errors).toEqual([]);
  });

  it('plays with the picture in full motion when asked, through a memory and back, without an error', async () => {
    game = await GamePage.open(`${url}?motion=full`);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    for (let i = 0; i < 200 && !(await visibleNow(page.getByText('Remembered ·'))); i += 1) {
      await page.keyboard.press((await visibleNow(game.choices())) ? '1' : 'Space');
      await page.waitForTimeout(30);
    }
    await page.getByText('Remembered ·').waitFor();
    expect(game.errors).toEqual([]);
  });

  it('continues from the same line after the page is reloaded', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    await game.choices().nth(1).click();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    const before = await game.announced().textContent();
    expect(before).toMatch(/\w/);
    await game.screenshot('play-car-dusk');

    await page.reload();
    const resume = page.getByRole('button', { name: 'Continue' });
    await resume.waitFor();
    expect(await focusedText(page)).toBe('Continue');
    await resume.click();
    await expect.poll(() => game!.announced().textContent()).toBe(`The car, on the road. ${before}`);
    expect(game.errors).toEqual([]);
  });

  it('goes straight back to the line, without the title, when the browser had discarded the tab', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await game.startNewGame();
    await game.readOn(3, 80);
    await page.waitForTimeout(300);
    const before = await game.announced().textContent();
    expect(before).toMatch(/\w/);

    // Chromium discards background tabs under memory pressure and reloads them when shown, with
    // document.wasDiscarded set; a test cannot make Chromium discard, so the reload says it was.
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'wasDiscarded', { get: () => true, configurable: true });
    });
    await page.reload();
    // Announced as on any arrival: the place first, then the same line.
    await expect
      .poll(() => game!.announced().textContent(), { timeout: 60_000 })
      .toBe(`The car, on the road. ${before}`);
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);

    // Back at the title by choice, the title stays: only the first showing after a discard resumes.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Return to the title' }).click();
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(game.errors).toEqual([]);
  });

  it('moves focus to the choices when they appear, and lets arrow keys move between them', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    expect(await game.waitForPauseAfterPressing('Space')).toBe('choices');
    expect(await game.choices().count()).toBe(3);
    expect(await focusedText(page)).toMatch(/^1\s*I told him all of it/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/^2\s*I gave him the best of it/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedText(page)).toMatch(/^3\s*I kept some of it back/);
    await page.keyboard.press('Enter');
    await game.announced().filter({ hasText: 'I told him plenty' }).waitFor();
    expect(game.errors).toEqual([]);
  });
});
