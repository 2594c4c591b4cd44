/**
 * Bytes loaded, from the page's Resource Timing: each response's encoded body size (gzipped, as this bench's
 * server sends text), counted when the response had finished by a given page time. "Code" is the page itself
 * and its HTML, JavaScript, CSS and JSON; the rest is fonts, sounds and anything else.
 */

/**
 * Runs in the page: every response so far, with its finishing time.
 * @returns {{ url: string, bytes: number, end: number }[]}
 */
export function readResources() {
  const entries = /** @type {PerformanceResourceTiming[]} */ ([
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ]);
  return entries.map((entry) => ({
    url: entry.name,
    bytes: entry.encodedBodySize,
    end: entry.responseEnd,
  }));
}

/** @param {string} url */
export function isCode(url) {
  if (url.startsWith('data:') || url.startsWith('blob:')) return false;
  const pathname = new URL(url).pathname;
  return pathname.endsWith('/') || /\.(html|m?js|css|json)$/.test(pathname);
}

/**
 * Totals in KB (1024 bytes) of the responses finished by `until` (page ms; all of them without it).
 * @param {{ url: string, bytes: number, end: number }[]} resources
 * @param {number} [until]
 */
export function bytesBy(resources, until = Number.POSITIVE_INFINITY) {
  let code = 0;
  let all = 0;
  let requests = 0;
  for (const resource of resources) {
    if (resource.end > until || resource.end === 0) continue;
    requests += 1;
    all += resource.bytes;
    if (isCode(resource.url)) code += resource.bytes;
  }
  return { codeKB: code / 1024, allKB: all / 1024, requests };
}
