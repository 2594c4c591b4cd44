/**
 * The goals of issue 10, judged on the medians of this run: each passes or misses, and says by how much. A goal
 * the bench cannot judge (a baseline not measured, a walk that was not a whole playthrough, something the bench
 * does not measure at all) says why instead.
 */
import { medianOf, rowsFor } from './summary.mjs';

/**
 * @typedef {{ goal: string, throttle: number | null, value: number | null, target: number | null,
 *   unit: string, status: 'pass' | 'miss' | 'not measured', detail: string }} GoalResult
 */

/**
 * @typedef {Awaited<ReturnType<typeof import('./playthrough.mjs').measurePlaythroughs>> | null} Playthrough
 */

/**
 * @param {import('./summary.mjs').Sample[]} samples
 * @param {Playthrough} playthrough
 * @param {number[]} throttles
 * @param {string[]} pages
 * @returns {GoalResult[]}
 */
export function judgeGoals(samples, playthrough, throttles, pages) {
  /** @type {GoalResult[]} */
  const results = [];
  for (const throttle of throttles.filter((t) => t === 1 || t === 4)) {
    const rows = rowsFor(samples, throttle, pages);
    const game = (/** @type {string} */ id) => medianOf(rows, id, 'game');
    const inkjs = (/** @type {string} */ id) => medianOf(rows, id, 'inkjs-dom');
    const phaser = (/** @type {string} */ id) => medianOf(rows, id, 'phaser-ink');
    const title = game('titleUsable');
    const inkLine = inkjs('titleUsable');
    const phaserLine = phaser('titleUsable');
    results.push(
      atMost('title usable ≤ 1.3 × bare inkjs first line', throttle, title, inkLine && 1.3 * inkLine, 'ms'),
      below(
        'title usable < 0.5 × bare Phaser first line',
        throttle,
        title,
        phaserLine && 0.5 * phaserLine,
        'ms',
      ),
      atMost(
        'New game → first line readable',
        throttle,
        game('newGameToLine'),
        throttle === 1 ? 150 : 400,
        'ms',
      ),
    );
    const step = game('inputMedian');
    const inkStep = inkjs('inputMedian');
    results.push(
      atMost('key → next line ≤ 1.2 × bare inkjs', throttle, step, inkStep && 1.2 * inkStep, 'ms'),
    );
    if (throttle === 4) results.push(below('key → next line under 50 ms', throttle, step, 50, 'ms'));
    results.push(
      atMost('frame p95 while reading', throttle, game('frameP95'), throttle === 1 ? 17 : 34, 'ms'),
    );
    if (throttle === 1) {
      results.push(atMost('gzipped code before the title', 1, game('codeBeforeTitle'), 60, 'KB'));
    }
  }
  results.push(...playthroughGoals(playthrough));
  for (const goal of ['saving ≤ 10 ms', 'resuming a full playthrough’s save on an edited story ≤ 100 ms']) {
    results.push({
      goal,
      throttle: null,
      value: null,
      target: null,
      unit: 'ms',
      status: 'not measured',
      detail: 'the bench drives the game from outside and has no view of a save or a resume; not timed here',
    });
  }
  return results;
}

/** @param {Playthrough} playthrough */
function playthroughGoals(playthrough) {
  const done = playthrough?.playthroughs ?? [];
  const whole = playthrough?.mode.startsWith('to the end') ? done.filter((p) => p.reachedEnd) : [];
  /** @type {GoalResult[]} */
  const results = [];
  const heapGoal = 'heap after GC at the end of a full playthrough';
  if (whole.length === 0) {
    const why = !playthrough
      ? 'the game was not played through (--playthroughs 0, or it failed)'
      : `no walk reached the end of the story (${playthrough.mode})`;
    results.push(unmeasured(`${heapGoal} ≤ 20 MB`, 'MB', why));
  } else {
    results.push(atMost(heapGoal, null, playthrough?.heaps[0] ?? null, 20, 'MB'));
  }
  if (whole.length < 3) {
    const why = `needs three playthroughs to the end in one page (--playthroughs 3); had ${whole.length}`;
    results.push(unmeasured('no heap growth over three playthroughs in one page', 'MB', why));
  } else {
    const heaps = playthrough?.heaps ?? [];
    const growth = (heaps[2] ?? 0) - (heaps[0] ?? 0);
    // "No growth", allowing half a megabyte of noise in what V8 reports after a collection.
    results.push(atMost('heap growth, 1st to 3rd playthrough (0.5 MB allowed)', null, growth, 0.5, 'MB'));
  }
  return results;
}

/**
 * @param {string} goal
 * @param {number | null} throttle
 * @param {number | null} value
 * @param {number | null | 0} target
 * @param {string} unit
 * @returns {GoalResult}
 */
function atMost(goal, throttle, value, target, unit, strict = false) {
  if (value == null || target == null || target === 0) {
    return unmeasured(goal, unit, 'a page it needs was not measured', throttle);
  }
  const pass = strict ? value < target : value <= target;
  const factor = value / target;
  const detail = pass
    ? `passes: ${fmt(value)} ${unit} against ${fmt(target)} ${unit}`
    : `misses by ${fmt(value - target)} ${unit} (${factor.toFixed(2)}× the target ${fmt(target)} ${unit})`;
  return { goal, throttle, value, target, unit, status: pass ? 'pass' : 'miss', detail };
}

/**
 * @param {string} goal
 * @param {number | null} throttle
 * @param {number | null} value
 * @param {number | null | 0} target
 * @param {string} unit
 */
function below(goal, throttle, value, target, unit) {
  return atMost(goal, throttle, value, target, unit, true);
}

/**
 * @param {string} goal
 * @param {string} unit
 * @param {string} detail
 * @param {number | null} [throttle]
 * @returns {GoalResult}
 */
function unmeasured(goal, unit, detail, throttle = null) {
  return { goal, throttle, value: null, target: null, unit, status: 'not measured', detail };
}

/** @param {number} value */
export function fmt(value) {
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 10
      ? value.toFixed(1)
      : value.toFixed(2);
}
