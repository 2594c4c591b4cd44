/**
 * The people in the picture (`# cast:`), drawn as soft figures: a silhouette in a few muted colours with a thin
 * rim of light on the side the light comes from, and never a face. Each principal is known by shape and colour:
 * Ruth tall in a long wine-coloured coat, her dark hair up; Tommy broad in his blue polo shirt; Kathy slighter, in
 * a sage cardigan, her hair to her shoulders; Madame narrow and upright in grey, her bag under her arm; Miss Emily
 * small and straight, her glasses only light caught across them (in her chair, years later); Miss Lucy
 * square-shouldered in a games tracksuit; the students a loose group of small shapes; a donor propped up in a bed.
 *
 * They stand in a row along the lower third of the picture, in the order the tag lists them, on a ground line
 * chosen per place, and never reach down into the lower quarter where the text panel lies. At Hailsham the
 * students are drawn as the children they were. Where we look over their shoulders (the glass office, the fence)
 * they are seen from behind; Tommy as Kathy imagines him at the fence stands far off and faint. In the car the
 * first person listed sits beside the driver, a dark shape against the windscreen, and the rest are in the mirror.
 * Everything is seeded: the same cast in the same place is always drawn the same.
 *
 * This module only draws; the stage view bakes, grades and fades what it returns.
 */
import type Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import type { CastId, Light, PlaceId } from '../core/vocabulary.ts';
import { glowTexture, WIDTH } from './kit.ts';

/** The text panel covers the lower quarter of the picture: feet stand above it. */
export const TEXT_PANEL_TOP = 540;

type Point = { readonly x: number; readonly y: number };

/**
 * One filled or stroked shape of a figure, in figure units: `u` across and `v` up, both in heights of a standing
 * adult, feet at v = 0.
 */
interface Shape {
  readonly points: readonly Point[];
  readonly color: number;
  readonly alpha: number;
  /** A stroke of this width (in figure units) instead of a fill. */
  readonly line?: number;
  readonly closed?: boolean;
  /** Lit by the rim (most shapes); glints of light and shadows are not. */
  readonly rim: boolean;
}

/** Collects a figure's shapes in figure units, under an offset, a scale and a lean. */
class Sketch {
  readonly shapes: Shape[] = [];
  /** Seen from behind: hair where the face would be. */
  back = false;
  private u0 = 0;
  private v0 = 0;
  private s = 1;
  private lean = 0;

  /** Draws what `draw` adds at an offset and scale (for a member of a group), then restores the transform. */
  within(u0: number, v0: number, s: number, lean: number, draw: () => void): void {
    const saved = [this.u0, this.v0, this.s, this.lean] as const;
    this.u0 = saved[0] + u0 * saved[2];
    this.v0 = saved[1] + v0 * saved[2];
    this.s = saved[2] * s;
    this.lean = lean;
    draw();
    [this.u0, this.v0, this.s, this.lean] = saved;
  }

  private map(u: number, v: number): Point {
    return { x: this.u0 + (u + this.lean * v) * this.s, y: this.v0 + v * this.s };
  }

  poly(color: number, points: readonly (readonly [number, number])[], alpha = 1, rim = true): void {
    this.shapes.push({ points: points.map(([u, v]) => this.map(u, v)), color, alpha, rim });
  }

  ellipse(color: number, u: number, v: number, ru: number, rv: number, alpha = 1, rim = true): void {
    const points: [number, number][] = [];
    for (let i = 0; i < 22; i += 1) {
      const a = (i / 22) * Math.PI * 2;
      points.push([u + Math.cos(a) * ru, v + Math.sin(a) * rv]);
    }
    this.poly(color, points, alpha, rim);
  }

  /** A limb or a rail: a quad from one point to another, tapering from width `w1` to `w2`, with rounded ends. */
  limb(color: number, u1: number, v1: number, u2: number, v2: number, w1: number, w2 = w1): void {
    const length = Math.hypot(u2 - u1, v2 - v1) || 1;
    const nu = -(v2 - v1) / length;
    const nv = (u2 - u1) / length;
    this.poly(color, [
      [u1 + (nu * w1) / 2, v1 + (nv * w1) / 2],
      [u2 + (nu * w2) / 2, v2 + (nv * w2) / 2],
      [u2 - (nu * w2) / 2, v2 - (nv * w2) / 2],
      [u1 - (nu * w1) / 2, v1 - (nv * w1) / 2],
    ]);
    this.ellipse(color, u2, v2, w2 / 2, w2 / 2);
  }

  stroke(color: number, width: number, points: readonly (readonly [number, number])[], closed = false): void {
    this.shapes.push({
      points: points.map(([u, v]) => this.map(u, v)),
      color,
      alpha: 1,
      line: width * this.s,
      closed,
      rim: true,
    });
  }

