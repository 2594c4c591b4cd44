/**
 * Beds by the sea and in the rain: sea (waves on a shingle beach, a gull far off), town (a small seaside town
 * street) and rain (steady rain on a roof and a yard, with gutter drips). See make-ambience.mjs for the looping.
 */
import { gullCall } from './birds.mjs';
import {
  blend,
  brownNoise,
  extendedLength,
  fadeEdges,
  filter,
  filterCircular,
  filterSweep,
  levelTo,
  loopify,
  loopLfo,
  mixLayers,
  modulate,
  peakDb,
  pinkNoise,
  SR,
  stereo,
  T0,
  TAU,
  whiteNoise,
} from './dsp.mjs';
import { burst, grains, pan, passBy, ping, placeStereo, resonate, reverb, slowNoise } from './synth.mjs';

const loopLayers = (layers, L) =>
  Object.fromEntries(Object.entries(layers).map(([k, { buf, db }]) => [k, levelTo(loopify(buf, L), db)]));

function wideNoise(r, N, make, common, specs) {
  const shared = make(r, N);
  const out = stereo(N);
  for (const ch of ['l', 'r']) {
    out[ch] = filter(blend(shared, common, make(r, N), Math.sqrt(1 - common * common)), specs);
  }
  return out;
}

/** Runs each channel of a circular stereo buffer through a filter chain, circularly. */
function filterBoth(buf, specs) {
  for (const ch of ['l', 'r']) buf[ch] = filterCircular(buf[ch], specs);
  return buf;
}

/** A water drop into water: a click, then a bubble ringing at f0 and gliding up as it rises to the surface. */
function drip(r, f0, tau, rise = 0.6) {
  const n = Math.ceil(tau * 6 * SR);
  const out = new Float64Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    phase += (TAU * f0 * (1 + rise * (1 - Math.exp(-t / (tau * 1.5))))) / SR;
    out[i] = Math.exp(-t / tau) * Math.sin(phase) + (i < 48 ? 0.3 * r.gauss() * (1 - i / 48) : 0);
  }
  return fadeEdges(out, 8, Math.round(n * 0.3));
}

// ---------------------------------------------------------------------------------------------------------
// sea: a shingle beach below a seaside front; slow waves break and draw back, rattling the stones.

/** One wave: the swell and crash, the wash up the beach, and the drag back down through the pebbles. */
function wave(r, size) {
  const seconds = 9;
  const n = Math.round(seconds * SR);
  const tb = r.uniform(1.4, 1.8); // the break
  const out = stereo(n);
  // The crash opens over a quarter of a second (a smoothstep), then dies away darkening.
  const open = (t) => {
    const u = Math.min(1, Math.max(0, (t - tb) / 0.25));
    return u * u * (3 - 2 * u);
  };
  const crashCut = (t) =>
    220 + 500 * Math.min(1, t / tb) ** 2 + open(t) * 2200 * size * Math.exp(-Math.max(0, t - tb) / 0.8);
  const crashEnv = (t) =>
    (0.3 * Math.min(1, t / tb) ** 2 + 0.7 * open(t)) * Math.exp(-Math.max(0, t - tb) / (1.3 + 0.5 * size));
  const washEnv = (t) => {
    const u = (t - tb - 0.2) / 2.6;
    return u <= 0 || u >= 1 ? 0 : Math.sin(Math.PI * u ** 0.7) ** 2;
  };
  for (const ch of ['l', 'r']) {
    const crash = filterSweep(pinkNoise(r, n), 'lowpass', 0.6, crashCut, 0);
    const wash = filter(whiteNoise(r, n), [
      ['highpass', 700, 0.7],
      ['bandpass', 2000, 0.5],
      ['lowpass', 5000, 0.7],
      ['lowpass', 6500, 0.7],
    ]);
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      out[ch][i] = size * (crashEnv(t) * crash[i] * 2.2 + washEnv(t) * wash[i] * 0.35);
    }
  }
  // The backwash: thousands of small clicks as the stones roll, thickening and then thinning, their pitch
  // sinking as the water drains; with a hiss of water through the gaps.
  const drag0 = tb + 2;
  const dragSeconds = 4.5;
  const density = (u) => 2600 * size * Math.min(1, u / 0.18) ** 1.5 * (1 - u) ** 1.8;
  const rattle = grains(
    r,
    dragSeconds,
    density,
    (u) => {
      const g = ping(r.logUniform(1800, 6500) * (1 - 0.3 * u), r.uniform(0.0003, 0.0011), r.uniform(0, TAU));
      const a = r.logUniform(0.05, 1);
      return g.map((v) => v * a);
    },
    1,
  );
  const d0 = Math.round(drag0 * SR);
  for (const ch of ['l', 'r']) {
    const hiss = filter(whiteNoise(r, rattle.l.length), [
      ['highpass', 2000, 0.7],
      ['bandpass', 4200, 0.6],
    ]);
    for (let i = 0; i < rattle.l.length && d0 + i < n; i++) {
      const u = i / SR / dragSeconds;
      const env = u >= 1 ? 0 : density(u) / (2600 * size);
      out[ch][d0 + i] += size * (0.05 * rattle[ch][i] + 0.12 * env * hiss[i]);
    }
  }
  for (const ch of ['l', 'r']) fadeEdges(out[ch], Math.round(0.05 * SR), Math.round(0.5 * SR));
  return out;
}

