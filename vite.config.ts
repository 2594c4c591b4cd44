import fs from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { ink } from './tools/ink/vite-plugin-ink.ts';
import { contentSecurityPolicy } from './tools/vite-plugin-csp.ts';

// Test runners (unit, story, e2e) are Vitest projects run one at a time by tools/run-tests.mjs.
// vitest is pinned to 4.1.x in package.json: Vitest 5 needs Node 22, and on Node 20 it hides every
// failure message behind a reporter crash (Map.groupBy is not a function).
const { version } = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  base: './',
  // The release, written into each save (see src/core/save.ts) for anyone reading one.
  define: { 'import.meta.env.VITE_GAME_VERSION': JSON.stringify(version) },
  plugins: [
    ink(),
    contentSecurityPolicy(),
    // The offline copy (src/offline/offline-copy.ts registers it and offers updates).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      filename: 'sw.js',
      workbox: {
        // Every file of the build, sounds in both formats and the fonts, so any browser plays it offline.
        globPatterns: ['**/*.{js,css,html,svg,woff2,webm,mp3}'],
        // Phaser's chunk is ~1.4 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // `?motion=…` and the like still find the cached page.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Phaser is one prebuilt bundle of ~1.4 MB that cannot be tree-shaken; the warning would only repeat that.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The game, and the teacher guide as a page of its own.
      input: { main: 'index.html', guide: 'guide.html' },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'story', include: ['story/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/serve-build.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
