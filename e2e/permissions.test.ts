/**
 * No permission is ever asked for (check P8 of the reliability notes), in real Chromium on the production build.
 * An init script, installed before any script of the page runs, wraps every browser API that can put a
 * permission prompt in front of the player and records each call (then lets it through, so the game behaves as
 * it would anyway). A real session (the title, the settings down to reading aloud, a new game, lines, a choice,
 * the journal and the chest) then has to end with nothing recorded but the game's one request to keep its
 * storage, and with no browser dialog (alert, confirm, prompt) raised at any point.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GamePage, visibleNow } from './game-page.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

interface Requests {
  /** Every call made, by name, in order. */
  readonly asked: readonly string[];
  /** The APIs this browser has that were wrapped (an API it lacks cannot be asked). */
  readonly watched: readonly string[];
}

/** Init script: wraps each API that can ask the player for a permission, recording every call. */
function recordPermissionRequests(): void {
  const asked: string[] = [];
  const watched: string[] = [];
  Object.defineProperty(window, '__permissionRequests', { value: { asked, watched } });
  const scope = window as unknown as Record<string, { prototype?: object } | undefined>;
  const watch = (owner: object | undefined, method: string, name: string) => {
    const original = owner && (owner as Record<string, unknown>)[method];
    if (!owner || typeof original !== 'function') return;
    Object.defineProperty(owner, method, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        asked.push(name);
        return original.apply(this, args);
      },
    });
    watched.push(name);
  };
  const prototypeOf = (name: string) => scope[name]?.prototype;
  watch(prototypeOf('Geolocation'), 'getCurrentPosition', 'geolocation.getCurrentPosition');
  watch(prototypeOf('Geolocation'), 'watchPosition', 'geolocation.watchPosition');
  watch(prototypeOf('MediaDevices'), 'getUserMedia', 'mediaDevices.getUserMedia');
  watch(prototypeOf('MediaDevices'), 'getDisplayMedia', 'mediaDevices.getDisplayMedia');
  watch(prototypeOf('Navigator'), 'getUserMedia', 'navigator.getUserMedia');
  watch(prototypeOf('Navigator'), 'webkitGetUserMedia', 'navigator.webkitGetUserMedia');
  watch(scope.Notification, 'requestPermission', 'Notification.requestPermission');
  watch(prototypeOf('Clipboard'), 'read', 'clipboard.read');
  watch(prototypeOf('Clipboard'), 'readText', 'clipboard.readText');
  watch(prototypeOf('Permissions'), 'request', 'permissions.request');
  watch(prototypeOf('Navigator'), 'requestMIDIAccess', 'navigator.requestMIDIAccess');
  watch(prototypeOf('StorageManager'), 'persist', 'storage.persist');
  // Other prompts Chromium can show, for good measure.
  watch(prototypeOf('Document'), 'requestStorageAccess', 'document.requestStorageAccess');
  watch(prototypeOf('Bluetooth'), 'requestDevice', 'bluetooth.requestDevice');
  watch(prototypeOf('USB'), 'requestDevice', 'usb.requestDevice');
  watch(prototypeOf('HID'), 'requestDevice', 'hid.requestDevice');
  watch(prototypeOf('Serial'), 'requestPort', 'serial.requestPort');
  watch(scope.IdleDetector, 'requestPermission', 'IdleDetector.requestPermission');
  watch(window, 'queryLocalFonts', 'queryLocalFonts');
  watch(window, 'getScreenDetails', 'getScreenDetails');
}

const requests = (page: Page) =>
  page.evaluate(() => (window as unknown as { __permissionRequests: Requests }).__permissionRequests);

describe('permissions (P8)', () => {
  it('asks for no permission and raises no dialog in a whole session, and asks to keep storage at most once per start', async () => {
    game = await GamePage.open('about:blank');
    const { page } = game;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(recordPermissionRequests);
    await page.goto(url);

    // The title, then every section of the settings, reading aloud included: turned on, heard, turned off.
    await page.getByRole('button', { name: 'Settings' }).click({ timeout: 60_000 });
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('link', { name: 'Reading aloud' }).click();
    await settings.getByRole('heading', { name: 'Reading aloud' }).waitFor();
    const voicing = settings.getByRole('checkbox', { name: /Self-voicing/ });
    await voicing.check();
    await settings.getByRole('button', { name: 'Hear a sample' }).click();
    await settings.getByRole('combobox', { name: 'Voice' }).focus();
    await voicing.uncheck();
    for (const section of ['Sound', 'Keys', 'Screen'])
      await settings.getByRole('link', { name: section }).click();
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });

    // A new game: lines, a choice, more lines until the chest has something in it.
    await game.startNewGame();
    await game.readOn(4, 200);
    expect(await game.waitForPauseAfterPressing('Space', 200)).toBe('choices');
    await page.keyboard.press('1');
    await game.readUntil(() => visibleNow(page.getByRole('button', { name: /^Chest/ })));

    // The journal, then the chest.
    await page.keyboard.press('j');
    const journal = page.getByRole('dialog', { name: 'Journal' });
    await journal.waitFor();
    await page.keyboard.press('Escape');
    await journal.waitFor({ state: 'hidden' });
    await page.keyboard.press('c');
    await page.getByRole('heading', { name: 'Kathy’s collection chest' }).waitFor();
    await page.keyboard.press('Escape');
    await game.readOn(2, 200);

    const first = await requests(page);
    // The recorder was in place for what matters (each of these exists in Chromium).
    expect(first.watched).toEqual(
      expect.arrayContaining([
        'geolocation.getCurrentPosition',
        'geolocation.watchPosition',
        'mediaDevices.getUserMedia',
        'mediaDevices.getDisplayMedia',
        'Notification.requestPermission',
        'clipboard.read',
        'clipboard.readText',
        'navigator.requestMIDIAccess',
        'storage.persist',
      ]),
    );
    // Only the request to keep saves through low disk space (src/storage/persistence.ts), once. Chromium decides
    // it silently; Firefox may show its own prompt for it, once, and remembers the answer itself. A fresh profile
    // keeps nothing yet, so the game does ask here: which also shows the recorder sees the game's own calls.
    expect(first.asked).toEqual(['storage.persist']);

    // A second start of the game: the same again.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const second = await requests(page);
    expect(second.asked.filter((name) => name !== 'storage.persist')).toEqual([]);
    expect(second.asked.filter((name) => name === 'storage.persist').length).toBeLessThanOrEqual(1);

    expect(dialogs).toEqual([]);
    expect(game.errors).toEqual([]);
  }, 300_000);
});
