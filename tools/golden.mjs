#!/usr/bin/env node
// `npm run golden -- add`: writes the golden save set for the story as it is now (golden-saves/release-<hash>/).
// Run it whenever the story changes; the story test fails until the current story has its set.
// `npm run golden -- edits`: remakes the sets from deliberately edited copies of the story.
// Runs tools/golden/golden-saves.ts through Vite's module runner, like tools/story.mjs.
import path from 'node:path';
import { runnerImport } from 'vite';

const command = process.argv[2];
if (command !== 'add' && command !== 'edits') {
  console.error('Usage: npm run golden -- add | edits');
  process.exit(2);
}
const quiet = { configFile: false, logLevel: 'silent' };
const { module: golden } = await runnerImport(path.resolve('tools/golden/golden-saves.ts'), quiet);
const sets = command === 'add' ? [golden.releaseSet()] : golden.editedSets();
for (const set of sets) {
  const files = golden.writeSet(set);
  console.log(`${set[0]?.set ?? '(empty)'}: ${files.length} saves`);
}
