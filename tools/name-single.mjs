#!/usr/bin/env node
/** Names the single-file build for what it is: dist-single/index.html becomes dist-single/lost-corner.html. */
import fs from 'node:fs';

fs.renameSync('dist-single/index.html', 'dist-single/lost-corner.html');
const bytes = fs.statSync('dist-single/lost-corner.html').size;
console.log(
  `dist-single/lost-corner.html: ${(bytes / 1024 / 1024).toFixed(1)} MB, plays from a double-click.`,
);
