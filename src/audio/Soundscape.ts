/**
 * The only Howler import. Plays what the stage says should be heard: one ambience bed and one piece of music
 * at a time, each crossfaded when it changes; and one-shot effects, each played once when asked (a line's
 * `# sound:` tag, the chest opening). The browser keeps audio locked until the first click, tap or key; Howler
 * unlocks it then, and a sound asked for before that simply starts at that moment.
 *
 * Every sound is fetched when it is first asked for (or preloaded), never all at start. A missing or blocked
 * sound is logged once and never stops the story.
 */
import { Howl, Howler } from 'howler';
import type { Stage } from '../core/stage.ts';
import type { AmbienceId, MusicId, SoundId } from '../core/vocabulary.ts';

export type AmbienceSources = Readonly<Record<AmbienceId, readonly string[]>>;
export type MusicSources = Readonly<Record<MusicId, readonly string[]>>;
export type EffectSources = Readonly<Record<SoundId, readonly string[]>>;

const FADE_MS = 1600;
const MUSIC_FADE_MS = 2800;
/** Effects are levelled to their peak (−6 dBFS); at this mix level they sit just above the beds. */
const EFFECTS_MIX = 0.6;

/** One looping channel (ambience, or music): plays at most one sound, crossfading to the next. */
class Loops<Id extends string> {
  private readonly sounds = new Map<Id, Howl>();
  private readonly failed = new Set<Id>();
  private playing: Id | null = null;
  /** The player's volume for this channel, 0 to 1. */
  private level = 1;

  constructor(
    private readonly name: string,
    private readonly sources: Readonly<Record<Id, readonly string[]>>,
    /** This channel's mix level (its bed or music sits at this under the player's volume). */
    private readonly mix: number,
    private readonly fadeMs: number,
    private readonly report: (message: string) => void,
  ) {}

  preload(ids: readonly Id[]): Promise<void> {
    return Promise.all(ids.map((id) => whenLoaded(this.sound(id)))).then(() => undefined);
  }

  play(want: Id | null): void {
    if (want === this.playing) return;
    const leaving = this.playing;
    const previous = leaving === null ? undefined : this.sounds.get(leaving);
    if (previous) {
      previous.fade(previous.volume(), 0, this.fadeMs);
      // Stop it once faded out, unless it has been asked for again meanwhile (a fade-in also ends in 'fade').
      previous.once('fade', () => {
        if (this.playing !== leaving) previous.stop();
      });
    }
    this.playing = want;
    if (want === null || this.failed.has(want)) return;
    const sound = this.sound(want);
    sound.volume(0);
    if (!sound.playing()) sound.play();
    sound.fade(0, this.volume, this.fadeMs);
  }

  private get volume(): number {
    return this.mix * this.level;
  }

  /** Sets the player's volume for this channel; what is playing follows at once. */
  setLevel(level: number): void {
    this.level = Math.min(1, Math.max(0, level));
    const sound = this.playing === null ? undefined : this.sounds.get(this.playing);
    if (sound?.playing()) sound.volume(this.volume);
  }

  private sound(id: Id): Howl {
    const existing = this.sounds.get(id);
    if (existing) return existing;
    const sound = new Howl({
      src: [...this.sources[id]],
      loop: true,
      volume: 0,
      preload: true,
      onloaderror: (_soundId, error) => this.fail(id, `could not load (${String(error)})`),
      onplayerror: () => {
        // Usually the autoplay lock: play as soon as the browser allows it.
        sound.once('unlock', () => {
          if (this.playing === id) sound.play();
        });
      },
    });
    this.sounds.set(id, sound);
    return sound;
  }

  private fail(id: Id, why: string): void {
    if (this.failed.has(id)) return;
    this.failed.add(id);
    this.report(`The ${this.name} '${id}' ${why}; the story goes on without it.`);
  }
}

/** One-shot effects: each created (and fetched) the first time it is asked for, then kept for the next time. */
class Effects {
  private readonly sounds = new Map<SoundId, Howl>();
  private readonly failed = new Set<SoundId>();
  private level = 1;

