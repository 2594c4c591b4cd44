/**
 * The first two ambience beds: car_rain (inside a small car at dusk on a wet road) and summer_field (an English
 * playing field on a warm late afternoon, remembered). See make-ambience.mjs for how the loops are made seamless.
 */
import { BIRD_PHRASES, woodPigeon } from './birds.mjs';
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
  panGains,
  peakDb,
  pinkNoise,
  place,
  reverbCircular,
  SR,
  stereo,
  T0,
  TAU,
  whiteNoise,
} from './dsp.mjs';

// ---------------------------------------------------------------------------------------------------------
// car_rain: inside a small car at dusk on a wet road.

export function carRain(rng, loopSeconds) {
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

export function summerField(rng, loopSeconds) {
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
