#!/usr/bin/env node
/**
 * Generates the ambience loops in this folder, from nothing but arithmetic: every sound is synthesised here, with
 * a seeded PRNG, so each run writes the same PCM. Each bed is rendered as 48 kHz stereo, written as a temporary
 * 16-bit WAV, and encoded by ffmpeg to `<id>.webm` (Opus) and `<id>.mp3` (LAME VBR) beside this file.
 *
 * Seamless looping is built in rather than trimmed afterwards:
 * - noise layers are rendered longer than the loop and their tail is crossfaded into their head with an
 *   equal-power curve (the two ends are independent noise, so the power stays constant through the fade);
 * - every slow modulation (LFO) and every steady tone has a whole number of cycles in the loop, so it is
 *   periodic and is added after the crossfade;
 * - discrete events (raindrops, birdsong) are written into a circular buffer, wrapping past the end, and the
 *   filters and reverb that follow them run circularly (primed on the buffer's end before filtering its start).
 *
 * Usage: node assets/audio/make-ambience.mjs [--wav-dir DIR] [--verbose]
 *   --wav-dir DIR  also keep the rendered WAVs in DIR (they are not committed)
 *   --verbose      print the level of each layer before mixing
 * Needs ffmpeg (with libopus and libmp3lame) on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SR = 48000;
const OUT_DIR = dirname(fileURLToPath(import.meta.url));
/** Seconds rendered before the loop starts, discarded, so filters and integrators have settled. */
const PRE_ROLL = 1.5;
/** Seconds of tail crossfaded into the head of each noise layer. */
const XFADE = 3;
/** Final levels: every bed is scaled to this RMS (dBFS, over both channels) and must peak below the ceiling. */
const TARGET_RMS_DB = -26;
const PEAK_CEILING_DB = -3;
const OPUS_BITRATE = '56k';
const MP3_QUALITY = '5';

const TAU = 2 * Math.PI;

