/**
 * Synthetic birds for the ambience beds: short phrases of sine notes with frequency contours, each returning mono
 * samples peaking near 1. Songbirds and a wood pigeon for the summer field, herring gulls for the coast.
 */
import { arch, SR, sequence, TAU, tone } from './dsp.mjs';

/** The kinds of synthetic birdsong phrase; each takes an Rng and returns mono samples peaking near 1. */
export const BIRD_PHRASES = {
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
export function woodPigeon(r) {
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
 * A herring gull's call: a few nasal, slightly rough "kyow" notes, each rising quickly and falling away, the later
 * ones shorter and lower. Built from ten harmonics weighted toward the 2nd-4th (the nasal colour), with a fast
 * flutter of the amplitude for the rasp.
 */
export function gullCall(r, notes = r.int(2, 4)) {
  const f0 = r.uniform(560, 700);
  const amps = [0.35, 0.8, 1, 0.75, 0.5, 0.35, 0.22, 0.14, 0.08, 0.05];
  const parts = [];
  for (let k = 0; k < notes; k++) {
    const seconds = (k === 0 ? r.uniform(0.38, 0.5) : r.uniform(0.22, 0.3)) * (1 - 0.05 * k);
    const top = f0 * (1 - 0.04 * k) * r.uniform(0.97, 1.03);
    const rasp = r.uniform(38, 55);
    const n = Math.round(seconds * SR);
    const out = new Float64Array(n);
    let phase = 0;
    for (let i = 0; i < n; i++) {
      const u = i / n;
      const shape = u < 0.2 ? 0.8 + 0.2 * Math.sqrt(u / 0.2) : 1 - 0.28 * ((u - 0.2) / 0.8) ** 1.3;
      phase += (TAU * top * shape) / SR;
      let s = 0;
      for (let h = 0; h < amps.length; h++) s += amps[h] * Math.sin((h + 1) * phase + h);
      const env = Math.min(1, u / 0.06) * (1 - u) ** 0.7;
      out[i] = 0.3 * s * env * (1 - 0.3 * (0.5 + 0.5 * Math.sin((TAU * rasp * i) / SR)));
    }
    parts.push(out, r.uniform(0.1, 0.16));
  }
  return sequence(parts);
}
