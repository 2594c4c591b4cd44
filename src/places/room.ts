/**
 * The room camera: a pinhole eye in metres (x right, y up, z away from us) and the `Room` that projects flat
 * shapes in a room's three planes onto a 2D canvas: walls, floors, boxes, lines that thin with distance. Shared by
 * every painter that builds its place in perspective (the rooms, the streets, the fence); it projects and fills
 * what it is given, and leaves the light to canvas-light.ts and room-mood.ts.
 */
export type V3 = readonly [number, number, number];
export type Span = readonly [number, number];
type Style = string | CanvasGradient;
export type Eye = Readonly<{ x: number; y: number; f: number; cx: number; cy: number }>;

const corners = (at: (u: number, v: number) => V3, u: Span, v: Span) => [
  at(u[0], v[0]),
  at(u[1], v[0]),
  at(u[1], v[1]),
  at(u[0], v[1]),
];
/** Rectangles in a room's three planes: across it (constant z), along a side wall (constant x), level (constant y). */
export const across = (z: number, x: Span, y: Span) => corners((a, b) => [a, b, z], x, y);
export const along = (x: number, z: Span, y: Span) => corners((a, b) => [x, b, a], z, y);
export const level = (y: number, x: Span, z: Span) => corners((a, b) => [a, y, b], x, z);

/** Where a point in the room lands in the picture. */
export function project(eye: Eye, [x, y, z]: V3) {
  return { x: eye.cx + (eye.f * (x - eye.x)) / z, y: eye.cy - (eye.f * (y - eye.y)) / z };
}

/** A pinhole camera in metres (x right, y up, z away from us) drawing flat shapes onto a 2D canvas. */
export class Room {
  constructor(
    readonly c: CanvasRenderingContext2D,
    readonly eye: Eye,
  ) {}

  at(point: V3) {
    return project(this.eye, point);
  }

  fill(points: readonly V3[], style: Style) {
    this.trace([points]);
    this.c.fillStyle = style;
    this.c.fill();
  }

  /** Starts a path of several polygons, to fill once (their union) or to clip to. */
  trace(polygons: readonly (readonly V3[])[]) {
    this.c.beginPath();
    for (const polygon of polygons) {
      polygon.forEach((point, i) => {
        const s = this.at(point);
        if (i) this.c.lineTo(s.x, s.y);
        else this.c.moveTo(s.x, s.y);
      });
      this.c.closePath();
    }
  }

  /** A line `width` metres thick, thinning with distance. */
  line(a: V3, b: V3, width: number, color: string) {
    const p = this.at(a);
    const q = this.at(b);
    this.c.lineWidth = (this.eye.f * width) / ((a[2] + b[2]) / 2);
    this.c.strokeStyle = color;
    this.c.beginPath();
    this.c.moveTo(p.x, p.y);
    this.c.lineTo(q.x, q.y);
    this.c.stroke();
  }

  /** An axis-aligned box: whichever end we can see, the face toward us, then the top if we look down on it. */
  box(x: Span, y: Span, z: Span, top: Style, front: Style, end: Style) {
    const endX = x[0] > this.eye.x ? x[0] : x[1] < this.eye.x ? x[1] : null;
    if (endX !== null) this.fill(along(endX, z, y), end);
    this.fill(across(z[0], x, y), front);
    if (y[1] < this.eye.y) this.fill(level(y[1], x, z), top);
  }

  /** A lampshade-like trapezoid facing us, centred on x: `low` half-wide at y0, `high` half-wide at y1. */
  taper([x, y0, z]: V3, low: number, y1: number, high: number, style?: Style) {
    const shape = across(z, [x - low, x + low], [y0, y1]).map(
      ([px, py]): V3 => [x + (px - x) * (py === y1 ? high / low : 1), py, z],
    );
    if (style) this.fill(shape, style);
    else this.trace([shape]);
  }

  /** A soft dark pool on the floor under something standing there. */
  shadow(x: Span, z: Span, alpha: number, blur = 8) {
    this.c.save();
    this.c.filter = `blur(${blur}px)`;
    this.fill(level(0, [x[0] - 0.06, x[1] + 0.06], [z[0] - 0.04, z[1] + 0.1]), `rgba(50,34,22,${alpha})`);
    this.c.restore();
  }

  /** Soft vertical folds across a span of the picture, for curtains and hanging blankets. */
  folds(x: Span, y: number, z: number, light: string, dark: string, count: number) {
    const gradient = this.c.createLinearGradient(this.at([x[0], y, z]).x, 0, this.at([x[1], y, z]).x, 0);
    for (let i = 0; i <= count; i += 1) gradient.addColorStop(i / count, i % 2 ? dark : light);
    return gradient;
  }
}