// ---------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, with one independent stream per layer so that changing one layer leaves the others.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    this.next = mulberry32(this.seed);
    this.spare = null;
  }
  /** A new independent stream, named so that it does not depend on how much of this one was used. */
  fork(label) {
    return new Rng(hashString(`${this.seed}:${label}`));
  }
  uniform(lo = 0, hi = 1) {
    return lo + (hi - lo) * this.next();
  }
  logUniform(lo, hi) {
    return lo * (hi / lo) ** this.next();
  }
  int(lo, hi) {
    return Math.floor(this.uniform(lo, hi + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  gauss() {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(TAU * v);
    return r * Math.cos(TAU * v);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Buffers and filters.

const stereo = (n) => ({ l: new Float64Array(n), r: new Float64Array(n) });

function whiteNoise(rng, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.gauss();
  return out;
}

/** Brown (red) noise: leaky integral of white noise; the leak keeps it from wandering (DC is filtered later). */
function brownNoise(rng, n) {
  const out = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.998 * y + 0.06 * rng.gauss();
    out[i] = y;
  }
  return out;
}

/** Pink noise, Paul Kellet's refined filter. */
function pinkNoise(rng, n) {
  const out = new Float64Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let b4 = 0;
  let b5 = 0;
  let b6 = 0;
  for (let i = 0; i < n; i++) {
    const w = rng.gauss() * 0.2;
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    out[i] = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
    b6 = w * 0.115926;
  }
  return out;
}

/** a*x + b*y, sample by sample: used to make two channels partly correlated. */
function blend(x, a, y, b) {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = a * x[i] + b * y[i];
  return out;
}

/** RBJ audio-EQ-cookbook biquad coefficients, normalised so a0 = 1. */
function biquadCoefs(type, freq, q = Math.SQRT1_2, gainDb = 0) {
  const w = (TAU * Math.min(freq, SR * 0.49)) / SR;
  const cw = Math.cos(w);
  const sw = Math.sin(w);
  const alpha = sw / (2 * q);
  const A = 10 ** (gainDb / 40);
  let b0;
  let b1;
  let b2;
  let a0;
  let a1;
  let a2;
  switch (type) {
    case 'lowpass':
      b0 = (1 - cw) / 2;
      b1 = 1 - cw;
      b2 = b0;
      a0 = 1 + alpha;
      a1 = -2 * cw;
      a2 = 1 - alpha;
      break;
    case 'highpass':
      b0 = (1 + cw) / 2;
      b1 = -(1 + cw);
      b2 = b0;
      a0 = 1 + alpha;
      a1 = -2 * cw;
      a2 = 1 - alpha;
      break;
    case 'bandpass': // constant 0 dB peak gain
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
      a0 = 1 + alpha;
      a1 = -2 * cw;
      a2 = 1 - alpha;
      break;
    case 'peaking':
      b0 = 1 + alpha * A;
      b1 = -2 * cw;
      b2 = 1 - alpha * A;
      a0 = 1 + alpha / A;
      a1 = -2 * cw;
      a2 = 1 - alpha / A;
      break;
    case 'highshelf': {
      const s = 2 * Math.sqrt(A) * alpha;
      b0 = A * (A + 1 + (A - 1) * cw + s);
      b1 = -2 * A * (A - 1 + (A + 1) * cw);
      b2 = A * (A + 1 + (A - 1) * cw - s);
      a0 = A + 1 - (A - 1) * cw + s;
      a1 = 2 * (A - 1 - (A + 1) * cw);
      a2 = A + 1 - (A - 1) * cw - s;
      break;
    }
    default:
      throw new Error(`unknown filter type ${type}`);
  }
  return [b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0];
}

class Biquad {
  constructor(type, freq, q, gainDb) {
    this.type = type;
    this.q = q;
    this.gainDb = gainDb;
    this.z1 = 0;
    this.z2 = 0;
    this.setFreq(freq);
  }
  setFreq(freq) {
    [this.b0, this.b1, this.b2, this.a1, this.a2] = biquadCoefs(this.type, freq, this.q, this.gainDb);
  }
  /** Transposed direct form II. */
  run(x) {
    const y = this.b0 * x + this.z1;
    this.z1 = this.b1 * x - this.a1 * y + this.z2;
    this.z2 = this.b2 * x - this.a2 * y;
    return y;
  }
}

const makeChain = (specs) => specs.map(([type, freq, q, gainDb]) => new Biquad(type, freq, q, gainDb));

/** Runs x through a chain of fixed biquads, each spec being [type, freq, q?, gainDb?]. */
function filter(x, specs) {
  const chain = makeChain(specs);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let v = x[i];
    for (const f of chain) v = f.run(v);
    out[i] = v;
  }
  return out;
}

/**
 * Filters a circular buffer: the chain is first run over the buffer's last `warm` seconds, so that at sample 0
 * it holds the state it would have after the buffer's end, and the output wraps without a seam.
 */
function filterCircular(x, specs, warm = 1) {
  const chain = makeChain(specs);
  const n = x.length;
  for (let i = n - Math.min(n, Math.round(warm * SR)); i < n; i++) {
    let v = x[i];
    for (const f of chain) v = f.run(v);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = x[i];
    for (const f of chain) v = f.run(v);
    out[i] = v;
  }
  return out;
}

/** One biquad whose frequency follows freqAt(t), t in seconds of loop time, updated every 32 samples. */
function filterSweep(x, type, q, freqAt, t0) {
  const f = new Biquad(type, freqAt(t0), q, 0);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    if ((i & 31) === 0) f.setFreq(freqAt(t0 + i / SR));
    out[i] = f.run(x[i]);
  }
  return out;
}

/**
 * A slow modulation that is periodic in the loop: a sum of sines with whole numbers of cycles per loop.
 * components: [cyclesPerLoop, depth][]; phases are random. Returns t => sum (centred on 0).
 */
function loopLfo(rng, loopSeconds, components) {
  const parts = components.map(([cycles, depth]) => ({
    w: (TAU * cycles) / loopSeconds,
    depth,
    phase: rng.uniform(0, TAU),
  }));
  return (t) => {
    let s = 0;
    for (const p of parts) s += p.depth * Math.sin(p.w * t + p.phase);
    return s;
  };
}

/** Multiplies x (sample i at loop time t0 + i/SR) by gainAt(t). */
function modulate(x, gainAt, t0) {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * gainAt(t0 + i / SR);
  return out;
}

/**
 * Turns a layer rendered over [-PRE_ROLL, loop + XFADE) seconds into exactly `loop` seconds that repeat without a
 * seam: the extra XFADE seconds after the loop end are faded out over the head while the head fades in (sin/cos
 * equal-power). Sample loop-1 is followed by what the long render had at sample loop, so the join is continuous.
 */
function loopify(ext, loopSamples) {
  const pre = Math.round(PRE_ROLL * SR);
  const xf = Math.round(XFADE * SR);
  const out = stereo(loopSamples);
  for (const ch of ['l', 'r']) {
    const src = ext[ch];
    const dst = out[ch];
    for (let i = 0; i < loopSamples; i++) {
      if (i < xf) {
        const g = (i / xf) * (Math.PI / 2);
        dst[i] = src[pre + i] * Math.sin(g) + src[pre + loopSamples + i] * Math.cos(g);
      } else {
        dst[i] = src[pre + i];
      }
    }
  }
  return out;
}

/** Length in samples of the extended render for a noise layer, and the loop time of its first sample. */
const extendedLength = (loopSamples) => Math.round(PRE_ROLL * SR) + loopSamples + Math.round(XFADE * SR);
const T0 = -PRE_ROLL;

/** Adds mono `samples` into a circular stereo buffer at `start` with per-channel gains and an optional delay. */
function place(buf, samples, start, gainL, gainR, delayL = 0, delayR = 0) {
  const n = buf.l.length;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    buf.l[(((start + i + delayL) % n) + n) % n] += s * gainL;
    buf.r[(((start + i + delayR) % n) + n) % n] += s * gainR;
  }
}

