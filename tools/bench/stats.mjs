/** Small statistics over plain numbers: what the bench reports of each series. */

/**
 * The p-th percentile (0–100) by linear interpolation between the closest ranks; null for no numbers.
 * @param {readonly number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}

/** @param {readonly number[]} values */
export const median = (values) => percentile(values, 50);

/**
 * Median, p95, min, max and count of a series.
 * @param {readonly number[]} values
 */
export function summarize(values) {
  return {
    median: median(values),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    count: values.length,
  };
}
