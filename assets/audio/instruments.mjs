/**
 * The synthetic instruments for make-music.mjs, all additive: a soft felt piano, a warm reed (clarinet-like) line,
 * a pad for held chords, and a periodic drone. Partials are run as recursive sine oscillators (two multiplies a
 * sample), with exponential envelopes, so a whole piece renders in seconds.
 */
import { Biquad, filter, SR, stereo, TAU } from './dsp.mjs';

export const midiHz = (m) => 440 * 2 ** ((m - 69) / 12);

/** A raised-cosine ramp from 0 to 1 over n samples, applied in place to the head of x. */
function rampIn(x, n) {
  for (let i = 0; i < Math.min(n, x.length); i++) x[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / n);
}

/**
 * One piano note (mono): slightly inharmonic partials, each from two strings a fraction of a cent apart (so the
 * tone shimmers and decays in two stages, fast then slow), the upper partials dying sooner; a soft felt hammer
 * (few highs, a gentle attack, a small thump). `hold` is how long the key (or pedal) holds the dampers off;
 * `bright` (0..1) opens the hammer.
 */
export function pianoNote(rng, midi, vel, hold, { bright = 0.3 } = {}) {
  const f = midiHz(midi);
  const B = 0.0003 * 2 ** ((midi - 60) / 18);
  const tau0 = Math.min(5, Math.max(0.5, 2.4 * (261.6 / f) ** 0.55));
  const damp = 0.15 * (261.6 / f) ** 0.35;
  const n = Math.round((hold + damp * 7) * SR);
  const out = new Float64Array(n);
  const holdN = Math.round(hold * SR);
  const fc = (350 + 2600 * vel) * (0.55 + bright);
  const strike = 1 / rng.uniform(6.8, 7.8);
  for (let k = 1; k <= 40; k++) {
    const fk = k * f * Math.sqrt(1 + B * k * k);
    if (fk > 9000) break;
    const a = (1 / k ** 0.9) * Math.exp(-fk / fc) * (0.25 + 0.75 * Math.abs(Math.sin(Math.PI * k * strike)));
    if (a < 2e-4) continue;
    const tau = tau0 * (f / fk) ** 0.75;
    const d1 = Math.exp(-1 / (0.28 * tau * SR));
    const d2 = Math.exp(-1 / (tau * SR));
    const dd = Math.exp(-1 / (damp * SR));
    for (const cents of [-1, 1].map((s) => s * rng.uniform(0.2, 0.7))) {
      const w = (TAU * fk * 2 ** (cents / 1200)) / SR;
      const c = 2 * Math.cos(w);
      const ph = rng.uniform(0, TAU);
      let y1 = Math.sin(ph);
      let y0 = Math.sin(ph - w);
      let e1 = 0.55 * a;
      let e2 = 0.45 * a;
      for (let i = 0; i < n; i++) {
        out[i] += y1 * (e1 + e2);
        const y = c * y1 - y0;
        y0 = y1;
        y1 = y;
        e1 *= d1;
        e2 *= d2;
        if (i >= holdN) {
          e1 *= dd;
          e2 *= dd;
        }
      }
    }
  }
  rampIn(out, Math.round((0.004 + 0.01 * (1 - vel)) * SR));
  // The felt hammer's soft thump.
  const thump = new Biquad('lowpass', 700 + 800 * vel, 0.7);
  for (let i = 0; i < Math.round(0.03 * SR); i++)
    out[i] += 0.06 * vel * thump.run(rng.gauss() * Math.exp(-i / (0.004 * SR)));
  for (let i = 0; i < n; i++) out[i] *= vel;
  return out;
}

/**
 * A sung reed line (mono), clarinet-like: odd harmonics strong, even ones faint, the tone darker when softer; a
 * little breath; vibrato that blooms on held notes; legato notes glide into each other. notes: [{ t, dur, midi,
 * vel }] in seconds from the start of the returned buffer, sorted; a note starting within 60 ms of the previous
 * one's end is slurred to, otherwise the phrase breathes and starts again.
 */
