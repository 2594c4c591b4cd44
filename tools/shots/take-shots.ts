/**
 * `npm run shots`: photographs, in real Chromium, every picture the story shows (each distinct place, light,
 * weather, register and cast that a walk through the story reaches, see core/pictures.ts), each place moving and
 * still, each keepsake up close, and the game's own screens (loading, title, reading, a choice, the chest, a
 * memory, the map, history, saves, settings). Writes PNGs under `shots/` and `shots/report.json` with what
 * painting cost: the first draw of each picture, and the time per frame afterwards while it moves.
 *
 * Nothing here asserts a speed: the numbers are for reading (and for the benchmark), not for passing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../../e2e/chromium.ts';
import { type PictureSeen, picturesOfTheStory } from '../../src/core/pictures.ts';
import { EMPTY_STAGE, type Stage } from '../../src/core/stage.ts';
import { KEEPSAKES, PLACES, type PlaceId } from '../../src/core/vocabulary.ts';
import story from '../../story/main.ink';
import type { FrameCosts } from './shot-page.ts';

const OUT = path.resolve('shots');

interface PlaceReport {
  readonly place: PlaceId;
  /** First draw, still (graded once and baked), in ms. */
  readonly stillPaintMs: number;
  /** First draw, moving, in ms. */
  readonly movingPaintMs: number;
  /** Median over 12 frames of the game's step while the picture moves, in ms. */
  readonly movingStepMs: number;
  /** Median time between frames while it moves, in ms (what the browser managed). */
  readonly movingIntervalMs: number;
}

/**
 * What `npm run shots` photographs; `npm run shots -- game keepsakes` takes only those parts, and a word with a
 * colon, `place:cottages_kitchen`, keeps only the pictures of that place.
 */
export const PARTS = ['game', 'pictures', 'keepsakes', 'places'] as const;
export type Part = (typeof PARTS)[number];