  ring(color: number, width: number, u: number, v: number, r: number): void {
    const points: [number, number][] = [];
    for (let i = 0; i < 28; i += 1) {
      const a = (i / 28) * Math.PI * 2;
      points.push([u + Math.cos(a) * r, v + Math.sin(a) * r]);
    }
    this.stroke(color, width, points, true);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// People, described as data: what they wear, how they stand, their hair. Colours are muted and a little dusty, so
// the grade can warm or cool them without anything shouting.

const SKIN = 0xb99d88;
const DARK_LEGS = 0x34363d;

type HairStyle = 'short' | 'shoulder' | 'up' | 'neat' | 'tied' | 'curls' | 'bob' | 'messy' | 'long' | 'cap';

interface Person {
  /** Where the legs come out from under the clothes, how far apart the feet are, and how wide a leg is. */
  readonly legs: {
    readonly color: number;
    readonly from: number;
    readonly spread: number;
    readonly width: number;
  };
  readonly shoes?: number;
  /** A skirt, or (`front`) what shows under an open cardigan, drawn before the top. */
  readonly under?: {
    readonly color: number;
    readonly half: number;
    readonly top: number;
    readonly bottom: number;
    readonly front?: boolean;
  };
  /** The top: coat, shirt, jumper, dress. */
  readonly body: {
    readonly color: number;
    readonly shoulder: number;
    readonly waist: number;
    readonly hem: number;
    readonly hemV: number;
    readonly top?: number;
  };
  readonly arms: {
    readonly color: number;
    /** Short sleeves end here, and the forearm is bare. */
    readonly sleeveTo?: number;
    /** How far the hands hang out from the body. */
    readonly out: number;
    readonly width: number;
    /** Hands in pockets: no hands. */
    readonly pockets?: boolean;
  };
  readonly head: { readonly r: number; readonly hair: number; readonly style: HairStyle };
  /** Collars, scarves, belts, a bag: drawn over the body, under the arms; not seen from behind. */
  readonly details?: (k: Sketch) => void;
  /** Drawn last, over everything: glints of light; not seen from behind. */
  readonly last?: (k: Sketch) => void;
}

/** A torso with rounded shoulders, wider or narrower at the waist and hem. */
function torso(k: Sketch, color: number, body: Person['body']): void {
  const top = body.top ?? 0.83;
  const { shoulder: sh, waist, hem, hemV } = body;
  const side = (sign: number): [number, number][] => [
    [sign * 0.04, top + 0.028],
    [sign * sh * 0.72, top + 0.01],
    [sign * sh * 0.93, top - 0.008],
    [sign * sh, top - 0.04],
    [sign * sh * 0.96, top - 0.1],
    [sign * waist, 0.6],
    [sign * hem, hemV],
  ];
  k.poly(color, [...side(-1), ...side(1).reverse()]);
}

function drawPerson(k: Sketch, person: Person): void {
  const { legs, body, arms, head: h } = person;
  const top = body.top ?? 0.83;
  const headV = top + 0.095;
  hairBehind(k, h.style, h.hair, headV, h.r);
  for (const sign of [-1, 1]) {
    k.limb(
      legs.color,
      sign * legs.spread * 0.8,
      legs.from,
      sign * legs.spread,
      0.02,
      legs.width,
      legs.width * 0.72,
    );
    k.ellipse(person.shoes ?? 0x2a2624, sign * (legs.spread + 0.008), 0.01, legs.width * 0.62, 0.012);
  }
  if (person.under && !(person.under.front && k.back)) {
    const { color, half, top: uTop, bottom } = person.under;
    k.poly(color, [
      [-half, uTop],
      [half, uTop],
      [half * 1.15, bottom],
      [-half * 1.15, bottom],
    ]);
  }
  torso(k, body.color, body);
  if (!k.back) person.details?.(k);
  for (const sign of [-1, 1]) {
    const shoulderU = sign * body.shoulder * 0.9;
    const wristU = sign * (body.shoulder + arms.out);
    const wristV = 0.49;
    if (arms.sleeveTo !== undefined) {
      const t = (top - 0.03 - arms.sleeveTo) / (top - 0.03 - wristV);
      const elbowU = shoulderU + (wristU - shoulderU) * t;
      k.limb(arms.color, shoulderU, top - 0.03, elbowU, arms.sleeveTo, arms.width * 1.25, arms.width * 1.15);
      k.limb(SKIN, elbowU, arms.sleeveTo, wristU, wristV, arms.width * 0.8, arms.width * 0.66);
    } else {
      k.limb(
        arms.color,
        shoulderU,
        top - 0.03,
        wristU,
        wristV + (arms.pockets ? 0.04 : 0),
        arms.width,
        arms.width * 0.8,
      );
    }
    if (!arms.pockets) k.ellipse(SKIN, wristU * 1.02, wristV - 0.018, arms.width * 0.36, arms.width * 0.48);
  }
  headAndHair(k, h.style, h.hair, headV, h.r);
  if (!k.back) person.last?.(k);
}

/** Hair that hangs behind the shoulders, drawn before the body. */
function hairBehind(k: Sketch, style: HairStyle, hair: number, v: number, r: number): void {
  if (style === 'shoulder') {
    k.poly(hair, [
      [-r * 1.12, v],
      [r * 1.12, v],
      [r * 1.26, v - r * 1.95],
      [-r * 1.26, v - r * 1.95],
    ]);
  } else if (style === 'long') {
    k.poly(hair, [
      [-r * 1.1, v],
      [r * 1.1, v],
      [r * 1.2, v - r * 2.7],
      [-r * 1.2, v - r * 2.7],
    ]);
  } else if (style === 'tied') {
    k.ellipse(hair, -r * 1.05, v - r * 0.5, r * 0.34, r * 0.85);
  }
}

/**
 * The neck, the hair as a mass around the head, and the face as a plain oval inside it: no features. Seen from
 * behind (in the car) there is only hair.
 */
function headAndHair(k: Sketch, style: HairStyle, hair: number, v: number, r: number): void {
  k.limb(SKIN, 0, v - r * 1.75, 0, v - r * 0.6, r * 0.62);
  // From behind, long hair falls over the neck.
  if (k.back) hairBehind(k, style, hair, v, r);
  if (style === 'curls') {
    for (const [u, w] of [
      [-0.85, -0.1],
      [-0.5, 0.55],
      [0.05, 0.8],
      [0.6, 0.5],
      [0.9, -0.12],
    ] as const) {
      k.ellipse(hair, u * r, v + w * r, r * 0.52, r * 0.5);
    }
  } else if (style === 'messy') {
    for (const u of [-0.7, -0.2, 0.3, 0.75]) k.ellipse(hair, u * r, v + r * 0.72, r * 0.36, r * 0.36);
  } else if (style === 'up') {
    k.ellipse(hair, r * 0.05, v + r * 1.2, r * 0.55, r * 0.45);
  }
  const hairR = style === 'short' || style === 'cap' ? 1.0 : style === 'neat' ? 1.04 : 1.1;
  if (style === 'bob') {
    k.poly(hair, [
      [-r * 1.14, v + r * 0.3],
      [r * 1.14, v + r * 0.3],
      [r * 1.16, v - r * 0.8],
      [-r * 1.16, v - r * 0.8],
    ]);
  }
  k.ellipse(hair, 0, v + r * 0.1, r * hairR, r * 1.02);
  if (!k.back) {
    // The face: lower in the oval for short hair, framed for longer.
    const low = style === 'short' || style === 'cap' ? 0.2 : 0.14;
    k.ellipse(SKIN, 0, v - r * low, r * 0.8, r * 0.84);
  }
  if (style === 'cap') {
    k.ellipse(0x3f3a2c, 0, v + r * 0.62, r * 1.08, r * 0.5);
    k.poly(0x3f3a2c, [
      [-r * 0.6, v + r * 0.42],
      [r * 1.5, v + r * 0.34],
      [r * 1.45, v + r * 0.16],
      [-r * 0.6, v + r * 0.26],
    ]);
  }
}

/** Light caught across the lenses of her glasses: a thin bright bar, not eyes; the only sign of a face she has. */
function glints(k: Sketch, v: number, r: number): void {
  if (k.back) return;
  k.poly(
    0xfff6e2,
    [
      [-r * 0.66, v + r * 0.05],
      [r * 0.66, v + r * 0.05],
      [r * 0.66, v - r * 0.07],
      [-r * 0.66, v - r * 0.07],
    ],
    0.35,
    false,
  );
  k.ellipse(0xfff6e2, -r * 0.36, v, r * 0.26, r * 0.1, 0.75, false);
  k.ellipse(0xfff6e2, r * 0.36, v, r * 0.26, r * 0.1, 0.75, false);
}

const KATHY: Person = {
  legs: { color: DARK_LEGS, from: 0.5, spread: 0.038, width: 0.05 },
  under: { color: 0xd6cebd, half: 0.07, top: 0.84, bottom: 0.46, front: true },
  // The cardigan, open over a pale blouse, a little long.
  body: { color: 0x7d8c72, shoulder: 0.09, waist: 0.074, hem: 0.092, hemV: 0.43 },
  arms: { color: 0x7d8c72, out: 0.018, width: 0.044 },
  head: { r: 0.058, hair: 0x5a4331, style: 'shoulder' },
  details: (k) =>
    k.poly(0xd6cebd, [
      [-0.026, 0.862],
      [0.026, 0.862],
      [0.014, 0.6],
      [0.022, 0.43],
      [-0.022, 0.43],
      [-0.014, 0.6],
    ]),
};

const RUTH: Person = {
  legs: { color: 0x2d2a2c, from: 0.28, spread: 0.034, width: 0.036 },
  shoes: 0x201c1c,
  // The long coat, close at the waist, falling below the knee; a collar turned up.
  body: { color: 0x6d3a47, shoulder: 0.094, waist: 0.072, hem: 0.118, hemV: 0.2 },
  arms: { color: 0x6d3a47, out: 0.012, width: 0.044 },
  head: { r: 0.057, hair: 0x2a201c, style: 'up' },
  details: (k) => {
    k.poly(0x552d38, [
      [-0.074, 0.585],
      [0.074, 0.585],
      [0.076, 0.56],
      [-0.076, 0.56],
    ]);
    k.poly(0x5e313d, [
      [-0.05, 0.875],
      [0.05, 0.875],
      [0.066, 0.83],
      [-0.066, 0.83],
    ]);
  },
};

const TOMMY: Person = {
  legs: { color: 0x3b3e46, from: 0.5, spread: 0.048, width: 0.064 },
  shoes: 0x2b2b2e,
  // Broad shoulders; the pale blue polo shirt hangs loose over the hips.
  body: { color: 0x7d9cba, shoulder: 0.13, waist: 0.104, hem: 0.1, hemV: 0.47 },
  arms: { color: 0x7d9cba, sleeveTo: 0.69, out: 0.018, width: 0.05 },
  head: { r: 0.062, hair: 0x4a3a2c, style: 'short' },
  details: (k) =>
    k.poly(0xa8c0d6, [
      [-0.052, 0.872],
      [0, 0.82],
      [0.052, 0.872],
      [0.034, 0.878],
      [0, 0.845],
      [-0.034, 0.878],
    ]),
};

const MADAME: Person = {
  legs: { color: 0x2e2c2e, from: 0.28, spread: 0.026, width: 0.028 },
  shoes: 0x1e1c1c,
  // A narrow grey suit, square shoulders, a skirt below the knee; her bag held close under one arm.
  under: { color: 0x767a82, half: 0.062, top: 0.52, bottom: 0.27 },
  body: { color: 0x82868e, shoulder: 0.088, waist: 0.058, hem: 0.072, hemV: 0.47, top: 0.84 },
  arms: { color: 0x82868e, out: 0.004, width: 0.034 },
  head: { r: 0.054, hair: 0x2e2826, style: 'neat' },
  details: (k) => {
    k.poly(0x676b73, [
      [-0.03, 0.86],
      [0.03, 0.86],
      [0, 0.66],
    ]);
    k.poly(0x3a302a, [
      [-0.118, 0.67],
      [-0.064, 0.67],
      [-0.066, 0.59],
      [-0.114, 0.59],
    ]);
  },
};

const EMILY: Person = {
  legs: { color: 0x2b2a2e, from: 0.18, spread: 0.025, width: 0.026 },
  shoes: 0x1e1c1c,
  // Straight as a rule: a long dark dress; white hair; glasses only as light.
  body: { color: 0x383d4c, shoulder: 0.084, waist: 0.064, hem: 0.086, hemV: 0.16, top: 0.84 },
  arms: { color: 0x383d4c, out: 0.006, width: 0.032 },
  head: { r: 0.054, hair: 0xcfc9c0, style: 'neat' },
  last: (k) => glints(k, 0.935 - 0.054 * 0.18, 0.054),
};

const LUCY: Person = {
  legs: { color: 0x3c4a63, from: 0.5, spread: 0.062, width: 0.056 },
  shoes: 0xd8d6d0,
  // A games tracksuit with a white stripe; feet apart, square shoulders; fair hair tied back.
  body: { color: 0x3f4e68, shoulder: 0.116, waist: 0.09, hem: 0.086, hemV: 0.47 },
  arms: { color: 0x3f4e68, out: 0.028, width: 0.044 },
  head: { r: 0.056, hair: 0x8c7456, style: 'tied' },
  details: (k) => {
    k.limb(0xd4d6da, 0, 0.85, 0, 0.48, 0.008);
    k.limb(0xcfd2d6, -0.07, 0.47, -0.08, 0.05, 0.008);
    k.limb(0xcfd2d6, 0.07, 0.47, 0.08, 0.05, 0.008);
  },
};

const GERALDINE: Person = {
  legs: { color: 0x4a4040, from: 0.24, spread: 0.03, width: 0.03 },
  // Soft and rounded: a rose cardigan, a long skirt, light-brown curls.
  under: { color: 0x9e807c, half: 0.08, top: 0.52, bottom: 0.22 },
  body: { color: 0xc29a93, shoulder: 0.084, waist: 0.08, hem: 0.084, hemV: 0.47 },
  arms: { color: 0xc29a93, out: 0.012, width: 0.042 },
  head: { r: 0.056, hair: 0x8d6c50, style: 'curls' },
};

const MIDGE: Person = {
  legs: { color: 0xddd8cc, from: 0.3, spread: 0.038, width: 0.04 },
  // Solid and sensible: a pinafore over a pale blouse, white socks, a bob.
  under: { color: 0x6c6785, half: 0.1, top: 0.6, bottom: 0.28 },
  body: { color: 0xd0c8b8, shoulder: 0.1, waist: 0.094, hem: 0.098, hemV: 0.58 },
  arms: { color: 0xd0c8b8, out: 0.014, width: 0.044 },
  head: { r: 0.06, hair: 0x6a5038, style: 'bob' },
  details: (k) =>
    k.poly(0x6c6785, [
      [-0.066, 0.77],
      [0.066, 0.77],
      [0.1, 0.58],
      [-0.1, 0.58],
    ]),
};

function laura(young: boolean): Person {
  const coat = young ? 0x9a7f5a : 0x867d5c;
  return {
    legs: { color: DARK_LEGS, from: 0.4, spread: 0.04, width: 0.046 },
    // A coat that has been slept in; hands deep in its pockets; short hair left to itself.
    body: { color: coat, shoulder: 0.1, waist: 0.088, hem: 0.1, hemV: 0.36 },
    arms: { color: coat, out: -0.008, width: 0.046, pockets: true },
    head: { r: 0.058, hair: 0x3e3026, style: 'messy' },
  };
}

const CHRISSIE: Person = {
  legs: { color: 0x2f2a28, from: 0.28, spread: 0.03, width: 0.034 },
  // Tall, in a rust coat with a long pale scarf; long dark hair, loose.
  body: { color: 0x94573c, shoulder: 0.092, waist: 0.08, hem: 0.1, hemV: 0.26 },
  arms: { color: 0x94573c, out: 0.01, width: 0.042 },
  head: { r: 0.056, hair: 0x3a2c24, style: 'long' },
  details: (k) =>
    k.poly(0xd3bf95, [
      [-0.05, 0.875],
      [0.05, 0.875],
      [0.058, 0.83],
      [0.034, 0.52],
      [0.006, 0.52],
      [0.018, 0.82],
      [-0.055, 0.83],
    ]),
};

const RODNEY: Person = {
  legs: { color: 0x5a4a3a, from: 0.5, spread: 0.043, width: 0.058 },
  // The green jumper with leather patches at the elbows.
  body: { color: 0x5d6a45, shoulder: 0.112, waist: 0.094, hem: 0.09, hemV: 0.48 },
  arms: { color: 0x5d6a45, out: 0.014, width: 0.05 },
  head: { r: 0.06, hair: 0x5b4230, style: 'short' },
  details: (k) => {
    k.ellipse(0x4a3a2c, -0.118, 0.64, 0.018, 0.028);
    k.ellipse(0x4a3a2c, 0.118, 0.64, 0.018, 0.028);
  },
};

const KEFFERS: Person = {
  legs: { color: 0x2e372c, from: 0.3, spread: 0.044, width: 0.05 },
  shoes: 0x262d24,
  // Wellingtons, a waxed coat to the knee, a flat cap.
  body: { color: 0x4f4a34, shoulder: 0.106, waist: 0.1, hem: 0.112, hemV: 0.28, top: 0.81 },
  arms: { color: 0x4f4a34, out: 0.014, width: 0.05 },
  head: { r: 0.056, hair: 0x6e6658, style: 'cap' },
};

/** Years later, in Littlehampton: small in a wheelchair, a rug over her knees, still straight-backed. */
function emilyInHerChair(k: Sketch): void {
  const frame = 0x34332f;
  const dress = 0x383d4c;
  k.ring(frame, 0.014, 0.02, 0.2, 0.19);
  k.ring(frame, 0.006, 0.02, 0.2, 0.03);
  k.stroke(frame, 0.014, [
    [-0.08, 0.62],
    [-0.09, 0.34],
    [0.14, 0.34],
    [0.15, 0.06],
  ]);
  k.stroke(frame, 0.012, [
    [-0.08, 0.62],
    [-0.13, 0.63],
  ]);
  k.poly(dress, [
    [-0.07, 0.64],
    [-0.045, 0.66],
    [0.045, 0.66],
    [0.06, 0.64],
    [0.05, 0.38],
    [-0.07, 0.36],
  ]);
  k.poly(0x8a6a56, [
    [-0.05, 0.4],
    [0.16, 0.4],
    [0.17, 0.12],
    [0.1, 0.1],
    [0.08, 0.32],
    [-0.05, 0.33],
  ]);
  k.limb(dress, 0.05, 0.62, 0.1, 0.44, 0.032, 0.028);
  k.ellipse(SKIN, 0.11, 0.43, 0.014, 0.017);
  headAndHair(k, 'neat', 0xcfc9c0, 0.725, 0.05);
  glints(k, 0.725 - 0.05 * 0.18, 0.05);
}

/** Someone propped up on pillows in a centre bed: the bed's iron frame, a pale blanket, a hospital gown. */
function donor(k: Sketch): void {
  const iron = 0x4a4c50;
  for (const [u1, v1, u2, v2] of [
    [-0.5, 0, -0.5, 0.56],
    [-0.42, 0, -0.42, 0.56],
    [-0.5, 0.55, -0.42, 0.55],
    [0.5, 0, 0.5, 0.4],
    [0.44, 0, 0.44, 0.4],
    [0.44, 0.39, 0.5, 0.39],
  ] as const) {
    k.stroke(iron, 0.012, [
      [u1, v1],
      [u2, v2],
    ]);
  }
  k.poly(0xb7b4ad, [
    [-0.46, 0.3],
    [0.47, 0.3],
    [0.47, 0.2],
    [-0.46, 0.2],
  ]);
  // Pillows, the person half sitting, the blanket over the knees.
  k.ellipse(0xebe6dc, -0.36, 0.4, 0.1, 0.09);
  k.poly(0xa7b3bf, [
    [-0.37, 0.6],
    [-0.33, 0.625],
    [-0.25, 0.625],
    [-0.21, 0.6],
    [-0.19, 0.36],
    [-0.38, 0.34],
  ]);
  k.limb(0xa7b3bf, -0.23, 0.6, -0.15, 0.43, 0.04, 0.034);
  headAndHair(k, 'short', 0x4a3a30, 0.7, 0.054);
  k.poly(0xd9d5cc, [
    [-0.3, 0.4],
    [-0.1, 0.41],
    [0.12, 0.39],
    [0.26, 0.44],
    [0.4, 0.38],
    [0.48, 0.35],
    [0.48, 0.26],
    [-0.3, 0.26],
  ]);
  k.ellipse(SKIN, -0.15, 0.42, 0.016, 0.014);
}

const STUDENT_COLOURS = [0x8c7f6a, 0x7d8ca0, 0xa08078, 0x6f7f6a, 0x9a8aa6, 0xb0a080, 0x7a6a5a, 0x8a9a9a];
const HAIR_COLOURS = [0x3e3026, 0x5a4331, 0x6e5438, 0x2a201c, 0x8c7456];

/** A plain figure for a member of a group: nothing that picks anyone out. */
function plainPerson(random: Random): Person {
  const colour = STUDENT_COLOURS[Math.floor(random() * STUDENT_COLOURS.length)] ?? 0x8c7f6a;
  const hair = HAIR_COLOURS[Math.floor(random() * HAIR_COLOURS.length)] ?? 0x3e3026;
  const girl = random() < 0.5;
  const shoulder = between(random, 0.09, 0.115);
  return {
    legs: { color: DARK_LEGS, from: girl ? 0.3 : 0.5, spread: 0.036, width: 0.046 },
    ...(girl ? { under: { color: 0x5c5a66, half: 0.08, top: 0.52, bottom: 0.3 } } : {}),
    body: { color: colour, shoulder, waist: shoulder * 0.85, hem: shoulder * 0.85, hemV: 0.5 },
    arms: { color: colour, out: 0.01, width: 0.044 },
    head: { r: 0.062, hair, style: girl ? 'shoulder' : 'short' },
  };
}

/** A loose group of students, back to front, a little spread out in depth. */
function students(k: Sketch, random: Random): void {
  const count = 6;
  const members = Array.from({ length: count }, (_, i) => ({
    u: -0.8 + (1.6 * (i + between(random, 0.15, 0.85))) / count,
    depth: between(random, 0, 1),
    lean: between(random, -0.03, 0.03),
    person: plainPerson(random),
  })).sort((a, b) => a.depth - b.depth);
  for (const member of members) {
    const s = 0.8 + member.depth * 0.2;
    k.within(member.u, 0.08 * (1 - member.depth), s, member.lean, () => drawPerson(k, member.person));
  }
}

type Drawer = (k: Sketch, context: { place: PlaceId; young: boolean; random: Random }) => void;

const DRAWERS: Readonly<Record<CastId, Drawer>> = {
  kathy: (k) => drawPerson(k, KATHY),
  ruth: (k) => drawPerson(k, RUTH),
  tommy: (k) => drawPerson(k, TOMMY),
  madame: (k) => drawPerson(k, MADAME),
  emily: (k, { place }) => (place === 'madame_room' ? emilyInHerChair(k) : drawPerson(k, EMILY)),
  lucy: (k) => drawPerson(k, LUCY),
  geraldine: (k) => drawPerson(k, GERALDINE),
  midge: (k) => drawPerson(k, MIDGE),
  laura: (k, { young }) => drawPerson(k, laura(young)),
  students: (k, { random }) => students(k, random),
  chrissie: (k) => drawPerson(k, CHRISSIE),
  rodney: (k) => drawPerson(k, RODNEY),
  keffers: (k) => drawPerson(k, KEFFERS),
  donor,
  imagined_tommy: (k) => drawPerson(k, TOMMY),
};

/** How tall each stands beside the others, and how much room across the row each takes (1 is one person). */
const BUILD: Readonly<Record<CastId, { readonly height: number; readonly width: number }>> = {
  kathy: { height: 0.95, width: 1 },
  ruth: { height: 1.03, width: 1 },
  tommy: { height: 1.04, width: 1.1 },
  madame: { height: 0.99, width: 0.9 },
  emily: { height: 0.9, width: 0.9 },
  lucy: { height: 0.98, width: 1 },
  geraldine: { height: 0.96, width: 1 },
  midge: { height: 0.92, width: 1 },
  laura: { height: 0.95, width: 1 },
  students: { height: 0.9, width: 2 },
  chrissie: { height: 1.05, width: 1 },
  rodney: { height: 1.0, width: 1 },
  keffers: { height: 0.97, width: 1 },
  donor: { height: 1, width: 1.8 },
  imagined_tommy: { height: 1.04, width: 0 },
};

/** Hailsham's students were children; the guardians were not. */
const CHILDREN: ReadonlySet<CastId> = new Set(['kathy', 'ruth', 'tommy', 'midge', 'laura', 'students']);
const HAILSHAM: ReadonlySet<PlaceId> = new Set([
  'hailsham_fields',
  'hailsham_pond',
  'hailsham_house',
  'hailsham_dorm',
  'hailsham_classroom',
]);
/** Imagined, not there: drawn far off and faint, outside the row. */
const FAR: ReadonlySet<CastId> = new Set(['imagined_tommy']);

/** Where people stand in a place: the ground line of the row, the height of an adult on it, the row's centre. */
export interface Staging {
  readonly ground: number;
  readonly height: number;
  readonly centre: number;
  readonly spacing: number;
  /** Where someone far off would stand (the imagined figure at the fence). */
  readonly far: { readonly x: number; readonly ground: number; readonly height: number };
  /**
   * Seen from the driver's seat: the first person listed sits beside the driver, a dark shape against the
   * windscreen cut off by the dashboard; anyone else is in the back, seen in the rear-view mirror.
   */
  readonly inCar?: boolean;
  /** Everyone in the row is seen from behind, looking where we look. */
  readonly fromBehind?: boolean;
  /**
   * The row stands near us, feet below the text panel's top edge (hidden under it): where the ground they must
   * stand on to be where the story puts them (at the wire, say) lies that low in the picture.
   */
  readonly near?: boolean;
}

const DEFAULT_STAGING: Staging = {
  ground: 525,
  height: 176,
  centre: 640,
  spacing: 150,
  far: { x: 780, ground: 430, height: 24 },
};

/** Per place, where the row stands so it sits on the ground and clear of what the painter put in the middle. */
const STAGING: Partial<Record<PlaceId, Partial<Staging>>> = {
  car: { inCar: true },
  // Left of the pavilion, on the near grass.
  hailsham_fields: { centre: 450, spacing: 150 },
  // On the bank by the bench, the water behind.
  hailsham_pond: { centre: 930, ground: 522, spacing: 130, height: 168 },
  hailsham_house: { centre: 640, ground: 530 },
  hailsham_dorm: { centre: 600, ground: 530, spacing: 190 },
  // By the map and the front desks.
  hailsham_classroom: { centre: 470, ground: 532, spacing: 200 },
  cottages_yard: { centre: 660, ground: 528 },
  // In front of the table, nearer us than it is: standing behind it, they would seem to stand on it.
  cottages_kitchen: { centre: 640, ground: 556, spacing: 200, height: 250, near: true },
  bus_shelter: { centre: 960, ground: 526, spacing: 120, height: 170 },
  cromer_street: { centre: 470, ground: 530, spacing: 140 },
  // On the near pavement, looking across at the glass.
  cromer_office: { centre: 640, ground: 536, spacing: 170, height: 184, fromBehind: true },
  cromer_gallery: { centre: 470, ground: 530, spacing: 160 },
  cromer_shop: { centre: 620, ground: 532, spacing: 180 },
  cromer_front: { centre: 560, ground: 526, spacing: 150 },
  service_station: { centre: 900, ground: 528, spacing: 140 },
  centre_dover: { centre: 700, ground: 530, spacing: 170 },
  centre_kingsfield: { centre: 640, ground: 530, spacing: 170 },
  // At the edge of the wood, looking out at the boat.
  marsh_boat: { centre: 330, ground: 526, spacing: 140, height: 166 },
  littlehampton: { centre: 520, ground: 530, spacing: 150 },
  madame_room: { centre: 600, ground: 530, spacing: 165 },
  // Out in the field, in the dark, further off.
  dark_field: { centre: 640, ground: 505, spacing: 120, height: 150 },
  // At the wire; the imagined figure far out where the furrows meet the sky.
  // At the wire itself, in the long grass this side of it, near us: the field runs away beyond.
  norfolk_fence: {
    centre: 330,
    ground: 660,
    height: 330,
    spacing: 230,
    near: true,
    fromBehind: true,
    far: { x: 820, ground: 440, height: 26 },
  },
};

/** In the car: where the passenger beside the driver sits, and the rear-view mirror's glass. */
const CAR = {
  passenger: { x: 260, ground: 836, height: 480, clip: 548 },
  mirror: { left: 562, right: 722, ground: 196, height: 134, clip: 89 },
} as const;

export function stagingOf(place: PlaceId): Staging {
  return { ...DEFAULT_STAGING, ...STAGING[place] };
}

export interface Placement {
  readonly id: CastId;
  /** Where the feet are (the centre of the slot). */
  readonly x: number;
  readonly ground: number;
  /** The height in pixels of a standing adult at this spot. */
  readonly height: number;
  readonly far: boolean;
  /** Nothing of the figure is drawn below this line (a dashboard, a mirror's frame). */
  readonly clip?: number;
  /** Seen from behind. */
  readonly back?: boolean;
}

/**
 * The layout rule: the row is centred on the place's centre, each person given their width of the row, in the
 * order listed, left to right, a little closer together when there are three or four; every other one stands a
 * step further back (higher, a little smaller), so a row of people does not look like a queue, and nobody's feet
 * come nearer than the place's ground line. Anyone imagined stands far off, on their own.
 */
export function layoutCast(cast: readonly CastId[], place: PlaceId): Placement[] {
  const staging = stagingOf(place);
  if (staging.inCar) return layoutInCar(cast);
  const row = cast.filter((id) => !FAR.has(id));
  const total = row.reduce((sum, id) => sum + BUILD[id].width, 0);
  const spacing = staging.spacing * (row.length > 2 ? 0.88 : 1);
  // A long row is moved in from the edge it would run off, so everyone stays whole in the picture.
  const margin = staging.height * 0.35;
  const width = total * spacing;
  const centre = Math.min(Math.max(staging.centre, margin + width / 2), WIDTH - margin - width / 2);
  let cursor = centre - width / 2;
  const back = staging.fromBehind ?? false;
  const placements: Placement[] = row.map((id, i) => {
    const width = BUILD[id].width * spacing;
    const x = cursor + width / 2;
    cursor += width;
    const step = i % 2;
    const ground = (staging.near ? staging.ground : Math.min(staging.ground, TEXT_PANEL_TOP)) - step * 9;
    const height = staging.height * (1 - step * 0.04);
    return { id, x, ground, height, far: false, back };
  });
  for (const id of cast.filter((id) => FAR.has(id))) {
    placements.push({
      id,
      x: staging.far.x,
      ground: staging.far.ground,
      height: staging.far.height,
      far: true,
    });
  }
  return placements;
}

function layoutInCar(cast: readonly CastId[]): Placement[] {
  const { passenger, mirror } = CAR;
  const behind = cast.length - 1;
  return cast.map((id, i) => {
    if (i === 0) {
      const { x, ground, height, clip } = passenger;
      return { id, x, ground, height, far: false, clip, back: true };
    }
    const x = mirror.left + ((mirror.right - mirror.left) * (i - 0.5)) / behind;
    return { id, x, ground: mirror.ground, height: mirror.height, far: false, clip: mirror.clip };
  });
}

interface Lighting {
  readonly rim: number;
  readonly rimAlpha: number;
  /** The soft pool of light behind each figure. */
  readonly glow: number;
  /** The side the light comes from: -1 left, 1 right. */
  readonly side: number;
  /** How far the figures' colours go towards the dark. */
  readonly shade: number;
}

const LIGHTING: Readonly<Record<Light, Lighting>> = {
  day: { rim: 0xfff4dc, rimAlpha: 0.7, glow: 0.1, side: -1, shade: 0.04 },
  golden: { rim: 0xffd596, rimAlpha: 0.85, glow: 0.14, side: 1, shade: 0.12 },
  dusk: { rim: 0xf0b27e, rimAlpha: 0.75, glow: 0.12, side: 1, shade: 0.4 },
  night: { rim: 0xa9bddc, rimAlpha: 0.55, glow: 0.08, side: -1, shade: 0.62 },
};

const SHADE = 0x161b24;

function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) =>
    Math.round(((a >> shift) & 0xff) * (1 - t) + ((b >> shift) & 0xff) * t) << shift;
  return channel(16) | channel(8) | channel(0);
}

