/**
 * Reading, measured: the time from a key press to the next line on screen, step after step, and the frame
 * times over a few seconds of reading on. Both read what the in-page probe (probe.mjs) recorded, so the times
 * are the page's own: from the key event's time stamp to the end of the first frame that shows the new line.
 */
import { pollPage, sleep } from './cdp.mjs';
import { readState } from './probe.mjs';
import { summarize } from './stats.mjs';

/**
 * `count` steps of Space, each on a whole line, each timed to the next line being readable. In the game a line
 * still typing is finished first (a press not timed), and a choice is taken with 1 (not timed either).
 * @param {import('playwright-core').Page} page
 * @param {'game' | 'dom' | 'phaser'} kind
 * @param {number} count
 * @param {number} throttle
 */
export async function stepLatencies(page, kind, count, throttle) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {{ ms: number, line: string }[]} */
  const steps = [];
  let missed = 0;
  let presses = 0;
  while (latencies.length < count && missed < 5 && presses < count * 6) {
    const state = await page.evaluate(readState, kind);
    if (state.ended) break;
    presses += 1;
    if (state.choices) {
      // Not timed: the line after a choice counts as shown once the probe has seen it.
      await page.keyboard.press('1');
      await pollPage(page, (n) => /** @type {any} */ (window).__bench.lines.length > n, state.lines, {
        timeout: 5000 * throttle,
        every: 20,
      });
      continue;
    }
    if (!state.complete) {
      await page.keyboard.press('Space');
      await waitForChange(page, kind, state, 5000 * throttle);
      continue;
    }
    // Let the last frame settle, so each step starts from rest.
    await sleep(100);
    const marks = await page.evaluate(() => {
      const bench = /** @type {any} */ (window).__bench;
      return { lines: bench.lines.length, inputs: bench.inputs.length };
    });
    await page.keyboard.press('Space');
    const result = await pollPage(
      page,
      (/** @type {{ lines: number, inputs: number }} */ mark) => {
        const bench = /** @type {any} */ (window).__bench;
        const line = bench.lines[mark.lines];
        const input = bench.inputs
          .slice(mark.inputs)
          .find((/** @type {any} */ i) => i.type === 'keydown' && i.key === ' ');
        return line && input ? { ms: line.at - input.at, line: line.text } : null;
      },
      marks,
      { timeout: 5000 * throttle, every: 20 },
    );
    if (result) {
      latencies.push(result.ms);
      steps.push(result);
    } else missed += 1;
  }
  // The slowest steps, with the start of the line each showed: where to look first.
  const slowest = steps.sort((a, b) => b.ms - a.ms).slice(0, 3);
  return { summary: summarize(latencies), missed, slowest };
}

/**
 * Waits until what the page shows differs from `before` (a new line, the line finished, choices gone or come).
 * @param {import('playwright-core').Page} page
 * @param {'game' | 'dom' | 'phaser'} kind
 * @param {Awaited<ReturnType<typeof readState>>} before
 * @param {number} timeout
 */
export async function waitForChange(page, kind, before, timeout) {
  const end = Date.now() + timeout;
  const key = stateKey(before);
  while (Date.now() < end) {
    const now = await page.evaluate(readState, kind);
    if (stateKey(now) !== key) return now;
    await sleep(15);
  }
  return null;
}

/** @param {Awaited<ReturnType<typeof readState>>} state */
export function stateKey(state) {
  return JSON.stringify([state.text, state.complete, state.choices, state.ended]);
}

/**
 * requestAnimationFrame deltas over `ms` of reading: the player reads on every 300 ms, and in the game only
 * once the line has finished typing (so the typewriter runs nearly all the time); choices are taken with 1.
 * @param {import('playwright-core').Page} page
 * @param {'game' | 'dom' | 'phaser'} kind
 * @param {number} ms
 */
export async function recordFrames(page, kind, ms) {
  let done = false;
  const deltas = page
    .evaluate((span) => /** @type {any} */ (window).__benchFrames(span), ms)
    .finally(() => {
      done = true;
    });
  let presses = 0;
  while (!done) {
    await sleep(300);
    if (done) break;
    const state = await page.evaluate(readState, kind);
    if (state.ended) continue;
    if (state.choices) await page.keyboard.press('1');
    else if (state.complete) await page.keyboard.press('Space');
    else continue;
    presses += 1;
  }
  return { summary: summarize(/** @type {number[]} */ (await deltas)), presses };
}
