/**
 * Chromium for the bench, found the way the browser tests find it (e2e/chromium.ts, which Node cannot import
 * as TypeScript): $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the binary inside the @sparticuz/chromium
 * npm package. Never downloads one. Every launch gets a new, empty profile folder, removed on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** @returns {Promise<string>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

// The same flags as the browser tests: software WebGL, no background traffic.
const ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/**
 * A fresh browser with a fresh profile, 1280×720. Service workers are blocked: the game's offline copy would
 * otherwise download every file of the build in the background while it is being measured.
 * @param {string} executablePath
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchFresh(executablePath) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lost-corner-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    reducedMotion: 'no-preference',
    serviceWorkers: 'block',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
