/**
 * The sea from the horizon down (`paintSea`): sky-coloured far off, darker near, ruled with small waves, with a
 * path of glitter under a low sun or the moon. Shared by the places that end at the sea (Cromer, Littlehampton).
 */
import { between, type Random } from '../core/random.ts';
import { mix, shade } from './colours.ts';
import { WIDTH } from './kit.ts';
import { fork, type Outdoor } from './outdoor.ts';

type Ctx = CanvasRenderingContext2D;

/** The sea from the horizon down to `bottom`: sky-coloured far off, darker near, ruled with small waves. */
export function paintSea(c: Ctx, o: Outdoor, top: number, bottom: number, parent: Random, glitterX?: number) {
  const random = fork(parent);
  const g = c.createLinearGradient(0, top, 0, bottom);
  g.addColorStop(0, mix(o.sea[0], o.haze, o.mist * 0.6));
  g.addColorStop(1, mix(o.sea[1], o.haze, o.mist * 0.3));
  c.fillStyle = g;
  c.fillRect(0, top, WIDTH, bottom - top);
  for (let i = 0; i < 900; i += 1) {
    const t = random() ** 1.7;
    const y = top + 1 + t * (bottom - top);
    const w = between(random, 6, 30) * (0.3 + t * 3);
    const x =
      glitterX !== undefined && random() < 0.35 ? glitterX + between(random, -1, 1) * (30 + t * 300) : null;
    const glitter = Math.max(o.sun, o.light === 'night' ? 0.4 : 0) * (1 - o.mist);
    const lit = x !== null && glitter > 0;
    c.fillStyle = lit ? o.sunColor : random() < 0.5 ? shade(o.sea[0], 1.12) : shade(o.sea[1], 0.8);
    c.globalAlpha = lit ? 0.55 * glitter : between(random, 0.08, 0.24);
    c.fillRect(x ?? between(random, -20, WIDTH), y, w, Math.max(1, t * 3.5));
  }
  c.globalAlpha = 1;
}
