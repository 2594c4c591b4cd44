/**
 * The three pages the bench compares: the game, and the two baselines of bench/baselines/. `kind` tells the
 * in-page probe (probe.mjs) how each shows its line; `init` runs in the page before its own scripts, with
 * `initArg`.
 */

/**
 * @typedef {object} PageSpec
 * @property {'game' | 'inkjs-dom' | 'phaser-ink'} name
 * @property {'game' | 'dom' | 'phaser'} kind
 * @property {string} label  how the table names it
 * @property {((settings: Record<string, unknown>) => void) | null} init
 */

/** @type {Record<'game' | 'inkjs-dom' | 'phaser-ink', PageSpec>} */
export const PAGES = {
  game: { name: 'game', kind: 'game', label: 'Lost Corner', init: storeSettings },
  'inkjs-dom': { name: 'inkjs-dom', kind: 'dom', label: 'bare inkjs + DOM', init: null },
  'phaser-ink': { name: 'phaser-ink', kind: 'phaser', label: 'bare Phaser 4 + inkjs', init: null },
};

/**
 * As in the browser tests (e2e/game-page.ts): a profile that has already answered the comfort questions
 * offered at first start, so the title shows its menu; `settings` adds to that (the playthrough asks for
 * instant text). Runs in the page.
 * @param {Record<string, unknown>} settings
 */
function storeSettings(settings) {
  try {
    if (localStorage.getItem('lost-corner/settings') === null) {
      localStorage.setItem(
        'lost-corner/settings',
        JSON.stringify({ version: 3, welcomed: true, ...settings }),
      );
    }
  } catch {
    // Storage refused: the title shows the questions, and the bench will say it found no New game.
  }
}
