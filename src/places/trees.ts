/**
 * The growing things of the outdoor places: leafy crowns, a wood's edge, a leafless tree, a hedge, each drawn
 * on a 2D canvas from a seeded generator. Shared by the outdoor places (and the view from the Cottages'
 * kitchen window).
 */
import { between, type Random } from '../core/random.ts';
import { mix, shade } from './colours.ts';
import { WIDTH } from './kit.ts';

type Ctx = CanvasRenderingContext2D;

export interface Crown {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Where the trunk meets the ground, if it shows. */
  readonly base?: number;
}

/**
 * Leafy crowns (beech, oak, elm): big circles fill each, small ones make a leafy upper edge. The whole group is
 * drawn first in the lit colour nudged toward the light, then in the body colour, so a thin bright rim shows;
 * then a few dapples of light and shade.
 */
export function crowns(c: Ctx, random: Random, list: readonly Crown[], body: string, rim: string) {
  const shapes = list.map(({ x, y, size, base }) => {
    const leaves = Array.from({ length: 64 }, (_, i) => {
      const inner = i < 14;
      const angle = inner ? random() * Math.PI * 2 : between(random, -Math.PI * 1.08, 0.08);
      const d = (inner ? between(random, 0, 0.55) : between(random, 0.72, 1)) * size;
      const r = size * (inner ? between(random, 0.38, 0.58) : between(random, 0.08, 0.17));
      return { x: x + Math.cos(angle) * d * 1.2, y: y + Math.sin(angle) * d * 0.95, r };
    });
    return { x, y, size, base, leaves };
  });
  for (const { x, y, size, base } of shapes) {
    if (base === undefined) continue;
    c.fillStyle = mix(shade(body, 0.5), '#4a3a2a', 0.5);
    c.beginPath();
    c.moveTo(x - size * 0.09, base);
    c.lineTo(x - size * 0.05, y);
    c.lineTo(x + size * 0.05, y);
    c.lineTo(x + size * 0.1, base);
    c.fill();
  }
  const top = Math.min(...list.map((t) => t.y - t.size));
  const bottom = Math.max(...list.map((t) => t.y + t.size * 0.8));
  const fill = c.createLinearGradient(0, top, 0, bottom);
  fill.addColorStop(0, mix(body, rim, 0.2));
  fill.addColorStop(1, shade(body, 0.7));
  for (const [color, nudge] of [[rim, -2] as const, [fill, 0] as const]) {
    c.fillStyle = color;
    c.beginPath();
    for (const leaf of shapes.flatMap((s) => s.leaves)) {
      c.moveTo(leaf.x + nudge + leaf.r, leaf.y + nudge);
      c.arc(leaf.x + nudge, leaf.y + nudge, leaf.r, 0, Math.PI * 2);
    }
    c.fill();
  }
  for (const { x, y, size } of shapes) {
    for (let i = 0; i < 22; i += 1) {
      const lit = i < 14;
      const angle = lit ? between(random, -2.6, -0.6) : between(random, 0.3, 2.4);
      const d = between(random, 0.2, 0.8) * size;
      c.fillStyle = lit ? mix(body, rim, 0.45) : shade(body, 0.72);
      c.globalAlpha = 0.4;
      c.beginPath();
      c.arc(x + Math.cos(angle) * d, y + Math.sin(angle) * d * 0.8, size * between(random, 0.05, 0.1), 0, 7);
      c.fill();
    }
    c.globalAlpha = 1;
  }
}

/**
 * A wood seen from outside: a back row of crowns against the sky from `top`, a front row lower down, and the
 * shadow under them down to `bottom`. `dips` lower the tree line over spans of x (to let something show).
 */
export function wood(
  c: Ctx,
  random: Random,
  top: number,
  bottom: number,
  body: string,
  rim: string,
  dips: readonly (readonly [number, number, number])[] = [],
) {
  const dip = (x: number) => dips.reduce((d, [x0, x1, depth]) => (x > x0 && x < x1 ? d + depth : d), 0);
  const height = bottom - top;
  // The shadowed mass under the crowns first, so no sky shows between the rows.
  c.fillStyle = shade(body, 0.62);
  c.fillRect(0, top + height * 0.45, WIDTH, height * 0.55 + 1);
  for (const [rise, size, color] of [
    [0, 1, mix(body, rim, 0.12)],
    [0.45, 0.8, body],
  ] as const) {
    const row: Crown[] = [];
    for (let x = -40; x < WIDTH + 60; x += between(random, 45, 80) * size) {
      const s = between(random, 0.5, 0.95) * height * 0.5 * size;
      row.push({ x, y: top + height * rise + s * 0.9 + between(random, -8, 8) + dip(x), size: s });
    }
    crowns(c, random, row, color, rim);
  }
  const under = c.createLinearGradient(0, top + height * 0.7, 0, bottom);
  under.addColorStop(0, 'rgba(20,25,15,0)');
  under.addColorStop(1, 'rgba(20,25,15,0.5)');
  c.fillStyle = under;
  c.fillRect(0, top + height * 0.7, WIDTH, height * 0.3 + 1);
}

