/**
 * Beds for the present, on the road: car_night (inside a small car at night on a dry motorway) and wind (open
 * country wind over ploughed fields and a wire fence). See make-ambience.mjs for how the loops are made seamless.
 */
import {
  blend,
  brownNoise,
  extendedLength,
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
import { burst, loopPhase, loopSlowNoise, passBy, placeStereo, resonate } from './synth.mjs';

/** Renders the noise layers { name: { buf, db } } into loops at their RMS levels. */
const loopLayers = (layers, L) =>
  Object.fromEntries(Object.entries(layers).map(([k, { buf, db }]) => [k, levelTo(loopify(buf, L), db)]));

/** Noise in both ears, partly shared (`common` of it), through the same filter chain per ear. */
function wideNoise(r, N, make, common, specs) {
  const shared = make(r, N);
  const out = stereo(N);
  for (const ch of ['l', 'r']) {
    out[ch] = filter(blend(shared, common, make(r, N), Math.sqrt(1 - common * common)), specs);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// car_night: inside a small car at night on a dry motorway.

export function carNight(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // Engine and road rumble: brown noise, mostly shared between the ears, low-passed, breathing slowly.
  {
    const r = rng.fork('rumble');
    const cutoff = loopLfo(r, loopSeconds, [
      [1, 18],
      [2, 8],
    ]);
    const swell = loopLfo(r, loopSeconds, [
      [1, 0.08],
      [3, 0.05],
    ]);
    const buf = wideNoise(r, N, brownNoise, 0.85, [
      ['highpass', 22, 0.7],
      ['peaking', 70, 1.2, 3],
    ]);
    for (const ch of ['l', 'r']) {
      const x = filterSweep(buf[ch], 'lowpass', 0.6, (t) => 140 + cutoff(t), T0);
      buf[ch] = modulate(filter(x, [['lowpass', 300, 0.7]]), (t) => 1 + swell(t), T0);
    }
    layers.rumble = { buf, db: -27 };
  }

  // Tyre roar on dry tarmac: broader and brighter than on a wet road, its grain changing with the surface.
  {
    const r = rng.fork('roar');
    const surface = loopLfo(r, loopSeconds, [
      [1, 0.14],
      [2, 0.1],
      [5, 0.05],
    ]);
    const buf = wideNoise(r, N, whiteNoise, 0.75, [
      ['highpass', 150, 0.7],
      ['bandpass', 420, 0.5],
      ['lowpass', 1300, 0.7],
      ['lowpass', 2400, 0.7],
    ]);
    for (const ch of ['l', 'r']) buf[ch] = modulate(buf[ch], (t) => 1 + surface(t), T0);
    layers.roar = { buf, db: -31 };
  }

  // Wind over the body at speed: a soft, wide hiss.
  {
    const r = rng.fork('wind');
    const swell = loopLfo(r, loopSeconds, [
      [1, 0.12],
      [3, 0.08],
    ]);
    const buf = wideNoise(r, N, whiteNoise, 0.3, [
      ['highpass', 700, 0.7],
      ['bandpass', 1900, 0.5],
      ['lowpass', 4500, 0.7],
    ]);
    for (const ch of ['l', 'r']) buf[ch] = modulate(buf[ch], (t) => 1 + swell(t), T0);
    layers.wind = { buf, db: -41 };
  }

  // Engine hum: the firing frequency (about 2,500 rpm in top gear) with a sub and overtones, wavering slightly.
  const hum = stereo(L);
  {
    const r = rng.fork('hum');
    const f0 = Math.round(84 * loopSeconds) / loopSeconds;
    const waver = loopLfo(r, loopSeconds, [[3, 1.4]]);
    const level = loopLfo(r, loopSeconds, [
      [1, 0.15],
      [2, 0.1],
    ]);
    const partials = [
      [0.5, 0.45],
      [1, 1],
      [1.5, 0.12],
      [2, 0.35],
      [3, 0.12],
      [4, 0.05],
    ].map(([h, a]) => ({ h, a, phase: r.uniform(0, TAU) }));
    for (let i = 0; i < L; i++) {
      const t = i / SR;
      let s = 0;
      for (const p of partials) s += p.a * Math.sin(TAU * p.h * f0 * t + p.h * waver(t) + p.phase);
      s *= 1 + level(t);
      hum.l[i] = s;
      hum.r[i] = 0.92 * s;
    }
  }

  // Other traffic, in a circular buffer: a car overtaking on the right, a lorry and a car on the far carriageway
  // (quick, Doppler-shifted whooshes), and the double knock of an expansion joint under the wheels.
  const traffic = stereo(L);
  const joints = stereo(L);
  {
    const r = rng.fork('traffic');
    const cabin = (lo, hi) => (near) => lo + hi * near * near;
    const events = [
      // [start s, options, gain]
      [
        1.2,
        { speed: 7, lateral: 3.2, seconds: 9, band: 620, engineHz: 95, side: 1, bright: cabin(300, 1400) },
        1,
      ],
      [
        10.4,
        { speed: 58, lateral: 16, seconds: 3.4, band: 480, engineHz: 62, side: 1, bright: cabin(260, 1000) },
        0.75,
      ],
      [15.6, { speed: 62, lateral: 19, seconds: 3, band: 700, side: 1, bright: cabin(300, 1200) }, 0.4],
    ];
    for (const [start, opts, gain] of events) {
      placeStereo(traffic, passBy(r.fork(`pass${start}`), opts), Math.round(start * SR), gain);
    }
    const knock = (a) =>
      resonate(
        burst(r, 0.002, 0.01),
        [
          [36, 0.07, 1],
          [72, 0.05, 0.6],
          [170, 0.025, 0.3],
          [390, 0.012, 0.12],
        ],
        0.35,
      ).map((v) => v * a);
    for (const at of [6.3, 17.9]) {
      const first = knock(1);
      const second = knock(0.7);
      // Front wheels, then the back ones 80 ms later (a 2.4 m wheelbase at 30 m/s).
      placeStereo(joints, { l: first, r: first.map((v) => v * 0.95) }, Math.round(at * SR));
      placeStereo(joints, { l: second, r: second }, Math.round((at + 0.08) * SR));
    }
    for (const ch of ['l', 'r']) joints[ch] = filterCircular(joints[ch], [['highpass', 25, 0.7]]);
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    hum: levelTo(hum, -37),
    traffic: levelTo(traffic, -13, peakDb),
    joints: levelTo(joints, -22, peakDb),
  });
}

// ---------------------------------------------------------------------------------------------------------
// wind: open country in winter, wind over ploughed fields and a wire fence.

export function wind(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // Gusts: a slow periodic envelope shared by every layer; the right ear hears each gust a little later.
  const gustRaw = loopLfo(rng.fork('gust'), loopSeconds, [
    [1, 0.25],
    [2, 0.3],
    [3, 0.3],
    [4, 0.2],
    [7, 0.08],
  ]);
  let gMax = 0;
  for (let t = 0; t < loopSeconds; t += 0.01) gMax = Math.max(gMax, gustRaw(t));
  const GUST_TOP = 2.2;
  const gust = (t) => GUST_TOP * Math.exp(gustRaw(t) - gMax); // up to GUST_TOP, down to about a quarter of it
  const lag = { l: 0, r: 0.9 };

  // The body of the wind: pink noise, the low-pass opening as each gust rises; wide and only loosely correlated.
  {
    const r = rng.fork('body');
    const buf = wideNoise(r, N, pinkNoise, 0.4, [['highpass', 35, 0.7]]);
    for (const ch of ['l', 'r']) {
      const g = (t) => gust(t - lag[ch]);
      const x = filterSweep(buf[ch], 'lowpass', 0.6, (t) => 220 + 330 * g(t), T0);
      buf[ch] = modulate(filter(x, [['lowpass', 2200, 0.7]]), (t) => 0.3 + 0.7 * g(t), T0);
    }
    layers.body = { buf, db: -27 };
  }

  // The low push of air across the open field.
  {
    const r = rng.fork('low');
    const buf = wideNoise(r, N, brownNoise, 0.7, [
      ['highpass', 25, 0.7],
      ['lowpass', 110, 0.7],
    ]);
    for (const ch of ['l', 'r']) buf[ch] = modulate(buf[ch], (t) => gust(t - lag[ch]) ** 0.7, T0);
    layers.low = { buf, db: -30 };
  }

  // A thin, cold hiss over the furrows that only comes up with the gusts.
  {
    const r = rng.fork('hiss');
    const buf = wideNoise(r, N, whiteNoise, 0.2, [
      ['highpass', 1500, 0.7],
      ['bandpass', 3400, 0.5],
      ['lowpass', 7000, 0.7],
      ['lowpass', 8000, 0.7],
    ]);
    for (const ch of ['l', 'r']) buf[ch] = modulate(buf[ch], (t) => gust(t - lag[ch]) ** 1.6, T0);
    layers.hiss = { buf, db: -40 };
  }

  // The wire: an Aeolian whistle that only sings near the top of the strongest gusts. Its pitch rises with the
  // wind speed; a narrow band of noise around the tone makes it breathy. The tone part is built on a periodic
  // phase (whole cycles in the loop), the noise part is looped like the other layers.
  const sing = (t) => {
    const u = (gust(t - 0.4) / GUST_TOP - 0.72) / 0.28;
    return u <= 0 ? 0 : Math.min(1, u) ** 2;
  };
  const pitch = (t) => 520 * (0.85 + 0.15 * gust(t - 0.4));
  const wire = stereo(L);
  {
    const r = rng.fork('wire');
    const flutter = loopSlowNoise(r, L, 3);
    const phase = loopPhase(L, pitch);
    for (let i = 0; i < L; i++) {
      const a = sing(i / SR) * (0.75 + 0.25 * flutter[i]);
      const s =
        a * (Math.sin(phase[i]) + 0.25 * Math.sin(2 * phase[i] + 0.7) + 0.06 * Math.sin(3 * phase[i]));
      wire.l[i] = 0.55 * s;
      wire.r[i] = 0.8 * s;
    }
  }
  {
    const r = rng.fork('wireNoise');
    const x = filterSweep(whiteNoise(r, N), 'bandpass', 30, pitch, T0);
    const buf = { l: modulate(x, (t) => 0.55 * sing(t), T0), r: modulate(x, (t) => 0.8 * sing(t), T0) };
    layers.wireNoise = { buf, db: -48 };
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    wire: levelTo(wire, -29, peakDb),
  });
}
