/**
 * Puts a Content Security Policy into every built page (index.html, guide.html) as a <meta> tag, so it holds on
 * any static host, even one that cannot set headers. Only our own origin may serve scripts, styles, fonts,
 * pictures, sounds and data; nothing runs from text (no 'unsafe-eval', no 'unsafe-inline'); no plugins, no
 * <base>, no form posts. `data:` and `blob:` are allowed where the game makes pictures and sounds itself.
 *
 * Not in development (Vite's dev server injects inline styles and its own client) and not in the single-file
 * build, where everything is inline by design and there is no origin to speak of.
 */
import type { Plugin } from 'vite';

export const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  let skip = false;
  return {
    name: 'lost-corner-csp',
    apply: 'build',
    configResolved(config) {
      skip = config.define?.['import.meta.env.VITE_SINGLE_FILE'] !== undefined;
    },
    transformIndexHtml() {
      if (skip) return [];
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
