/**
 * Accessibility checks for the browser tests: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) run inside the
 * page, its findings written out so a failure says what broke and where; and the reflow and target-size
 * measurements WCAG 1.4.10 and 2.5.8 ask for, taken from the live layout.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

interface AxeNode {
  readonly target: readonly unknown[];
  readonly failureSummary?: string;
}

interface AxeResult {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly AxeNode[];
}

export interface AuditOptions {
  /**
   * CSS selectors of elements axe cannot judge, each with the reason in a comment where it is passed. Never a
   * rule: only the exact element.
   */
  readonly exclude?: readonly string[];
  /**
   * Judge everything over the picture as if the picture were white, the brightest it could ever be. axe cannot
   * see into the WebGL canvas (text over it comes back "incomplete", neither passed nor failed), and pictures
   * change with place, light and weather; over white, what passes passes over any picture. The title's gradient
   * goes too, as axe cannot judge gradients either: it only darkens the picture, so without it contrast can only
   * be lower.
   */
  readonly brightestPicture?: boolean;
}

const BRIGHTEST_PICTURE = `
  #picture canvas { visibility: hidden !important; }
  #picture { background: #fff !important; }
  .title-screen { background: none !important; }
`;

/**
 * Runs axe on the page as it is now and returns one readable paragraph per violation (empty when there is
 * none): the screen, the rule, its impact, what it asks for, and every element that fails it.
 */
export async function axeViolations(
  page: Page,
  screen: string,
  options: AuditOptions = {},
): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's Content Security Policy refuses inline scripts, as it
  // should, and a test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, exclude, worstCase }) => {
      // Let any transition or entrance finish first (a chapter card fades in): axe judges a frame, not the end.
      const settling = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.race([
        Promise.allSettled(settling.map((a) => a.finished)),
        new Promise((resolve) => window.setTimeout(resolve, 5_000)),
      ]);
      // A constructed style sheet, not a <style> element: the page's policy refuses inline styles.
      const style = new CSSStyleSheet();
      style.replaceSync(worstCase);
      const before = document.adoptedStyleSheets;
      document.adoptedStyleSheets = [...before, style];
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
      const context =
        exclude.length > 0 ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
      const results = (await axe
        .run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .finally(() => {
          document.adoptedStyleSheets = before;
        })) as { violations: AxeResult[] };
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    {
      tags: [...WCAG_TAGS],
      exclude: [...(options.exclude ?? [])],
      worstCase: options.brightestPicture ? BRIGHTEST_PICTURE : '',
    },
  );
  return violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact ?? 'no impact given'}): ${v.help} <${v.helpUrl}>\n${v.nodes
        .map(
          (n) =>
            `    at ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
        )
        .join('\n')}`,
  );
}

/** Layout problems at the current viewport: horizontal scrolling (WCAG 1.4.10) and small targets (2.5.8). */
export async function layoutProblems(page: Page, screen: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => {
      const name =
        element.getAttribute('aria-label') ??
        (element as HTMLElement).innerText?.trim().replace(/\s+/g, ' ').slice(0, 40) ??
        '';
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((c) => `.${c}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes} "${name}"`;
    };
    const width = window.innerWidth;
    const root = document.documentElement;
    if (root.scrollWidth > width)
      found.push(`the page scrolls sideways: ${root.scrollWidth}px in ${width}px`);
    // Every element that can scroll, or clips its content sideways: the #ui layer, screens, open dialogs and
    // their bodies. Anything wider than its box there means scrolling (or hidden content) in two directions.
    const scrollers = [
      document.getElementById('ui'),
      ...document.querySelectorAll('#ui > *, dialog[open], dialog[open] *'),
    ].filter((e): e is HTMLElement => e instanceof HTMLElement);
    for (const element of scrollers) {
      const style = getComputedStyle(element);
      const scrolls = /auto|scroll|hidden/.test(style.overflowX) || element.tagName === 'DIALOG';
      if (!scrolls || element.clientWidth <= 1) continue;
      // A data table may keep its columns and scroll within its own region: WCAG 1.4.10 exempts content
      // that needs a two-dimensional layout to be understood.
      if (element.querySelector(':scope > table')) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(
          `${describe(element)} scrolls sideways: ${element.scrollWidth}px in ${element.clientWidth}px`,
        );
      }
    }
    // WCAG 2.5.8: each target at least 24×24 CSS px, unless it is a link inside a sentence. Only what can be
    // reached now: inside the open modal dialog when there is one, as the rest of the page is inert.
    const modal = [...document.querySelectorAll('dialog[open]')].at(-1) ?? document;
    const targets = modal.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]',
    );
    for (const target of targets) {
      if (target.getAttribute('aria-hidden') === 'true' || target.closest('[aria-hidden="true"]')) continue;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      const inSentence =
        target.tagName === 'A' &&
        getComputedStyle(target).display === 'inline' &&
        target.closest('p, li, dd, td');
      if (inSentence) continue;
      if (box.width < 24 || box.height < 24) {
        found.push(`${describe(target)} is ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`);
      }
      if (box.right > width + 1 || box.left < -1) {
        found.push(
          `${describe(target)} reaches outside the viewport (${box.left.toFixed(0)} to ${box.right.toFixed(0)} px)`,
        );
      }
      // Once scrolled to, nothing lies over it: a press on its middle reaches it.
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // The middle of the part that shows: a target taller than its scrolling box shows only in part.
      const at = target.getBoundingClientRect();
      let [left, top, right, bottom] = [at.left, at.top, at.right, at.bottom];
      for (let box = target.parentElement; box; box = box.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(box);
        if (overflowX === 'visible' && overflowY === 'visible') continue;
        const clip = box.getBoundingClientRect();
        [left, top] = [Math.max(left, clip.left), Math.max(top, clip.top)];
        [right, bottom] = [Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
      }
      const x = (Math.max(left, 0) + Math.min(right, width)) / 2;
      const y = (Math.max(top, 0) + Math.min(bottom, window.innerHeight)) / 2;
      if (right <= left || bottom <= top || x < 0 || y < 0 || x >= width || y >= window.innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      const reaches =
        hit && (target.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === target));
      if (hit && !reaches) found.push(`${describe(target)} is covered by ${describe(hit)}`);
    }
    return found;
  });
  return problems.map((p) => `${screen}: ${p}`);
}

/**
 * Closes the topmost open dialog with a key (Escape by default) and waits until the game has handled its close
 * event. The native dialog is hidden at once, but its close event comes as a later task, which a busy page
 * (software WebGL) may run after keys already pressed: those would still find the dialog open.
 */
export async function closeWith(page: Page, key = 'Escape'): Promise<void> {
  await page.evaluate(() => {
    const dialog = [...document.querySelectorAll('dialog[open]')].at(-1);
    if (!dialog) throw new Error('no dialog is open');
    (window as unknown as { dialogClosed: Promise<boolean> }).dialogClosed = new Promise((resolve) => {
      dialog.addEventListener('close', () => window.setTimeout(() => resolve(true), 0), { once: true });
      window.setTimeout(() => resolve(false), 10_000);
    });
  });
  await page.keyboard.press(key);
  const closed = await page.evaluate(
    () => (window as unknown as { dialogClosed: Promise<boolean> }).dialogClosed,
  );
  if (!closed) throw new Error(`${key} did not close the dialog`);
}
