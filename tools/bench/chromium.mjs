/**
 * Chromium for the bench, found as the browser tests find it (tools/chromium.mjs), never downloaded. Every launch
 * gets a new, empty profile folder, removed on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

export { findChromium };

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
    args: [...CHROMIUM_ARGS],
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
