/**
 * Vitest global setup for the browser tests: serves the production build (dist/, made by `vite build` before
 * the tests run) with Vite's preview server on a free port, and hands its address to the tests.
 */
import fs from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveBuild(project: TestProject) {
  if (!fs.existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npm run build` first (npm test and test:e2e do).');
  }
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