/**
 * Draws everyone in `stage.cast` into one container (null when nobody is there), in picture coordinates. The
 * caller bakes it.
 */
export function paintFigures(scene: Phaser.Scene, stage: Stage): Phaser.GameObjects.Container | null {
  if (!stage.place || stage.cast.length === 0) return null;
  const place = stage.place;
  const lighting = LIGHTING[stage.light];
  const inCar = stagingOf(place).inCar ?? false;
  const root = scene.add.container(0, 0);
  const glow = glowTexture(scene);
  const placements = layoutCast(stage.cast, place);
  // Far figures first, then the row from the back (the higher ground line) to the front.
  const order = [...placements].sort((a, b) => Number(b.far) - Number(a.far) || a.ground - b.ground);
  for (const placement of order) {
    const { id } = placement;
    const random = seededRandom(hashOf(`${place}:${id}`));
    const young = HAILSHAM.has(place) && CHILDREN.has(id);
    const sketch = new Sketch();
    sketch.back = placement.back ?? false;
    DRAWERS[id](sketch, { place, young, random });
    const height = placement.height * BUILD[id].height * (young ? 0.84 : 1);
    const fog = stage.weather === 'fog' ? 0.2 : 0;
    const shade = Math.min(0.9, lighting.shade + fog + (inCar ? 0.5 : 0) + (placement.far ? 0.15 : 0));
    const g = scene.add.graphics();
    if (!placement.far && placement.clip === undefined) {
      // A soft pool of the light behind them, and a shadow on the ground.
      root.add(
        scene.add
          .image(placement.x, placement.ground - height * 0.55, glow)
          .setScale((height * 0.9) / 256, (height * 1.3) / 256)
          .setTint(lighting.rim)
          .setAlpha(lighting.glow),
      );
      g.fillStyle(0x1a1614, 0.2);
      g.fillEllipse(
        placement.x - lighting.side * height * 0.07,
        placement.ground,
        height * 0.36,
        height * 0.045,
      );
    }
    drawSketch(g, sketch, { ...placement, height }, lighting, shade);
    if (placement.far) g.setAlpha(0.32);
    root.add(g);
  }
  return root;
}

