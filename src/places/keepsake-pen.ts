/**
 * The strokes every keepsake drawing is made of, on a 2D canvas in the keepsake's own units: closed paths, dots,
 * rounded rectangles, a vertical gradient, a stroke, a sheen of light on a glossy surface, and the soft shadow
 * that makes a thing lie on the cloth rather than float over it; and `Draw`, the shape of one keepsake's drawing.
 * Used by the keepsake drawings (keepsake-objects.ts, keepsake-papers.ts, keepsake-cassette.ts,
 * keepsake-creature.ts).
 */
import type { Random } from '../core/random.ts';

export type Ctx = CanvasRenderingContext2D;
export type Style = string | CanvasGradient;
export type Draw = (c: Ctx, random: Random) => void;

/** Fills the current path with a soft shadow falling down and to the right, as from a lamp up on the left. */
export function grounded(c: Ctx, style: string | CanvasGradient, lift = 1) {
  // Shadows are measured in canvas pixels, untouched by the transform: scale them with the drawing's resolution.
  const { a, b } = c.getTransform();
  const resolution = Math.hypot(a, b);
  c.save();
  c.shadowColor = 'rgba(45,28,14,0.42)';
  c.shadowBlur = 9 * lift * resolution;
  c.shadowOffsetX = 3 * lift * resolution;
  c.shadowOffsetY = 5 * lift * resolution;
  c.fillStyle = style;
  c.fill();
  c.restore();
}

/** A closed polygon from x, y pairs, filled in `style` if given (else left as the current path). */
export function path(c: Ctx, xy: readonly number[], style?: Style) {
  c.beginPath();
  for (let i = 0; i < xy.length; i += 2) c.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  c.closePath();
  if (style) {
    c.fillStyle = style;
    c.fill();
  }
}

/** A filled circle, in `style` or the current fill. */
export function dot(c: Ctx, x: number, y: number, r: number, style?: Style) {
  if (style) c.fillStyle = style;
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fill();
}

/** A rounded rectangle as the current path, filled in `style` if given. */
export function rect(c: Ctx, x: number, y: number, w: number, h: number, r = 0, style?: Style) {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
  if (style) {
    c.fillStyle = style;
    c.fill();
  }
}

export function vertical(c: Ctx, y0: number, y1: number, top: string, bottom: string) {
  const g = c.createLinearGradient(0, y0, 0, y1);
  g.addColorStop(0, top);
  g.addColorStop(1, bottom);
  return g;
}

export function stroke(c: Ctx, color: string, width: number, draw: () => void) {
  c.strokeStyle = color;
  c.lineWidth = width;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.beginPath();
  draw();
  c.stroke();
}

/** A diagonal band of light across a glossy or glazed surface, clipped to the current path. */
export function sheen(c: Ctx, w: number, h: number, alpha: number) {
  c.save();
  c.clip();
  const g = c.createLinearGradient(-w / 2, -h / 2, w / 2, h / 2);
  g.addColorStop(0.25, 'rgba(255,255,255,0)');
  g.addColorStop(0.38, `rgba(255,255,255,${alpha})`);
  g.addColorStop(0.5, 'rgba(255,255,255,0)');
  c.fillStyle = g;
  c.fillRect(-w / 2, -h / 2, w, h);
  c.restore();
}