/** Equal-power pan, pan in [-1, 1]. */
const panGains = (pan) => [Math.cos(((pan + 1) * Math.PI) / 4), Math.sin(((pan + 1) * Math.PI) / 4)];

/** Raised-cosine fade-in over a samples and fade-out over b samples, in place. */
function fadeEdges(x, a, b) {
  const n = x.length;
  for (let i = 0; i < Math.min(a, n); i++) x[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < Math.min(b, n); i++) x[n - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return x;
}

function mixInto(dst, src, gain) {
  for (const ch of ['l', 'r']) {
    const d = dst[ch];
    const s = src[ch];
    for (let i = 0; i < d.length; i++) d[i] += s[i] * gain;
  }
}

function scaled(buf, gain) {
  const out = stereo(buf.l.length);
  mixInto(out, buf, gain);
  return out;
}

/** buf scaled so that its RMS (or whatever `measure` gives, in dB) is `db`. */
const levelTo = (buf, db, measure = rmsDb) => scaled(buf, 10 ** ((db - measure(buf)) / 20));

/** Sums named layers (already at their levels) into one mix; returns the mix and the layers. */
function mixLayers(n, parts) {
  const mix = stereo(n);
  for (const p of Object.values(parts)) mixInto(mix, p, 1);
  return { mix, parts };
}

function rmsDb(buf) {
  let sum = 0;
  for (const ch of ['l', 'r']) for (const v of buf[ch]) sum += v * v;
  return 10 * Math.log10(sum / (2 * buf.l.length) + 1e-30);
}

function peakDb(buf) {
  let p = 0;
  for (const ch of ['l', 'r']) for (const v of buf[ch]) p = Math.max(p, Math.abs(v));
  return 20 * Math.log10(p + 1e-30);
}

/**
 * Integrated loudness after ITU-R BS.1770-4 (K-weighting at 48 kHz, 400 ms blocks with 75 % overlap, absolute
 * gate at -70 LUFS and relative gate at -10 LU). The loop is measured once, as a file would be.
 */
function loudnessLufs(buf) {
  const shelf = [1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585];
  const rlb = [1, -2, 1, -1.99004745483398, 0.99007225036621];
  const weigh = (x) => {
    const out = new Float64Array(x.length);
    const fs = [shelf, rlb].map(([b0, b1, b2, a1, a2]) =>
      Object.assign(new Biquad('lowpass', 1000), { b0, b1, b2, a1, a2 }),
    );
    for (let i = 0; i < x.length; i++) out[i] = fs[1].run(fs[0].run(x[i]));
    return out;
  };
  const l = weigh(buf.l);
  const r = weigh(buf.r);
  const block = Math.round(0.4 * SR);
  const hop = Math.round(0.1 * SR);
  const powers = [];
  for (let s = 0; s + block <= l.length; s += hop) {
    let z = 0;
    for (let i = s; i < s + block; i++) z += l[i] * l[i] + r[i] * r[i];
    powers.push(z / block);
  }
  const lufs = (p) => -0.691 + 10 * Math.log10(p + 1e-30);
  const mean = (ps) => ps.reduce((a, b) => a + b, 0) / ps.length;
  const abs = powers.filter((p) => lufs(p) > -70);
  const rel = lufs(mean(abs)) - 10;
  return lufs(mean(abs.filter((p) => lufs(p) > rel)));
}

// ---------------------------------------------------------------------------------------------------------
// car_rain: inside a small car at dusk on a wet road.

function carRain(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // Engine and road rumble: brown noise, mostly shared between the ears, low-passed, breathing slowly.
  {
    const r = rng.fork('rumble');
    const common = brownNoise(r, N);
    const cutoff = loopLfo(r, loopSeconds, [
      [1, 22],
      [3, 10],
    ]);
    const swell = loopLfo(r, loopSeconds, [
      [1, 0.1],
      [2, 0.06],
      [5, 0.04],
    ]);
    const out = stereo(N);
    for (const ch of ['l', 'r']) {
      let x = blend(common, 0.85, brownNoise(r, N), 0.5);
      x = filter(x, [
        ['highpass', 24, 0.7],
        ['peaking', 85, 1.2, 3],
      ]);
      x = filterSweep(x, 'lowpass', 0.6, (t) => 150 + cutoff(t), T0);
      x = filter(x, [['lowpass', 320, 0.7]]);
      out[ch] = modulate(x, (t) => 1 + swell(t), T0);
    }
    layers.rumble = { buf: out, db: -28 };
  }

  // Road roar: the band of tyre and body noise a cabin lets through, 150-500 Hz.
  {
    const r = rng.fork('roar');
    const common = whiteNoise(r, N);
    const swell = loopLfo(r, loopSeconds, [
      [2, 0.12],
      [3, 0.08],
    ]);
    const out = stereo(N);
    for (const ch of ['l', 'r']) {
      let x = blend(common, 0.7, whiteNoise(r, N), 0.7);
      x = filter(x, [
        ['highpass', 120, 0.7],
        ['bandpass', 260, 0.7],
        ['lowpass', 600, 0.7],
      ]);
      out[ch] = modulate(x, (t) => 1 + swell(t), T0);
    }
    layers.roar = { buf: out, db: -35 };
  }

  // Tyre hiss on wet tarmac: band-passed noise around 1.5 kHz, wide, swelling as puddles pass under the wheels.
  {
    const r = rng.fork('hiss');
    const common = whiteNoise(r, N);
    const swell = loopLfo(r, loopSeconds, [
      [1, 0.18],
      [4, 0.1],
      [7, 0.06],
    ]);
    const out = stereo(N);
    for (const ch of ['l', 'r']) {
      let x = blend(common, 0.5, whiteNoise(r, N), 0.85);
      x = filter(x, [
        ['highpass', 300, 0.7],
        ['bandpass', 1500, 0.55],
        ['lowpass', 4200, 0.7],
        ['lowpass', 6000, 0.7],
      ]);
      out[ch] = modulate(x, (t) => 1 + swell(t), T0);
    }
    layers.hiss = { buf: out, db: -33 };
  }

  // Rain on the roof and windscreen: events in a circular buffer, so they wrap over the loop point.
  const rain = stereo(L);
  {
    const r = rng.fork('rain');
    const density = loopLfo(r, loopSeconds, [
      [1, 0.2],
      [3, 0.1],
    ]);
    // Drops with Poisson timing, thinned by the periodic density so the shower thickens and eases.
    const scatter = (rate, makeDrop, panRange, level) => {
      const maxRate = rate * 1.35;
      let t = 0;
      for (;;) {
        t += -Math.log(1 - r.next()) / maxRate;
        if (t >= loopSeconds) break;
        if (r.next() > (rate * (1 + density(t))) / maxRate) continue;
        const [gl, gr] = panGains(r.uniform(-panRange, panRange));
        const a = level * 10 ** (-r.uniform(0, 10) / 20);
        place(rain, makeDrop(), Math.round(t * SR), gl * a, gr * a);
      }
    };
    // A drop: a short damped tone with a quick downward blip, mixed with a little noise.
    const drop = (fLo, fHi, tauLo, tauHi, noiseMix, glide) => () => {
      const f = r.logUniform(fLo, fHi);
      const tau = r.uniform(tauLo, tauHi) / 1000;
      const n = Math.ceil(tau * 6 * SR);
      const out = new Float64Array(n);
      let phase = r.uniform(0, TAU);
      for (let i = 0; i < n; i++) {
        const t = i / SR;
        phase += (TAU * f * (1 + glide * Math.exp(-t / 0.0025))) / SR;
        const tone = Math.sin(phase);
        out[i] = Math.exp(-t / tau) * ((1 - noiseMix) * tone + noiseMix * 0.5 * r.gauss());
      }
      return fadeEdges(out, Math.round(0.0004 * SR), Math.round(n * 0.2));
    };
    // Foreground: dull taps on the roof overhead, spread wide.
    scatter(20, drop(450, 1400, 4, 9, 0.35, 0.35), 0.9, 0.2);
    // Midground: a steady patter of smaller drops across the roof.
    scatter(140, drop(600, 2500, 1.5, 4, 0.5, 0.2), 1, 0.09);
    // Windscreen: smaller, brighter ticks in front.
    scatter(9, drop(1800, 4200, 0.8, 2.5, 0.45, 0.2), 0.45, 0.2);
    // Behind: a dense, soft pitter of tiny drops everywhere.
    scatter(420, drop(900, 5000, 0.4, 1.6, 0.8, 0), 1, 0.08);
    for (const ch of ['l', 'r']) {
      rain[ch] = filterCircular(rain[ch], [
        ['highpass', 180, 0.7],
        ['highshelf', 3500, 0.7, -5],
        ['lowpass', 6500, 0.7],
        ['lowpass', 8000, 0.7],
      ]);
    }
  }

  // Engine hum: a faint tone at the firing frequency with its sub and overtones, its pitch wavering slightly;
  // every frequency has a whole number of cycles in the loop, so it is added after the crossfade.
  const hum = stereo(L);
  {
    const r = rng.fork('hum');
    const f0 = Math.round(78 * loopSeconds) / loopSeconds;
    const waver = loopLfo(r, loopSeconds, [[2, 1.6]]); // phase deviation (rad) of the fundamental, ~0.2 Hz
    const level = loopLfo(r, loopSeconds, [
      [1, 0.2],
      [3, 0.1],
    ]);
    const partials = [
      [0.5, 0.5],
      [1, 1],
      [2, 0.3],
      [3, 0.1],
    ].map(([h, a]) => ({ h, a, phase: r.uniform(0, TAU) }));
    for (let i = 0; i < L; i++) {
      const t = i / SR;
      let s = 0;
      for (const p of partials) s += p.a * Math.sin(TAU * p.h * f0 * t + p.h * waver(t) + p.phase);
      s *= 1 + level(t);
      hum.l[i] = s;
      hum.r[i] = 0.9 * s;
    }
  }

  return mixLayers(L, {
    ...Object.fromEntries(
      Object.entries(layers).map(([k, { buf, db }]) => [k, levelTo(loopify(buf, L), db)]),
    ),
    rain: levelTo(rain, -33),
    hum: levelTo(hum, -38),
  });
}

// ---------------------------------------------------------------------------------------------------------
// summer_field: an English playing field on a warm late afternoon, remembered.

/** A bird note: a sine with a frequency contour and an amplitude envelope, plus a whisper of 2nd harmonic. */
function tone(seconds, freqAt, ampAt, attack = 0.01, release = 0.02) {
  const n = Math.max(1, Math.round(seconds * SR));
  const out = new Float64Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    phase += (TAU * freqAt(t / seconds)) / SR;
    out[i] = ampAt(t / seconds) * (Math.sin(phase) + 0.08 * Math.sin(2 * phase));
  }
  return fadeEdges(out, Math.round(attack * SR), Math.round(release * SR));
}

