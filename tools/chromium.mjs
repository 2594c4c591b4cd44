/**
 * Chromium for the browser tests (e2e/chromium.ts) and the bench (tools/bench/), found one way and never
 * downloaded: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the binary shipped inside the
 * @sparticuz/chromium npm package (unpacked to /tmp on first use). Plain JavaScript so the bench can run it in
 * Node as it is; its types are in chromium.d.mts.
 */
import fs from 'node:fs';

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

/** Software WebGL, and no background network traffic. */
export const CHROMIUM_ARGS = Object.freeze([
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
]);