export function sea(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // The sea beyond the breakers: a low, slow-breathing roar, swelling before each wave.
  {
    const r = rng.fork('surf');
    const breathe = loopLfo(r, loopSeconds, [
      [3, 0.25],
      [1, 0.1],
    ]);
    const buf = wideNoise(r, N, pinkNoise, 0.6, [
      ['highpass', 30, 0.7],
      ['lowpass', 420, 0.7],
      ['lowpass', 900, 0.7],
    ]);
    for (const ch of ['l', 'r']) buf[ch] = modulate(buf[ch], (t) => 1 + breathe(t), T0);
    layers.surf = { buf, db: -31 };
  }

  // The waves, into a circular buffer so that the last one's drag wraps round to the start.
  const waves = stereo(L);
  {
    const r = rng.fork('waves');
    const times = [0.3, 8.4, 16.2];
    const sizes = [0.85, 0.65, 1];
    times.forEach((at, k) => {
      placeStereo(waves, wave(r.fork(`wave${k}`), sizes[k]), Math.round((at + r.uniform(-0.3, 0.3)) * SR));
    });
    filterBoth(waves, [
      ['highpass', 30, 0.7],
      ['highshelf', 5000, 0.7, -4],
      ['lowpass', 9000, 0.7],
    ]);
  }

  // A single gull, far off along the front.
  const gulls = stereo(L);
  {
    const r = rng.fork('gulls');
    placeStereo(gulls, pan(gullCall(r.fork('g1'), 3), 0.5), Math.round(11.6 * SR));
    filterBoth(gulls, [
      ['highpass', 450, 0.7],
      ['lowpass', 3200, 0.7],
    ]);
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    waves: levelTo(waves, -27.5),
    gulls: levelTo(gulls, -25, peakDb),
  });
}

// ---------------------------------------------------------------------------------------------------------
// town: a small seaside town street, off season: distant traffic, people passing, gulls.

/** One footstep on paving: the heel's knock, then the sole's short scuff. */
function footstep(r, weight) {
  const k = r.uniform(0.93, 1.07);
  const heel = resonate(
    burst(r, 0.0006, 0.004),
    [
      [140 * k, 0.02, 0.5],
      [380 * k, 0.012, 0.6],
      [950 * k, 0.008, 0.8],
      [2300 * k, 0.004, 0.5],
      [4200 * k, 0.002, 0.3],
    ],
    0.08,
  );
  const scuff = filter(burst(r, 0.012, 0.04), [['bandpass', 2600, 0.8]]);
  const at = Math.round(r.uniform(0.045, 0.07) * SR);
  const out = new Float64Array(at + scuff.length);
  for (let i = 0; i < heel.length; i++) out[i] += heel[i] * weight;
  for (let i = 0; i < scuff.length; i++) out[at + i] += 0.25 * scuff[i] * weight;
  return out;
}

/** Someone walking past at `lateral` metres, steps every `pace` s, closest at the middle of `seconds`. */
function walker(r, { seconds, lateral, pace, dir, weight }) {
  const n = Math.round((seconds + 0.3) * SR);
  const out = stereo(n);
  const v = 1.4 * dir;
  for (let t = r.uniform(0, pace); t < seconds; t += pace * r.uniform(0.97, 1.03)) {
    const x = v * (t - seconds / 2);
    const d = Math.hypot(x, lateral);
    const edge = Math.min(1, t / 1.2, (seconds - t) / 1.2);
    const a = (lateral / d) * edge * r.uniform(0.8, 1.1);
    const step = pan(footstep(r, weight), (0.85 * x) / d);
    placeStereo(out, step, Math.round(t * SR), a);
  }
  return out;
}

