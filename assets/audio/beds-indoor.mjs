/**
 * Indoor beds: room (a quiet old room with a ticking clock), classroom (an empty-ish schoolroom in the afternoon,
 * children far off outside) and hospital (a recovery-centre corridor). See make-ambience.mjs for the looping.
 */
import {
  Biquad,
  blend,
  brownNoise,
  extendedLength,
  filter,
  filterCircular,
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
import { burst, pan, placeStereo, resonate, reverb, slowNoise, stickSlip } from './synth.mjs';

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

function filterBoth(buf, specs) {
  for (const ch of ['l', 'r']) buf[ch] = filterCircular(buf[ch], specs);
  return buf;
}

/** Adds a circular reverb of buf into buf: wet at `wet` times its level. */
function addRoom(buf, wet, opts) {
  const w = reverb(buf, opts);
  for (const ch of ['l', 'r']) for (let i = 0; i < buf.l.length; i++) buf[ch][i] += wet * w[ch][i];
  return buf;
}

/** The still air of a room: a low rumble (the house, the world outside) and a faint hiss of air above it. */
function roomTone(rng, N, lowDb, airDb, airCut) {
  const r = rng.fork('tone');
  return {
    low: {
      buf: wideNoise(r, N, brownNoise, 0.7, [
        ['highpass', 22, 0.7],
        ['lowpass', 170, 0.7],
      ]),
      db: lowDb,
    },
    air: {
      buf: wideNoise(r, N, pinkNoise, 0.2, [
        ['highpass', 200, 0.7],
        ['lowpass', airCut, 0.7],
        ['lowpass', airCut * 1.5, 0.7],
      ]),
      db: airDb,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// room: a quiet old room; a clock ticks once a second; somewhere in the house a floorboard, a pipe.

/** One beat of a mantel clock: the escapement's click ringing the brass and the wooden case. */
function clockBeat(r, tock) {
  const k = tock ? 0.87 : 1;
  return resonate(
    burst(r, 0.00025, 0.002),
    [
      [2350 * k, 0.012, 1],
      [3720 * k, 0.008, 0.6],
      [5100 * k, 0.005, 0.35],
      [1180 * k, 0.02, 0.4],
      [640 * k, 0.03, 0.3],
      [310, 0.04, 0.2],
    ],
    0.2,
  );
}

export function room(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = roomTone(rng, N, -27, -44, 2500);

  // The clock, on the mantelpiece to the left: tick, tock, once a second, a whole number of beats in the loop,
  // each a little different, the escapement's timing not quite even.
  const clock = stereo(L);
  {
    const r = rng.fork('clock');
    for (let k = 0; k < Math.round(loopSeconds); k++) {
      const at = k + 0.25 + (k % 2 ? 0.006 : 0) + r.uniform(-0.002, 0.002);
      placeStereo(clock, pan(clockBeat(r, k % 2 === 1), -0.35), Math.round(at * SR), r.uniform(0.85, 1));
    }
    filterBoth(clock, [['highpass', 250, 0.7]]);
    addRoom(clock, 0.35, { size: 0.45, seconds: 0.5, damp: 0.45 });
  }

  // The house: a floorboard creaking in a room upstairs, and later a pipe knocking once, both through walls.
  const house = stereo(L);
  {
    const r = rng.fork('house');
    const slip = stickSlip(r, 1.1, (u) => 35 + 110 * Math.sin(Math.PI * u) ** 2, {
      ampAt: (u) => Math.sin(Math.PI * u) ** 0.5,
      jitter: 0.25,
    });
    const creak = resonate(
      slip,
      [
        [190, 0.03, 1],
        [330, 0.025, 0.8],
        [560, 0.02, 0.5],
        [870, 0.012, 0.3],
      ],
      0.2,
    );
    placeStereo(house, pan(creak, 0.3, 0), Math.round(5.6 * SR), 1);
    const knock = resonate(
      burst(r, 0.001, 0.006),
      [
        [260, 0.08, 1],
        [540, 0.05, 0.5],
        [810, 0.03, 0.3],
      ],
      0.4,
    );
    placeStereo(house, pan(knock, -0.5, 0), Math.round(12.3 * SR), 0.6);
    filterBoth(house, [
      ['lowpass', 700, 0.7],
      ['lowpass', 900, 0.7],
      ['highpass', 60, 0.7],
    ]);
    addRoom(house, 0.6, { size: 0.9, seconds: 0.8, damp: 0.6 });
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    clock: levelTo(clock, -20, peakDb),
    house: levelTo(house, -34, peakDb),
  });
}

// ---------------------------------------------------------------------------------------------------------
// classroom: an empty-ish schoolroom in the afternoon.

const VOWELS = [
  [1000, 1650],
  [700, 2500],
  [430, 3000],
  [680, 1150],
  [470, 1350],
  [850, 2100],
];

/**
 * A child's voice, far away: a pulse-like source (harmonics falling off with frequency) at a child's pitch,
 * shaped into syllables and passed through two moving formants. Only the rhythm and melody of speech survive the
 * distance; there are no words. kind: 'chatter' (quick syllables), 'call' (one or two long, high vowels) or
 * 'laugh' (a run of short breathy syllables falling in pitch).
 */
function childVoice(r, kind) {
  const f0 = r.uniform(260, 360) * (kind === 'call' ? 1.25 : 1);
  const syl = [];
  if (kind === 'call') {
    const k = r.int(1, 2);
    for (let i = 0; i < k; i++) syl.push([r.uniform(0.35, 0.6), r.uniform(0.05, 0.12)]);
  } else {
    const k = kind === 'laugh' ? r.int(4, 7) : r.int(3, 9);
    for (let i = 0; i < k; i++) {
      syl.push(
        kind === 'laugh' ? [r.uniform(0.07, 0.1), 0.07] : [r.uniform(0.1, 0.22), r.uniform(0.03, 0.12)],
      );
    }
  }
  const seconds = syl.reduce((s, [a, b]) => s + a + b, 0) + 0.05;
  const n = Math.round(seconds * SR);
  const out = new Float64Array(n);
  const f1 = new Biquad('bandpass', 800, 4);
  const f2 = new Biquad('bandpass', 1800, 6);
  let phase = 0;
  let at = 0;
  syl.forEach(([dur, gap], s) => {
    const [a1, a2] = r.pick(VOWELS);
    const pitch = kind === 'laugh' ? 1.15 - 0.06 * s : r.uniform(0.9, 1.15);
    const glide = kind === 'call' ? 0.2 : r.uniform(-0.1, 0.1);
    const m = Math.round(dur * SR);
    const breath = kind === 'laugh' ? 0.5 : 0.1;
    f1.setFreq(a1);
    f2.setFreq(a2);
    for (let i = 0; i < m && at + i < n; i++) {
      const u = i / m;
      const f = f0 * pitch * (1 + glide * Math.sin(Math.PI * u) - 0.08 * u);
      phase += (TAU * f) / SR;
      let src = 0;
      for (let h = 1; h * f < 3500; h++) src += Math.sin(h * phase) / h ** 1.1;
      src = (1 - breath) * src + breath * 2 * r.gauss();
      const env =
        Math.sin(Math.PI * Math.min(1, u / 0.15)) ** 2 * (u > 0.15 ? 1 - ((u - 0.15) / 0.85) ** 3 : 1);
      out[at + i] = env * (f1.run(src) + 0.5 * f2.run(src));
    }
    at += m + Math.round(gap * SR);
  });
  return out;
}

export function classroom(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = roomTone(rng, N, -28, -40, 3000);

  // Children far off outside, through the windows: many voices at scattered times and places, blurred by
  // distance and glass, with the open air's reverb; rising and falling as games start and stop.
  const children = stereo(L);
  {
    const r = rng.fork('children');
    const busy = loopLfo(r, loopSeconds, [
      [1, 0.35],
      [2, 0.2],
    ]);
    let t = 0;
    for (;;) {
      t += r.uniform(0.15, 0.6) / (1 + busy(t));
      if (t >= loopSeconds) break;
      const kind = r.pick(['chatter', 'chatter', 'chatter', 'call', 'laugh']);
      const v = childVoice(r, kind);
      const a = (kind === 'call' ? 1 : 0.6) * 10 ** (-r.uniform(0, 12) / 20) * (1 + busy(t));
      placeStereo(children, pan(v, r.uniform(-0.8, 0.8)), Math.round(t * SR), a);
    }
    filterBoth(children, [
      ['highpass', 220, 0.7],
      ['lowpass', 1300, 0.7],
      ['lowpass', 1600, 0.7],
    ]);
    const wet = reverb(children, { size: 1.4, seconds: 1.6, damp: 0.6 });
    for (const ch of ['l', 'r'])
      for (let i = 0; i < L; i++) children[ch][i] = 0.5 * children[ch][i] + wet[ch][i];
  }

  // The radiator under the window: metal ticking as it warms, twice close together, then once much later.
  const radiator = stereo(L);
  {
    const r = rng.fork('radiator');
    for (const at of [3.8, 4.45, 13.1]) {
      const tick = resonate(
        burst(r, 0.00015, 0.001),
        [
          [2900 * r.uniform(0.97, 1.03), 0.01, 1],
          [4300, 0.007, 0.6],
          [6100, 0.004, 0.4],
          [1450, 0.015, 0.35],
        ],
        0.1,
      );
      placeStereo(radiator, pan(tick, 0.65), Math.round(at * SR), r.uniform(0.6, 1));
    }
    addRoom(filterBoth(radiator, [['highpass', 300, 0.7]]), 0.4, { size: 0.8, seconds: 0.9, damp: 0.4 });
  }

  // A pencil, writing now and then at a desk nearby: strokes of grainy high noise in little bursts (words).
  const pencil = stereo(L);
  {
    const r = rng.fork('pencil');
    for (const [start, seconds] of [
      [7.2, 2.3],
      [15.4, 1.5],
    ]) {
      const n = Math.round(seconds * SR);
      const x = filter(whiteNoise(r, n), [
        ['highpass', 1500, 0.7],
        ['bandpass', 3800, 0.7],
        ['lowpass', 8000, 0.7],
      ]);
      const grain = slowNoise(r, n, 280);
      const env = new Float64Array(n);
      for (let t = 0; t < seconds - 0.1; ) {
        const len = r.uniform(0.07, 0.24);
        const a = r.uniform(0.5, 1);
        for (let i = Math.round(t * SR); i < Math.min(n, Math.round((t + len) * SR)); i++) {
          const u = (i / SR - t) / len;
          env[i] = a * Math.min(1, u / 0.12, (1 - u) / 0.2) * (0.7 + 0.3 * Math.sin(Math.PI * u));
        }
        t += len + (r.next() < 0.2 ? r.uniform(0.25, 0.45) : r.uniform(0.03, 0.12));
      }
      for (let i = 0; i < n; i++) x[i] *= env[i] * (0.25 + 0.75 * Math.abs(grain[i]));
      placeStereo(pencil, pan(x, -0.3), Math.round(start * SR));
    }
    addRoom(pencil, 0.3, { size: 0.8, seconds: 0.9, damp: 0.4 });
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    children: levelTo(children, -38),
    radiator: levelTo(radiator, -24, peakDb),
    pencil: levelTo(pencil, -27, peakDb),
  });
}

// ---------------------------------------------------------------------------------------------------------
// hospital: a recovery-centre corridor; strip lights and ventilation; very rarely a door somewhere far off.

export function hospital(rng, loopSeconds) {
  const L = Math.round(loopSeconds * SR);
  const N = extendedLength(L);
  const layers = {};

  // Air handling: a steady, slightly bright hiss from the vents and a low rumble in the ducts.
  {
    const r = rng.fork('air');
    const drift = loopLfo(r, loopSeconds, [[1, 0.05]]);
    const hiss = wideNoise(r, N, pinkNoise, 0.5, [
      ['highpass', 150, 0.7],
      ['peaking', 1100, 0.8, 2],
      ['lowpass', 4500, 0.7],
      ['lowpass', 6000, 0.7],
    ]);
    for (const ch of ['l', 'r']) hiss[ch] = modulate(hiss[ch], (t) => 1 + drift(t), T0);
    const duct = wideNoise(r, N, brownNoise, 0.8, [
      ['highpass', 25, 0.7],
      ['lowpass', 90, 0.7],
    ]);
    layers.hiss = { buf: hiss, db: -29 };
    layers.duct = { buf: duct, db: -31 };
  }

  // Mains hum from the light fittings: 100 Hz (twice the 50 Hz mains) and its harmonics, and the faint buzz of a
  // tube; every component has a whole number of cycles in the loop. Kept well below the bed.
  const hum = stereo(L);
  {
    const r = rng.fork('hum');
    const level = loopLfo(r, loopSeconds, [[2, 0.08]]);
    const parts = [
      [100, 1],
      [200, 0.5],
      [300, 0.35],
      [400, 0.15],
      [500, 0.1],
      [700, 0.05],
      [1100, 0.025],
      [1500, 0.02],
      [2300, 0.012],
    ].map(([f, a]) => ({ w: (TAU * Math.round(f * loopSeconds)) / loopSeconds, a, ph: r.uniform(0, TAU) }));
    for (let i = 0; i < L; i++) {
      const t = i / SR;
      let s = 0;
      for (const p of parts) s += p.a * Math.sin(p.w * t + p.ph);
      s *= 1 + level(t);
      hum.l[i] = s;
      hum.r[i] = 0.8 * s;
    }
  }

  // A door far down the corridor swinging shut on its closer: the latch, the thud, the long hard reverb.
  const door = stereo(L);
  {
    const r = rng.fork('door');
    const latch = resonate(
      burst(r, 0.0003, 0.002),
      [
        [1850, 0.02, 1],
        [2750, 0.012, 0.6],
        [4100, 0.006, 0.3],
      ],
      0.1,
    );
    const thud = resonate(
      burst(r, 0.004, 0.02),
      [
        [72, 0.09, 1],
        [115, 0.07, 0.8],
        [190, 0.05, 0.5],
        [420, 0.02, 0.2],
      ],
      0.4,
    );
    const at = Math.round(11.7 * SR);
    placeStereo(door, pan(thud, 0.4, 0), at, 1);
    placeStereo(door, pan(latch, 0.4, 0), at + Math.round(0.018 * SR), 0.25);
    filterBoth(door, [
      ['lowpass', 1500, 0.7],
      ['highpass', 40, 0.7],
    ]);
    const wet = reverb(door, { size: 1.5, seconds: 1.8, damp: 0.35 });
    for (const ch of ['l', 'r']) for (let i = 0; i < L; i++) door[ch][i] = 0.35 * door[ch][i] + wet[ch][i];
  }

  return mixLayers(L, {
    ...loopLayers(layers, L),
    hum: levelTo(hum, -36),
    door: levelTo(door, -27, peakDb),
  });
}
