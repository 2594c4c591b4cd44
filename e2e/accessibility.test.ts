/**
 * axe-core on every screen of the production build, in real Chromium: the title with its content note and every
 * dialog it opens, reading (a line, a choice, a memory), the history, the saves in both modes, the chest, the
 * map, the end of a memory, a reflection stop, a content note inside the story and the end of the story. Rules:
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA. A failure lists each rule broken, its impact and every element.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { axeViolations, closeWith } from './a11y-page.ts';
import { GamePage, visibleNow } from './game-page.ts';
import { seedSaveAt } from './seed-save.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

/**
 * Runs axe now, adding what it finds (as readable paragraphs) to `found`. A screen over the picture is checked
 * a second time as if the picture were white, as that is the only way axe can judge contrast over it.
 */
async function audit(g: GamePage, screen: string, found: string[], overPicture = false): Promise<void> {
  found.push(...(await axeViolations(g.page, screen)));
  if (overPicture) {
    found.push(
      ...(await axeViolations(g.page, `${screen}, over a white picture`, { brightestPicture: true })),
    );
  }
}

function report(found: readonly string[]): string {
  return `axe found ${found.length} violation(s):\n\n${found.join('\n\n')}`;
}

/** Opens a dialog with `open`, waits for it, audits it, and closes it with Escape. */
async function auditDialog(
  g: GamePage,
  name: string | RegExp,
  open: () => Promise<void>,
  screen: string,
  found: string[],
): Promise<void> {
  await open();
  const dialog = g.page.getByRole('dialog', { name });
  await dialog.waitFor();
  await audit(g, screen, found);
  await closeWith(g.page);
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  it('reports a control with no name, so a clean result below means something', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const nameless = document.createElement('button');
      nameless.id = 'nameless';
      document.querySelector('#ui main')?.append(nameless);
    });
    const found = await axeViolations(page, 'title with a nameless button');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^title with a nameless button: button-name \(critical\): .*\n {4}at #nameless/);
  });

  it('on the title, its content note, and every dialog the title opens', async () => {
    game = await GamePage.open(url);
    const g = game;
    const { page } = g;
    const button = (name: string) => () => page.getByRole('button', { name, exact: true }).click();
    const found: string[] = [];
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    await page.getByRole('complementary', { name: 'Content note' }).waitFor();
    await audit(g, 'title with its content note', found, true);

    await auditDialog(g, 'Load a saved game', button('Load'), 'saves dialog from the title (load)', found);
    await auditDialog(g, 'Chapters', button('Chapters'), 'chapters', found);
    await auditDialog(g, 'Settings', button('Settings'), 'settings', found);
    await auditDialog(g, 'Keys and controls', button('Keys and controls'), 'keys and controls', found);
    await auditDialog(g, 'About this adaptation', button('About this adaptation'), 'about', found);
    await auditDialog(g, 'Journal', button('Journal'), 'journal (empty)', found);

    await button('Teacher setup')();
    const setup = page.getByRole('dialog', { name: 'Teacher setup' });
    await setup.waitFor();
    await audit(g, 'teacher setup', found);
    await setup.getByRole('button', { name: 'Copy a link with this setup' }).click();
    await setup.getByLabel('Link').waitFor();
    await audit(g, 'teacher setup with its link shown', found);
    await auditDialog(
      g,
      'Lost Corner: a guide for teachers',
      () => setup.getByRole('button', { name: 'Teacher guide' }).click(),
      'teacher guide',
      found,
    );
    await button('Teacher setup')();
    await auditDialog(
      g,
      'Class tally of readings',
      () => setup.getByRole('button', { name: 'Class tally of readings' }).click(),
      'class tally',
      found,
    );
    expect(found, report(found)).toEqual([]);
    expect(g.errors).toEqual([]);
  }, 240_000);

  it('while reading: a line, a choice, a memory, the history, the saves in both modes, the chest and the map', async () => {
    game = await GamePage.open(url);
    const g = game;
    const { page } = g;
    const found: string[] = [];
    await g.startNewGame();
    await page.waitForTimeout(500);
    await audit(g, 'reading a line', found, true);

    expect(await g.waitForPauseAfterPressing('Space')).toBe('choices');
    await audit(g, 'a choice', found, true);
    await page.keyboard.press('1');
    await page.keyboard.press('Space');

    await auditDialog(g, 'What has been read', () => page.keyboard.press('h'), 'history', found);
    await page.keyboard.press('s');
    const saves = page.getByRole('dialog', { name: 'Saves' });
    await saves.waitFor();
    await saves
      .getByRole('button', { name: /Slot 3/ })
      .first()
      .click();
    await saves.getByRole('status').filter({ hasText: 'Saved in Slot 3' }).waitFor();
    await audit(g, 'saves dialog in save mode, after saving', found);
    await closeWith(page);
    await auditDialog(g, 'Saves', () => page.keyboard.press('l'), 'saves dialog in load mode', found);

    await g.readUntil(g.announcedIncludes('Hailsham: the playing fields and the pavilion, remembered'));
    await page.waitForTimeout(500);
    await audit(g, 'reading a memory', found, true);
    await g.readUntil(async () => !(await visibleNow(page.getByText('Remembered ·'))));
    await g.readUntil(() => visibleNow(page.getByRole('button', { name: /^Chest/ })));

    await page.keyboard.press('c');
    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
    await audit(g, 'the chest', found, true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Map' }).click();
    await page.getByRole('heading', { name: 'Two timelines' }).waitFor();
    await page.getByRole('region', { name: 'As it happened' }).getByRole('button').first().click();
    await page.getByRole('button', { name: /^Replay this memory/ }).waitFor();
    await audit(g, 'the map, a memory chosen', found, true);
    await page.keyboard.press('Escape');

    // A memory opened from the chest, read to its end.
    await page.keyboard.press('c');
    await page
      .getByRole('button', { name: /^A pale blue polo shirt/ })
      .first()
      .click();
    await g.announced().filter({ hasText: 'remembered again' }).waitFor();
    await g.readUntil(() => visibleNow(page.getByRole('button', { name: 'Back to the chest' })));
    await audit(g, 'the end of a memory', found, true);
    await auditDialog(
      g,
      'Menu',
      () => page.getByRole('button', { name: 'Menu' }).click(),
      'game menu',
      found,
    );

    expect(found, report(found)).toEqual([]);
    expect(g.errors).toEqual([]);
  }, 300_000);

  it('at a reflection stop, in classroom mode with stops on', async () => {
    game = await GamePage.open(url);
    const g = game;
    const { page } = g;
    const found: string[] = [];
    await page.getByRole('button', { name: 'Teacher setup' }).click({ timeout: 60_000 });
    const setup = page.getByRole('dialog', { name: 'Teacher setup' });
    await setup.getByLabel(/Stop at reflection points/).check();
    await setup.getByLabel(/Explain the story’s special words/).check();
    await setup.getByRole('button', { name: 'Close' }).click();
    await g.startNewGame();
    const stop = page.getByRole('dialog', { name: 'Pause to reflect' });
    await g.readUntil(() => visibleNow(stop), { limit: 150 });
    await audit(g, 'a reflection stop', found);
    await stop.getByRole('textbox').fill('Because it was his.');
    await stop.getByRole('button', { name: 'Continue when ready' }).click();
    await stop.waitFor({ state: 'detached' });
    await auditDialog(g, 'Journal', () => page.keyboard.press('j'), 'journal with an answer', found);

    expect(found, report(found)).toEqual([]);
    expect(g.errors).toEqual([]);
  }, 240_000);

  it('at a content note inside the story, and at the end of the story', async () => {
    game = await GamePage.open(url);
    const g = game;
    const { page } = g;
    const found: string[] = [];
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    await seedSaveAt(page, 'epilogue');
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    const summary = page.getByRole('button', { name: /Read a short summary instead/ });
    await summary.waitFor({ timeout: 60_000 });
    await audit(g, 'a content note in the story', found, true);
    await summary.click();
    expect(await g.waitForPauseAfterPressing('Space', 100)).toBe('end');
    await audit(g, 'the end of the story', found, true);

    expect(found, report(found)).toEqual([]);
    expect(g.errors).toEqual([]);
  }, 240_000);
});
