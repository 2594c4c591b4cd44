/**
 * Every place paints, in real Chromium, through the game's own stage view: still (as for reduced motion and
 * software WebGL) and moving, each from the picture of it the story shows longest, with its people. A place
 * "paints" when no error is raised and the canvas holds a picture rather than a flat colour. Uses the
 * development server's page behind `npm run shots` (tools/shots/shots.html), which is never part of the build.
 */
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { picturesOfTheStory } from '../src/core/pictures.ts';
import { EMPTY_STAGE, type Stage } from '../src/core/stage.ts';
import { KEEPSAKES, PLACES, type PlaceId } from '../src/core/vocabulary.ts';
import story from '../story/main.ink';
import type { CanvasSample } from '../tools/shots/shot-page.ts';
import { GamePage } from './game-page.ts';

let server: ViteDevServer;
let url: string;

beforeAll(async () => {
  server = await createServer({
    configFile: path.resolve('vite.config.ts'),
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('the dev server did not report its address');
  url = new URL('tools/shots/shots.html', local).href;
});

afterAll(async () => {
  await server?.close();
});

/** For each place, the picture of it the story shows longest (the place alone if the story never goes there). */
function stagesToPaint(): Map<PlaceId, Stage> {
  const { pictures } = picturesOfTheStory(story, 12);
  const stages = new Map<PlaceId, Stage>();
  for (const place of PLACES) {
    const longest = pictures.filter((p) => p.picture.place === place).sort((a, b) => b.lines - a.lines)[0];
    stages.set(place, { ...EMPTY_STAGE, ...(longest?.picture ?? { place }) });
  }
  return stages;
}

/**
 * A painting, not an empty or flat canvas: light and dark in it, and many colours. A blank canvas has one colour
 * and no spread. Measured here: the car at night, the plainest, has 82 colours and a spread of 12; most places
 * have 200 or more and 20 to 45.
 */
function expectAPicture(sample: CanvasSample, what: string, colours = 60) {
  expect(sample.lumaSpread, `${what}: brightness varies across the picture`).toBeGreaterThan(8);
  expect(sample.colours, `${what}: colours in the picture`).toBeGreaterThan(colours);
}

describe.each(['still', 'full'] as const)('every place, %s', (motion) => {
  let game: GamePage;

  beforeAll(async () => {
    game = await GamePage.open(`${url}?motion=${motion}`);
    await game.page.waitForFunction(() => window.shots !== undefined, undefined, { timeout: 60_000 });
  });

  afterAll(async () => {
    await game?.close();
  });

  it('paints each place with its people, and raises no error', { timeout: 600_000 }, async () => {
    const stages = stagesToPaint();
    for (const [place, stage] of stages) {
      await game.page.evaluate((s) => window.shots!.show(s), stage);
      const sample = await game.page.evaluate(() => window.shots!.sample());
      expectAPicture(sample, place);
    }
    const errors = [...game.errors, ...(await game.page.evaluate(() => window.shots!.errors))];
    expect(errors).toEqual([]);
  });

  it('draws each keepsake up close over a place', { timeout: 300_000 }, async () => {
    const base: Stage = { ...EMPTY_STAGE, place: 'car', light: 'night' };
    // Where a keepsake is held: right of centre, above the text.
    const where = { x: 700, y: 200, width: 200, height: 160 };
    await game.page.evaluate((s) => window.shots!.show(s), base);
    const without = await game.page.evaluate((r) => window.shots!.sample(r), where);
    for (const keepsake of KEEPSAKES) {
      await game.page.evaluate((s) => window.shots!.show(s), { ...base, closeUp: keepsake });
      const sample = await game.page.evaluate((r) => window.shots!.sample(r), where);
      // Lit, on lamplit cloth, against the windscreen at night: brighter there than the night was.
      expect(sample.meanLuma, keepsake).toBeGreaterThan(without.meanLuma + 5);
      expectAPicture(sample, keepsake, 40);
    }
    expect(game.errors).toEqual([]);
  });
});
