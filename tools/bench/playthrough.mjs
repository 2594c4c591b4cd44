/**
 * The game's scripted playthrough, after the timed runs: one fresh browser at 1× throttle, text set to appear at
 * once (as the browser tests' playthrough does: one press a line instead of two), reading on as those tests do
 * (e2e/play-through.test.ts): Space on a line and, at a choice, its first option by the key 1. It goes to the
 * end of the story (or for `--walk N` presses), takes the JS heap after garbage collection, then returns to the
 * title and plays again, `--playthroughs N` times in one page. The probe stops watching meanwhile.
 */
import { devtools, pollPage } from './cdp.mjs';
import { launchFresh } from './chromium.mjs';
import { PAGES } from './pages.mjs';
import { waitForChange } from './play.mjs';
import { installProbe, readState } from './probe.mjs';
import { median, summarize } from './stats.mjs';

const MAX_PRESSES = 30_000;

/**
 * @param {{ executablePath: string, url: string, options: import('./options.mjs').BenchOptions }} setup
 */
export async function measurePlaythroughs({ executablePath, url, options }) {
  const { context, close } = await launchFresh(executablePath);
  /** @type {string[]} */
  const errors = [];
  /** @type {number[]} */
  const heaps = [];
  /** @type {Awaited<ReturnType<typeof walkOnce>>[]} */
  const playthroughs = [];
  /** @type {string | null} */
  let failure = null;
  try {
    await context.addInitScript(installProbe, /** @type {'game'} */ ('game'));
    await context.addInitScript(/** @type {(s: Record<string, unknown>) => void} */ (PAGES.game.init), {
      textSpeed: 'instant',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    const cdp = await devtools(context, page);
    await page.goto(url, { waitUntil: 'commit' });
    for (let round = 0; round < options.playthroughs; round += 1) {
      if (round > 0) await page.getByRole('button', { name: 'Return to the title' }).click();
      await page.getByRole('button', { name: /new game/i }).click({ timeout: 60_000 });
      if (round === 0) await page.evaluate(() => /** @type {any} */ (window).__benchWatch(false));
      const first = await pollPage(
        page,
        () => document.querySelector('.text-panel .line')?.textContent,
        null,
        {
          timeout: 60_000,
        },
      );
      if (!first) throw new Error(`playthrough ${round + 1}: no story line after New game`);
      const walked = await walkOnce(page, options.walk);
      playthroughs.push(walked);
      heaps.push(await cdp.heapAfterGc());
      console.log(
        `playthrough ${round + 1}/${options.playthroughs}: ${walked.presses} presses, ${walked.lines} lines, ` +
          `${walked.choices} choices, ${walked.reachedEnd ? 'reached the end' : 'stopped before the end'}, ` +
          `${walked.seconds.toFixed(0)} s, heap ${heaps.at(-1)?.toFixed(1)} MB`,
      );
      if (!walked.reachedEnd) break;
    }
  } catch (error) {
    // What was measured before the failure is kept, and the failure is reported with it.
    failure = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    console.log(`playthrough: FAILED: ${failure}`);
  } finally {
    await close();
  }
  const mode = options.walk === 'full' ? 'to the end' : `at most ${options.walk} presses`;
  const how = `${mode}, first choice each time, instant text, 1× throttle`;
  return { mode: how, playthroughs, heaps, errors, failure };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {number | 'full'} limit
 */
async function walkOnce(page, limit) {
  const started = Date.now();
  const cap = limit === 'full' ? MAX_PRESSES : limit;
  let state = await page.evaluate(readState, /** @type {'game'} */ ('game'));
  let presses = 0;
  let choices = 0;
  let lines = 1;
  /** @type {number[]} */
  const waits = [];
  /** @type {{ ms: number, line: string }[]} */
  const slow = [];
  while (presses < cap && !state.ended) {
    const key = state.choices ? '1' : 'Space';
    const pressed = Date.now();
    await page.keyboard.press(key);
    presses += 1;
    if (key === '1') choices += 1;
    // Nothing changed in ten seconds: the walk is stuck, and says so by not reaching the end.
    const next = await waitForChange(page, 'game', state, 10_000);
    if (!next) break;
    waits.push(Date.now() - pressed);
    slow.push({ ms: Date.now() - pressed, line: next.text.slice(0, 50) });
    slow.sort((a, b) => b.ms - a.ms).splice(3);
    if (next.text !== state.text) lines += 1;
    state = next;
    if (presses % 250 === 0) console.log(`  … ${presses} presses, ${lines} lines`);
  }
  return {
    presses,
    choices,
    lines,
    reachedEnd: state.ended,
    seconds: (Date.now() - started) / 1000,
    // Seen from outside (a press, then polling every 15 ms), so only a rough guide: does reading on get slower?
    firstWaitsMs: median(waits.slice(0, 100)),
    lastWaitsMs: median(waits.slice(-100)),
    waits: summarize(waits),
    slowest: slow,
  };
}
