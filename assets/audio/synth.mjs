/**
 * Building blocks shared by the newer beds, the music and the effects: periodic tone phases, smooth random
 * contours, modal resonators (for knocks, ticks and wood), stick-slip friction (for creaks), a stereo reverb that
 * can run circularly over a loop, and stereo placement of events.
 */
import { Biquad, fadeEdges, filterSweep, SR, stereo, TAU, whiteNoise } from './dsp.mjs';

/**
 * Phase (radians, per sample) of a tone whose frequency follows freqAt(t) over n samples, the frequency scaled
 * very slightly so that the n samples hold a whole number of cycles: a tone built on it repeats without a seam.
 */
export function loopPhase(n, freqAt) {
  const out = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    out[i] = acc;
    acc += freqAt(i / SR) / SR;
  }
  const k = Math.max(1, Math.round(acc)) / acc;
  for (let i = 0; i < n; i++) out[i] *= TAU * k;
  return out;
}

/** Gaussian noise low-passed twice at `cutoff` Hz, scaled so that its largest excursion is 1. */
export function slowNoise(rng, n, cutoff) {
  const a = new Biquad('lowpass', cutoff, 0.7);
  const b = new Biquad('lowpass', cutoff, 0.7);
  const out = new Float64Array(n);
  let m = 1e-12;
  // Settle the filters first, so the start is not a ramp up from zero.
  for (let i = 0; i < Math.round((4 * SR) / cutoff); i++) b.run(a.run(rng.gauss()));
  for (let i = 0; i < n; i++) {
    out[i] = b.run(a.run(rng.gauss()));
    m = Math.max(m, Math.abs(out[i]));
  }
  for (let i = 0; i < n; i++) out[i] /= m;
  return out;
}

/**
 * slowNoise that repeats every n samples: one extra second is rendered and crossfaded (equal power) into the head,
 * so the last sample runs on into the first.
 */
export function loopSlowNoise(rng, n, cutoff) {
  const xf = SR;
  const x = slowNoise(rng, n + xf, cutoff);
  const out = x.slice(0, n);
  for (let i = 0; i < xf; i++) {
    const g = (i / xf) * (Math.PI / 2);
    out[i] = x[i] * Math.sin(g) + x[n + i] * Math.cos(g);
  }
  return out;
}

/** x scaled (in place) so that its largest sample is `peak`. */
export function normalize(x, peak = 1) {
  let m = 1e-12;
  for (const v of x) m = Math.max(m, Math.abs(v));
  for (let i = 0; i < x.length; i++) x[i] *= peak / m;
  return x;
}

/** A burst of noise with an exponential decay (time constant tau seconds): what strikes a resonator. */
export function burst(rng, tau, seconds = tau * 6) {
  const n = Math.max(1, Math.round(seconds * SR));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.gauss() * Math.exp(-i / SR / tau);
  return out;
}

/**
 * A bank of two-pole resonators in parallel, modes being [freqHz, decaySeconds, gain]; the excitation x is padded
 * by `tail` seconds so the modes can ring out. The result is what a struck or rubbed body sounds like.
 */
export function resonate(x, modes, tail = 0.3) {
  const n = x.length + Math.round(tail * SR);
  const out = new Float64Array(n);
  for (const [f, tau, g] of modes) {
    if (f >= SR * 0.45) continue;
    const r = Math.exp(-1 / (tau * SR));
    const c = 2 * r * Math.cos((TAU * f) / SR);
    const norm = g * (1 - r) * 2; // keeps modes of different decay roughly comparable in level
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < n; i++) {
      const y = (i < x.length ? x[i] : 0) * norm + c * y1 - r * r * y2;
      y2 = y1;
      y1 = y;
      out[i] += y;
    }
  }
  return out;
}

/**
 * Stick-slip friction, the source of creaks and squeaks: a train of small slips whose rate (Hz) follows rateAt(u),
 * u going 0..1 over `seconds`, with jitter in timing and strength. Feed it to `resonate` for the body it shakes.
 */