/** Joins notes with silent gaps, returning one phrase. */
function sequence(parts) {
  const total = parts.reduce((n, p) => n + (p instanceof Float64Array ? p.length : Math.round(p * SR)), 0);
  const out = new Float64Array(total);
  let at = 0;
  for (const p of parts) {
    if (p instanceof Float64Array) {
      out.set(p, at);
      at += p.length;
    } else {
      at += Math.round(p * SR);
    }
  }
  return out;
}

const arch = (u) => Math.sin(Math.PI * Math.min(1, Math.max(0, u))) ** 0.6;

/** The kinds of synthetic birdsong phrase; each takes an Rng and returns mono samples peaking near 1. */
const BIRD_PHRASES = {
  // A few quick downward chirps.
  chirps(r) {
    const n = r.int(2, 5);
    const parts = [];
    const top = r.uniform(3600, 5200);
    for (let k = 0; k < n; k++) {
      const hi = top * r.uniform(0.94, 1.06);
      const lo = hi * r.uniform(0.6, 0.75);
      parts.push(
        tone(
          r.uniform(0.04, 0.08),
          (u) => lo + (hi - lo) * (1 - u) ** 2,
          (u) => arch(u) * r.uniform(0.85, 1),
          0.004,
          0.012,
        ),
        r.uniform(0.06, 0.14),
      );
    }
    return sequence(parts);
  },
  // A warble: a fast frequency wobble drifting over a short phrase.
  warble(r) {
    const dur = r.uniform(0.3, 0.65);
    const f = r.uniform(2800, 4000);
    const rate = r.uniform(18, 32);
    const depth = r.uniform(250, 600);
    const drift = r.uniform(-400, 400);
    const seconds = dur;
    return tone(
      seconds,
      (u) => f + drift * u + depth * Math.sin(TAU * rate * u * seconds),
      (u) => arch(u) * (0.75 + 0.25 * Math.sin(TAU * rate * 0.5 * u * seconds)),
      0.02,
      0.05,
    );
  },
  // A trill: many tiny upward notes that swell and fade.
  trill(r) {
    const n = r.int(6, 13);
    const f = r.uniform(4200, 5800);
    const fall = r.uniform(0.85, 1);
    const parts = [];
    for (let k = 0; k < n; k++) {
      const fk = f * fall ** (k / n);
      const swell = 0.4 + 0.6 * Math.sin((Math.PI * (k + 0.5)) / n);
      parts.push(
        tone(
          r.uniform(0.025, 0.04),
          (u) => fk * (0.9 + 0.2 * u),
          (u) => swell * arch(u),
          0.003,
          0.01,
        ),
        r.uniform(0.015, 0.03),
      );
    }
    return sequence(parts);
  },
  // A fluty, blackbird-like phrase: a few gliding notes, ending in a little twitter.
  fluty(r) {
    const n = r.int(3, 5);
    const parts = [];
    for (let k = 0; k < n; k++) {
      const a = r.uniform(1700, 3100);
      const b = a * r.uniform(0.85, 1.2);
      const vib = r.uniform(5, 8);
      const seconds = r.uniform(0.09, 0.24);
      parts.push(
        tone(
          seconds,
          (u) => a + (b - a) * u + 40 * Math.sin(TAU * vib * u * seconds),
          (u) => arch(u) * r.uniform(0.7, 1),
          0.015,
          0.03,
        ),
        r.uniform(0.04, 0.12),
      );
    }
    const tw = r.int(2, 4);
    for (let k = 0; k < tw; k++) {
      const hi = r.uniform(5200, 6600);
      parts.push(
        tone(
          0.03,
          (u) => hi * (1 - 0.25 * u),
          (u) => 0.35 * arch(u),
          0.003,
          0.01,
        ),
        0.025,
      );
    }
    return sequence(parts);
  },
  // Two alternating notes, high then low, repeated (after a great tit's "tea-cher").
  teacher(r) {
    const reps = r.int(2, 4);
    const hi = r.uniform(4600, 5400);
    const lo = hi * r.uniform(0.68, 0.76);
    const parts = [];
    for (let k = 0; k < reps; k++) {
      parts.push(
        tone(
          0.085,
          (u) => hi * (1 - 0.04 * u),
          (u) => arch(u),
          0.006,
          0.02,
        ),
        0.035,
        tone(
          0.1,
          (u) => lo * (1 + 0.03 * u),
          (u) => 0.8 * arch(u),
          0.006,
          0.025,
        ),
        0.09,
      );
    }
    return sequence(parts);
  },
};

