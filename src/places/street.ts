/**
 * A street on a hill seen through the room camera (`Street`): ground following the slope, flat facades, sash
 * windows holding the sky or lit from inside, the lit ones kept to paint after the light. Shared by Cromer's
 * high street and Littlehampton.
 */
import type { Random } from '../core/random.ts';
import { linear } from './canvas-shapes.ts';
import { shade } from './colours.ts';
import type { Outdoor } from './outdoor.ts';
import { along, type Room, type Span, type V3 } from './room.ts';

/** A street on a hill seen through the room camera, with its lit windows kept to paint after the light. */
export class Street {
  constructor(
    readonly room: Room,
    readonly o: Outdoor,
    readonly random: Random,
    /** The height of the ground at depth z. */
    readonly ground: (z: number) => number,
    /** Windows to light once the land is laid down, with how much each glows. */
    readonly lit: { shape: V3[]; glow: number }[] = [],
  ) {}

  /** A strip of ground between two x, from z0 to z1, following the slope; `rise` lifts it (a pavement). */
  strip(x: Span, z: Span, style: string | CanvasGradient, rise = 0) {
    const g = (zz: number) => this.ground(zz) + rise;
    this.room.fill(
      [
        [x[0], g(z[0]), z[0]],
        [x[1], g(z[0]), z[0]],
        [x[1], g(z[1]), z[1]],
        [x[0], g(z[1]), z[1]],
      ],
      style,
    );
  }

  /** A flat wall in the plane x, its foot on the ground and its top level at `top` above the ground at z[0]. */
  wall(x: number, z: Span, top: number, style: string | CanvasGradient) {
    const t = this.ground(z[0]) + top;
    this.room.fill(
      [
        [x, this.ground(z[0]) - 0.3, z[0]],
        [x, this.ground(z[1]) - 0.3, z[1]],
        [x, t, z[1]],
        [x, t, z[0]],
      ],
      style,
    );
  }

  /** A sash window in the plane x: a pale frame, glass holding the sky (or lit from inside), a sill below. */
  sash(x: number, z: Span, y: Span, light = 0.22) {
    const { room, o } = this;
    room.fill(along(x, z, y), '#ece6d8');
    const glass = along(x, [z[0] + 0.07, z[1] - 0.07], [y[0] + 0.07, y[1] - 0.07]);
    const top = room.at([x, y[1], z[0]]).y;
    const bottom = room.at([x, y[0], z[0]]).y;
    room.fill(glass, linear(room.c, 0, top, 0, bottom, shade(o.sky[1], 0.55), shade(o.sky[0], 0.35)));
    if (this.random() < o.lamp * light) this.lit.push({ shape: glass, glow: 0.5 });
    const mid = (y[0] + y[1]) / 2;
    room.fill(along(x, [z[0], z[1]], [mid - 0.03, mid + 0.03]), '#ece6d8');
    room.fill(along(x, [(z[0] + z[1]) / 2 - 0.02, (z[0] + z[1]) / 2 + 0.02], y), '#ece6d8');
    room.fill(along(x, [z[0] - 0.06, z[1] + 0.06], [y[0] - 0.08, y[0]]), '#d8d0c0');
  }
}
