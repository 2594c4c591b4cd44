#!/usr/bin/env node
// `npm run shots`: photographs every place, the title, play, the chest and the map (see tools/shots/take-shots.ts).
// One development server both serves the pages and loads the TypeScript runner, so no build step is needed.
import { createServer } from 'vite';

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
try {
  await server.listen();
  const { takeShots } = await server.ssrLoadModule('/tools/shots/take-shots.ts');
  await takeShots(server.resolvedUrls?.local[0]);
} finally {
  await server.close();
}
