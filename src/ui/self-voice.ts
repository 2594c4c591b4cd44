/**
 * Self-voicing: the game reads its own words aloud with the browser's speech synthesis, for players who want to
 * hear the story without a screen reader (a screen reader already hears the live region; the two are not meant
 * to run together). It reads each new line with its choices, and, when the player moves focus by keyboard, the
 * name of what is focused. A browser without speech synthesis simply stays silent, and the settings say so.
 */
import type { SelfVoicing } from '../core/comfort.ts';

export interface VoiceOption {
  readonly uri: string;
  readonly name: string;
  readonly lang: string;
}

/** The browser API, as far as we use it; tests in the browser stub exactly this boundary. */
interface SpeechApi {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

/** Keys that move focus: only focus moved by them is read (focus the game moves itself is in the line). */
const NAVIGATION_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

export class SelfVoice {
  private settings: SelfVoicing = { on: false, voice: null, rate: 1 };
  private navigatedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly speech: SpeechApi | null,
    private readonly Utterance: typeof SpeechSynthesisUtterance | null,
    private readonly now: () => number,
  ) {}

  static fromWindow(): SelfVoice {
    const speech = 'speechSynthesis' in window ? window.speechSynthesis : null;
    const Utterance = 'SpeechSynthesisUtterance' in window ? window.SpeechSynthesisUtterance : null;
    return new SelfVoice(speech, Utterance, () => performance.now());
  }

  get available(): boolean {
    return this.speech !== null && this.Utterance !== null;
  }

  get on(): boolean {
    return this.available && this.settings.on;
  }

  /** Takes the player's choice; turning it off stops any speech at once. */
  configure(settings: SelfVoicing): void {
    const wasOn = this.on;
    this.settings = settings;
    if (wasOn && !this.on) this.speech?.cancel();
  }

  voices(): VoiceOption[] {
    return (this.speech?.getVoices() ?? []).map((voice) => ({
      uri: voice.voiceURI,
      name: voice.name,
      lang: voice.lang,
    }));
  }

  /**
   * Says `text` now, cutting off whatever was being said. `onDone` is called once, when it has been said, was cut
   * off, or could not be said (auto-advance waits for it). With self-voicing off, `onDone` is called at once.
   */
  say(text: string, onDone?: () => void): void {
    const speech = this.speech;
    const Utterance = this.Utterance;
    if (!this.on || !speech || !Utterance || text.trim() === '') {
      onDone?.();
      return;
    }
    speech.cancel();
    const utterance = new Utterance(text);
    utterance.rate = this.settings.rate;
    utterance.lang = document.documentElement.lang || 'en-GB';
    const voice = speech.getVoices().find((v) => v.voiceURI === this.settings.voice);
    if (voice) utterance.voice = voice;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      onDone?.();
    };
    utterance.addEventListener('end', finish);
    utterance.addEventListener('error', finish);
    speech.speak(utterance);
  }

  stop(): void {
    if (this.on) this.speech?.cancel();
  }

  /** Reads what the player moves focus to with the keyboard. Call once. */
  followFocus(doc: Document): void {
    doc.addEventListener(
      'keydown',
      (event) => {
        if (NAVIGATION_KEYS.has(event.key)) this.navigatedAt = this.now();
      },
      true,
    );
    doc.addEventListener('focusin', (event) => {
      if (!this.on || this.now() - this.navigatedAt > 400) return;
      const target = event.target;
      if (target instanceof HTMLElement) this.say(spokenName(target));
    });
  }
}

/** What a focused control is called, roughly as a screen reader would say it. */
export function spokenName(element: HTMLElement): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const label =
    element.getAttribute('aria-label') ??
    (labelledBy ? element.ownerDocument.getElementById(labelledBy)?.textContent : null) ??
    (element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
      ? element.labels?.[0]?.textContent
      : null) ??
    element.textContent ??
    '';
  const value =
    element.getAttribute('aria-valuetext') ??
    (element instanceof HTMLInputElement && element.type === 'checkbox'
      ? element.checked
        ? 'on'
        : 'off'
      : null);
  const pressed = element.getAttribute('aria-pressed');
  return [label.replace(/\s+/g, ' ').trim(), value, pressed === 'true' ? 'on' : null]
    .filter(Boolean)
    .join(', ');
}
