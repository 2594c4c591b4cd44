/**
 * What the table shows: each metric, per page and throttle, as the median, min and max over the runs, and the
 * game's median as a ratio of each baseline's.
 */
import { summarize } from './stats.mjs';

/** @typedef {Awaited<ReturnType<typeof import('./measure.mjs').measurePage>> & { run: number }} Sample */

/**
 * @typedef {object} Metric
 * @property {string} id
 * @property {string} label
 * @property {'ms' | 'KB' | 'MB'} unit
 * @property {(sample: Sample) => number | null | undefined} get
 */

/** @type {Metric[]} */
export const METRICS = [
  { id: 'titleUsable', label: 'title usable (baselines: 1st line)', unit: 'ms', get: (s) => s.titleUsableMs },
  { id: 'newGameToLine', label: 'New game → 1st line readable', unit: 'ms', get: (s) => s.newGameToLineMs },
  {
    id: 'longTasksBeforeLine',
    label: 'long tasks, start → 1st line',
    unit: 'ms',
    get: (s) => s.longTaskMsBeforeLine,
  },
  {
    id: 'codeBeforeTitle',
    label: 'code before title (gzip)',
    unit: 'KB',
    get: (s) => s.bytesBeforeTitle.codeKB,
  },
  {
    id: 'codeBeforeLine',
    label: 'code before 1st line (gzip)',
    unit: 'KB',
    get: (s) => s.bytesBeforeLine.codeKB,
  },
  {
    id: 'bytesBeforeLine',
    label: 'all bytes before 1st line',
    unit: 'KB',
    get: (s) => s.bytesBeforeLine.allKB,
  },
  { id: 'bytesTotal', label: 'all bytes, whole run', unit: 'KB', get: (s) => s.bytesTotal.allKB },
  { id: 'heapAtReady', label: 'JS heap at 1st line (GC)', unit: 'MB', get: (s) => s.heapAtReadyMB },
  { id: 'heapAtEnd', label: 'JS heap at end of run (GC)', unit: 'MB', get: (s) => s.heapAtEndMB },
  { id: 'inputMedian', label: 'key → next line painted, med', unit: 'ms', get: (s) => s.inputToLine.median },
  { id: 'inputP95', label: 'key → next line painted, p95', unit: 'ms', get: (s) => s.inputToLine.p95 },
  { id: 'frameMedian', label: 'frame time reading, median', unit: 'ms', get: (s) => s.frames.median },
  { id: 'frameP95', label: 'frame time reading, p95', unit: 'ms', get: (s) => s.frames.p95 },
];

export const BASELINES = /** @type {const} */ (['inkjs-dom', 'phaser-ink']);

/**
 * @typedef {{ median: number | null, min: number | null, max: number | null, count: number }} Cell
 * @typedef {{ metric: Metric, cells: Record<string, Cell>, ratios: Record<string, number | null> }} Row
 */

/**
 * @param {Sample[]} samples
 * @param {number} throttle
 * @param {string[]} pages
 * @returns {Row[]}
 */
export function rowsFor(samples, throttle, pages) {
  return METRICS.map((metric) => {
    /** @type {Record<string, Cell>} */
    const cells = {};
    for (const page of pages) {
      const values = samples
        .filter((s) => s.page === page && s.throttle === throttle)
        .map(metric.get)
        .filter((v) => typeof v === 'number' && Number.isFinite(v));
      const { median, min, max, count } = summarize(/** @type {number[]} */ (values));
      cells[page] = { median, min, max, count };
    }
    /** @type {Record<string, number | null>} */
    const ratios = {};
    for (const baseline of BASELINES) {
      const game = cells.game?.median;
      const base = cells[baseline]?.median;
      ratios[baseline] = game != null && base != null && base > 0 ? game / base : null;
    }
    return { metric, cells, ratios };
  });
}

/**
 * The median of one metric for one page at one throttle (null when not measured).
 * @param {Row[]} rows
 * @param {string} id
 * @param {string} page
 */
export function medianOf(rows, id, page) {
  return rows.find((row) => row.metric.id === id)?.cells[page]?.median ?? null;
}