/** A leafless tree: a wandering trunk throwing off limbs, each limb its own smaller tree, twigs a haze. */
export function bareTree(c: Ctx, random: Random, x: number, base: number, height: number, color: string) {
  // Thousands of short strokes: gathered by width and drawn as a few paths, which is far quicker.
  const strokes = new Map<number, number[]>();
  const limb = (bx: number, by: number, angle: number, length: number, width: number, depth: number) => {
    let [px, py, turn, w] = [bx, by, angle, width];
    for (let i = 0; i < 4; i += 1) {
      // Each piece bends a little at random and a little back toward the light above.
      turn += between(random, -0.22, 0.22) + (-Math.PI / 2 - turn) * 0.08;
      const [nx, ny] = [px + (Math.cos(turn) * length) / 4, py + (Math.sin(turn) * length) / 4];
      const key = Math.max(0.4, Math.round(w * 3) / 3);
      const list = strokes.get(key) ?? [];
      list.push(px, py, nx, ny);
      strokes.set(key, list);
      [px, py, w] = [nx, ny, w * 0.86];
      // Limbs leave on alternate sides, longer low down, so the crown comes out a broad dome.
      if (depth > 0 && (i > 0 || depth < 4) && random() < 0.92) {
        const side = (i % 2 ? 1 : -1) * (depth % 2 ? 1 : -1);
        const reach = length * between(random, 0.5, 0.78) * (1.1 - i * 0.12);
        limb(px, py, turn + side * between(random, 0.5, 1.1), reach, w * 0.62, depth - 1);
      }
    }
    if (depth > 0) limb(px, py, turn + between(random, -0.25, 0.25), length * 0.62, w * 0.8, depth - 1);
  };
  const depth = height > 160 ? 5 : height > 70 ? 4 : 3;
  limb(x, base, -Math.PI / 2 + between(random, -0.06, 0.06), height * 0.42, height * 0.04, depth);
  c.save();
  c.strokeStyle = color;
  c.lineCap = 'round';
  for (const [width, points] of strokes) {
    c.lineWidth = width;
    c.beginPath();
    for (let i = 0; i < points.length; i += 4) {
      c.moveTo(points[i] ?? 0, points[i + 1] ?? 0);
      c.lineTo(points[i + 2] ?? 0, points[i + 3] ?? 0);
    }
    c.stroke();
  }
  c.restore();
}

/** A hedge between two screen lines over a span of x: a lumpy top, a darker foot, a scatter of leaf texture. */
export function hedge(
  c: Ctx,
  random: Random,
  top: (x: number) => number,
  foot: (x: number) => number,
  color: string,
  [x0, x1]: readonly [number, number] = [-20, WIDTH + 20],
) {
  const points: [number, number][] = [];
  for (let x = x0; x <= x1; x += 6)
    points.push([x, top(x) + between(random, -3, 3) * Math.min(1, (foot(x) - top(x)) / 20)]);
  const [upper, lower] = [Math.min(...points.map((p) => p[1])), Math.max(foot(x0), foot(x1))];
  const gradient = c.createLinearGradient(0, upper, 0, lower);
  gradient.addColorStop(0, mix(color, '#d8dcb0', 0.18));
  gradient.addColorStop(1, shade(color, 0.55));
  c.fillStyle = gradient;
  c.beginPath();
  points.forEach(([x, y]) => {
    c.lineTo(x, y);
  });
  c.lineTo(x1, foot(x1));
  c.lineTo(x0, foot(x0));
  c.fill();
  const count = Math.min(3000, Math.abs(x1 - x0) * Math.max(8, Math.abs(foot(x0) - top(x0))) * 0.03);
  for (let i = 0; i < count; i += 1) {
    const x = between(random, x0, x1);
    const [t, f] = [top(x), foot(x)];
    const y = between(random, t + 2, f);
    c.fillStyle = random() < 0.5 ? mix(color, '#e0e4b8', 0.25) : shade(color, 0.7);
    c.globalAlpha = 0.5;
    c.beginPath();
    c.arc(x, y, between(random, 0.6, 1.4) * Math.min(4, (f - t) / 50 + 0.4), 0, 7);
    c.fill();
  }
  c.globalAlpha = 1;
}
