/**
 * Time played: counts only while the page is visible, carried across sessions in the save. The clock is given
 * `now`, so tests decide what time it is.
 */
export class PlayClock {
  private since: number | null;

  constructor(
    private readonly now: () => number,
    private counted = 0,
  ) {
    this.since = now();
  }

  /** The page was hidden: stop counting until `resume`. */
  pause(): void {
    if (this.since === null) return;
    this.counted += Math.max(0, this.now() - this.since);
    this.since = null;
  }

  resume(): void {
    if (this.since === null) this.since = this.now();
  }

  /** Milliseconds played so far. */
  elapsed(): number {
    return this.counted + (this.since === null ? 0 : Math.max(0, this.now() - this.since));
  }
}

/** "1 h 12 min", "8 min", "under a minute". */
export function formatPlayTime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
