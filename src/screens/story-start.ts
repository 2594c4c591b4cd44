/**
 * Starting the story from the first title, which is up before the picture and the story engine have arrived.
 * Asked before they are here, the start waits (the loading line shows) and is handed over when they are; asked
 * after, it goes at once. One start only: a second press while the first is on its way does nothing.
 */
import type { PlayData } from './play-data.ts';

export class StoryStart {
  private pending: PlayData | null = null;
  private go: ((data: PlayData) => void) | null = null;
  private wasAsked = false;

  /** @param waiting shows that the start is waiting for the rest of the game. */
  constructor(private readonly waiting: () => void) {}

  get asked(): boolean {
    return this.wasAsked;
  }

  /** Whether a start is waiting for the rest of the game to arrive. */
  get isWaiting(): boolean {
    return this.pending !== null;
  }

  readonly begin = (data: PlayData): void => {
    if (this.wasAsked) return;
    this.wasAsked = true;
    if (this.go) {
      this.go(data);
      return;
    }
    this.pending = data;
    this.waiting();
  };

  /** The rest of the game has arrived: what was asked for meanwhile, if anything (asked once). */
  take(): PlayData | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }

  /** From now on a start goes at once, through `go`. */
  connect(go: (data: PlayData) => void): void {
    this.go = go;
  }
}
