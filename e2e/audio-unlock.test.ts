/**
 * Audio that the browser locks, in real Chromium, on the production build (checks F1 and F2 of the reliability
 * notes). F1: under Chromium's desktop autoplay policy nothing sounds before the player's first gesture; the
 * first key press or click starts the title's music (or the opening's rain) once, never two copies at once
 * (howler#1689), also without Web Audio and after reading on with a gamepad the browser does not count as a
 * gesture. F2: with audio refused for good, the opening, a choice and the lines after it play as usual, with no
 * dialog and no error, and with captions on every sound that cannot be heard is written under its line.
 *
 * What is heard is read from two places: Howler's own global (each file and how many copies of it play, as
 * sound.test.ts reads it), and, underneath, every Web Audio source node the page starts and every media element
 * it asks to play (recorded by an init script at the browser API boundary). Nothing in the game is changed for
 * the test.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { AMBIENCE_CAPTIONS, MUSIC_CAPTIONS, SOUND_CAPTIONS } from '../src/core/vocabulary.ts';
import { GamePage, visibleNow } from './game-page.ts';
import { seedSaveAt } from './seed-save.ts';

const url = inject('baseUrl');
let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

/**
 * Chromium's own rule on desktop: audio may start only once the page has had a user activation. Named here so
 * the test does not depend on the headless build's default.
 */
const AUTOPLAY_LOCKED = ['--autoplay-policy=document-user-activation-required'];

/** What the page is sounding at one moment. */
interface Heard {
  /** The page has had a user activation (a gesture the browser counts). */
  readonly activated: boolean;
  /** The Web Audio context's state, or null without Web Audio. */
  readonly context: string | null;
  /** Howler's own idea of that state: 'running' only once the context has really resumed for it. */
  readonly howler: string | null;
  /**
   * Each sound file Howler holds: its name without the build's hash, its length, how many copies of it Howler
   * is playing now, and the loudest of their volumes.
   */
  readonly files: readonly {
    name: string;
    seconds: number;
    loaded: boolean;
    playing: number;
    volume: number;
  }[];
  /** Every Web Audio source node started so far, in order. */
  readonly sources: readonly { seconds: number; loop: boolean; playing: boolean }[];
  /** Every media element asked to play so far (HTML5 Audio): its file, whether it is playing now, its volume. */
  readonly media: readonly { name: string; playing: boolean; volume: number }[];
}

/** Runs in the page: the snapshot above (self-contained, it is sent as text). */
function heardNow(): Heard {
  type Howl = {
    _src: string | string[];
    _state: string;
    _duration: number;
    _sounds: { _paused: boolean; _volume: number }[];
  };
  const w = window as unknown as {
    Howler?: { ctx?: AudioContext; state?: string; _howls: Howl[] };
    __audioSources?: Heard['sources'];
    __mediaPlayed?: HTMLMediaElement[];
  };
  const fileName = (src: string) => /\/([a-z_]+?)(?:-[\w-]{6,})?\.(?:webm|mp3)/.exec(src)?.[1] ?? src;
  const howler = w.Howler;
  return {
    activated: navigator.userActivation.hasBeenActive,
    context: howler?.ctx?.state ?? null,
    howler: howler?.ctx ? (howler.state ?? null) : null,
    files: (howler?._howls ?? []).map((howl) => ({
      name: fileName(String(howl._src)),
      seconds: howl._duration,
      loaded: howl._state === 'loaded',
      playing: howl._sounds.filter((sound) => !sound._paused).length,
      volume: Math.max(0, ...howl._sounds.filter((sound) => !sound._paused).map((sound) => sound._volume)),
    })),
    sources: [...(w.__audioSources ?? [])].map((source) => ({ ...source })),
    media: [...new Set(w.__mediaPlayed ?? [])].map((element) => ({
      name: fileName(element.currentSrc || element.src),
      playing: !element.paused && !element.ended,
      volume: element.volume,
    })),
  };
}

/**
 * Init script: records every Web Audio source node started, its buffer's length, and when it ends; and every
 * media element asked to play.
 */
function recordAudioSources(): void {
  const sources: { seconds: number; loop: boolean; playing: boolean }[] = [];
  Object.defineProperty(window, '__audioSources', { value: sources });
  const played: HTMLMediaElement[] = [];
  Object.defineProperty(window, '__mediaPlayed', { value: played });
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    played.push(this);
    return play.call(this);
  };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: number[]) {
    const source = { seconds: this.buffer?.duration ?? 0, loop: this.loop, playing: true };
    sources.push(source);
    this.addEventListener('ended', () => {
      source.playing = false;
    });
    return start.apply(this, args as [number?, number?, number?]);
  };
}