export async function takeShots(baseUrl: string | undefined, asked: readonly string[] = []): Promise<void> {
  if (!baseUrl) throw new Error('the development server did not report its address');
  const onlyPlaces = asked.filter((word) => word.startsWith('place:')).map((word) => word.slice(6));
  const named = asked.filter((word) => !word.startsWith('place:'));
  const unknown = named.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  const parts = new Set<string>(named.length > 0 ? named : PARTS);
  for (const part of parts) {
    fs.rmSync(path.join(OUT, part), { recursive: true, force: true });
    fs.mkdirSync(path.join(OUT, part), { recursive: true });
  }
  const { pictures } = picturesOfTheStory(story);
  const failures: string[] = [];
  const { context } = await launch({ viewport: { width: 1280, height: 720 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => failures.push(`page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console: ${message.text()}`);
    });
    if (parts.has('game')) await shootTheGame(page, baseUrl, failures);
    const stillPaint = new Map<PlaceId, number>();
    if (parts.has('pictures') || parts.has('keepsakes')) await openShotPage(page, baseUrl, 'still');
    if (parts.has('pictures')) {
      const sorted = pictures
        .filter((p) => onlyPlaces.length === 0 || onlyPlaces.includes(p.picture.place ?? ''))
        .sort((a, b) => a.key.localeCompare(b.key));
      for (const [n, seen] of sorted.entries()) {
        const ms = await page.evaluate((stage) => window.shots!.show(stage), stageOf(seen));
        const place = seen.picture.place as PlaceId;
        if (!stillPaint.has(place)) stillPaint.set(place, ms);
        await page.evaluate(() => window.shots!.frames(2));
        await shoot(page, path.join(OUT, 'pictures', `${fileName(seen.key)}.png`), failures);
        process.stdout.write(`\rpictures: ${n + 1} of ${sorted.length}`);
      }
      process.stdout.write('\n');
    }
    if (parts.has('keepsakes')) {
      for (const id of KEEPSAKES) {
        await page.evaluate((keepsake) => window.shots!.showKeepsake(keepsake), id);
        await page.evaluate(() => window.shots!.frames(2));
        await shoot(page, path.join(OUT, 'keepsakes', `${id}.png`), failures);
      }
    }
    const reports: PlaceReport[] = [];
    if (parts.has('places')) {
      // The first draw of each place, still, when the pictures were not taken this time.
      const wanted = PLACES.filter((p) => onlyPlaces.length === 0 || onlyPlaces.includes(p));
      const unmeasured = wanted.filter((place) => !stillPaint.has(place));
      if (unmeasured.length > 0) await openShotPage(page, baseUrl, 'still');
      for (const place of unmeasured) {
        const seen = longestShown(pictures, place);
        const stage = seen ? stageOf(seen) : { ...EMPTY_STAGE, place };
        stillPaint.set(place, await page.evaluate((s) => window.shots!.show(s), stage));
      }
      // Each place moving, from the picture of it the story shows longest.
      await openShotPage(page, baseUrl, 'full');
      for (const place of wanted) {
        const seen = longestShown(pictures, place);
        const stage = seen ? stageOf(seen) : { ...EMPTY_STAGE, place };
        const ms = await page.evaluate((s) => window.shots!.show(s), stage);
        await page.evaluate(() => window.shots!.frames(2));
        // Few frames: where WebGL is drawn in software (here, in CI), each moving frame takes a second or more.
        const costs: FrameCosts = await page.evaluate(() => window.shots!.frames(12));
        await shoot(page, path.join(OUT, 'places', `${place}.png`), failures);
        reports.push({
          place,
          stillPaintMs: round(stillPaint.get(place) ?? Number.NaN),
          movingPaintMs: round(ms),
          movingStepMs: round(median(costs.steps)),
          movingIntervalMs: round(median(costs.intervals)),
        });
        process.stdout.write(`\rplaces moving: ${reports.length} of ${PLACES.length}`);
      }
      process.stdout.write('\n');
      failures.push(...(await page.evaluate(() => window.shots!.errors)));
      console.table(reports);
    }
    fs.writeFileSync(
      path.join(OUT, 'report.json'),
      `${JSON.stringify({ parts: [...parts], pictures: pictures.length, places: reports, failures }, null, 2)}\n`,
    );
    console.log(`Photographs of ${[...parts].join(', ')} in ${OUT}`);
    if (failures.length > 0) {
      console.error(`Problems:\n${failures.join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await context.close();
  }
}

async function openShotPage(page: Page, baseUrl: string, motion: 'still' | 'full'): Promise<void> {
  await page.goto(new URL(`tools/shots/shots.html?motion=${motion}`, baseUrl).href);
  await page.waitForFunction(() => window.shots !== undefined, undefined, { timeout: 60_000 });
}

/** The game itself, reached as a player reaches it: keys and buttons by their names. */
async function shootTheGame(page: Page, baseUrl: string, failures: string[]): Promise<void> {
  const game = (name: string) => path.join(OUT, 'game', `${name}.png`);
  const step = async (name: string, action: () => Promise<unknown>) => {
    try {
      await action();
      await page.waitForTimeout(1800);
      await shoot(page, game(name), failures);
    } catch (error) {
      failures.push(`game ${name}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  await step('loading', () => page.goto(baseUrl, { waitUntil: 'commit' }));
  await step('title', () => page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 }));
  await step('settings', () => page.getByRole('button', { name: 'Settings' }).click());
  await page.keyboard.press('Escape');
  await step('play', async () => {
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('[aria-live="polite"]').filter({ hasText: /\w/ }).waitFor({ timeout: 60_000 });
  });
  await step('choice', async () => {
    for (let i = 0; i < 200; i += 1) {
      if ((await page.getByRole('list', { name: 'Choices' }).count()) > 0) return;
      await page.keyboard.press('Space');
      await page.waitForTimeout(60);
    }
    throw new Error('no choice within 200 lines');
  });
  await step('history', () => page.keyboard.press('h'));
  await page.keyboard.press('Escape');
  await step('saves', () => page.keyboard.press('s'));
  await page.keyboard.press('Escape');
  // Late in the story, with every keepsake in the chest (a writer's jump, development only).
  await step('chest', async () => {
    await page.goto(new URL('?knot=play_madame', baseUrl).href);
    await page.locator('[aria-live="polite"]').filter({ hasText: /\w/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('c');
    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor({ timeout: 30_000 });
  });
  await step('memory', async () => {
    await page.getByRole('button', { name: /^A pencil case/ }).click();
    await page.locator('[aria-live="polite"]').filter({ hasText: /\w/ }).waitFor({ timeout: 30_000 });
  });
  await step('map', async () => {
    for (let i = 0; i < 200; i += 1) {
      const back = page.getByRole('button', { name: /^Back to the chest$/ });
      if ((await back.count()) > 0) {
        await back.click();
        break;
      }
      await page.keyboard.press(
        (await page.getByRole('list', { name: 'Choices' }).count()) > 0 ? '1' : 'Space',
      );
      await page.waitForTimeout(60);
    }
    await page.getByRole('button', { name: 'Close the chest' }).click();
    await page.keyboard.press('m');
    await page.getByRole('heading', { name: 'Two timelines' }).waitFor({ timeout: 30_000 });
  });
}

async function shoot(page: Page, file: string, failures: string[]): Promise<void> {
  try {
    await page.screenshot({ path: file, timeout: 120_000 });
  } catch (error) {
    failures.push(`${path.basename(file)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

function stageOf(seen: PictureSeen): Stage {
  return { ...EMPTY_STAGE, ...seen.picture };
}

function longestShown(pictures: readonly PictureSeen[], place: PlaceId): PictureSeen | undefined {
  return pictures.filter((p) => p.picture.place === place).sort((a, b) => b.lines - a.lines)[0];
}

function fileName(key: string): string {
  return key.replaceAll('|', '--').replaceAll(' ', '-').replace(/-+$/, '');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
