/**
 * The baselines' story: bench/baselines/story.ink compiled with the inkjs compiler from node_modules, handed to
 * the baseline pages as the module `virtual:bench-story` (its default export is the compiled JSON, as text).
 */
import fs from 'node:fs';
import { Compiler, CompilerOptions } from 'inkjs/full';

export const STORY_MODULE = 'virtual:bench-story';
const RESOLVED = `\0${STORY_MODULE}`;

/**
 * @param {string} file
 * @returns {string} the compiled story as JSON
 */
export function compileStory(file) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} message */
  const onMessage = (message) => problems.push(message);
  const options = new CompilerOptions(null, [], false, onMessage);
  let json;
  try {
    json = new Compiler(fs.readFileSync(file, 'utf8'), options).Compile().ToJson();
  } catch (error) {
    problems.push(String(error));
  }
  if (problems.length > 0 || !json)
    throw new Error(`${file}: ${problems.join('; ') || 'compiled to nothing'}`);
  return json;
}

/**
 * A Vite plugin serving the compiled story as `virtual:bench-story`.
 * @param {string} json
 * @returns {import('vite').Plugin}
 */
export function storyModule(json) {
  return {
    name: 'bench-story',
    resolveId: (id) => (id === STORY_MODULE ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(json)};` : null),
  };
}
