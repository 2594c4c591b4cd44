#!/usr/bin/env node
/**
 * `npm test`: every check and test runner in order (check, unit, story, build, browser), continuing past a
 * failing runner so one run reports everything, except that the browser tests need the build. Each Vitest runner
 * writes a JSON report to reports/; the last line printed is the total over all runners: `N passed, N failed`.
 * A step that fails without a report (the type check, say, or a runner that crashed) counts as one failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const reports = path.resolve('reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const vitest = (project) => [
  'npx',
  [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(reports, `${project}.json`)}`,
  ],
];

const steps = [
  { name: 'check', command: ['npm', ['run', '-s', 'check']] },
  { name: 'unit', command: vitest('unit'), report: 'unit' },
  { name: 'story', command: vitest('story'), report: 'story' },
  { name: 'build', command: ['npm', ['run', '-s', 'build']] },
  // The one-file build for USB sticks and shared drives; its browser test opens it from file://.
  { name: 'build-single', command: ['npm', ['run', '-s', 'build:single']] },
  { name: 'e2e', command: vitest('e2e'), report: 'e2e', needs: 'build' },
];

const results = [];
for (const step of steps) {
  const needed = step.needs && results.find((r) => r.name === step.needs);
  if (needed && !needed.ok) {
    console.log(`\n── ${step.name}: not run, because ${step.needs} failed`);
    results.push({
      name: step.name,
      ok: false,
      passed: 0,
      failed: 1,
      note: `not run (${step.needs} failed)`,
    });
    continue;
  }
  console.log(`\n── ${step.name}`);
  const started = Date.now();
  const [program, args] = step.command;
  const run = spawnSync(program, args, { stdio: 'inherit', shell: false });
  const ok = run.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let passed = 0;
  let failed = 0;
  let note = `${seconds} s`;
  const reportFile = step.report && path.join(reports, `${step.report}.json`);
  if (reportFile && fs.existsSync(reportFile)) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf-8'));
    passed = report.numPassedTests ?? 0;
    failed = (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0);
    // A suite that fails to load has no tests to count but is still a failure.
    if (!ok && failed === 0) failed = 1;
  } else if (!ok) {
    failed = 1;
    note += reportFile ? ', no report written' : '';
  }
  results.push({ name: step.name, ok, passed, failed, note });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n── summary');
for (const r of results) {
  const counts = r.passed || r.failed ? ` (${r.passed} passed, ${r.failed} failed)` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${counts} ${r.note}`);
}
fs.writeFileSync(
  path.join(reports, 'summary.json'),
  `${JSON.stringify({ passed, failed, results }, null, 2)}\n`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
