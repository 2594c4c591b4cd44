/**
 * The bench's output: the table (per throttle, each metric's median [min–max] per page, and the game's median
 * as a ratio of each baseline's), the game's walk, the goals with pass or miss and by how much, what was not
 * measured and why; and the same as JSON in bench-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OUT } from './build.mjs';
import { fmt, judgeGoals } from './goals.mjs';
import { PAGES } from './pages.mjs';
import { BASELINES, rowsFor } from './summary.mjs';

/**
 * @typedef {{ started: Date, finished: Date, options: import('./options.mjs').BenchOptions,
 *   samples: import('./summary.mjs').Sample[], playthrough: import('./goals.mjs').Playthrough,
 *   failures: { page: string, throttle: number, run: number, error: string }[] }} Report
 */

/** What a metric means for a page where it has no meaning (left blank in the table, said once here). */
const NOT_APPLICABLE = [
  'New game → 1st line: the baselines have no title, so no New game (their first line is the title row).',
  'Heap at end: after the steps and frames of that run, for every page (the baselines loop their three lines).',
];

/** @param {Report} report */
export function printReport(report) {
  const { options, samples } = report;
  const pages = options.pages;
  const out = [];
  out.push('', `Lost Corner bench, ${report.started.toISOString()}`, machineLine(samples));
  out.push(
    `${options.runs} run(s) per page and throttle, interleaved; medians [min–max] over runs; ratio = game ÷ baseline.`,
  );
  for (const throttle of options.throttles) {
    out.push('', ...table(samples, throttle, pages));
  }
  out.push('', ...slowestLines(samples));
  out.push('', ...playthroughLines(report.playthrough));
  out.push('', 'Goals (issue 10), on the medians above:');
  for (const goal of judgeGoals(samples, report.playthrough, options.throttles, pages)) {
    const mark = { pass: 'PASS', miss: 'MISS', 'not measured': ' n/m' }[goal.status];
    const at = goal.throttle ? ` at ${goal.throttle}×` : '';
    out.push(`  ${mark}  ${goal.goal}${at}: ${goal.detail}`);
  }
  out.push('', 'Notes:', ...NOT_APPLICABLE.map((n) => `  - ${n}`));
  for (const note of unique(samples.flatMap((s) => s.notes.map((n) => `${s.page}: ${n}`)))) {
    out.push(`  - ${note}`);
  }
  for (const error of unique(samples.flatMap((s) => s.errors.map((e) => `${s.page}: ${e}`))).slice(0, 10)) {
    out.push(`  - page error seen: ${error.slice(0, 200)}`);
  }
  for (const failure of report.failures) {
    out.push(`  - FAILED run ${failure.run} at ${failure.throttle}× of ${failure.page}: ${failure.error}`);
  }
  console.log(out.join('\n'));
}

/**
 * @param {import('./summary.mjs').Sample[]} samples
 * @param {number} throttle
 * @param {string[]} pages
 */
function table(samples, throttle, pages) {
  const rows = rowsFor(samples, throttle, pages);
  const baselines = BASELINES.filter((b) => pages.includes(b) && pages.includes('game'));
  const header = [
    `CPU ${throttle}×`,
    ...pages.map((p) => PAGES[/** @type {keyof typeof PAGES} */ (p)].label),
    ...baselines.map((b) => `÷ ${b}`),
  ];
  const body = rows.map((row) => [
    `${row.metric.label} (${row.metric.unit})`,
    ...pages.map((p) => cell(row.cells[p])),
    ...baselines.map((b) => {
      const ratio = row.ratios[b];
      return ratio == null ? '—' : `${ratio.toFixed(2)}×`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

/** @param {import('./summary.mjs').Cell | undefined} c */
function cell(c) {
  if (!c || c.median == null || c.min == null || c.max == null) return '—';
  if (c.count === 1) return fmt(c.median);
  return `${fmt(c.median)} [${fmt(c.min)}–${fmt(c.max)}]`;
}

/** @param {import('./summary.mjs').Sample[]} samples */
function slowestLines(samples) {
  const games = samples.filter((s) => s.page === 'game');
  const steps = games.flatMap((s) => s.slowestSteps.map((step) => ({ ...step, throttle: s.throttle })));
  if (steps.length === 0) return [];
  const worst = steps.sort((a, b) => b.ms - a.ms).slice(0, 5);
  return [
    "The game's slowest key → next line steps (the line's first words):",
    ...worst.map((step) => `  ${fmt(step.ms)} ms at ${step.throttle}×: "${step.line.slice(0, 50)}…"`),
  ];
}

/** @param {import('./goals.mjs').Playthrough} playthrough */
function playthroughLines(playthrough) {
  if (!playthrough)
    return ['The game was not played through (no game page, --playthroughs 0, or it failed).'];
  const lines = [`The game played through in one page (${playthrough.mode}):`];
  playthrough.playthroughs.forEach((p, i) => {
    const end = p.reachedEnd ? 'reached the end' : 'stopped before the end';
    const heap = playthrough.heaps[i]?.toFixed(1);
    lines.push(
      `  ${i + 1}: ${p.presses} presses, ${p.lines} lines, ${p.choices} choices, ${end}, ${p.seconds.toFixed(0)} s; JS heap after GC ${heap} MB`,
      `     press to change seen from outside: median ${ms(p.waits.median)} (first 100 presses ${ms(p.firstWaitsMs)}, last 100 ${ms(p.lastWaitsMs)}), p95 ${ms(p.waits.p95)}, max ${ms(p.waits.max)}`,
      ...p.slowest.map((step) => `     slow: ${fmt(step.ms)} ms before "${step.line}…"`),
    );
  });
  for (const error of unique(playthrough.errors).slice(0, 5)) {
    lines.push(`  page error seen: ${error.slice(0, 200)}`);
  }
  if (playthrough.failure) lines.push(`  FAILED, and stopped there: ${playthrough.failure}`);
  return lines;
}

/** @param {import('./summary.mjs').Sample[]} samples */
function machineLine(samples) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(0);
  const browser = samples[0]?.browser ?? 'Chromium';
  return `${os.cpus().length}× ${cpu}, ${memory} GB, ${os.type()} ${os.release()}, Node ${process.versions.node}, ${browser} (headless, software WebGL)`;
}

/** @param {number | null} value */
function ms(value) {
  return value == null ? '—' : `${fmt(value)} ms`;
}

/** @param {string[]} items */
function unique(items) {
  return [...new Set(items)];
}

/**
 * Writes bench-results/bench-<date>.json and bench-results/latest.json; returns their paths.
 * @param {Report} report
 */
export function writeReport(report) {
  const { options, samples } = report;
  const json = {
    ...report,
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGB: os.totalmem() / 2 ** 30,
      os: `${os.type()} ${os.release()}`,
      node: process.versions.node,
      browser: samples[0]?.browser ?? null,
    },
    summary: Object.fromEntries(
      options.throttles.map((t) => [
        `${t}x`,
        rowsFor(samples, t, options.pages).map((row) => ({
          metric: row.metric.id,
          label: row.metric.label,
          unit: row.metric.unit,
          pages: row.cells,
          gameOverBaseline: row.ratios,
        })),
      ]),
    ),
    goals: judgeGoals(samples, report.playthrough, options.throttles, options.pages),
  };
  fs.mkdirSync(OUT, { recursive: true });
  const stamp = report.started.toISOString().replace(/[:.]/g, '-');
  const files = [path.join(OUT, `bench-${stamp}.json`), path.join(OUT, 'latest.json')];
  for (const file of files) fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return files.map((file) => path.relative(process.cwd(), file));
}
