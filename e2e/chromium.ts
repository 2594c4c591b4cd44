/**
 * Launches Chromium for the browser tests, found without ever downloading one (tools/chromium.mjs), with a fresh
 * profile, software WebGL, and no background network traffic.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium.mjs';

export { findChromium };

export interface LaunchOptions {
  readonly viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel: 4 with a 320×180 viewport is a 1280×720 window zoomed to 400%. */
  readonly deviceScaleFactor?: number;
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** 'block' keeps the game's offline copy out of a test that must see the server's own files. */
  readonly serviceWorkers?: 'allow' | 'block';
  /** A phone or tablet: touch events and a mobile viewport. */
  readonly touch?: boolean;
  /** Reuse a profile folder (to test what survives a restart); a new one by default. */
  readonly profile?: string;
  /** Further command-line switches, after the usual ones (such as `--autoplay-policy=…`). */
  readonly args?: readonly string[];
}

export async function launch(
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lost-corner-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: options.serviceWorkers ?? 'allow',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  return { context, profile };
}
