#!/usr/bin/env node
// `npm run story:check` / `npm run story:stats`: runs tools/ink/story-report.ts through Vite's module runner (so
// TypeScript and the story import work without a build step). Exits non-zero when the story does not compile.
import path from 'node:path';
import { runnerImport } from 'vite';

const command = process.argv[2] === 'stats' ? 'stats' : 'check';
const quiet = { configFile: false, logLevel: 'silent' };
const { module: plugin } = await runnerImport(path.resolve('tools/ink/vite-plugin-ink.ts'), quiet);
let report;
try {
  ({ module: report } = await runnerImport(path.resolve('tools/ink/story-report.ts'), {
    ...quiet,
    plugins: [plugin.ink()],
  }));
} catch (error) {
  // The story itself did not compile: the ink plugin's message names file and line.
  console.error(String(error?.message ?? error));
  process.exit(1);
}
const ok = command === 'stats' ? report.stats() : report.check() !== null;
if (ok && command === 'check') console.log('The story compiles: no errors, warnings or unknown tags.');
process.exit(ok ? 0 : 1);
