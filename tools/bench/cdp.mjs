/**
 * The Chrome DevTools Protocol calls the bench needs, on one page's session: CPU throttling, and the JS heap
 * after a full garbage collection.
 */

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function devtools(context, page) {
  const session = await context.newCDPSession(page);
  return {
    /** @param {number} rate 1 is none, 4 is four times slower */
    throttle: (rate) => session.send('Emulation.setCPUThrottlingRate', { rate }),
    /** Used JS heap in MB, after a full garbage collection (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage). */
    heapAfterGc: async () => {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    },
    /** The browser's product and version, e.g. HeadlessChrome/153.0.0.0. */
    version: async () => (await session.send('Browser.getVersion')).product,
  };
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `test` (evaluated in the page with `arg`) from outside every `every` ms until it is truthy; the value,
 * or null after `timeout` ms. Polling from outside keeps the page free of the bench's own timers.
 * @template T, A
 * @param {import('playwright-core').Page} page
 * @param {(arg: A) => T | Promise<T>} test
 * @param {A} arg
 * @param {{ timeout: number, every?: number }} options
 * @returns {Promise<T | null>}
 */
export async function pollPage(page, test, arg, { timeout, every = 50 }) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(/** @type {any} */ (test), arg);
    if (value) return value;
    if (Date.now() > end) return null;
    await sleep(every);
  }
}
