/**
 * Classroom mode in the production build, in real Chromium with real localStorage and IndexedDB: a teacher makes
 * a setup and shares it as a link; a student opens the link, plays to a reflection stop with the glossary on,
 * answers it, finds the answer in the journal, prints it (the print stylesheet leaves only the journal), saves it
 * as Markdown and JSON, and clears the device, after which the title is a fresh start. Every request the pages
 * make is recorded: none may leave the game's own origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { emptyJournal, withName, withStance } from '../src/core/journal.ts';
import { journalJson } from '../src/core/journal-file.ts';
import { GamePage, visibleNow } from './game-page.ts';

const url = inject('baseUrl');
const games: GamePage[] = [];

afterEach(async () => {
  for (const game of games.splice(0)) await game.close();
});

async function open(address: string, requests: string[]): Promise<GamePage> {
  const game = await GamePage.open('about:blank');
  games.push(game);
  game.page.on('request', (request) => requests.push(request.url()));
  await game.page.goto(address);
  return game;
}

function leavingOrigin(requests: readonly string[]): string[] {
  const origin = new URL(url).origin;
  return requests.filter(
    (r) => !(r.startsWith(`${origin}/`) || r.startsWith('blob:') || r.startsWith('data:')),
  );
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

describe('classroom mode', () => {
  it('takes a teacher setup from a link to a student who reflects, prints, saves and clears the device', async () => {
    const requests: string[] = [];

    // The teacher.
    const teacher = await open(url, requests);
    await teacher.page.getByRole('button', { name: 'Teacher setup' }).click({ timeout: 60_000 });
    const setup = teacher.page.getByRole('dialog', { name: 'Teacher setup' });
    await setup.getByLabel('Open up to and including').selectOption('part_one');
    await setup.getByLabel(/Explain the story’s special words/).check();
    await setup.getByLabel(/Stop at reflection points/).check();
    await setup.getByRole('button', { name: 'Copy a link with this setup' }).click();
    const link = await setup.getByLabel('Link').inputValue();
    expect(link).toContain(
      '#class-setup&read=part_one&beats=pencil_case.norfolk.madame&glossary=on&stops=on',
    );

    // A student, on another machine (a fresh profile), opens the link.
    const student = await open(link, requests);
    const { page } = student;
    await page.getByText('Your teacher’s class setup is now in use').waitFor({ timeout: 60_000 });
    expect(page.url()).not.toContain('#');
    await page.getByRole('button', { name: 'New game' }).click();
    await student.announced().filter({ hasText: 'The rain began' }).waitFor();

    const stop = page.getByRole('dialog', { name: 'Pause to reflect' });
    let sawWordNote = false;
    for (let step = 0; step < 150 && !(await visibleNow(stop)); step += 1) {
      if (await visibleNow(page.locator('.glossary-notes'))) sawWordNote = true;
      const choices = student.choices();
      if (await visibleNow(choices)) await choices.first().click();
      else await page.keyboard.press('Space');
      await page.waitForTimeout(40);
    }
    await stop.waitFor({ timeout: 5_000 });
    expect(sawWordNote).toBe(true);
    const answer = 'He wants my Hailsham because his own was <worse>.';
    await stop.getByRole('textbox').fill(answer);
    await stop.getByRole('button', { name: 'Continue when ready' }).click();
    await stop.waitFor({ state: 'detached' });

    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByText(answer).waitFor();
    await journal.getByLabel('First name or initials (optional)').fill('S. K.');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#picture').isVisible()).toBe(false);
    expect(await journal.getByText(answer).isVisible()).toBe(true);
    expect(await journal.getByRole('button', { name: 'Save as Markdown' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const markdown = await downloaded(page, () =>
      journal.getByRole('button', { name: 'Save as Markdown' }).click(),
    );
    expect(markdown.name).toMatch(/^lost-corner-journal-S-K-\d{4}-\d\d-\d\d\.md$/);
    expect(markdown.text).toContain('Prologue: the drive');
    expect(markdown.text).toContain('his own was \\<worse\\>.');
    const json = await downloaded(page, () => journal.getByRole('button', { name: /Save as JSON/ }).click());
    expect(JSON.parse(json.text)).toMatchObject({ format: 'lost-corner-journal', name: 'S. K.' });

    await journal.getByRole('button', { name: 'Save and clear this device…' }).click();
    const [last] = await Promise.all([
      page.waitForEvent('download'),
      journal.getByRole('button', { name: 'Save it and clear this device' }).click(),
    ]);
    expect(last.suggestedFilename()).toMatch(/\.json$/);
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    expect(await visibleNow(page.getByRole('button', { name: 'Continue' }))).toBe(false);
    const ours = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('lost-corner') && k !== 'lost-corner/settings'),
    );
    expect(ours).toEqual([]);
    await page.getByRole('button', { name: 'Journal' }).click();
    const fresh = page.getByRole('dialog', { name: 'Journal' });
    await fresh.getByText('Nothing yet.').waitFor();

    // The journal saved before the clear opens again on the fresh device; a damaged file is refused calmly.
    const damaged = await last.path();
    fs.writeFileSync(`${damaged}.broken.json`, fs.readFileSync(damaged, 'utf8').slice(0, 80));
    await fresh.getByLabel('Open a journal saved as JSON').setInputFiles(`${damaged}.broken.json`);
    await fresh.getByRole('status').filter({ hasText: 'not JSON, or it was cut short' }).waitFor();
    await fresh.getByLabel('Open a journal saved as JSON').setInputFiles(damaged);
    await fresh.getByText(answer).waitFor();
    expect(await fresh.getByLabel('First name or initials (optional)').inputValue()).toBe('S. K.');
    // Saved again from here, the file is the same, byte for byte.
    const again = await downloaded(page, () => fresh.getByRole('button', { name: /Save as JSON/ }).click());
    expect(again.text).toBe(fs.readFileSync(damaged, 'utf8'));

    expect(leavingOrigin(requests)).toEqual([]);
    expect([...teacher.errors, ...student.errors]).toEqual([]);
  });

  it('opens a perspective replay a teacher has opened, bannered imagined, asks its question and files the reading', async () => {
    const requests: string[] = [];
    const student = await open(url, requests);
    const { page } = student;
    // A teacher's setup on this device opens the beats (stops stay off: the replay asks its own question).
    await page.getByRole('button', { name: 'Teacher setup' }).click({ timeout: 60_000 });
    const setup = page.getByRole('dialog', { name: 'Teacher setup' });
    await setup.getByLabel(/Explain the story’s special words/).check();
    await setup.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Chapters' }).click();
    await page.getByRole('button', { name: 'Open Ruth at the office window' }).click();
    await student.announced().filter({ hasText: 'Imagined, not in the novel' }).waitFor({ timeout: 60_000 });

    const stop = page.getByRole('dialog', { name: 'Pause to reflect' });
    let chosen = '';
    for (let step = 0; step < 120 && !(await visibleNow(stop)); step += 1) {
      const choices = student.choices();
      if (await visibleNow(choices)) {
        chosen ||= ((await choices.first().textContent()) ?? '').replace(/^\d+/, '').trim();
        await choices.first().click();
      } else await page.keyboard.press('Space');
      await page.waitForTimeout(40);
    }
    await stop.waitFor({ timeout: 5_000 });
    expect(await stop.textContent()).toContain('Your Ruth kept hoping');
    await stop.getByRole('button', { name: 'Skip this question' }).click();
    expect(await student.waitForPauseAfterPressing('Space', 40)).toBe('end');
    await page.getByRole('button', { name: 'Compare your readings' }).click();
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.getByRole('heading', { name: /The Norfolk trip/ }).waitFor();
    expect(await journal.locator('.stance-taken').first().textContent()).toContain(chosen);
    expect(await journal.locator('.stance-others li').count()).toBe(2);
    expect(leavingOrigin(requests)).toEqual([]);
    expect(student.errors).toEqual([]);
  });

  it('stops the story at the class fence with the teacher note, and no key moves it past', async () => {
    const student = await open(url, []);
    const { page } = student;
    await page.getByRole('button', { name: 'Teacher setup' }).click({ timeout: 60_000 });
    const setup = page.getByRole('dialog', { name: 'Teacher setup' });
    await setup.getByLabel('Open up to and including').selectOption('prologue');
    await setup.getByLabel('What students see at the fence').fill('We start Part One on Monday.');
    await setup.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    const fence = page.getByRole('heading', { name: 'Your class stops here for now' });
    for (let step = 0; step < 200 && !(await visibleNow(fence)); step += 1) {
      const choices = student.choices();
      if (await visibleNow(choices)) await choices.first().click();
      else await page.keyboard.press('Space');
      await page.waitForTimeout(30);
    }
    await fence.waitFor({ timeout: 5_000 });
    await page.getByText('We start Part One on Monday.').waitFor();
    // Focus goes to the fence's heading, so a screen reader says at once why the story has stopped.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Your class stops here for now',
    );
    const linesRead = async () => {
      await page.keyboard.press('h');
      const history = page.locator('.history-list > li');
      await history.first().waitFor();
      const count = await history.count();
      await page.keyboard.press('Escape');
      await page.locator('.history-list').waitFor({ state: 'hidden' });
      return count;
    };
    const before = await linesRead();
    // A click on the picture first, so no button has focus (Space on "Return to the title" would rightly go there).
    await page.mouse.click(640, 200);
    for (const key of ['Space', 'Space', 'Enter', 'ArrowRight', 'PageDown']) await page.keyboard.press(key);
    await page.mouse.click(640, 200);
    await page.waitForTimeout(500);
    expect(await visibleNow(fence)).toBe(true);
    expect(await linesRead()).toBe(before);
    expect(student.errors).toEqual([]);
  });

  it('counts a class’s readings from several journals, names hidden until asked, a journal loaded twice counted once', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-'));
    const offered = [
      { option: 'saw_a_future', text: 'a future' },
      { option: 'saw_a_mirror', text: 'a mirror' },
    ];
    const write = (id: string, name: string, option: string) => {
      const journal = withStance(withName(emptyJournal(id), name), {
        id: `${id}-s`,
        chapter: 'norfolk',
        point: 'window_seen',
        option,
        text: offered.find((o) => o.option === option)?.text ?? option,
        offered,
        at: '2026-11-22T10:00:00.000Z',
      });
      const file = path.join(folder, `${id}.json`);
      fs.writeFileSync(file, journalJson(journal));
      return file;
    };
    const ann = write('a', 'Ann', 'saw_a_mirror');
    const ben = write('b', 'Ben', 'saw_a_mirror');
    const cal = write('c', 'Cal', 'saw_a_future');
    fs.writeFileSync(path.join(folder, 'broken.json'), '{"format":"lost-corner-journal"');

    const teacher = await open(url, []);
    const { page } = teacher;
    await page.getByRole('button', { name: 'Teacher setup' }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Class tally of readings' }).click();
    const tally = page.getByRole('dialog', { name: 'Class tally of readings' });
    await tally
      .getByLabel('Journals (JSON, several at once)')
      .setInputFiles([ann, ben, cal, ann, path.join(folder, 'broken.json')]);
    const table = tally.getByRole('table', { name: /The Norfolk trip: 3 readings/ });
    await table.waitFor();
    expect(
      await table
        .getByRole('row', { name: /a mirror/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('2');
    expect(
      await table
        .getByRole('row', { name: /a future/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('1');
    await tally.getByText('1 loaded twice, counted once').waitFor();
    await tally.getByText(/broken\.json: .*not JSON/).waitFor();
    expect(await tally.textContent()).not.toContain('Ann');
    await tally.getByLabel('Show the names in the journals').check();
    await tally.getByText('Ann, Ben, Cal').waitFor();
    expect(teacher.errors).toEqual([]);
  });
});
