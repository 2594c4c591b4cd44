/**
 * The command line of `npm run bench`:
 *   --runs N          runs of every page at every throttle (default 5)
 *   --quick           one run and one short playthrough (the same as --runs 1 --playthroughs 1 --walk 300)
 *   --throttle 1,4    CPU throttle rates to measure (default 1 and 4)
 *   --playthroughs N  after the timed runs, the game played through N times in one page, each from the title,
 *                     with the heap after each (default 3; 0 skips it)
 *   --walk full|N     each playthrough goes to the end of the story (default), or stops after N key presses
 *   --steps N         input-to-next-line steps per page and run (default 50)
 *   --frames-ms N     how long frame times are recorded while reading (default 5000)
 *   --motion M        passed to the game as ?motion=M ('full' moves the picture even in software WebGL)
 *   --pages a,b       only these pages (game, inkjs-dom, phaser-ink)
 *   --no-build        reuse the builds already in bench-results/
 */

export const PAGE_NAMES = /** @type {const} */ (['game', 'inkjs-dom', 'phaser-ink']);

/**
 * @typedef {object} BenchOptions
 * @property {number} runs
 * @property {number[]} throttles
 * @property {number | 'full'} walk
 * @property {number} playthroughs
 * @property {number} steps
 * @property {number} framesMs
 * @property {string | null} motion
 * @property {string[]} pages
 * @property {boolean} build
 */

/**
 * @param {string[]} argv
 * @returns {BenchOptions}
 */
export function parseOptions(argv) {
  /** @type {BenchOptions} */
  const options = {
    runs: 5,
    throttles: [1, 4],
    walk: 'full',
    playthroughs: 3,
    steps: 50,
    framesMs: 5000,
    motion: null,
    pages: [...PAGE_NAMES],
    build: true,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.split('=', 2);
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      const next = argv[i];
      if (next === undefined) throw new Error(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--runs':
        options.runs = Math.floor(positive(name, value()));
        break;
      case '--quick':
        options.runs = 1;
        options.playthroughs = 1;
        options.walk = 300;
        break;
      case '--throttle':
        options.throttles = value()
          .split(',')
          .map((rate) => positive(name, rate));
        break;
      case '--walk': {
        const walk = value();
        options.walk = walk === 'full' ? 'full' : positive(name, walk);
        break;
      }
      case '--playthroughs':
        options.playthroughs = Math.floor(Number(value()));
        if (!(options.playthroughs >= 0)) throw new Error('--playthroughs wants 0 or more');
        break;
      case '--steps':
        options.steps = Math.floor(positive(name, value()));
        break;
      case '--frames-ms':
        options.framesMs = positive(name, value());
        break;
      case '--motion':
        options.motion = value();
        break;
      case '--pages': {
        const pages = value().split(',');
        const unknown = pages.filter((page) => !PAGE_NAMES.includes(/** @type {never} */ (page)));
        if (unknown.length > 0) throw new Error(`unknown page ${unknown.join(', ')}; known: ${PAGE_NAMES}`);
        options.pages = pages;
        break;
      }
      case '--no-build':
        options.build = false;
        break;
      case '--help':
      case '-h':
        throw new Error('help');
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  return options;
}

/**
 * @param {string} name
 * @param {string} text
 */
function positive(name, text) {
  const number = Number(text);
  if (!Number.isFinite(number) || number <= 0)
    throw new Error(`${name} wants a positive number, not ${text}`);
  return number;
}