export function reedLine(rng, notes, { vibratoHz = 5.1, breath = 0.03 } = {}) {
  const last = notes[notes.length - 1];
  const n = Math.round((last.t + last.dur + 0.6) * SR);
  const target = new Float64Array(n);
  const level = new Float64Array(n);
  const since = new Float64Array(n).fill(1e9); // seconds since the current note began, for the vibrato
  notes.forEach((note, k) => {
    const prev = notes[k - 1];
    const next = notes[k + 1];
    const slurIn = prev && note.t - (prev.t + prev.dur) < 0.06;
    const slurOut = next && next.t - (note.t + note.dur) < 0.06;
    const i0 = Math.round(note.t * SR);
    const end = slurOut ? Math.round(next.t * SR) : Math.round((note.t + note.dur) * SR);
    const att = slurIn ? 0.05 : 0.14;
    const rel = slurOut ? 0 : 0.3;
    const i1 = Math.min(n, end + Math.round(rel * SR));
    for (let i = i0; i < i1; i++) {
      const t = (i - i0) / SR;
      const u = Math.min(1, t / att);
      let a = slurIn ? 0.88 + 0.12 * u : u * u * (3 - 2 * u);
      const held = (end - i0) / SR;
      a *= 0.9 + 0.1 * Math.sin(Math.PI * Math.min(1, t / Math.max(0.2, held)));
      if (i >= end) a *= Math.max(0, 1 - (i - end) / (rel * SR)) ** 2;
      level[i] = Math.max(level[i], a * note.vel);
      if (i < end || !target[i]) target[i] = midiHz(note.midi);
      since[i] = t;
    }
  });
  const out = new Float64Array(n);
  const glide = Math.exp(-1 / (0.035 * SR));
  let f = target.find((v) => v > 0) ?? 440;
  let phase = 0;
  let vibPhase = rng.uniform(0, TAU);
  const breathBand = new Biquad('bandpass', 1700, 0.7);
  for (let i = 0; i < n; i++) {
    if (target[i] > 0) f = target[i] + (f - target[i]) * glide;
    const bloom = Math.min(1, Math.max(0, (since[i] - 0.25) / 0.6));
    vibPhase += (TAU * vibratoHz) / SR;
    const fi = f * (1 + 0.0038 * bloom * Math.sin(vibPhase));
    phase += (TAU * fi) / SR;
    const a = level[i];
    let s = 0;
    for (let h = 1; h <= 9 && h * fi < 4500; h++) {
      const amp = (h % 2 ? 1 / h : 0.2 / h) * a ** (0.3 * (h - 1));
      s += amp * Math.sin(h * phase);
    }
    out[i] = a * (s + breath * 3 * breathBand.run(rng.gauss()));
  }
  return filter(out, [
    ['peaking', 550, 0.9, 3],
    ['lowpass', 2600, 0.7],
    ['highpass', 90, 0.7],
  ]);
}

/** A soft pad for held chords (stereo): each note two slightly detuned voices, one per side, slow to rise and fall. */
export function padChord(rng, midis, seconds, { attack = 1.2, release = 1.8 } = {}) {
  const n = Math.round((seconds + release) * SR);
  const out = stereo(n);
  const holdN = Math.round(seconds * SR);
  for (const m of midis) {
    const f = midiHz(m);
    for (const [ch, cents] of [
      ['l', -4],
      ['r', 4],
    ]) {
      for (let h = 1; h <= 10 && h * f < 3500; h++) {
        const w = (TAU * h * f * 2 ** ((cents + rng.uniform(-1, 1)) / 1200)) / SR;
        const c = 2 * Math.cos(w);
        const ph = rng.uniform(0, TAU);
        let y1 = Math.sin(ph);
        let y0 = Math.sin(ph - w);
        const a = 1 / h ** 1.7;
        const dst = out[ch];
        for (let i = 0; i < n; i++) {
          dst[i] += a * y1;
          const y = c * y1 - y0;
          y0 = y1;
          y1 = y;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const up = Math.sin((Math.PI / 2) * Math.min(1, t / attack)) ** 2;
    const down = i < holdN ? 1 : Math.cos((Math.PI / 2) * Math.min(1, (i - holdN) / SR / release)) ** 2;
    out.l[i] *= up * down;
    out.r[i] *= up * down;
  }
  return out;
}

/**
 * A drone that repeats exactly every n samples: for each note, a reedy harmonium-like tone and a copy a tenth of a
 * hertz sharp (a slow beating), every partial rounded to a whole number of cycles in the loop; breathing with
 * `swell(t)` (periodic in the loop).
 */
export function loopDrone(rng, n, midis, swell) {
  const out = stereo(n);
  const seconds = n / SR;
  for (const m of midis) {
    const f = midiHz(m);
    for (const [ch, shift] of [
      ['l', 0],
      ['r', 0.1],
    ]) {
      for (let h = 1; h <= 8; h++) {
        const cycles = Math.round((h * f + shift) * seconds);
        const w = (TAU * cycles) / n;
        const a = 1 / h ** 1.6;
        const ph = rng.uniform(0, TAU);
        for (let i = 0; i < n; i++) out[ch][i] += a * Math.sin(w * i + ph);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const g = swell(i / SR);
    out.l[i] *= g;
    out.r[i] *= g;
  }
  return out;
}