/** A wood pigeon far away, "coo-COO-coo, coo-coo": soft, low, hollow. */
function woodPigeon(r) {
  const f = r.uniform(480, 540);
  const coo = (seconds, stress) =>
    tone(
      seconds,
      (u) => f * (1 + 0.04 * stress * Math.sin(Math.PI * u) - 0.03 * u),
      (u) => (0.6 + 0.4 * stress) * Math.sin(Math.PI * u) ** 0.8,
      0.05,
      0.08,
    );
  return sequence([
    coo(0.32, 0),
    0.1,
    coo(0.6, 1),
    0.12,
    coo(0.3, 0.2),
    0.45,
    coo(0.3, 0.5),
    0.1,
    coo(0.3, 0),
  ]);
}

/**
 * A small Schroeder/Freeverb-style reverb (damped combs into allpasses), run circularly: the buffer is processed
 * twice and the second pass kept, so the tail of the end rings on into the start.
 */
function reverbCircular(x, seed, seconds = 1.3) {
  const combMs = [29.7, 37.1, 41.1, 43.7].map((m) => m * (1 + 0.013 * seed));
  const combs = combMs.map((ms) => {
    const len = Math.round((ms / 1000) * SR);
    return { buf: new Float64Array(len), i: 0, g: 10 ** ((-3 * ms) / 1000 / seconds), lp: 0 };
  });
  const aps = [5.0, 1.7].map((ms) => ({ buf: new Float64Array(Math.round((ms / 1000) * SR)), i: 0 }));
  const damp = 0.35;
  const out = new Float64Array(x.length);
  for (let pass = 0; pass < 2; pass++) {
    for (let n = 0; n < x.length; n++) {
      let s = 0;
      for (const c of combs) {
        const y = c.buf[c.i];
        c.lp = y * (1 - damp) + c.lp * damp;
        c.buf[c.i] = x[n] + c.lp * c.g;
        c.i = (c.i + 1) % c.buf.length;
        s += y;
      }
      s *= 0.25;
      for (const a of aps) {
        const b = a.buf[a.i];
        const y = -0.6 * s + b;
        a.buf[a.i] = s + 0.6 * y;
        a.i = (a.i + 1) % a.buf.length;
        s = y;
      }
      out[n] = s;
    }
  }
  return out;
}

