/**
 * `npm run build:single`: the whole game as one HTML file (dist-single/lost-corner.html) that plays from a USB
 * stick or a shared drive with a double-click: no server, no network. Everything is inlined: code (one bundle,
 * no dynamic chunks, since file:// pages cannot fetch modules), styles, fonts and sounds (as data: addresses).
 * Saves, settings and the journal use the browser's storage for file:// pages, as on a web host.
 */
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

// A file:// page has no service worker: the offline copy's plugins are left out.
const plugins = (base.plugins ?? [])
  .flat()
  .filter((plugin) => !(plugin && 'name' in plugin && plugin.name.startsWith('vite-plugin-pwa')));

export default mergeConfig(
  { ...base, plugins, test: undefined },
  defineConfig({
    plugins: [
      viteSingleFile({ removeViteModuleLoader: true }),
      {
        // The load check watches for files that fail to arrive; in one file there are none to fail.
        name: 'lost-corner-no-load-check',
        transformIndexHtml: (html: string) =>
          html.replace(
            /\s*<!-- First of all scripts[^>]*-->\s*<script src="\.\/load-check\.js"><\/script>/,
            '',
          ),
      },
    ],
    // There is no guide.html beside a single file: the guide is read inside the game.
    define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('1') },
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      assetsInlineLimit: Number.POSITIVE_INFINITY,
      cssCodeSplit: false,
      chunkSizeWarningLimit: 20_000,
      rolldownOptions: { input: 'index.html', output: { codeSplitting: false } },
    },
  }),
);
