/**
 * Vite plugin: `import story from '../story/main.ink'` gives `{ json, sources, hash }` compiled by
 * `compileInk`. Errors, warnings and bad tags fail `vite build` and show in the dev server's overlay with file
 * and line. Every INCLUDEd file is watched, so editing any `.ink` file in dev hot-updates the running game
 * (see `src/story.ts` for the side that accepts the update). Compiled JSON is never written to disk.
 */
import type { Plugin } from 'vite';
import { compileInk, InkCompileError } from './compile-ink.ts';

export function ink(): Plugin {
  return {
    name: 'lost-corner-ink',
    transform(_source, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      try {
        const compiled = compileInk(file);
        for (const watched of compiled.files) this.addWatchFile(watched);
        const module = { json: compiled.json, sources: compiled.sources, hash: compiled.hash };
        return { code: `export default ${JSON.stringify(module)};`, map: null };
      } catch (error) {
        if (error instanceof InkCompileError) this.error(error.message);
        throw error;
      }
    },
  };
}