function summerField(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // Gusts: a slow, periodic envelope shared by the wind and the leaves; the right ear hears it a little later,
  // as if the wind were crossing the field from the left.
  const g = rng.fork('gust');
  const gustRaw = loopLfo(g, loopSeconds, [
    [1, 0.5],
    [2, 0.35],
    [3, 0.25],
    [5, 0.12],
  ]);
  const gust = (t) => Math.exp(gustRaw(t)) / 1.4; // about 0.4 .. 2.4, mean near 1
  const lag = { l: 0, r: 0.7 };

  // Wind through grass and trees: pink noise, low-passed, the cutoff opening as the gusts rise.
  {
    const r = rng.fork('wind');
    const common = pinkNoise(r, N);
    const out = stereo(N);
    for (const ch of ['l', 'r']) {
      let x = blend(common, 0.6, pinkNoise(r, N), 0.8);
      x = filter(x, [
        ['highpass', 45, 0.7],
        ['peaking', 500, 0.8, 2],
      ]);
      x = filterSweep(x, 'lowpass', 0.55, (t) => 380 + 420 * gust(t - lag[ch]), T0);
      x = filter(x, [['lowpass', 2400, 0.7]]);
      out[ch] = modulate(x, (t) => 0.55 + 0.45 * gust(t - lag[ch]), T0);
    }
    layers.wind = { buf: out, db: -27 };
  }

  // Leaves and grass: a soft high rustle that flutters, and grows with each gust.
  {
    const r = rng.fork('leaves');
    const out = stereo(N);
    for (const ch of ['l', 'r']) {
      let x = whiteNoise(r, N);
      x = filter(x, [
        ['highpass', 900, 0.7],
        ['bandpass', 2600, 0.6],
        ['lowpass', 5500, 0.7],
        ['lowpass', 7000, 0.7],
      ]);
      // Flutter: slow random fluctuations (a few Hz) of the rustle's level.
      const flutter = filter(whiteNoise(r, N), [
        ['lowpass', 6, 0.7],
        ['lowpass', 6, 0.7],
      ]);
      let fScale = 0;
      for (const v of flutter) fScale = Math.max(fScale, Math.abs(v));
      for (let i = 0; i < N; i++) {
        const t = T0 + i / SR;
        const gv = gust(t - lag[ch]);
        x[i] *= gv ** 1.4 * (0.65 + 0.35 * (flutter[i] / fScale));
      }
      out[ch] = x;
    }
    layers.leaves = { buf: out, db: -38 };
  }

  // Warmth: a very faint low bed, the sound of the open air and somewhere far off a road.
  {
    const r = rng.fork('air');
    const common = brownNoise(r, N);
    const out = stereo(N);
    for (const ch of ['l', 'r']) {
      out[ch] = filter(blend(common, 0.8, brownNoise(r, N), 0.6), [
        ['highpass', 30, 0.7],
        ['lowpass', 160, 0.7],
      ]);
    }
    layers.air = { buf: out, db: -37 };
  }

  // Birds: sparse, varied phrases at scattered positions in the circular buffer, panned left and right, a touch
  // of interaural delay, band-limited as distance does, and a soft reverb.
  const birds = stereo(L);
  {
    const r = rng.fork('birds');
    const kinds = Object.keys(BIRD_PHRASES);
    const slots = 9;
    let lastKind = '';
    for (let k = 0; k < slots; k++) {
      let kind = r.pick(kinds);
      if (kind === lastKind) kind = r.pick(kinds);
      lastKind = kind;
      const phrase = BIRD_PHRASES[kind](r.fork(`phrase${k}`));
      const start = ((k + r.uniform(0.1, 0.7)) / slots) * loopSeconds;
      const pan = r.uniform(0.35, 0.85) * (k % 2 === 0 ? -1 : 1) * (r.next() < 0.2 ? -1 : 1);
      const [gl, gr] = panGains(pan);
      const itd = Math.round(Math.abs(pan) * 0.00035 * SR);
      const a = 10 ** (-r.uniform(0, 9) / 20);
      // The ear farther from the bird hears it a fraction of a millisecond later.
      place(birds, phrase, Math.round(start * SR), gl * a, gr * a, pan > 0 ? itd : 0, pan < 0 ? itd : 0);
      // Sometimes the same bird sings again a moment later, a little quieter.
      if (r.next() < 0.3) {
        const again = BIRD_PHRASES[kind](r.fork(`again${k}`));
        const at = Math.round((start + phrase.length / SR + r.uniform(0.25, 0.6)) * SR);
        place(birds, again, at, gl * a * 0.7, gr * a * 0.7, pan > 0 ? itd : 0, pan < 0 ? itd : 0);
      }
    }
    const pigeon = woodPigeon(r.fork('pigeon'));
    const [pl, pr] = panGains(-0.55);
    place(birds, pigeon, Math.round(r.uniform(0.3, 0.5) * L), pl * 0.35, pr * 0.35);

    let seed = 0;
    for (const ch of ['l', 'r']) {
      const dry = filterCircular(birds[ch], [
        ['highpass', 350, 0.7],
        ['lowpass', 6500, 0.7],
        ['highshelf', 3000, 0.7, -4],
      ]);
      const wet = filterCircular(reverbCircular(dry, seed++), [['lowpass', 4500, 0.7]]);
      for (let i = 0; i < L; i++) birds[ch][i] = 0.7 * dry[i] + 0.9 * wet[i];
    }
  }

  return mixLayers(L, {
    ...Object.fromEntries(
      Object.entries(layers).map(([k, { buf, db }]) => [k, levelTo(loopify(buf, L), db)]),
    ),
    // Birds are sparse, so they are set by their loudest moment rather than their average.
    birds: levelTo(birds, -19, peakDb),
  });
}

