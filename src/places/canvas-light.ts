/**
 * Light added to or multiplied over a painted canvas: a light map of an ambient colour and pools (`relight`), so
 * shadows gather where the pools do not reach; light screened over a traced path (`light`); and soft round glows
 * (`shine`, `glowAt`) for lamps, lit windows and the sun. Shared by the rooms and the outdoor places alike.
 */
import { mix } from './colours.ts';
import { canvas2d } from './kit.ts';

type Ctx = CanvasRenderingContext2D;

export type Pool = { x: number; y: number; r: number; color: string };

/** Multiplies a light map over the canvas: an ambient colour plus pools of light, so shadows gather naturally. */
export function relight(c: CanvasRenderingContext2D, ambient: string, pools: readonly Pool[]) {
  const m = canvas2d(c.canvas.width, c.canvas.height);
  if (!m) return;
  const map = m.canvas;
  m.fillStyle = ambient;
  m.fillRect(0, 0, map.width, map.height);
  m.globalCompositeOperation = 'lighter';
  for (const pool of pools) {
    const gradient = m.createRadialGradient(pool.x, pool.y, 0, pool.x, pool.y, pool.r);
    gradient.addColorStop(0, pool.color);
    gradient.addColorStop(1, 'rgba(0,0,0,0)');
    m.fillStyle = gradient;
    m.fillRect(0, 0, map.width, map.height);
  }
  c.save();
  c.globalCompositeOperation = 'multiply';
  c.drawImage(map, 0, 0);
  c.restore();
}

/** Adds light (screen blending) over whatever path `trace` makes, softened by `filter`. */
export function light(c: Ctx, filter: string, alpha: number, trace: () => void, color: string) {
  c.save();
  c.globalCompositeOperation = 'screen';
  c.filter = filter;
  c.globalAlpha = Math.min(1, alpha);
  trace();
  c.fillStyle = color;
  c.fill();
  c.restore();
}

/** A soft round light added over the picture: a lamp, a lit window's spill, the sun. */
export function shine(c: Ctx, x: number, y: number, r: number, color: string, alpha: number, squash = 1) {
  c.save();
  c.globalCompositeOperation = 'screen';
  c.globalAlpha = Math.min(1, alpha);
  c.translate(x, y);
  c.scale(1, squash);
  const gradient = c.createRadialGradient(0, 0, 0, 0, 0, r);
  gradient.addColorStop(0, color);
  gradient.addColorStop(0.35, mix(color, '#000000', 0.55));
  gradient.addColorStop(1, '#000000');
  c.fillStyle = gradient;
  c.fillRect(-r, -r, r * 2, r * 2);
  c.restore();
}

/** A soft round light added over what is there; `stretch` draws it out downward, as in a wet road. */
export function glowAt(c: Ctx, x: number, y: number, r: number, color: string, alpha: number, stretch = 1) {
  c.save();
  c.globalCompositeOperation = 'screen';
  c.globalAlpha = Math.min(1, alpha);
  c.translate(x, y);
  c.scale(1 / Math.sqrt(stretch), stretch);
  const g = c.createRadialGradient(0, 0, 0, 0, 0, r);
  g.addColorStop(0, color);
  g.addColorStop(0.35, mix(color, '#000000', 0.5));
  g.addColorStop(1, '#000000');
  c.fillStyle = g;
  c.fillRect(-r, -r, r * 2, r * 2);
  c.restore();
}