export function stickSlip(rng, seconds, rateAt, { jitter = 0.15, ampAt = () => 1 } = {}) {
  const n = Math.round(seconds * SR);
  const out = new Float64Array(n);
  let t = 0;
  for (;;) {
    const u = t / seconds;
    const rate = Math.max(1, rateAt(u));
    t += (1 / rate) * Math.max(0.2, 1 + jitter * rng.gauss());
    if (t >= seconds) break;
    const i = Math.round(t * SR);
    const a = ampAt(t / seconds) * (0.6 + 0.4 * rng.next());
    // Each slip is a tiny asymmetric pulse (a sharp release, a slower recovery).
    out[i] += a;
    if (i + 1 < n) out[i + 1] -= 0.4 * a;
    if (i + 2 < n) out[i + 2] -= 0.3 * a;
  }
  return out;
}

/** Adds a stereo event {l, r} into a circular stereo buffer at sample `start`, scaled by gain. */
export function placeStereo(buf, ev, start, gain = 1) {
  const n = buf.l.length;
  for (let i = 0; i < ev.l.length; i++) {
    const j = (((start + i) % n) + n) % n;
    buf.l[j] += ev.l[i] * gain;
    buf.r[j] += ev.r[i] * gain;
  }
}

const COMBS = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
const ALLPASSES = [556, 441, 341, 225];

/**
 * A stereo reverb after Jezar's Freeverb (eight damped combs into four allpasses per side, the right side's delays
 * a little longer). `size` scales the delays (a small room is ~0.4, a hall 1.5), `seconds` is the decay time to
 * -60 dB, `damp` (0..1) how much faster the highs die. With `circular` the buffer is run twice and the second pass
 * kept, so the tail of the end rings on into the start; otherwise pad the input with silence for the tail.
 * Returns the wet signal only.
 */
export function reverb(buf, { size = 1, seconds = 2, damp = 0.3, circular = true } = {}) {
  const n = buf.l.length;
  const out = stereo(n);
  const scale = (SR / 44100) * size;
  for (const [ch, spread] of [
    ['l', 0],
    ['r', 23],
  ]) {
    const combs = COMBS.map((d) => {
      const len = Math.max(1, Math.round((d + spread) * scale));
      return { buf: new Float64Array(len), i: 0, lp: 0, g: 10 ** ((-3 * len) / SR / seconds) };
    });
    const aps = ALLPASSES.map((d) => ({
      buf: new Float64Array(Math.max(1, Math.round((d + spread) * scale))),
      i: 0,
    }));
    const dst = out[ch];
    for (let pass = 0; pass < (circular ? 2 : 1); pass++) {
      for (let k = 0; k < n; k++) {
        const x = 0.5 * (buf.l[k] + buf.r[k]);
        let s = 0;
        for (const c of combs) {
          const y = c.buf[c.i];
          c.lp = y * (1 - damp) + c.lp * damp;
          c.buf[c.i] = x + c.lp * c.g;
          if (++c.i === c.buf.length) c.i = 0;
          s += y;
        }
        s *= 0.125;
        for (const a of aps) {
          const b = a.buf[a.i];
          a.buf[a.i] = s + 0.5 * b;
          if (++a.i === a.buf.length) a.i = 0;
          s = b - s;
        }
        dst[k] = s;
      }
    }
  }
  return out;
}

/** Mono samples as a stereo event, panned (equal power, pan in -1..1) with the far ear a little late. */
export function pan(x, p, itdMs = 0.3) {
  const gl = Math.cos(((p + 1) * Math.PI) / 4);
  const gr = Math.sin(((p + 1) * Math.PI) / 4);
  const d = Math.round((Math.abs(p) * itdMs * SR) / 1000);
  const out = stereo(x.length + d);
  for (let i = 0; i < x.length; i++) {
    out.l[i + (p > 0 ? d : 0)] += x[i] * gl;
    out.r[i + (p < 0 ? d : 0)] += x[i] * gr;
  }
  return out;
}