// ---------------------------------------------------------------------------------------------------------
// Output.

const BEDS = [
  { id: 'car_rain', seconds: 16, seed: 0x0ca7a1, render: carRain },
  { id: 'summer_field', seconds: 18, seed: 0x5e1d, render: summerField },
];

/** 16-bit PCM WAV with TPDF dither (from the seeded stream, so still deterministic). */
function toWav(buf, rng) {
  const n = buf.l.length;
  const data = Buffer.alloc(n * 4);
  const q = (v) => {
    const d = (rng.next() - rng.next()) / 32768;
    return Math.max(-32768, Math.min(32767, Math.round((v + d) * 32768)));
  };
  const pcm = stereo(n);
  for (let i = 0; i < n; i++) {
    const l = q(buf.l[i]);
    const r = q(buf.r[i]);
    data.writeInt16LE(l, i * 4);
    data.writeInt16LE(r, i * 4 + 2);
    pcm.l[i] = l / 32768;
    pcm.r[i] = r / 32768;
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(2, 22); // stereo
  header.writeUInt32LE(SR, 24);
  header.writeUInt32LE(SR * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return { bytes: Buffer.concat([header, data]), pcm };
}

function ffmpeg(args) {
  const res = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    encoding: 'utf8',
  });
  if (res.error || res.status !== 0) {
    throw new Error(`ffmpeg ${args.join(' ')} failed:\n${res.error?.message ?? res.stderr}`);
  }
}