export function town(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // Distant traffic: a low rumble from the main road, and the mid-band of far tyres.
  {
    const r = rng.fork('distant');
    const swell = loopLfo(r, loopSeconds, [
      [1, 0.15],
      [2, 0.1],
      [5, 0.05],
    ]);
    const low = wideNoise(r, N, brownNoise, 0.6, [
      ['highpass', 30, 0.7],
      ['lowpass', 240, 0.7],
    ]);
    const mid = wideNoise(r, N, pinkNoise, 0.4, [
      ['highpass', 200, 0.7],
      ['bandpass', 550, 0.6],
      ['lowpass', 1800, 0.7],
    ]);
    for (const ch of ['l', 'r']) low[ch] = modulate(low[ch], (t) => 1 + swell(t), T0);
    layers.distant = { buf: low, db: -30 };
    layers.tyres = { buf: mid, db: -37 };
  }

  // The sea, very faint, somewhere behind the buildings.
  {
    const r = rng.fork('sea');
    const breathe = loopLfo(r, loopSeconds, [[3, 0.35]]);
    const buf = wideNoise(r, N, pinkNoise, 0.5, [
      ['highpass', 80, 0.7],
      ['lowpass', 450, 0.7],
    ]);
    for (const ch of ['l', 'r']) buf[ch] = modulate(buf[ch], (t) => 1 + breathe(t), T0);
    layers.sea = { buf, db: -37 };
  }

  // Two cars along the street, and two people walking past on the pavement.
  const street = stereo(L);
  {
    const r = rng.fork('street');
    const open = (near) => 700 + 3800 * near * near;
    const cars = [
      [
        1.5,
        { speed: 12, lateral: 8, seconds: 7, band: 800, engineHz: 70, side: -1, bright: open, width: 0.7 },
        1,
      ],
      [
        11.5,
        { speed: 10, lateral: 13, seconds: 7, band: 650, engineHz: 58, side: 1, bright: open, width: 0.7 },
        0.7,
      ],
    ];
    for (const [at, opts, g] of cars)
      placeStereo(street, passBy(r.fork(`car${at}`), opts), Math.round(at * SR), g);
    const steps = stereo(L);
    placeStereo(
      steps,
      walker(r.fork('a'), { seconds: 8, lateral: 2.5, pace: 0.54, dir: 1, weight: 1 }),
      Math.round(4 * SR),
    );
    placeStereo(
      steps,
      walker(r.fork('b'), { seconds: 7, lateral: 4.5, pace: 0.5, dir: -1, weight: 0.6 }),
      Math.round(13.2 * SR),
    );
    const wet = reverb(steps, { size: 0.8, seconds: 0.9, damp: 0.4 });
    for (const ch of ['l', 'r']) {
      for (let i = 0; i < L; i++) street[ch][i] += 0.9 * steps[ch][i] + 0.5 * wet[ch][i];
    }
    filterBoth(street, [['highpass', 35, 0.7]]);
  }

  // Gulls: one far off, one wheeling over the roofs.
  const gulls = stereo(L);
  {
    const r = rng.fork('gulls');
    placeStereo(gulls, pan(gullCall(r.fork('g1'), 2), -0.45), Math.round(8.7 * SR), 0.5);
    placeStereo(gulls, pan(gullCall(r.fork('g2'), 4), 0.55), Math.round(16.6 * SR), 1);
    const wet = reverb(gulls, { size: 1, seconds: 1, damp: 0.5 });
    for (const ch of ['l', 'r']) for (let i = 0; i < L; i++) gulls[ch][i] += 0.35 * wet[ch][i];
    filterBoth(gulls, [
      ['highpass', 400, 0.7],
      ['lowpass', 4500, 0.7],
    ]);
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    street: levelTo(street, -15, peakDb),
    gulls: levelTo(gulls, -20, peakDb),
  });
}

// ---------------------------------------------------------------------------------------------------------
// rain: steady rain outdoors on a roof and a yard, with gutter drips; no thunder.

