/**
 * The only Howler import. Plays what the stage says should be heard: one ambience bed and one piece of music
 * at a time, each crossfaded when it changes; and one-shot effects, each played once when asked (a line's
 * `# sound:` tag, the chest opening). The browser keeps audio locked until the first click, tap or key; Howler
 * unlocks it then, and music or ambience asked for before that starts at that moment, once (without Web Audio,
 * the channel itself tries again at that gesture).
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
  /**
   * Sounds asked to start that have not started yet (still loading, or waiting for the browser to allow
   * sound), each with what it does when it starts. Asked for again meanwhile, a sound is not started twice.
   */
  private readonly starting = new Map<Id, () => void>();
  /** Sounds fading out, each with the timer that stops it. */
  private readonly stopping = new Map<Id, ReturnType<typeof setTimeout>>();
  private playing: Id | null = null;
  /** A refused start waits for the player's next gesture. */
  private retrying = false;
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
    this.playing = want;
    if (leaving !== null) this.fadeOut(leaving);
    if (want !== null && !this.failed.has(want)) this.start(want);
  }

  /** Starts `id` from silence and fades it in; one still fading out fades back in from where it is. */
  private start(id: Id): void {
    const sound = this.sound(id);
    clearTimeout(this.stopping.get(id));
    this.stopping.delete(id);
    if (this.starting.has(id)) return;
    if (sound.playing()) {
      fade(sound, this.volume, this.fadeMs);
      return;
    }
    // Faded in once it really plays, not queued behind the play: with HTML5 Audio, Howler never runs what was
    // queued while a play was pending, and the sound would go on at volume 0. If the stage has moved on by then
    // (the play waited for the autoplay lock), it stops instead.
    const started = () => {
      this.starting.delete(id);
      if (this.playing === id) fade(sound, this.volume, this.fadeMs);
      else sound.stop();
    };
    this.starting.set(id, started);
    sound.volume(0);
    sound.once('play', started);
    sound.play();
  }

  /** Fades `id` out, then stops it, unless it is asked for again meanwhile. */
  private fadeOut(id: Id): void {
    const sound = this.sounds.get(id);
    // One that has not started yet is stopped by its own start (above), if it is still not wanted then.
    if (!sound || this.starting.has(id) || !sound.playing()) return;
    fade(sound, 0, this.fadeMs);
    // A timer, not Howler's 'fade' event, which a fade between equal volumes never sends.
    this.stopping.set(
      id,
      setTimeout(() => {
        this.stopping.delete(id);
        if (this.playing !== id) sound.stop();
      }, this.fadeMs),
    );
  }

  /** A start the browser refused: given up, and tried again (with whatever is wanted then) at the next gesture. */
  private refused(id: Id, sound: Howl): void {
    const started = this.starting.get(id);
    if (started) sound.off('play', started);
    this.starting.delete(id);
    this.retryAtNextGesture();
  }

  /**
   * A refusal is the autoplay lock before the first click, tap or key, met through HTML5 Audio (with Web Audio,
   * Howler itself waits for the lock to lift). At the player's next gesture this channel starts whatever it
   * should be playing by then, once. Howler's own 'unlock' event is no use here: it never comes without Web
   * Audio, and one refusal can be reported twice, which would start the sound twice (howler#1689).
   */
  private retryAtNextGesture(): void {
    if (this.retrying) return;
    this.retrying = true;
    afterNextGesture(() => {
      this.retrying = false;
      const want = this.playing;
      if (want !== null && !this.failed.has(want)) this.start(want);
    });
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
      onplayerror: () => this.refused(id, sound),
    });
    this.sounds.set(id, sound);
    return sound;
  }

  private fail(id: Id, why: string): void {
    if (this.failed.has(id)) return;
    this.failed.add(id);
    this.starting.delete(id);
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

/**
 * Runs `then` once, at the player's next click, tap or key press: the moments a browser lets a page start sound.
 * (A touch counts as it ends; if a retry made at pointerdown is refused again, it simply waits for the next.)
 */
function afterNextGesture(then: () => void): void {
  const events = ['pointerdown', 'keydown', 'touchend', 'click'] as const;
  const once = () => {
    for (const event of events) document.removeEventListener(event, once, true);
    then();
  };
  for (const event of events) document.addEventListener(event, once, true);
}

/**
 * Fades the whole of `sound` from its volume now to `to`, or sets it at once when it is there already (Howler
 * never ends a fade between equal volumes).
 */
function fade(sound: Howl, to: number, ms: number): void {
  const from = sound.volume() as number;
  if (Math.abs(from - to) < 0.01) sound.volume(to);
  else sound.fade(from, to, ms);
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
