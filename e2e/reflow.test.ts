/**
 * Reflow (WCAG 1.4.10) and target size (2.5.8) in the production build, in real Chromium: at 320 CSS px wide,
 * as a phone held upright and as a 1280×720 window zoomed to 400%, no screen or dialog scrolls sideways and every
 * control is at least 24×24 CSS px. And on a portrait phone the story's words sit below the picture, whole and
 * large enough to read.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { closeWith, layoutProblems } from './a11y-page.ts';
import { GamePage, visibleNow } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

function report(found: readonly string[]): string {
  return `${found.length} reflow or target-size problem(s):\n  ${found.join('\n  ')}`;
}

const NARROW = [
  { name: 'a phone held upright, 320×640 CSS px', viewport: { width: 320, height: 640 }, scale: 1 },
  {
    name: 'a 1280×720 window zoomed to 400% (320×180 CSS px)',
    viewport: { width: 320, height: 180 },
    scale: 4,
  },
] as const;

describe('at 320 CSS px wide', () => {
  it.each(NARROW)(
    'nothing scrolls sideways and every control is at least 24 px square, on $name',
    async ({ viewport, scale }) => {
      game = await GamePage.open(url, { viewport, deviceScaleFactor: scale });
      const g = game;
      const { page } = g;
      const found: string[] = [];
      const check = async (screen: string) => found.push(...(await layoutProblems(page, screen)));
      const dialog = async (open: string, name: string, screen: string) => {
        await page.getByRole('button', { name: open, exact: true }).click();
        await page.getByRole('dialog', { name }).waitFor();
        await check(screen);
        await closeWith(page);
      };

      await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => window.innerWidth)).toBe(320);
      await check('title');
      await dialog('Settings', 'Settings', 'settings');
      await dialog('Journal', 'Journal', 'journal');
      await page.getByRole('button', { name: 'Teacher setup' }).click();
      await page.getByRole('dialog', { name: 'Teacher setup' }).waitFor();
      await check('teacher setup');
      await page.getByRole('button', { name: 'Teacher guide' }).click();
      await page.getByRole('dialog', { name: 'Lost Corner: a guide for teachers' }).waitFor();
      await check('teacher guide');
      await closeWith(page);

      await page.getByRole('button', { name: 'New game' }).click();
      await g.announced().filter({ hasText: 'The rain began' }).waitFor();
      await check('reading');
      expect(await g.waitForPauseAfterPressing('Space')).toBe('choices');
      await check('a choice');
      await page.keyboard.press('1');
      await page.keyboard.press('s');
      await page.getByRole('dialog', { name: 'Saves' }).waitFor();
      await check('saves');
      await closeWith(page);

      // The chest holds the shirt before its memory; the map opens once the memory has been seen.
      await g.readUntil(() => visibleNow(page.getByRole('button', { name: 'Map' })));
      await page.keyboard.press('c');
      await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
      await check('the chest');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Map' }).click();
      await page.getByRole('heading', { name: 'Two timelines' }).waitFor();
      await page.getByRole('region', { name: 'As it happened' }).getByRole('button').first().click();
      await check('the map');

      expect(found, report(found)).toEqual([]);
      expect(g.errors).toEqual([]);
    },
    240_000,
  );
});

describe('on a portrait phone, 390×844', () => {
  it('shows the story’s words below the picture, whole and large enough to read', async () => {
    game = await GamePage.open(url, { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await game.announced().filter({ hasText: 'The rain began' }).waitFor();
    await page.waitForTimeout(500);
    const layout = await page.evaluate(() => {
      const box = (selector: string) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
      };
      const line = document.querySelector('.text-panel .line');
      return {
        picture: box('#picture canvas') ?? box('#picture'),
        panel: box('.text-panel'),
        line: box('.text-panel .line'),
        fontSize: line ? Number.parseFloat(getComputedStyle(line).fontSize) : 0,
        width: window.innerWidth,
        height: window.innerHeight,
      };
    });
    const { picture, panel, line } = layout;
    // Each part of the reading layout is on the page at all.
    expect(picture).not.toBeNull();
    expect(panel).not.toBeNull();
    expect(line).not.toBeNull();
    if (!picture || !panel || !line) throw new Error('unreachable: checked above');
    // The picture keeps the top of the screen; the words start below it and stay inside the screen.
    expect(picture.top).toBe(0);
    expect(panel.top).toBeGreaterThanOrEqual(picture.bottom);
    expect(line.left).toBeGreaterThanOrEqual(0);
    expect(line.right).toBeLessThanOrEqual(layout.width);
    expect(line.bottom).toBeLessThanOrEqual(layout.height);
    expect(layout.fontSize).toBeGreaterThanOrEqual(16);
    expect(await layoutProblems(page, 'portrait reading')).toEqual([]);
    expect(game.errors).toEqual([]);
  });
});