/**
 * Sources long enough to hear: Howler's unlock plays a silent buffer of one sample on the first gesture, which
 * is not a sound.
 */
const audible = (heard: Heard) => heard.sources.filter((source) => source.seconds > 0.01);

/**
 * Evaluates `expression` in the page through the DevTools protocol, without a user gesture. Playwright's own
 * `evaluate` and its locators run "as the user" and count as an activation, which would unlock audio by
 * itself; until the test means to make the first gesture, the page is read (and the gamepad pressed) this way.
 */
async function quietly(page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await page.context().newCDPSession(page);
  return async <T>(expression: string) => {
    const answer = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      userGesture: false,
    });
    if (answer.exceptionDetails) throw new Error(`reading the page failed: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  };
}

type Quiet = Awaited<ReturnType<typeof quietly>>;

/** What the page sounds now (see `heardNow`), read without a gesture. */
const listen = (run: Quiet) => () => run<Heard>(`(${heardNow.toString()})()`);

/** The centre of the visible button named `name`, found without a user gesture (null while there is none). */
function buttonCentre(run: Quiet, name: string): Promise<{ x: number; y: number } | null> {
  return run(`(() => {
    const button = [...document.querySelectorAll('button')]
      .find((b) => b.textContent.trim() === ${JSON.stringify(name)} && b.checkVisibility());
    if (!button) return null;
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  })()`);
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`never saw ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Snapshots every 100 ms for `ms`. */
async function watch(read: () => Promise<Heard>, ms: number): Promise<Heard[]> {
  const seen: Heard[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    seen.push(await read());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen;
}

/**
 * How many copies of the file `name` really sound now, underneath Howler: looping Web Audio sources on a buffer
 * of its length, and media elements playing it.
 */
function copiesSounding(heard: Heard, name: string): number {
  const file = heard.files.find((f) => f.name === name);
  const loops = audible(heard).filter(
    (s) => s.loop && s.playing && file !== undefined && Math.abs(s.seconds - file.seconds) < 0.01,
  ).length;
  return loops + heard.media.filter((m) => m.playing && m.name === name).length;
}

/** Nothing sounds, and nothing has: no copy in Howler, no source started, no media element playing. */
function silent(heard: Heard): boolean {
  return (
    heard.files.every((file) => file.playing === 0) &&
    audible(heard).length === 0 &&
    heard.media.every((m) => !m.playing)
  );
}

/** The most copies of each file at one moment, over some snapshots, as Howler counts them or as they sound. */
function mostCopies(seen: readonly Heard[]): Record<string, number> {
  const most: Record<string, number> = {};
  for (const heard of seen) {
    for (const file of heard.files) {
      most[file.name] = Math.max(most[file.name] ?? 0, file.playing, copiesSounding(heard, file.name));
    }
  }
  return most;
}

/** How many looping Web Audio sources were ever started on the buffer of the file `name`. */
function loopsOf(heard: Heard, name: string): number {
  const file = heard.files.find((f) => f.name === name);
  if (!file) return 0;
  return audible(heard).filter((s) => s.loop && Math.abs(s.seconds - file.seconds) < 0.01).length;
}

/** The title is up, its music asked for and loaded, and the test has not yet touched the page. */
const titleWaiting = (heard: Heard) =>
  heard.files.some((file) => file.name === 'music_hailsham' && file.loaded);

/**
 * Init script: a browser without Web Audio (some hardened or privacy-minded setups turn it off). Howler then
 * plays through HTML5 Audio, which the same autoplay lock refuses until the first gesture.
 */
function withoutWebAudio(): void {
  Object.defineProperty(window, 'AudioContext', { value: undefined });
  Object.defineProperty(window, 'webkitAudioContext', { value: undefined });
}

/**
 * Init script: a gamepad, simulated at the Gamepad API (`navigator.getGamepads`), its A button pressed by the
 * test. Chromium counts a real pad's buttons as a user gesture, but Firefox and Safari do not; a simulated pad is
 * not one in Chromium either, so it plays the part of a pad in those browsers: the game reads on, the browser
 * keeps sound locked.
 */
function simulatedGamepad(): void {
  const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
  const pad = {
    id: 'Simulated pad (STANDARD GAMEPAD)',
    index: 0,
    connected: true,
    mapping: 'standard',
    timestamp: 0,
    axes: [0, 0, 0, 0],
    buttons,
  };
  Object.defineProperty(Navigator.prototype, 'getGamepads', {
    configurable: true,
    value: () => [pad, null, null, null],
  });
  Object.defineProperty(window, '__padA', { value: buttons[0] });
}

describe('audio before and after the first gesture (F1)', () => {
  /** How the browser plays: each case sets it up, and says whether Howler plays through Web Audio. */
  const browsers: [string, (page: Page) => Promise<unknown>, boolean][] = [
    ['', async () => undefined, true],
    [', also without Web Audio', (page) => page.addInitScript(withoutWebAudio), false],
    [
      ', also when its file falls back to HTML5 Audio',
      // Howler fetches a file for Web Audio; when that fetch fails it plays the file through a media element.
      (page) =>
        page.route(/music_hailsham[^/]*\.(webm|mp3)$/, (route) =>
          route.request().resourceType() === 'xhr' ? route.abort() : route.continue(),
        ),
      false,
    ],
  ];

  it.each(browsers)(
    'stays silent until the first key press, then plays the title music once%s',
    async (_, setUp, webAudio) => {
      game = await GamePage.open('about:blank', { args: AUTOPLAY_LOCKED });
      const { page } = game;
      await setUp(page);
      await page.addInitScript(recordAudioSources);
      await page.goto(url);
      const run = await quietly(page);
      const heard = listen(run);
      await until(heard, titleWaiting, 'the title music loaded');
      await until(() => buttonCentre(run, 'New game'), Boolean, 'the title menu');

      // A few seconds on the title, untouched: the music is asked for, and nothing sounds.
      for (const now of await watch(heard, 2000)) {
        expect(now.activated).toBe(false);
        expect([null, 'suspended']).toContain(now.context);
        expect(silent(now)).toBe(true);
      }

      // Escape is a key the browser never counts as a gesture: still silent, and the unlock is not used up.
      await page.keyboard.press('Escape');
      for (const now of await watch(heard, 1000)) {
        expect(now.activated).toBe(false);
        expect(silent(now)).toBe(true);
      }

      // The first real key press (Tab, which only moves the focus into the menu) starts the theme.
      await page.keyboard.press('Tab');
      await until(heard, (now) => copiesSounding(now, 'music_hailsham') > 0, 'the title music playing');
      const after = await watch(heard, 4000);
      // Exactly one copy of the theme at every moment, in Howler and underneath it; nothing else.
      expect(mostCopies(after)).toEqual({ music_hailsham: 1, car_rain: 0 });
      const last = after.at(-1) as Heard;
      expect([null, 'running']).toContain(last.context);
      expect(copiesSounding(last, 'music_hailsham')).toBe(1);
      // Faded in to be heard, not left at the silence it starts from.
      expect(last.files.find((file) => file.name === 'music_hailsham')?.volume).toBeGreaterThan(0.2);
      expect(last.media.every((m) => !m.playing || m.volume > 0.2)).toBe(true);
      expect(loopsOf(last, 'music_hailsham')).toBe(webAudio ? 1 : 0);

      // Later keys change nothing: the theme is not started again.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const later = await watch(heard, 1500);
      expect(mostCopies(later)).toEqual({ music_hailsham: 1, car_rain: 0 });
      expect(loopsOf(later.at(-1) as Heard, 'music_hailsham')).toBe(webAudio ? 1 : 0);
      // The browser reports the fetch the fallback case makes fail; nothing else went wrong.
      expect(game.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
    },
    180_000,
  );

  it('plays the opening’s rain once when the first gesture is a click on New game', async () => {
    game = await GamePage.open('about:blank', { args: AUTOPLAY_LOCKED });
    const { page } = game;
    await page.addInitScript(recordAudioSources);
    await page.goto(url);
    const run = await quietly(page);
    const heard = listen(run);
    await until(heard, titleWaiting, 'the title music loaded');
    const newGame = (await until(() => buttonCentre(run, 'New game'), Boolean, 'the title menu')) as {
      x: number;
      y: number;
    };
    const before = await heard();
    expect(before.activated).toBe(false);
    expect(silent(before)).toBe(true);

    // The click is the page's first gesture: it both unlocks audio and starts the story.
    await page.mouse.click(newGame.x, newGame.y);
    await game.announced().filter({ hasText: 'The rain began' }).waitFor({ timeout: 60_000 });
    await until(heard, (now) => copiesSounding(now, 'car_rain') > 0, 'the rain playing');
    // The opening has no music: the theme asked for on the title fades out (if it started at all) and stops.
    const after = await watch(heard, 4000);
    await until(
      heard,
      (now) => now.files.every((f) => f.name !== 'music_hailsham' || f.playing === 0),
      'the title music stopped',
    );
    expect(copiesSounding(await heard(), 'music_hailsham')).toBe(0);
    const copies = mostCopies(after);
    expect(copies.car_rain).toBe(1);
    expect(copies.music_hailsham).toBeLessThanOrEqual(1);
    const last = await heard();
    expect(loopsOf(last, 'car_rain')).toBe(1);
    expect(loopsOf(last, 'music_hailsham')).toBeLessThanOrEqual(1);
    expect(audible(last).filter((source) => source.playing)).toHaveLength(1);
    expect(game.errors).toEqual([]);
  }, 180_000);

  it('plays each sound once when the first gesture comes only after reading on with a gamepad', async () => {
    game = await GamePage.open('about:blank', { args: AUTOPLAY_LOCKED });
    const { page } = game;
    await page.addInitScript(simulatedGamepad);
    await page.addInitScript(recordAudioSources);
    await page.goto(url);
    const run = await quietly(page);
    const heard = listen(run);
    const announced = () => run<string>(`document.querySelector('[aria-live="polite"]')?.textContent ?? ''`);
    await until(heard, titleWaiting, 'the title music loaded');
    await until(() => buttonCentre(run, 'New game'), Boolean, 'the title menu');

    // New game, the opening, its first choice and on into the first memory, by the pad's A button alone: the
    // stage asks for the theme, then no music, then the theme again, all while sound is still locked.
    const memory = 'Hailsham: the playing fields and the pavilion, remembered';
    for (let presses = 0; !(await announced()).includes(memory); presses += 1) {
      if (presses > 150) throw new Error(`the pad never reached the memory: at "${await announced()}"`);
      await run('window.__padA.pressed = true');
      await page.waitForTimeout(120);
      await run('window.__padA.pressed = false');
      await page.waitForTimeout(120);
    }
    const locked = await heard();
    expect(locked.activated).toBe(false);
    expect(silent(locked)).toBe(true);

    // The first gesture the browser counts: what the memory asks for starts, each once; the drive's rain, asked
    // for and left while locked, does not linger.
    await page.keyboard.press('Tab');
    await until(heard, (now) => copiesSounding(now, 'music_hailsham') > 0, 'the theme playing');
    const after = await watch(heard, 4000);
    const copies = mostCopies(after);
    expect(copies.music_hailsham).toBe(1);
    expect(copies.summer_field).toBe(1);
    expect(copies.car_rain).toBeLessThanOrEqual(1);
    const last = after.at(-1) as Heard;
    expect(copiesSounding(last, 'music_hailsham')).toBe(1);
    expect(copiesSounding(last, 'summer_field')).toBe(1);
    expect(copiesSounding(last, 'car_rain')).toBe(0);
    expect(last.files.find((file) => file.name === 'music_hailsham')?.volume).toBeGreaterThan(0.2);
    expect(game.errors).toEqual([]);
  }, 240_000);
});

/**
 * Audio refused for good. No Chromium switch does this: every autoplay policy lets sound start after a gesture,
 * and `--mute-audio` only silences the speakers while the page plays on. So the refusal is made at the browser
 * API boundary, the way a browser that never allows sound behaves: `AudioContext.resume()` never settles, a
 * context Chromium would start by itself on a gesture is suspended again at once, and `HTMLMediaElement.play()`
 * is rejected with NotAllowedError. "No Web Audio" goes further: the page has no AudioContext at all, so Howler
 * falls back to media elements, each of which is refused.
 */
function refuseWebAudio(): void {
  const Native = window.AudioContext;
  class Refused extends Native {
    constructor(options?: AudioContextOptions) {
      super(options);
      this.addEventListener('statechange', () => {
        if (this.state === 'running') void Native.prototype.suspend.call(this);
      });
    }
    override resume(): Promise<void> {
      return new Promise(() => undefined);
    }
  }
  window.AudioContext = Refused;
  HTMLMediaElement.prototype.play = () =>
    Promise.reject(new DOMException('play() is not allowed here', 'NotAllowedError'));
}

function refuseAllAudio(): void {
  Object.defineProperty(window, 'AudioContext', { value: undefined });
  Object.defineProperty(window, 'webkitAudioContext', { value: undefined });
  HTMLMediaElement.prototype.play = () =>
    Promise.reject(new DOMException('play() is not allowed here', 'NotAllowedError'));
}

/** Opens the game with audio refused, and every browser dialog (alert, confirm, prompt) recorded and dismissed. */
async function openRefused(refuse: () => void): Promise<{ game: GamePage; dialogs: string[] }> {
  const opened = await GamePage.open('about:blank');
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await opened.page.addInitScript(refuse);
  await opened.page.addInitScript(recordAudioSources);
  await opened.page.goto(url);
  return { game: opened, dialogs };
}

async function turnOnCaptions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click({ timeout: 60_000 });
  await page.getByRole('checkbox', { name: 'Captions for sounds' }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'hidden' });
}

/** Nothing was heard, nothing asked the player anything, nothing went wrong. */
async function expectRefusedQuietly(opened: GamePage, dialogs: string[]): Promise<void> {
  const { page } = opened;
  const heard = await page.evaluate(heardNow);
  // The refusal held: Howler never had a running context, no file ever played, no real source started.
  expect([null, 'suspended']).toContain(heard.howler);
  expect([null, 'suspended']).toContain(heard.context);
  expect(silent(heard)).toBe(true);
  expect(dialogs).toEqual([]);
  expect(await page.locator('dialog[open], [role="alertdialog"], [role="alert"]').count()).toBe(0);
  expect(
    await page
      .locator('.notice, .problem')
      .filter({ hasText: /sound|audio|music/i })
      .count(),
  ).toBe(0);
  expect(opened.errors).toEqual([]);
}

describe('audio refused for good (F2)', () => {
  it.each([
    ['Web Audio never resumes', refuseWebAudio],
    ['there is no Web Audio and media playback is refused', refuseAllAudio],
  ])(
    'plays the opening, a choice and the lines after it, with captions, when %s',
    async (_, refuse) => {
      const opened = await openRefused(refuse);
      game = opened.game;
      const { page } = game;
      await turnOnCaptions(page);
      await game.startNewGame();
      // The opening's rain, which cannot be heard, is written under the first line.
      await expect.poll(() => page.locator('.sound-caption').textContent()).toBe(AMBIENCE_CAPTIONS.car_rain);

      // Read to the first choice, take the second option, and read on.
      expect(await game.waitForPauseAfterPressing('Space', 200)).toBe('choices');
      const options = await game.choices().allTextContents();
      expect(options.length).toBeGreaterThan(1);
      await page.keyboard.press('2');
      await expect.poll(() => visibleNow(page.getByRole('list', { name: 'Choices' }))).toBe(false);
      const afterChoice = (await game.announced().textContent()) ?? '';
      await game.readOn(3, 300);
      expect(await game.announced().textContent()).not.toBe(afterChoice);

      // The first memory: its field and its music, both silent here, are both captioned.
      await game.readUntil(
        game.announcedIncludes('Hailsham: the playing fields and the pavilion, remembered'),
      );
      await expect
        .poll(() => page.locator('.sound-caption').textContent())
        .toBe(`${AMBIENCE_CAPTIONS.summer_field} ${MUSIC_CAPTIONS.hailsham}`);
      expect(await game.announced().textContent()).toContain(AMBIENCE_CAPTIONS.summer_field);
      const inMemory = (await game.announced().textContent()) ?? '';
      await game.readOn(3, 300);
      expect(await game.announced().textContent()).not.toBe(inMemory);

      await expectRefusedQuietly(game, opened.dialogs);
    },
    240_000,
  );

  it('writes a line’s one-shot sound under it when that sound cannot be played', async () => {
    const opened = await openRefused(refuseWebAudio);
    game = opened.game;
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 60_000 });
    await seedSaveAt(page, 'play_madame');
    await turnOnCaptions(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await game.announced().filter({ hasText: 'Kathy is Tommy' }).waitFor();

    // At Madame's gate, "She opened the gate and held it for us…" carries `# sound: gravel`.
    await game.readUntil(game.announcedIncludes('She opened the gate'));
    await expect.poll(() => page.locator('.sound-caption').textContent()).toBe(SOUND_CAPTIONS.gravel);
    expect(await game.announced().textContent()).toMatch(/\[footsteps on gravel\]$/);
    // The story goes on past it.
    await game.readUntil(async () => !(await game?.announcedIncludes('She opened the gate')()));
    expect(await page.locator('.sound-caption').count()).toBe(0);

    await expectRefusedQuietly(game, opened.dialogs);
  }, 240_000);
});