/**
 * Three passes: the rim, shifted furthest towards the light, so only a thin edge of it shows past the body; the
 * body in shadow; the body in light, shifted a little towards the light, leaving a darker edge on the far side.
 */
function drawSketch(
  g: Phaser.GameObjects.Graphics,
  sketch: Sketch,
  at: { readonly x: number; readonly ground: number; readonly height: number; readonly clip?: number },
  lighting: Lighting,
  shade: number,
): void {
  const { x, ground, height, clip } = at;
  const unit = Math.max(0.8, height / 170);
  const pass = (offset: number, paint: (shape: Shape) => { color: number; alpha: number } | null) => {
    const dx = lighting.side * offset * unit;
    const dy = -offset * unit * 0.6;
    for (const shape of sketch.shapes) {
      const style = paint(shape);
      if (!style) continue;
      const points = shape.points.map((p) => ({ x: x + p.x * height + dx, y: ground - p.y * height + dy }));
      paintShape(
        g,
        shape,
        clip === undefined ? points : clipBelow(points, clip),
        style.color,
        style.alpha,
        height,
      );
    }
  };
  pass(4.2, (shape) => (shape.rim ? { color: lighting.rim, alpha: lighting.rimAlpha * 0.3 } : null));
  pass(3, (shape) => (shape.rim ? { color: lighting.rim, alpha: lighting.rimAlpha } : null));
  const dark = Math.min(0.95, shade + 0.28);
  pass(0, (shape) => (shape.rim ? { color: mix(shape.color, SHADE, dark), alpha: shape.alpha } : null));
  pass(1.8, (shape) => ({
    color: shape.rim ? mix(shape.color, SHADE, shade) : shape.color,
    alpha: shape.alpha,
  }));
}

/** The part of a polygon above the line y = `bottom` (one edge of Sutherland-Hodgman). */
function clipBelow(points: readonly Point[], bottom: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const aIn = a.y <= bottom;
    const bIn = b.y <= bottom;
    if (aIn) out.push(a);
    if (aIn !== bIn) out.push({ x: a.x + ((b.x - a.x) * (bottom - a.y)) / (b.y - a.y), y: bottom });
  }
  return out;
}

function paintShape(
  g: Phaser.GameObjects.Graphics,
  shape: Shape,
  points: readonly Point[],
  color: number,
  alpha: number,
  height: number,
): void {
  if (points.length < 2) return;
  if (shape.line !== undefined) {
    g.lineStyle(Math.max(1, shape.line * height), color, alpha);
    g.strokePoints(points as Phaser.Math.Vector2[], shape.closed ?? false, shape.closed ?? false);
    return;
  }
  if (points.length < 3) return;
  g.fillStyle(color, alpha);
  g.fillPoints(points as Phaser.Math.Vector2[], true);
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
