/**
 * The figure drawing's pen: shapes collected in figure units (`u` across and `v` up, both in heights of a standing
 * adult, feet at v = 0) under an offset, a scale and a lean, to be lit and painted by figures.ts.
 */

export type Point = { readonly x: number; readonly y: number };

/**
 * One filled or stroked shape of a figure, in figure units: `u` across and `v` up, both in heights of a standing
 * adult, feet at v = 0.
 */
export interface Shape {
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
export class Sketch {
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
