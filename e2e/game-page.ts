/**
 * A game tab in real Chromium, for the browser tests: collects every console error, uncaught exception and
 * Content Security Policy violation, and reads the game the way a player (or a screen reader) does: through the
 * live region, the buttons and the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type LaunchOptions, launch } from './chromium.ts';

export const SCREENSHOTS = path.resolve('e2e/screenshots');

export class GamePage {
  readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly profile: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`page: ${error.message}`));
  }

  /**
   * Opens the game in a fresh profile. Unless `firstVisit` is set, the profile is one that has already answered
   * the comfort questions offered at first start, so the title shows only its menu (tests of first start ask for
   * a first visit). Settings already stored are never touched.
   */
  static async open(
    url: string,
    options: LaunchOptions = {},
    { firstVisit = false }: { firstVisit?: boolean } = {},
  ): Promise<GamePage> {
    const { context, profile } = await launch(options);
    // The built page carries a Content Security Policy: anything it refuses is an error, in every test.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy refused ${event.blockedURI || 'inline code'} (${event.violatedDirective})`,
        );
      });
    });
    if (!firstVisit) {
      await context.addInitScript(() => {
        try {
          if (localStorage.getItem('lost-corner/settings') === null) {
            localStorage.setItem('lost-corner/settings', JSON.stringify({ version: 3, welcomed: true }));
          }
        } catch {
          // A page where storage is refused (file:// in some setups) simply shows the questions.
        }
      });
    }
    const page = context.pages()[0] ?? (await context.newPage());
    const game = new GamePage(context, page, profile);
    await page.goto(url);
    return game;
  }

  /** The line as announced to screen readers (the whole line, never the typewriter's partial text). */
  announced(): Locator {
    return this.page.locator('[aria-live="polite"]');
  }

  /** The visible words of the current line, as typed so far. */
  visibleLine(): Locator {
    return this.page.locator('.text-panel .line');
  }

  choices(): Locator {
    return this.page.getByRole('list', { name: 'Choices' }).getByRole('button');
  }

  endButton(): Locator {
    return this.page.getByRole('button', { name: 'Return to the title' });
  }

  /** Presses New game on the title and waits for the story's first line. */
  async startNewGame(): Promise<void> {
    await this.page.getByRole('button', { name: 'New game' }).click({ timeout: 60_000 });
    await this.announced().filter({ hasText: 'The rain began' }).waitFor();
  }

  /** Presses Space `times` times, a moment apart, letting each line finish and move on. */
  async readOn(times: number, pauseMs = 40): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press('Space');
      await this.page.waitForTimeout(pauseMs);
    }
  }

  /**
   * Reads on until `until` is true: Space on a line, and at a choice the option numbered `choice` (or the last
   * option). Throws after `limit` presses.
   */
  async readUntil(
    until: () => Promise<boolean>,
    { limit = 600, choice = '1' }: { limit?: number; choice?: string | 'last' } = {},
  ): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if (await until()) return;
      if (await visibleNow(this.choices())) {
        await this.page.keyboard.press(choice === 'last' ? String(await this.choices().count()) : choice);
      } else await this.page.keyboard.press('Space');
      await this.page.waitForTimeout(20);
    }
    throw new Error('never got there');
  }

  /** A condition for `readUntil`: the announced line contains `text`. */
  announcedIncludes(text: string): () => Promise<boolean> {
    return async () => ((await this.announced().textContent()) ?? '').includes(text);
  }

  /** Presses `key` until the story shows choices or its end (at most `limit` presses); returns which. */
  async waitForPauseAfterPressing(key: string, limit = 100): Promise<'choices' | 'end' | 'neither'> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await visibleNow(this.choices())) return 'choices';
      if (await visibleNow(this.endButton())) return 'end';
      await this.page.keyboard.press(key);
      await this.page.waitForTimeout(40);
    }
    return 'neither';
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    // Generous: software WebGL on a busy machine can take a while to hand over a frame.
    await this.page.screenshot({ path: file, timeout: 120_000 });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** True when `locator` is visible right now (no waiting). */
export async function visibleNow(locator: Locator): Promise<boolean> {
  return (await locator.count()) > 0 && (await locator.first().isVisible());
}
