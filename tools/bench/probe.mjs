/**
 * What the bench installs in every page before its own scripts run (Playwright's addInitScript). It watches each
 * frame, after the frame's own work (a task posted from a requestAnimationFrame callback runs once the frame has
 * been styled, laid out and painted), and writes down when the title became usable and when each new line became
 * readable; it keeps every long task and the time stamp of every key and click. All times are page times
 * (ms since navigation start). Self-contained: Playwright sends its source to the page.
 *
 * What "readable" means, by kind of page:
 * - game: `.text-panel .line` is visible and at least one character of it is typed (the typewriter shows the
 *   first at once); its text is the whole line (typed and untyped parts, not the doubt mark).
 * - dom: `#line` is visible and has text.
 * - phaser: the canvas carries the line in `data-line`, set by the page after Phaser has drawn the frame with it.
 * The title is usable when a visible, enabled, focusable button named "New game" is there (game), or when the
 * first line is readable (the baselines have no title).
 *
 * @param {'game' | 'dom' | 'phaser'} kind
 */
export function installProbe(kind) {
  /** @type {any} */
  const w = window;
  const bench = {
    kind,
    /** @type {number | null} */
    titleAt: null,
    /** @type {{ text: string, at: number }[]} */
    lines: [],
    /** @type {{ type: string, key: string, at: number }[]} */
    inputs: [],
    /** @type {[number, number][]} */
    longTasks: [],
    watching: true,
    lastText: '',
  };
  w.__bench = bench;
  performance.setResourceTimingBufferSize(100000);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the bench reports none measured.
  }

  /** @param {Element | null} element */
  const visible = (element) => {
    if (!element?.isConnected) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };

  /** @returns {{ text: string, typed: string } | null} */
  const readLine = () => {
    if (kind === 'game') {
      const line = document.querySelector('.text-panel .line');
      if (!line || !visible(line)) return null;
      let typed = '';
      for (const node of line.childNodes) if (node.nodeType === Node.TEXT_NODE) typed += node.textContent;
      const untyped = line.querySelector('.untyped')?.textContent ?? '';
      return { text: typed + untyped, typed };
    }
    if (kind === 'dom') {
      const line = document.getElementById('line');
      const text = line?.textContent ?? '';
      return visible(line) ? { text, typed: text } : null;
    }
    const canvas = document.querySelector('canvas[data-line]');
    const text = canvas instanceof HTMLElement ? (canvas.dataset.line ?? '') : '';
    return visible(canvas) ? { text, typed: text } : null;
  };

  const titleUsable = () => {
    if (kind !== 'game') return bench.lines.length > 0;
    for (const button of document.querySelectorAll('button, [role="button"]')) {
      const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
      if (!/new game/i.test(name) || !visible(button)) continue;
      if (button.hasAttribute('disabled') || button.closest('[inert]')) continue;
      if (button instanceof HTMLElement && button.tabIndex >= 0) return true;
    }
    return false;
  };

  const check = () => {
    const now = performance.now();
    const line = readLine();
    if (line && line.typed.length > 0 && line.text !== bench.lastText) {
      bench.lastText = line.text;
      bench.lines.push({ text: line.text.slice(0, 60), at: now });
    }
    if (bench.titleAt === null && titleUsable()) bench.titleAt = now;
  };

  const channel = new MessageChannel();
  const afterFrame = () => channel.port2.postMessage(0);
  channel.port1.onmessage = () => {
    if (!bench.watching) return;
    check();
    requestAnimationFrame(afterFrame);
  };
  requestAnimationFrame(afterFrame);

  for (const type of ['keydown', 'click']) {
    window.addEventListener(
      type,
      (event) => {
        if (!bench.watching) return;
        const key = event instanceof KeyboardEvent ? event.key : '';
        bench.inputs.push({ type, key, at: event.timeStamp });
      },
      { capture: true },
    );
  }

  /** Frame-to-frame times (requestAnimationFrame deltas) over `ms`. */
  w.__benchFrames = (/** @type {number} */ ms) =>
    new Promise((resolve) => {
      /** @type {number[]} */
      const deltas = [];
      /** @type {number | null} */
      let last = null;
      /** @type {number | null} */
      let start = null;
      const tick = (/** @type {number} */ time) => {
        if (last !== null) deltas.push(time - last);
        last = time;
        start ??= time;
        if (time - start < ms) requestAnimationFrame(tick);
        else resolve(deltas);
      };
      requestAnimationFrame(tick);
    });

  /** Stops and restarts the watching (a long walk would otherwise keep every line it passes). */
  w.__benchWatch = (/** @type {boolean} */ on) => {
    const was = bench.watching;
    bench.watching = on;
    if (on && !was) requestAnimationFrame(afterFrame);
  };
}

/**
 * What the page shows now, read by the driver between key presses (runs in the page). For a baseline: only
 * how many lines the probe has seen (a baseline line is always whole, with no choices and no end).
 * @param {'game' | 'dom' | 'phaser'} kind
 * @returns {{ lines: number, text: string, complete: boolean, choices: number, ended: boolean }}
 */
export function readState(kind) {
  /** @param {Element | null | undefined} element */
  const shown = (element) => !!element && element.checkVisibility({ visibilityProperty: true });
  const lines = /** @type {any} */ (window).__bench.lines.length;
  if (kind !== 'game') return { lines, text: '', complete: true, choices: 0, ended: false };
  const line = document.querySelector('.text-panel .line');
  const choices = [...document.querySelectorAll('ol[aria-label="Choices"] button')].filter(shown).length;
  const buttons = [...document.querySelectorAll('button')];
  const ended = buttons.some((b) => b.textContent?.trim() === 'Return to the title' && shown(b));
  const untyped = line?.querySelector('.untyped')?.textContent ?? '';
  return {
    lines,
    text: line?.textContent ?? '',
    complete: !!line && untyped.length === 0,
    choices,
    ended,
  };
}
