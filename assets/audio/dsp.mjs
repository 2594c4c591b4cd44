/**
 * Shared DSP for the sound scripts in this folder (make-ambience, make-music, make-effects): a seeded PRNG, noise,
 * RBJ biquads (fixed, swept and circular), loop-periodic modulation, seamless-loop assembly, placement of events
 * in circular buffers, and level measurement. Plain Node, no dependencies; everything is deterministic.
 */

export const SR = 48000;
export const TAU = 2 * Math.PI;
/** Seconds rendered before the loop starts, discarded, so filters and integrators have settled. */
export const PRE_ROLL = 1.5;
/** Seconds of tail crossfaded into the head of each noise layer. */
export const XFADE = 3;

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

export class Rng {
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

export const stereo = (n) => ({ l: new Float64Array(n), r: new Float64Array(n) });

export function whiteNoise(rng, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.gauss();
  return out;
}

/** Brown (red) noise: leaky integral of white noise; the leak keeps it from wandering (DC is filtered later). */
export function brownNoise(rng, n) {
  const out = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.998 * y + 0.06 * rng.gauss();
    out[i] = y;
  }
  return out;
}

/** Pink noise, Paul Kellet's refined filter. */
export function pinkNoise(rng, n) {
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
export function blend(x, a, y, b) {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = a * x[i] + b * y[i];
  return out;
}

/** RBJ audio-EQ-cookbook biquad coefficients, normalised so a0 = 1. */
export function biquadCoefs(type, freq, q = Math.SQRT1_2, gainDb = 0) {
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

export class Biquad {
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
export function filter(x, specs) {
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
export function filterCircular(x, specs, warm = 1) {
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
export function filterSweep(x, type, q, freqAt, t0) {
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
export function loopLfo(rng, loopSeconds, components) {
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
export function modulate(x, gainAt, t0) {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * gainAt(t0 + i / SR);
  return out;
}

/**
 * Turns a layer rendered over [-PRE_ROLL, loop + XFADE) seconds into exactly `loop` seconds that repeat without a
 * seam: the extra XFADE seconds after the loop end are faded out over the head while the head fades in (sin/cos
 * equal-power). Sample loop-1 is followed by what the long render had at sample loop, so the join is continuous.
 */
export function loopify(ext, loopSamples) {
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
export const extendedLength = (loopSamples) =>
  Math.round(PRE_ROLL * SR) + loopSamples + Math.round(XFADE * SR);
export const T0 = -PRE_ROLL;

/** Adds mono `samples` into a circular stereo buffer at `start` with per-channel gains and an optional delay. */
export function place(buf, samples, start, gainL, gainR, delayL = 0, delayR = 0) {
  const n = buf.l.length;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    buf.l[(((start + i + delayL) % n) + n) % n] += s * gainL;
    buf.r[(((start + i + delayR) % n) + n) % n] += s * gainR;
  }
}

/** Equal-power pan, pan in [-1, 1]. */
export const panGains = (pan) => [Math.cos(((pan + 1) * Math.PI) / 4), Math.sin(((pan + 1) * Math.PI) / 4)];

/** Raised-cosine fade-in over a samples and fade-out over b samples, in place. */
export function fadeEdges(x, a, b) {
  const n = x.length;
  for (let i = 0; i < Math.min(a, n); i++) x[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < Math.min(b, n); i++) x[n - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return x;
}

export function mixInto(dst, src, gain) {
  for (const ch of ['l', 'r']) {
    const d = dst[ch];
    const s = src[ch];
    for (let i = 0; i < d.length; i++) d[i] += s[i] * gain;
  }
}

export function scaled(buf, gain) {
  const out = stereo(buf.l.length);
  mixInto(out, buf, gain);
  return out;
}

/** buf scaled so that its RMS (or whatever `measure` gives, in dB) is `db`. */
export const levelTo = (buf, db, measure = rmsDb) => scaled(buf, 10 ** ((db - measure(buf)) / 20));

/** Sums named layers (already at their levels) into one mix; returns the mix and the layers. */
export function mixLayers(n, parts) {
  const mix = stereo(n);
  for (const p of Object.values(parts)) mixInto(mix, p, 1);
  return { mix, parts };
}

export function rmsDb(buf) {
  let sum = 0;
  for (const ch of ['l', 'r']) for (const v of buf[ch]) sum += v * v;
  return 10 * Math.log10(sum / (2 * buf.l.length) + 1e-30);
}

export function peakDb(buf) {
  let p = 0;
  for (const ch of ['l', 'r']) for (const v of buf[ch]) p = Math.max(p, Math.abs(v));
  return 20 * Math.log10(p + 1e-30);
}

/**
 * Integrated loudness after ITU-R BS.1770-4 (K-weighting at 48 kHz, 400 ms blocks with 75 % overlap, absolute
 * gate at -70 LUFS and relative gate at -10 LU). The loop is measured once, as a file would be.
 */
export function loudnessLufs(buf) {
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

/** A short note: a sine with a frequency contour and an amplitude envelope, plus a whisper of 2nd harmonic. */
export function tone(seconds, freqAt, ampAt, attack = 0.01, release = 0.02) {
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

/** Joins notes (Float64Array) and silent gaps (seconds) into one phrase. */
export function sequence(parts) {
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

export const arch = (u) => Math.sin(Math.PI * Math.min(1, Math.max(0, u))) ** 0.6;

/**
 * A small Schroeder/Freeverb-style reverb (damped combs into allpasses), run circularly: the buffer is processed
 * twice and the second pass kept, so the tail of the end rings on into the start.
 */
export function reverbCircular(x, seed, seconds = 1.3) {
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
