/**
 * The people in the picture who are not drawn as one person standing: Miss Emily years later in her wheelchair,
 * a donor propped up in a centre bed, and a loose group of students in which nobody is picked out. The cast's
 * standing people are described in cast-figures.ts, which hands these out by cast id.
 */
import { between, type Random } from '../core/random.ts';
import { DARK_LEGS, drawPerson, glints, headAndHair, type Person, SKIN } from './figure-people.ts';
import type { Sketch } from './figure-sketch.ts';

/** Years later, in Littlehampton: small in a wheelchair, a rug over her knees, still straight-backed. */
export function emilyInHerChair(k: Sketch): void {
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
export function donor(k: Sketch): void {
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
export function students(k: Sketch, random: Random): void {
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
