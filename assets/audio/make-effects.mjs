#!/usr/bin/env node
/**
 * Generates the short sound effects in this folder, `sfx_<id>.webm` (Opus) and `.mp3`: a cassette going into a
 * player, a small wooden lid, a page turning, an old door, footsteps on gravel. Like the beds and the music they
 * are synthesised from nothing (clicks and knocks are noise bursts ringing modal resonators, creaks are stick-slip
 * friction, rustles and crunches are clouds of tiny grains), with a seeded PRNG, so each run writes the same PCM.
 * They do not loop: each starts from silence and fades to silence, and is scaled to a -6 dBFS peak.
 *
 * Usage: node assets/audio/make-effects.mjs [--wav-dir DIR [--layers]] [--verbose] [--only ID[,ID...]]
 */
import { Biquad, fadeEdges, filter, filterSweep, mixLayers, SR, stereo, TAU, whiteNoise } from './dsp.mjs';
import { writeSounds } from './encode.mjs';
import { burst, grains, pan, ping, placeStereo, resonate, reverb, stickSlip } from './synth.mjs';

/** A struck body: a noise burst of time constant `tau` through resonant modes [Hz, decay s, gain]. */
const knock = (r, tau, modes, tail = 0.2) => resonate(burst(r, tau, tau * 6), modes, tail);

/** Scales (in place) mono samples. */
const gain = (x, g) => {
  for (let i = 0; i < x.length; i++) x[i] *= g;
  return x;
};

/**
 * Finishes an effect: adds a small room (one-shot reverb, wet at `wet`), removes any DC and sub-bass, fades the
 * very start and the last `fadeOut` seconds, and returns it as the mix with its dry and wet parts.
 */
function finish(dry, room, wet, fadeOut = 0.15) {
  const n = dry.l.length;
  const verb = reverb(dry, { ...room, circular: false });
  const parts = { dry, room: stereo(n) };
  for (const ch of ['l', 'r']) {
    for (let i = 0; i < n; i++) parts.room[ch][i] = wet * verb[ch][i];
    for (const p of Object.values(parts)) {
      p[ch] = filter(p[ch], [['highpass', 35, 0.7]]);
      fadeEdges(p[ch], 24, Math.round(fadeOut * SR));
    }
  }
  return mixLayers(n, parts);
}

// ---------------------------------------------------------------------------------------------------------
// cassette: a tape slid into the player, the door pushed shut, then the play key pressed down and the motor.

function cassette(rng, seconds) {
  const n = Math.round(seconds * SR);
  const out = stereo(n);
  const r = rng.fork('cassette');
  const put = (x, t, p = 0, g = 1) => placeStereo(out, pan(x, p), Math.round(t * SR), g);
  // The shell sliding into the carriage: plastic on plastic, a short rough scrape.
  const slide = stickSlip(r, 0.13, (u) => 600 + 500 * u, { ampAt: (u) => Math.sin(Math.PI * u) ** 0.7 });
  put(
    resonate(slide, [
      [1250, 0.006, 1],
      [2350, 0.004, 0.8],
      [3700, 0.003, 0.5],
    ]),
    0.02,
    -0.1,
    0.5,
  );
  // It seats: a light click.
  const plastic = (k) => [
    [2800 * k, 0.004, 1],
    [4500 * k, 0.003, 0.6],
    [1150 * k, 0.008, 0.5],
    [520 * k, 0.012, 0.35],
  ];
  put(knock(r, 0.0004, plastic(1)), 0.16, -0.05, 0.6);
  // The door pushed shut: a bigger clack, and a small rattle after it.
  const door = [
    [650, 0.02, 1],
    [1400, 0.012, 0.7],
    [2600, 0.008, 0.6],
    [4100, 0.005, 0.4],
  ];
  put(knock(r, 0.0006, door), 0.52, 0, 1);
  put(knock(r, 0.0003, plastic(1.2)), 0.555, 0.05, 0.25);
  // The play key: the key's travel (a soft tick), then the latch: a click and a low thunk, a spring ringing.
  put(knock(r, 0.0003, plastic(0.9)), 1.12, 0.1, 0.3);
  const latch = knock(r, 0.0005, [
    [3200, 0.006, 0.8],
    [5000, 0.004, 0.5],
    [1700, 0.01, 0.5],
  ]);
  const thunk = knock(r, 0.003, [
    [180, 0.03, 1],
    [320, 0.025, 0.8],
    [760, 0.012, 0.4],
  ]);
  const spring = knock(r, 0.0004, [[2150, 0.08, 0.12]], 0.4);
  put(latch, 1.25, 0.1, 0.9);
  put(thunk, 1.255, 0.05, 1.4);
  put(spring, 1.26, 0.15, 1);
  // The motor and capstan spinning up, and tape hiss rising under them.
  const m0 = Math.round(1.3 * SR);
  const hiss = filter(whiteNoise(r, n - m0), [
    ['highpass', 3000, 0.7],
    ['lowpass', 11000, 0.7],
  ]);
  let ph = 0;
  for (let i = 0; i < n - m0; i++) {
    const t = i / SR;
    const spin = 1 - Math.exp(-t / 0.12);
    ph += (TAU * 115 * spin) / SR;
    const whir = 0.01 * spin * (Math.sin(ph) + 0.5 * Math.sin(2 * ph) + 0.3 * Math.sin(3 * ph + 1));
    const h = 0.004 * Math.min(1, t / 0.3) * hiss[i];
    out.l[m0 + i] += whir + h;
    out.r[m0 + i] += whir * 0.9 + h * 0.95;
  }
  return finish(out, { size: 0.35, seconds: 0.35, damp: 0.5 }, 0.18, 0.35);
}

