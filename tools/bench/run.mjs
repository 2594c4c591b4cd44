#!/usr/bin/env node
/**
 * `npm run bench [-- --runs 5 --quick --walk full|N …]` (flags: tools/bench/options.mjs): builds the game and the
 * two baseline pages of bench/baselines/, serves them (gzipped) on local ports, and measures all three
 * interleaved, run after run, at each CPU throttle, each time in a fresh Chromium with a fresh profile. Prints a
 * table (medians, min, max, ratios to both baselines) and the goals, and writes
 * bench-results/bench-<date>.json and bench-results/latest.json. A benchmark, not a test: it fails only if it
 * cannot measure.
 */
import { buildAll, SITES } from './build.mjs';
import { findChromium } from './chromium.mjs';
import { measurePage } from './measure.mjs';
import { parseOptions } from './options.mjs';
import { PAGES } from './pages.mjs';
import { measurePlaythroughs } from './playthrough.mjs';
import { printReport, writeReport } from './report.mjs';
import { serveStatic } from './serve.mjs';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  const help = error instanceof Error && error.message === 'help';
  console.error(
    'usage: npm run bench [-- --runs N | --quick | --throttle 1,4 | --playthroughs N | --walk full|N',
  );
  console.error(
    '                        | --steps N | --frames-ms N | --motion full | --pages a,b | --no-build]',
  );
  console.error('(see tools/bench/README.md)');
  if (!help) console.error(error instanceof Error ? error.message : String(error));
  process.exit(help ? 0 : 2);
}

const executablePath = await findChromium();
if (options.build) await buildAll(options.pages);
const pages = options.pages.map((name) => PAGES[/** @type {keyof typeof PAGES} */ (name)]);
/** @type {Record<string, { url: string, close: () => Promise<void> }>} */
const servers = {};
for (const spec of pages) servers[spec.name] = await serveStatic(SITES[spec.name]);

const started = new Date();
/** @type {import('./summary.mjs').Sample[]} */
const samples = [];
/** @type {{ page: string, throttle: number, run: number, error: string }[]} */
const failures = [];
/** @type {Awaited<ReturnType<typeof measurePlaythroughs>> | null} */
let playthrough = null;
try {
  for (let run = 0; run < options.runs; run += 1) {
    for (const throttle of options.throttles) {
      // Interleaved, and the order turns each run so no page always goes first.
      const order = pages.map((_, i) => pages[(i + run) % pages.length]).filter((spec) => !!spec);
      for (const spec of order) {
        const query = spec.kind === 'game' && options.motion ? `?motion=${options.motion}` : '';
        const label = `run ${run + 1}/${options.runs}, ${throttle}×, ${spec.name}`;
        const t0 = Date.now();
        try {
          const sample = await measurePage({
            executablePath,
            spec,
            url: `${servers[spec.name]?.url}${query}`,
            throttle,
            options,
          });
          samples.push({ ...sample, run: run + 1 });
          console.log(`${label}: ${summaryLine(sample)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failures.push({ page: spec.name, throttle, run: run + 1, error: message });
          console.log(`${label}: FAILED: ${message.split('\n')[0]}`);
        }
      }
    }
  }
  const game = servers.game;
  if (game && options.playthroughs > 0) {
    try {
      playthrough = await measurePlaythroughs({ executablePath, url: game.url, options });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ page: 'game playthrough', throttle: 1, run: 0, error: message });
      console.log(`playthrough: FAILED: ${message.split('\n')[0]}`);
    }
  }
} finally {
  for (const server of Object.values(servers)) await server.close();
}

const report = { started, finished: new Date(), options, samples, playthrough, failures };
printReport(report);
const files = writeReport(report);
console.log(`\nwritten: ${files.join(', ')}`);

/** @param {Awaited<ReturnType<typeof measurePage>>} sample */
function summaryLine(sample) {
  const ms = (/** @type {number | null | undefined} */ value) =>
    value == null ? '—' : `${value.toFixed(0)} ms`;
  const parts = [`title ${ms(sample.titleUsableMs)}`];
  if (sample.newGameToLineMs !== null) parts.push(`new game→line ${ms(sample.newGameToLineMs)}`);
  parts.push(`step ${ms(sample.inputToLine.median)}`, `frame p95 ${ms(sample.frames.p95)}`);
  if (sample.errors.length > 0) parts.push(`${sample.errors.length} page error(s)`);
  return parts.join(', ');
}
