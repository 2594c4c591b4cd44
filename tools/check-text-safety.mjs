#!/usr/bin/env node
/**
 * Part of `npm run check`: the game's own code never turns text into markup or code, never merges parsed input
 * into objects, and never phones anywhere. Whatever a player typed or the story says reaches the page only as
 * text (Preact escapes it), so a journal entry like `<img onerror=…>` shows as those characters.
 *
 * Scans every .ts and .tsx file under src/ (tests included: a test has no reason to use these either). A line
 * may carry `text-safety: allow <why>` to pass one reviewed exception; there are none now.
 */
import fs from 'node:fs';
import path from 'node:path';

const FORBIDDEN = [
  [/\.innerHTML\b/, 'innerHTML turns text into markup; set textContent or render with Preact'],
  [/\.outerHTML\s*=/, 'assigning outerHTML turns text into markup'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML turns text into markup'],
  [/document\.write/, 'document.write turns text into markup'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML turns text into markup'],
  [/\bsetHTML(Unsafe)?\s*\(/, 'setHTML turns text into markup'],
  [/createFromHTML/, "Phaser's createFromHTML turns text into markup"],
  [/\bcreateContextualFragment\b/, 'createContextualFragment turns text into markup'],
  [/(^|[^.\w])eval\s*\(/, 'eval runs text as code'],
  [/new\s+Function\s*\(/, 'new Function runs text as code'],
  [
    /Object\.assign\s*\(/,
    'Object.assign can merge parsed input (and __proto__) into an object; build a new one field by field',
  ],
  [/\bsendBeacon\b/, 'sendBeacon sends data off the device'],
  [/\bfetch\s*\(\s*['"`]https?:/, 'a fetch to a hard-coded remote address'],
  [
    /\bXMLHttpRequest\b/,
    'XMLHttpRequest: the game loads nothing at run time except its own files through Vite and Phaser',
  ],
];

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

const problems = [];
for (const file of files('src')) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.includes('text-safety: allow')) return;
    for (const [pattern, why] of FORBIDDEN) {
      if (pattern.test(line)) problems.push(`${file}:${i + 1}: ${why}\n    ${line.trim()}`);
    }
  });
}

if (problems.length > 0) {
  console.error(`Text safety: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Text safety: no markup from text, no eval, no merges of parsed input, no beacons.');