// ---------------------------------------------------------------------------------------------------------
// chest_lid: a small wooden lid lifted open on stiff hinges, coming to rest against its stop.

function chestLid(rng, seconds) {
  const n = Math.round(seconds * SR);
  const out = stereo(n);
  const r = rng.fork('lid');
  const wood = (k) => [
    [420 * k, 0.025, 1],
    [870 * k, 0.018, 0.7],
    [1500 * k, 0.012, 0.5],
    [2600 * k, 0.007, 0.3],
  ];
  // The lid lifting off the rim.
  placeStereo(out, pan(knock(r, 0.001, wood(1.1)), 0), Math.round(0.02 * SR), 0.5);
  // The hinges: a slow stick-slip creak whose pitch rises and falls with the lid's speed, through the small box.
  const creak = resonate(
    stickSlip(r, 0.75, (u) => 70 + 210 * Math.sin(Math.PI * u ** 0.8), {
      ampAt: (u) => Math.sin(Math.PI * u) ** 0.6,
      jitter: 0.12,
    }),
    [
      [380, 0.03, 0.8],
      [720, 0.025, 0.7],
      [1250, 0.018, 0.6],
      [2100, 0.012, 0.4],
      [3100, 0.01, 0.35],
    ],
    0.15,
  );
  placeStereo(out, pan(creak, 0.1), Math.round(0.08 * SR), 1.2);
  // Coming to rest against the stop: a soft, low knock, and a smaller bounce.
  placeStereo(out, pan(knock(r, 0.002, wood(0.75)), 0.05), Math.round(0.9 * SR), 0.7);
  placeStereo(out, pan(knock(r, 0.0015, wood(0.78)), 0.05), Math.round(0.97 * SR), 0.18);
  return finish(out, { size: 0.45, seconds: 0.45, damp: 0.5 }, 0.2, 0.25);
}

// ---------------------------------------------------------------------------------------------------------
// page: a page of a book lifted, turned and laid down.

function page(rng, seconds) {
  const n = Math.round(seconds * SR);
  const out = stereo(n);
  const r = rng.fork('page');
  // The paper: a swish of air and sheet, its brightness following the turn, moving from right to left.
  const turn = (t) => Math.min(1, Math.max(0, (t - 0.05) / 0.6));
  const swishEnv = (t) => Math.sin(Math.PI * turn(t)) ** 2;
  const swish = filter(
    filterSweep(whiteNoise(r, n), 'bandpass', 0.7, (t) => 700 + 2300 * swishEnv(t), 0),
    [
      ['lowpass', 6000, 0.7],
      ['lowpass', 7500, 0.7],
    ],
  );
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const a = 0.1 * swishEnv(t);
    const p = 0.35 - 0.7 * turn(t);
    out.l[i] += swish[i] * a * Math.cos(((p + 1) * Math.PI) / 4);
    out.r[i] += swish[i] * a * Math.sin(((p + 1) * Math.PI) / 4);
  }
  // Crinkle: small clicks as the sheet bends, most as it is lifted and as it goes over.
  const crinkle = grains(
    r,
    0.75,
    (u) => 40 + 700 * Math.exp(-(((u - 0.15) / 0.12) ** 2)) + 400 * Math.exp(-(((u - 0.55) / 0.15) ** 2)),
    () =>
      gain(
        ping(r.logUniform(1800, 7500), r.uniform(0.0002, 0.0008), r.uniform(0, TAU)),
        r.logUniform(0.05, 1),
      ),
    0.4,
  );
  for (const ch of ['l', 'r']) {
    crinkle[ch] = filter(crinkle[ch], [
      ['lowpass', 9000, 0.7],
      ['lowpass', 11000, 0.7],
    ]);
  }
  placeStereo(out, crinkle, Math.round(0.03 * SR), 0.3);
  // Laid down: a soft slap of paper on paper.
  const slap = filter(burst(r, 0.004, 0.03), [
    ['lowpass', 1800, 0.7],
    ['highpass', 200, 0.7],
  ]);
  placeStereo(out, pan(slap, -0.3), Math.round(0.7 * SR), 0.25);
  return finish(out, { size: 0.4, seconds: 0.3, damp: 0.6 }, 0.12, 0.15);
}

// ---------------------------------------------------------------------------------------------------------
// door: an old door: the handle and latch, then a long creak of the hinges as it swings open.