/**
 * A vehicle going past: tyre and body noise in a band around `band` Hz plus a low engine tone, heard from a point
 * `lateral` metres from its path as it moves at `speed` m/s relative to the listener. Level follows distance, the
 * pitch follows the Doppler shift (higher coming, lower going) and `bright(near)` gives the low-pass cutoff, near
 * being lateral/distance (1 at the closest point). The closest point is at the middle of `seconds`. `side` (-1 left,
 * 1 right) says where it passes. Returns a stereo event.
 */
export function passBy(rng, { speed, lateral, seconds, band, engineHz = 0, side = 1, bright, width = 0.5 }) {
  const n = Math.round(seconds * SR);
  const near = new Float64Array(n);
  const dop = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = speed * (i / SR - seconds / 2);
    const d = Math.hypot(x, lateral);
    near[i] = lateral / d;
    dop[i] = 343 / (343 + (speed * x) / d);
  }
  const at = (arr) => (t) => arr[Math.min(n - 1, Math.round(t * SR))];
  const dopAt = at(dop);
  const nearAt = at(near);
  let x = filterSweep(whiteNoise(rng, n), 'bandpass', 0.8, (t) => band * dopAt(t), 0);
  if (engineHz > 0) {
    let ph = 0;
    for (let i = 0; i < n; i++) {
      ph += (TAU * engineHz * dop[i]) / SR;
      x[i] += 0.08 * (Math.sin(ph) + 0.5 * Math.sin(2 * ph + 1) + 0.25 * Math.sin(3 * ph + 2));
    }
  }
  x = filterSweep(x, 'lowpass', 0.7, (t) => bright(nearAt(t)), 0);
  const out = stereo(n);
  const fade = Math.round(0.4 * SR);
  for (let i = 0; i < n; i++) {
    const edge = Math.min(1, i / fade, (n - 1 - i) / fade);
    const a = near[i] ** 1.6 * (0.5 - 0.5 * Math.cos(Math.PI * edge));
    const p = side * (0.15 + width * near[i]);
    out.l[i] = x[i] * a * Math.cos(((p + 1) * Math.PI) / 4);
    out.r[i] = x[i] * a * Math.sin(((p + 1) * Math.PI) / 4);
  }
  return out;
}

/** Poisson-timed grains over [0, seconds): rateAt(u) per second (u = 0..1), each from make(u), panned at random. */
export function grains(r, seconds, rateAt, make, spread = 1) {
  const n = Math.round(seconds * SR) + Math.round(0.05 * SR);
  const out = stereo(n);
  let maxRate = 0;
  for (let u = 0; u <= 1; u += 0.01) maxRate = Math.max(maxRate, rateAt(u));
  let t = 0;
  for (;;) {
    t += -Math.log(1 - r.next()) / maxRate;
    if (t >= seconds) break;
    if (r.next() > rateAt(t / seconds) / maxRate) continue;
    const g = make(t / seconds);
    const p = r.uniform(-spread, spread);
    const gl = Math.cos(((p + 1) * Math.PI) / 4);
    const gr = Math.sin(((p + 1) * Math.PI) / 4);
    const at = Math.round(t * SR);
    for (let i = 0; i < g.length && at + i < n; i++) {
      out.l[at + i] += g[i] * gl;
      out.r[at + i] += g[i] * gr;
    }
  }
  return out;
}

/** A tiny damped sine, the click of a pebble or the tap of a drop. */
export function ping(f, tau, phase = 0) {
  const n = Math.max(2, Math.ceil(tau * 5 * SR));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.exp(-i / SR / tau) * Math.sin((TAU * f * i) / SR + phase);
  return fadeEdges(out, 2, Math.round(n * 0.2));
}
