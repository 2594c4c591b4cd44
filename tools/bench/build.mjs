/**
 * Builds the three pages the bench compares, with Vite: the game with its own configuration (into
 * bench-results/game-dist, never dist/, which the browser tests use) and each baseline page on its own.
 */
import path from 'node:path';
import { build } from 'vite';
import { compileStory, storyModule } from './ink-story.mjs';

export const OUT = path.resolve('bench-results');
const BASELINES = path.resolve('bench/baselines');

/** Where each page's built files are, by page name. */
export const SITES = {
  game: path.join(OUT, 'game-dist'),
  'inkjs-dom': path.join(OUT, 'baselines-dist', 'inkjs-dom'),
  'phaser-ink': path.join(OUT, 'baselines-dist', 'phaser-ink'),
};

/** @param {string[]} pages */
export async function buildAll(pages) {
  if (pages.includes('game')) {
    console.log('building the game into bench-results/game-dist …');
    await build({
      logLevel: 'warn',
      build: { outDir: SITES.game, emptyOutDir: true },
    });
  }
  const baselines = pages.filter((page) => page !== 'game');
  if (baselines.length === 0) return;
  const story = compileStory(path.join(BASELINES, 'story.ink'));
  for (const page of baselines) {
    console.log(`building the ${page} baseline …`);
    await build({
      configFile: false,
      root: path.join(BASELINES, page),
      base: './',
      publicDir: false,
      logLevel: 'warn',
      plugins: [storyModule(story)],
      build: {
        outDir: SITES[/** @type {'inkjs-dom' | 'phaser-ink'} */ (page)],
        emptyOutDir: true,
        target: 'es2022',
        // Phaser is one prebuilt bundle of ~1.4 MB; the warning would only repeat that.
        chunkSizeWarningLimit: 2000,
      },
    });
  }
}
