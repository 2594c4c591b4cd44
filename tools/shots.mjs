#!/usr/bin/env node
// `npm run shots [-- game pictures keepsakes places]`: photographs the game's screens, every picture the story
// shows, each keepsake and each place moving (see tools/shots/take-shots.ts).
// One development server both serves the pages and loads the TypeScript runner, so no build step is needed.
import { createServer } from 'vite';

// No hot updates: an edit made while the photographs are taken must not reload the page under them.
const server = await createServer({
  server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  logLevel: 'silent',
});
try {
  await server.listen();
  const { takeShots } = await server.ssrLoadModule('/tools/shots/take-shots.ts');
  await takeShots(server.resolvedUrls?.local[0], process.argv.slice(2));
} finally {
  await server.close();
}