function door(rng, seconds) {
  const n = Math.round(seconds * SR);
  const out = stereo(n);
  const r = rng.fork('door');
  const metal = (k) => [
    [1900 * k, 0.02, 1],
    [3100 * k, 0.014, 0.7],
    [4700 * k, 0.008, 0.4],
    [820 * k, 0.03, 0.3],
  ];
  // The handle going down, then the latch coming free with a clack that shakes the door.
  placeStereo(out, pan(knock(r, 0.0004, metal(1)), -0.2), Math.round(0.03 * SR), 0.5);
  placeStereo(out, pan(knock(r, 0.0006, metal(0.92)), -0.2), Math.round(0.16 * SR), 0.8);
  const panel = (k) => [
    [110 * k, 0.07, 1],
    [190 * k, 0.06, 0.8],
    [265 * k, 0.05, 0.6],
    [420 * k, 0.04, 0.45],
    [680 * k, 0.03, 0.3],
  ];
  placeStereo(out, pan(knock(r, 0.002, panel(1)), -0.1), Math.round(0.165 * SR), 0.6);
  // The hinges: single slips at first, rising to a wavering groan as the door gathers speed, and slowing.
  const dur = 1.8;
  const wobble = (u) => 1 + 0.12 * Math.sin(TAU * 2.3 * u * dur) + 0.06 * Math.sin(TAU * 5.1 * u * dur + 1);
  const slip = stickSlip(
    r,
    dur,
    (u) => (18 + 260 * Math.sin(Math.PI * Math.min(1, u * 1.15)) ** 1.5) * wobble(u),
    {
      ampAt: (u) => Math.min(1, u / 0.08) * (1 - u) ** 0.5,
      jitter: 0.1,
    },
  );
  const groan = resonate(slip, [...panel(1), [950, 0.02, 0.5], [1900, 0.015, 0.3]], 0.3);
  placeStereo(out, pan(groan, 0.15), Math.round(0.3 * SR), 1.2);
  // The air the door pushes, very faint.
  const air = new Biquad('lowpass', 400, 0.7);
  for (let i = Math.round(0.4 * SR); i < Math.round(2.2 * SR); i++) {
    const u = (i / SR - 0.4) / 1.8;
    const v = 0.02 * Math.sin(Math.PI * u) * air.run(r.gauss());
    out.l[i] += v;
    out.r[i] += v;
  }
  return finish(out, { size: 0.9, seconds: 1, damp: 0.45 }, 0.3, 0.5);
}

// ---------------------------------------------------------------------------------------------------------
// gravel: a few unhurried footsteps on a gravel path.

function gravel(rng, seconds) {
  const n = Math.round(seconds * SR);
  const out = stereo(n);
  const r = rng.fork('gravel');
  const steps = 5;
  for (let k = 0; k < steps; k++) {
    const t0 = 0.08 + k * 0.56 + r.uniform(-0.02, 0.02);
    const side = k % 2 ? 0.15 : -0.15;
    const w = r.uniform(0.8, 1);
    // The heel lands: a thump, and a burst of stones shifting; then the foot rolls and the toe pushes off.
    const crunch = (len, rate) =>
      grains(
        r,
        len,
        (u) => rate * Math.min(1, u / 0.1) * (1 - u) ** 1.5,
        () =>
          gain(
            ping(r.logUniform(900, 7000), r.uniform(0.0003, 0.0015), r.uniform(0, TAU)),
            r.logUniform(0.05, 1),
          ),
        0.35,
      );
    const thump = knock(r, 0.003, [
      [85, 0.02, 1],
      [160, 0.015, 0.6],
    ]);
    placeStereo(out, pan(thump, side), Math.round(t0 * SR), 0.5 * w);
    for (const [dt, len, rate, g] of [
      [0, 0.09, 4000, 1],
      [0.1, 0.14, 2500, 0.7],
    ]) {
      // The grains are spread a little around the foot's side of the path.
      const c = crunch(len, rate);
      for (const ch of ['l', 'r']) c[ch] = filter(c[ch], [['lowpass', 9000, 0.7]]);
      const gl = 1.4 * Math.cos(((side + 1) * Math.PI) / 4);
      const gr = 1.4 * Math.sin(((side + 1) * Math.PI) / 4);
      placeStereo(
        out,
        { l: c.l.map((v) => v * gl), r: c.r.map((v) => v * gr) },
        Math.round((t0 + dt) * SR),
        0.06 * g * w,
      );
    }
  }
  return finish(out, { size: 1, seconds: 0.6, damp: 0.5 }, 0.12, 0.3);
}

const EFFECTS = [
  { id: 'sfx_cassette', seconds: 2.4, seed: 0xca55, render: cassette },
  { id: 'sfx_chest_lid', seconds: 1.5, seed: 0xc4e5, render: chestLid },
  { id: 'sfx_page', seconds: 1.1, seed: 0x9a9e, render: page },
  { id: 'sfx_door', seconds: 2.9, seed: 0xd002, render: door },
  { id: 'sfx_gravel', seconds: 3.1, seed: 0x96a7, render: gravel },
];

writeSounds('make-effects', EFFECTS, { level: { peakDb: -6 }, ceilingDb: -5.8, opus: '64k', mp3: '5' });
