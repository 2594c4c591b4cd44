/**
 * One page, one run, one throttle: a fresh browser and profile, then the load (title usable, New game to the
 * first line, long tasks, bytes, heap), the steps (input to the next line), the frames while reading, and the
 * heap at the end. Returns one sample; what it could not measure is null, with the reason in `notes`. (The
 * game's full playthrough is a phase of its own: playthrough.mjs.)
 */
import { bytesBy, readResources } from './bytes.mjs';
import { devtools, pollPage } from './cdp.mjs';
import { launchFresh } from './chromium.mjs';
import { recordFrames, stepLatencies } from './play.mjs';
import { installProbe } from './probe.mjs';

/**
 * @param {{
 *   executablePath: string,
 *   spec: import('./pages.mjs').PageSpec,
 *   url: string,
 *   throttle: number,
 *   options: import('./options.mjs').BenchOptions,
 * }} setup
 */
export async function measurePage({ executablePath, spec, url, throttle, options }) {
  const { context, close } = await launchFresh(executablePath);
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const notes = [];
  try {
    await context.addInitScript(installProbe, /** @type {any} */ (spec.kind));
    if (spec.init) await context.addInitScript(spec.init, {});
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const cdp = await devtools(context, page);
    const browser = await cdp.version();
    await cdp.throttle(throttle);
    const slow = 60_000 * throttle;

    await page.goto(url, { waitUntil: 'commit' });
    const titleAt = await pollPage(page, () => /** @type {any} */ (window).__bench.titleAt, null, {
      timeout: slow,
      every: 100,
    });
    if (titleAt === null) throw new Error(`${spec.name}: the title never became usable`);

    /** @type {number | null} */
    let newGameToLine = null;
    if (spec.kind === 'game') {
      // The probe's own test found it; this checks that Playwright, by role and name, agrees.
      await page.getByRole('button', { name: /new game/i }).click({ timeout: slow });
    }
    const first = await pollPage(page, () => /** @type {any} */ (window).__bench.lines[0] ?? null, null, {
      timeout: slow,
      every: 25,
    });
    if (!first) throw new Error(`${spec.name}: no story line appeared`);
    if (spec.kind === 'game') {
      const click = await page.evaluate(() =>
        /** @type {any} */ (window).__bench.inputs.find((/** @type {any} */ i) => i.type === 'click'),
      );
      newGameToLine = click ? first.at - click.at : null;
      if (!click) notes.push('the click on New game was not seen by the page');
    }
    const longTasks = await page.evaluate(() => /** @type {any} */ (window).__bench.longTasks);
    const longTaskMs = (/** @type {number} */ until) =>
      longTasks
        .filter((/** @type {[number, number]} */ [start]) => start < until)
        .reduce((/** @type {number} */ sum, /** @type {[number, number]} */ [, d]) => sum + d, 0);
    const heapAtReady = await cdp.heapAfterGc();
    const loadResources = await page.evaluate(readResources);

    const steps = await stepLatencies(page, spec.kind, options.steps, throttle);
    if (steps.missed > 0) notes.push(`${steps.missed} step(s) showed no new line within the wait`);
    const frames = await recordFrames(page, spec.kind, options.framesMs);

    const heapAtEnd = await cdp.heapAfterGc();
    const resources = await page.evaluate(readResources);

    return {
      page: spec.name,
      throttle,
      browser,
      titleUsableMs: titleAt,
      firstLineMs: first.at,
      newGameToLineMs: newGameToLine,
      longTaskMsBeforeTitle: longTaskMs(titleAt),
      longTaskMsBeforeLine: longTaskMs(first.at),
      bytesBeforeTitle: bytesBy(loadResources, titleAt),
      bytesBeforeLine: bytesBy(loadResources, first.at),
      bytesTotal: bytesBy(resources),
      heapAtReadyMB: heapAtReady,
      heapAtEndMB: heapAtEnd,
      inputToLine: steps.summary,
      slowestSteps: steps.slowest,
      frames: frames.summary,
      framesPresses: frames.presses,
      stepsMissed: steps.missed,
      notes,
      errors,
    };
  } finally {
    await close();
  }
}
