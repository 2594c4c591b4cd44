/**
 * How a standing person is drawn from a description: legs, a torso, arms, a head and hair, in a few muted colours
 * and never a face. The cast's descriptions are in cast-figures.ts.
 */
import type { Sketch } from './figure-sketch.ts';

// ---------------------------------------------------------------------------------------------------------------
// People, described as data: what they wear, how they stand, their hair. Colours are muted and a little dusty, so
// the grade can warm or cool them without anything shouting.

export const SKIN = 0xb99d88;
export const DARK_LEGS = 0x34363d;

export type HairStyle =
  | 'short'
  | 'shoulder'
  | 'up'
  | 'neat'
  | 'tied'
  | 'curls'
  | 'bob'
  | 'messy'
  | 'long'
  | 'cap';

export interface Person {
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

export function drawPerson(k: Sketch, person: Person): void {
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
export function headAndHair(k: Sketch, style: HairStyle, hair: number, v: number, r: number): void {
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
export function glints(k: Sketch, v: number, r: number): void {
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