export function rain(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // The hiss of rain everywhere, and the soft roar of it on the ground.
  {
    const r = rng.fork('hiss');
    const swell = loopLfo(r, loopSeconds, [
      [1, 0.07],
      [3, 0.05],
    ]);
    const hiss = wideNoise(r, N, whiteNoise, 0.3, [
      ['highpass', 500, 0.7],
      ['peaking', 3000, 0.8, 2],
      ['lowpass', 6500, 0.7],
      ['lowpass', 8000, 0.7],
    ]);
    const body = wideNoise(r, N, pinkNoise, 0.3, [
      ['highpass', 60, 0.7],
      ['bandpass', 350, 0.5],
      ['lowpass', 1400, 0.7],
    ]);
    // And the low roar of rain falling over the whole landscape.
    const far = wideNoise(r, N, brownNoise, 0.6, [
      ['highpass', 30, 0.7],
      ['lowpass', 180, 0.7],
    ]);
    for (const ch of ['l', 'r']) hiss[ch] = modulate(hiss[ch], (t) => 1 + swell(t), T0);
    layers.hiss = { buf: hiss, db: -34 };
    layers.body = { buf: body, db: -32 };
    layers.far = { buf: far, db: -30 };
  }

  // A trickle in the downpipe: a narrow band of noise, bubbling.
  {
    const r = rng.fork('trickle');
    const x = filter(whiteNoise(r, N), [
      ['bandpass', 950, 1.4],
      ['lowpass', 2500, 0.7],
    ]);
    const bubble = slowNoise(r, N, 22);
    for (let i = 0; i < N; i++) x[i] *= (0.5 + 0.5 * bubble[i]) ** 3;
    layers.trickle = { buf: pan(x, 0.6, 0), db: -42 };
  }

  // Drops: dull taps on the roof, bright splashes on the yard, now and then a plink into a puddle.
  const drops = stereo(L);
  {
    const r = rng.fork('drops');
    const density = loopLfo(r, loopSeconds, [
      [1, 0.12],
      [2, 0.08],
    ]);
    const scatter = (rate, make, level) => {
      const ev = grains(r, loopSeconds, (u) => rate * (1 + density(u * loopSeconds)), make, 1);
      const gain = level;
      placeStereo(drops, ev, 0, gain);
    };
    const tap = () => {
      const x = ping(r.logUniform(350, 1200), r.uniform(0.002, 0.006), r.uniform(0, TAU));
      for (let i = 0; i < x.length; i++) x[i] = x[i] * 0.6 + 0.4 * r.gauss() * Math.exp(-i / 60);
      return x.map((v) => v * r.logUniform(0.2, 1));
    };
    const splash = () => {
      const x = ping(r.logUniform(1200, 6000), r.uniform(0.0004, 0.0018), r.uniform(0, TAU));
      for (let i = 0; i < x.length; i++) x[i] = 0.3 * x[i] + 0.7 * r.gauss() * Math.exp(-i / 30);
      return x.map((v) => v * r.logUniform(0.1, 1));
    };
    const plink = () => drip(r, r.logUniform(1500, 3200), r.uniform(0.005, 0.012), 0.4).map((v) => v * 0.5);
    scatter(60, tap, 0.5);
    scatter(260, splash, 0.25);
    scatter(5, plink, 0.3);
    filterBoth(drops, [
      ['highpass', 200, 0.7],
      ['highshelf', 4000, 0.7, -4],
      ['lowpass', 9000, 0.7],
    ]);
  }

  // Gutter drips: a quick one into a puddle on the left, a slow heavy one into a water butt on the right.
  const gutter = stereo(L);
  {
    const r = rng.fork('gutter');
    for (let t = 0.2; t < loopSeconds - 0.3; t += r.uniform(0.8, 1.05)) {
      const x = drip(r, r.uniform(1050, 1250), r.uniform(0.018, 0.026), 0.55);
      placeStereo(gutter, pan(x, -0.55), Math.round(t * SR), r.uniform(0.7, 1));
    }
    for (let t = 0.9; t < loopSeconds - 0.5; t += r.uniform(1.6, 2.1)) {
      const x = drip(r, r.uniform(430, 520), r.uniform(0.035, 0.05), 0.4);
      const hollow = resonate(
        x,
        [
          [165, 0.09, 0.5],
          [320, 0.05, 0.3],
        ],
        0.3,
      );
      for (let i = 0; i < x.length; i++) hollow[i] += x[i];
      placeStereo(gutter, pan(hollow, 0.6), Math.round(t * SR), r.uniform(0.6, 0.8));
    }
    const wet = reverb(gutter, { size: 0.7, seconds: 0.7, damp: 0.4 });
    for (const ch of ['l', 'r']) for (let i = 0; i < L; i++) gutter[ch][i] += 0.4 * wet[ch][i];
    filterBoth(gutter, [['highpass', 120, 0.7]]);
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    drops: levelTo(drops, -34),
    gutter: levelTo(gutter, -17, peakDb),
  });
}
