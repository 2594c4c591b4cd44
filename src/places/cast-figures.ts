/**
 * Each person who can stand in the picture (`# cast:`), described: Kathy, Ruth, Tommy, the guardians and the
 * others (Miss Emily in her chair, a donor in a bed and a group of students are in cast-not-standing.ts); how tall
 * each stands and how much of the row each takes. Drawn by figure-people.ts; placed by figure-layout.ts.
 */
import type { Random } from '../core/random.ts';
import type { CastId, PlaceId } from '../core/vocabulary.ts';
import { donor, emilyInHerChair, students } from './cast-not-standing.ts';
import { DARK_LEGS, drawPerson, glints, type Person } from './figure-people.ts';
import type { Sketch } from './figure-sketch.ts';

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

export type Drawer = (k: Sketch, context: { place: PlaceId; young: boolean; random: Random }) => void;

export const DRAWERS: Readonly<Record<CastId, Drawer>> = {
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
export const BUILD: Readonly<Record<CastId, { readonly height: number; readonly width: number }>> = {
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
