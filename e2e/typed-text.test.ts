/**
 * Whatever a student types is shown as text, never run as markup, in every place it appears: the journal, its
 * print view, the Markdown and web-page files it saves (the web page opened in the browser too), and the
 * teacher's tally of several journals. Each payload tries a different way in; the page records whether any of them
 * ever ran, and the Content Security Policy's refusals count as errors (see GamePage).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { emptyJournal, withName, withStance } from '../src/core/journal.ts';
import { journalJson } from '../src/core/journal-file.ts';
import { GamePage } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

const NAME = '<img src=x onerror="window.ran=1">';
const NOTE = [
  '</textarea><script>window.ran = 2</script>',
  '<a href="javascript:window.ran=3">a link</a> [and another](javascript:window.ran=4)',
  '<svg onload="window.ran=5"></svg> {{constructor.constructor("window.ran=6")()}}',
  // Right-to-left override and a zero-width space: shown as they are, not reinterpreted.
  'backwards: \u202Eelbat\u202C, and a gap:\u200Bhere',
].join('\n');

/** No element the payloads could have made exists under `root`, and none of them ran. */
async function nothingRan(page: Page, root: Locator): Promise<void> {
  expect(await root.locator('img, script, svg, a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { ran?: number }).ran)).toBeUndefined();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download.path();
}

describe('what a student types', () => {
  it('shows as literal text in the journal, its print view, its saved files and the opened web page', async () => {
    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'Journal' }).click({ timeout: 60_000 });
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByLabel('First name or initials (optional)').fill(NAME);
    await journal.getByLabel('Note', { exact: true }).fill(NOTE);
    await journal.getByRole('button', { name: 'Keep this note' }).click();

    // Read back as the very characters typed.
    await expect.poll(() => journal.textContent()).toContain('</textarea><script>window.ran = 2</script>');
    expect(await journal.textContent()).toContain('\u202Eelbat\u202C, and a gap:\u200Bhere');
    expect(await journal.getByLabel('First name or initials (optional)').inputValue()).toBe(NAME);
    await nothingRan(page, journal);
    await page.emulateMedia({ media: 'print' });
    await nothingRan(page, page.locator('body'));
    expect(await journal.getByText('window.ran = 2', { exact: false }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const markdown = fs.readFileSync(
      await downloaded(page, () => journal.getByRole('button', { name: 'Save as Markdown' }).click()),
      'utf8',
    );
    // Markdown would render a raw tag or link: every one is escaped.
    expect(markdown).not.toMatch(/(^|[^\\])<(img|script|svg|a )/m);
    expect(markdown).not.toMatch(/(^|[^\\])\]\(javascript/);
    expect(markdown).toContain('window.ran = 2');

    const webPage = await downloaded(page, () =>
      journal.getByRole('button', { name: 'Save as a web page' }).click(),
    );
    const html = `${webPage}.html`;
    fs.copyFileSync(webPage, html);
    const opened = await game.context.newPage();
    const refused: string[] = [];
    opened.on('pageerror', (error) => refused.push(error.message));
    await opened.goto(pathToFileURL(html).href);
    const body = opened.locator('body');
    expect(await body.textContent()).toContain('</textarea><script>window.ran = 2</script>');
    expect(await body.textContent()).toContain(NAME);
    await nothingRan(opened, body);
    expect(refused).toEqual([]);
    await opened.close();
    expect(game.errors).toEqual([]);
  });

  it('shows student names as literal text in the teacher’s tally', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'typed-tally-'));
    const offered = [
      { option: 'saw_a_future', text: 'a future' },
      { option: 'saw_a_mirror', text: 'a mirror' },
    ];
    const file = path.join(folder, 'journal.json');
    const journal = withStance(withName(emptyJournal('x'), NAME), {
      id: 'x-s',
      chapter: 'norfolk',
      point: 'window_seen',
      option: 'saw_a_mirror',
      text: 'a mirror',
      offered,
      at: '2026-12-07',
    });
    fs.writeFileSync(file, journalJson(journal));

    game = await GamePage.open(url);
    const { page } = game;
    await page.getByRole('button', { name: 'Teacher setup' }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Class tally of readings' }).click();
    const tally = page.getByRole('dialog', { name: 'Class tally of readings' });
    await tally.getByLabel('Journals (JSON, several at once)').setInputFiles([file]);
    await tally.getByRole('table', { name: /The Norfolk trip/ }).waitFor();
    await tally.getByLabel('Show the names in the journals').check();
    await tally.getByText(NAME).waitFor();
    await nothingRan(page, tally);
    expect(game.errors).toEqual([]);
  });
});
