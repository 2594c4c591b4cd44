/**
 * When each character of a line appears, for the typewriter. Pure: the caller supplies elapsed time, so the
 * effect is deterministic in tests and driven by whatever clock the UI uses. Punctuation earns a short pause,
 * the way a voice pauses, so a line reads as speech rather than a ticker.
 */

/** Characters per second; `Infinity` shows every line at once. */
export type TextSpeed = number;

export const DEFAULT_TEXT_SPEED: TextSpeed = 45;

const PAUSES: Readonly<Record<string, number>> = {
  ',': 4,
  ';': 6,
  ':': 6,
  '—': 6,
  '.': 8,
  '?': 8,
  '!': 8,
};

/** Times (ms from the start of the line) at which each character becomes visible. Non-decreasing. */
export function revealTimes(text: string, speed: TextSpeed): number[] {
  if (!Number.isFinite(speed)) return Array.from(text, () => 0);
  const perChar = 1000 / Math.max(1, speed);
  const times: number[] = [];
  let at = 0;
  const chars = Array.from(text);
  chars.forEach((char, i) => {
    times.push(at);
    const next = chars[i + 1];
    // Pause after punctuation only where a space follows, so "3.5" or "Mr." mid-word don't stall.
    const pause = next === ' ' ? (PAUSES[char] ?? 0) : 0;
    at += perChar * (1 + pause);
  });
  return times;
}

/** How many characters (code points) are visible `elapsed` ms into the line. */
export function visibleCount(times: readonly number[], elapsed: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((times[mid] ?? 0) <= elapsed) low = mid + 1;
    else high = mid;
  }
  return low;
}