function requireFfmpeg() {
  const res = spawnSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    console.error(
      'make-ambience: ffmpeg was not found on PATH (or does not run). It is needed to encode the loops.\n' +
        'Install it, e.g. `apt-get install -y ffmpeg`, then run `node assets/audio/make-ambience.mjs` again.',
    );
    process.exit(1);
  }
  for (const enc of ['libopus', 'libmp3lame']) {
    if (!res.stdout.includes(enc)) {
      console.error(
        `make-ambience: this ffmpeg has no ${enc} encoder; install a build with it (Debian's has).`,
      );
      process.exit(1);
    }
  }
}

function parseArgs(argv) {
  const opts = { wavDir: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--wav-dir') opts.wavDir = resolve(argv[++i] ?? '.');
    else if (argv[i] === '--verbose') opts.verbose = true;
    else {
      console.error(
        `make-ambience: unknown argument ${argv[i]}\nusage: make-ambience.mjs [--wav-dir DIR] [--verbose]`,
      );
      process.exit(2);
    }
  }
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  requireFfmpeg();
  const tmp = mkdtempSync(join(tmpdir(), 'ambience-'));
  if (opts.wavDir) mkdirSync(opts.wavDir, { recursive: true });
  const fmt = (v) => v.toFixed(1).padStart(6);
  try {
    for (const bed of BEDS) {
      const rng = new Rng(bed.seed);
      const { mix, parts } = bed.render(rng, bed.seconds);
      const gain = 10 ** ((TARGET_RMS_DB - rmsDb(mix)) / 20);
      const scaledMix = scaled(mix, gain);
      if (opts.verbose) {
        for (const [name, buf] of Object.entries(parts)) {
          const p = scaled(buf, gain);
          console.log(`  ${bed.id}/${name.padEnd(7)} rms ${fmt(rmsDb(p))} dBFS  peak ${fmt(peakDb(p))} dBFS`);
        }
      }
      const { bytes, pcm } = toWav(scaledMix, rng.fork('dither'));
      const peak = peakDb(pcm);
      if (peak > PEAK_CEILING_DB) {
        throw new Error(
          `${bed.id}: peak ${peak.toFixed(2)} dBFS is above the ${PEAK_CEILING_DB} dBFS ceiling`,
        );
      }
      const wav = join(opts.wavDir ?? tmp, `${bed.id}.wav`);
      writeFileSync(wav, bytes);
      const webm = join(OUT_DIR, `${bed.id}.webm`);
      const mp3 = join(OUT_DIR, `${bed.id}.mp3`);
      const common = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-ac', '2'];
      ffmpeg([
        '-i',
        wav,
        '-c:a',
        'libopus',
        '-b:a',
        OPUS_BITRATE,
        '-vbr',
        'on',
        '-application',
        'audio',
        ...common,
        webm,
      ]);
      ffmpeg(['-i', wav, '-c:a', 'libmp3lame', '-q:a', MP3_QUALITY, '-id3v2_version', '0', ...common, mp3]);
      const kb = (f) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
      console.log(
        `${bed.id.padEnd(13)} ${(pcm.l.length / SR).toFixed(2)} s  peak ${fmt(peak)} dBFS  ` +
          `RMS ${fmt(rmsDb(pcm))} dBFS  loudness ${fmt(loudnessLufs(pcm))} LUFS  ` +
          `webm ${kb(webm)}  mp3 ${kb(mp3)}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
