/**
 * The only Howler import. Plays what the stage says should be heard: one ambience bed at a time, crossfaded
 * when it changes. The browser keeps audio locked until the first click, tap or key; Howler unlocks it then, and
 * a bed asked for before that simply starts sounding at that moment.
 *
 * A missing or blocked sound is logged once and never stops the story.
 */
import { Howl, Howler } from 'howler';
import type { Stage } from '../core/stage.ts';
import type { AmbienceId } from '../core/vocabulary.ts';

export type AmbienceSources = Readonly<Record<AmbienceId, readonly string[]>>;

const FADE_MS = 1600;
const AMBIENCE_VOLUME = 0.8;

export class Soundscape {
  private readonly beds = new Map<AmbienceId, Howl>();
  private readonly failed = new Set<AmbienceId>();
  private playing: AmbienceId | null = null;
  private isMuted = false;

  constructor(
    private readonly sources: AmbienceSources,
    private readonly report: (message: string) => void = (message) => console.warn(message),
  ) {
    // iOS can leave a suspended context stuck; keep it running while the game is open.
    Howler.autoSuspend = false;
  }

  /** Starts fetching and decoding beds; resolves when each has loaded or failed (never rejects). */
  preload(ids: readonly AmbienceId[]): Promise<void> {
    return Promise.all(ids.map((id) => this.whenLoaded(this.bed(id)))).then(() => undefined);
  }

  /** Makes what is heard match the stage. */
  render(stage: Pick<Stage, 'ambience'>): void {
    const want = stage.ambience;
    if (want === this.playing) return;
    const leaving = this.playing;
    const previous = leaving === null ? undefined : this.beds.get(leaving);
    if (previous) {
      previous.fade(previous.volume(), 0, FADE_MS);
      // Stop it once faded out, unless it has been asked for again meanwhile (a fade-in also ends in 'fade').
      previous.once('fade', () => {
        if (this.playing !== leaving) previous.stop();
      });
    }
    this.playing = want;
    if (want === null || this.failed.has(want)) return;
    const bed = this.bed(want);
    bed.volume(0);
    if (!bed.playing()) bed.play();
    bed.fade(0, AMBIENCE_VOLUME, FADE_MS);
  }

  get muted(): boolean {
    return this.isMuted;
  }

  setMuted(value: boolean): void {
    this.isMuted = value;
    Howler.mute(value);
  }

  private bed(id: AmbienceId): Howl {
    const existing = this.beds.get(id);
    if (existing) return existing;
    const bed = new Howl({
      src: [...this.sources[id]],
      loop: true,
      volume: 0,
      preload: true,
      onloaderror: (_soundId, error) => this.fail(id, `could not load (${String(error)})`),
      onplayerror: (_soundId, error) => {
        // Usually the autoplay lock: play again as soon as the browser allows it.
        bed.once('unlock', () => {
          if (this.playing === id) bed.play();
        });
        if (String(error).includes('autoplay') === false) this.report(`Sound '${id}' could not play yet.`);
      },
    });
    this.beds.set(id, bed);
    return bed;
  }

  private whenLoaded(bed: Howl): Promise<void> {
    if (bed.state() === 'loaded') return Promise.resolve();
    return new Promise((resolve) => {
      bed.once('load', () => resolve());
      bed.once('loaderror', () => resolve());
    });
  }

  private fail(id: AmbienceId, why: string): void {
    if (this.failed.has(id)) return;
    this.failed.add(id);
    this.report(`Sound '${id}' ${why}; the story goes on without it.`);
  }
}