  constructor(
    private readonly sources: EffectSources,
    private readonly report: (message: string) => void,
  ) {}

  play(id: SoundId): void {
    if (this.failed.has(id)) return;
    const sound = this.sound(id);
    // Before it has loaded, Howler queues the play; if it cannot load, the queue is dropped.
    sound.volume(EFFECTS_MIX * this.level);
    sound.play();
  }

  preload(ids: readonly SoundId[]): Promise<void> {
    return Promise.all(ids.map((id) => whenLoaded(this.sound(id)))).then(() => undefined);
  }

  setLevel(level: number): void {
    this.level = Math.min(1, Math.max(0, level));
  }

  private sound(id: SoundId): Howl {
    const existing = this.sounds.get(id);
    if (existing) return existing;
    const sound = new Howl({
      src: [...this.sources[id]],
      volume: EFFECTS_MIX * this.level,
      preload: true,
      onloaderror: (_soundId, error) => this.fail(id, `could not load (${String(error)})`),
      // An effect heard late would be out of place: one that cannot play now is left out.
      onplayerror: () => undefined,
    });
    this.sounds.set(id, sound);
    return sound;
  }

  private fail(id: SoundId, why: string): void {
    if (this.failed.has(id)) return;
    this.failed.add(id);
    this.report(`The effect '${id}' ${why}; the story goes on without it.`);
  }
}

function whenLoaded(sound: Howl): Promise<void> {
  if (sound.state() === 'loaded') return Promise.resolve();
  return new Promise((resolve) => {
    sound.once('load', () => resolve());
    sound.once('loaderror', () => resolve());
  });
}

export class Soundscape {
  private readonly ambience: Loops<AmbienceId>;
  private readonly music: Loops<MusicId>;
  private readonly effects: Effects;
  private isMuted = false;

  constructor(
    sources: {
      readonly ambience: AmbienceSources;
      readonly music: MusicSources;
      readonly effects: EffectSources;
    },
    report: (message: string) => void = (message) => console.warn(message),
  ) {
    // iOS can leave a suspended context stuck; keep it running while the game is open.
    Howler.autoSuspend = false;
    this.ambience = new Loops('ambience', sources.ambience, 0.8, FADE_MS, report);
    this.music = new Loops('music', sources.music, 0.55, MUSIC_FADE_MS, report);
    this.effects = new Effects(sources.effects, report);
  }

  /** Starts fetching and decoding; resolves when each sound has loaded or failed (never rejects). */
  preload(
    ambience: readonly AmbienceId[],
    music: readonly MusicId[] = [],
    effects: readonly SoundId[] = [],
  ): Promise<void> {
    return Promise.all([
      this.ambience.preload(ambience),
      this.music.preload(music),
      this.effects.preload(effects),
    ]).then(() => undefined);
  }

  /** Plays one-shot effects once each, on the effects channel (a line's `# sound:` tags, the chest's lid). */
  play(...effects: readonly SoundId[]): void {
    for (const effect of effects) this.effects.play(effect);
  }

  /** Makes what is heard match the stage. */
  render(stage: Pick<Stage, 'ambience' | 'music'>): void {
    this.ambience.play(stage.ambience);
    this.music.play(stage.music);
  }

  get muted(): boolean {
    return this.isMuted;
  }

  setMuted(value: boolean): void {
    this.isMuted = value;
    Howler.mute(value);
  }

  /** The player's volumes, 0 to 1: master scales everything; music, ambience and effects each their own channel. */
  setVolumes(volumes: {
    readonly master: number;
    readonly music: number;
    readonly ambience: number;
    readonly effects: number;
  }): void {
    Howler.volume(Math.min(1, Math.max(0, volumes.master)));
    this.music.setLevel(volumes.music);
    this.ambience.setLevel(volumes.ambience);
    this.effects.setLevel(volumes.effects);
  }
}
