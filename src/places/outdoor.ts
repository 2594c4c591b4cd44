/**
 * The outdoor light of the Norfolk fence, Cromer and Littlehampton (`Outdoor`): the hour's colours changed by
 * the weather, the sky with its sun or moon and clouds, the land on a layer of its own lit by the hour, and
 * distance laid over as mist. Its random generators are forked (`fork`) so weather never moves what is painted
 * after the sky. (The other outdoor places use `Air` in air.ts.)
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import type { Light } from '../core/vocabulary.ts';
import { glowAt, type Pool, relight } from './canvas-light.ts';
import { greyOf, mix, shade } from './colours.ts';
import { canvas2d, HEIGHT, WIDTH } from './kit.ts';

type Ctx = CanvasRenderingContext2D;

/** How the hour and the weather colour an outdoor picture. */
export interface Outdoor {
  /** Sky at the top, two thirds down, and at the horizon. */
  readonly sky: readonly [string, string, string];
  readonly cloud: string;
  readonly cloudShade: string;
  /** The light multiplied over the land, and the colour distance fades it to. */
  readonly land: string;
  readonly haze: string;
  /** The sea (or standing water) at the horizon and near us. */
  readonly sea: readonly [string, string];
  readonly sunColor: string;
  readonly sun: number;
  /** How lit the windows and lamps are. */
  readonly lamp: number;
  /** How much distance dissolves: a little on a clear day, nearly all in fog. */
  readonly mist: number;
  readonly clouds: number;
  readonly light: Light;
  readonly rain: boolean;
  readonly wind: boolean;
}

type Hour = Omit<Outdoor, 'mist' | 'clouds' | 'light' | 'rain' | 'wind'>;
/** Colours in order: sky top, middle, horizon; cloud lit, shaded; light on the land; haze; sea far, near; sun. */
const hour = (colours: string, sun: number, lamp: number): Hour => {
  const k = colours.split(' ');
  const at = (i: number) => k[i] ?? '#808080';
  return {
    ...{ sky: [at(0), at(1), at(2)], cloud: at(3), cloudShade: at(4), land: at(5), haze: at(6) },
    ...{ sea: [at(7), at(8)], sunColor: at(9), sun, lamp },
  };
};
const HOURS: Readonly<Record<Light, Hour>> = {
  day: hour('#9db4c6 #cfd9dc #e9e7dc #fbf8f1 #c9d0d5 #f4f0e8 #dde2e0 #aebdb8 #667f79 #fff3da', 0.3, 0),
  golden: hour('#a3b0bb #e4cea8 #f1bb85 #fde2b8 #bda594 #f4d8b2 #e9cba5 #d9c09c #66766d #ffd08c', 0.75, 0.2),
  dusk: hour('#2c3951 #6c6376 #cf967a #c88f7e #4b4c63 #77728c #8a7689 #8d7b86 #2c3746 #f2a272', 0.3, 0.85),
  night: hour('#070b15 #121a2b #232a3e #262d41 #101624 #333a55 #1e2537 #232a3b #0a0f18 #c8d0e0', 0, 1),
};

/** The hour's colours changed by the weather: rain greys and darkens, fog washes everything toward the haze. */
export function outdoor(stage: Stage): Outdoor {
  const h = HOURS[stage.light];
  const base = { ...h, light: stage.light, rain: false, wind: stage.weather === 'wind' };
  const toward = (to: string, t: readonly [number, number, number]) =>
    h.sky.map((s, i) => mix(s, to, t[i] ?? 0)) as unknown as Outdoor['sky'];
  if (stage.weather === 'rain') {
    const grey = greyOf(h.sky[2], 0.85);
    return {
      ...base,
      ...{ sky: toward(grey, [0.55, 0.7, 0.6]), cloud: mix(h.cloud, grey, 0.7), rain: true, clouds: 26 },
      ...{ cloudShade: shade(greyOf(h.cloudShade, 0.7), 0.9), land: shade(greyOf(h.land, 0.3), 0.86) },
      ...{ haze: mix(h.haze, grey, 0.6), sun: h.sun * 0.15, mist: 0.45 },
      sea: [mix(h.sea[0], grey, 0.5), greyOf(h.sea[1], 0.4)],
    };
  }
  if (stage.weather === 'fog') {
    const fog = mix(h.haze, h.sky[1], 0.3);
    return {
      ...base,
      ...{ sky: toward(fog, [0.75, 0.85, 1]), haze: fog, sun: h.sun * 0.3, mist: 0.85, clouds: 4 },
      ...{ cloud: mix(h.cloud, fog, 0.7), cloudShade: mix(h.cloudShade, fog, 0.7) },
    };
  }
  return { ...base, mist: 0.18, clouds: stage.weather === 'wind' ? 14 : 8 };
}

/**
 * A generator of its own, seeded from `parent`: whatever it draws (more clouds in wind, fewer in fog), the
 * parent moves on by one step, so the buildings and trees painted after it stay put in every light and weather.
 */
export const fork = (parent: Random) => seededRandom(Math.floor(parent() * 2 ** 31));

/** The sky down to the horizon: its gradient, the sun's glow (or the moon and stars), and soft clouds. */
export function paintSky(c: Ctx, o: Outdoor, horizon: number, parent: Random, sun = { x: 300, y: horizon }) {
  const random = fork(parent);
  const gradient = c.createLinearGradient(0, 0, 0, horizon);
  o.sky.forEach((color, i) => {
    gradient.addColorStop([0, 0.62, 1][i] ?? 1, color);
  });
  c.fillStyle = gradient;
  c.fillRect(0, 0, WIDTH, HEIGHT);
  if (o.sun > 0) glowAt(c, sun.x, sun.y, horizon * 1.3, o.sunColor, o.sun * 0.55);
  if (o.light === 'night' && o.clouds < 10) {
    c.fillStyle = '#dfe4f0';
    for (let i = 0; i < 90; i += 1) {
      c.globalAlpha = between(random, 0.15, 0.7) * (1 - o.mist);
      c.fillRect(between(random, 0, WIDTH), horizon * 0.85 * random() ** 1.4, 1.2, 1.2);
    }
    // The moon stands where the sun would, so its path on any water is in the same place.
    c.globalAlpha = 1 - o.mist;
    glowAt(c, sun.x, horizon * 0.3, 160, '#aebbd6', 0.45);
    c.beginPath();
    c.arc(sun.x, horizon * 0.3, 9, 0, Math.PI * 2);
    c.fillStyle = '#e8ecf2';
    c.fill();
    c.globalAlpha = 1;
  }
  // Clouds, larger and higher overhead, flatter toward the horizon: puffs heaped on a flat base, a shaded body,
  // then the lit side, above by day and underneath when the sun is low.
  // They are drawn at a quarter of the size and laid over the sky scaled up: a blurred draw costs by the area it
  // covers, and where the browser paints in software a dozen full-size blurs take many seconds.
  const low = o.light === 'golden' || o.light === 'dusk';
  const s = canvas2d(WIDTH / 4, HEIGHT / 4);
  if (!s) return;
  s.scale(0.25, 0.25);
  for (let i = 0; i < o.clouds; i += 1) {
    const t = random() ** 1.4;
    const [cx, cy] = [between(random, -100, WIDTH + 100), horizon * (0.9 - t * 0.8)];
    const size = between(random, 40, 90) * (0.4 + t * 1.4) * (o.rain ? 1.6 : 1);
    const puffs = Array.from({ length: 9 }, () => {
      const u = between(random, -1, 1);
      const r = (1 - Math.abs(u) * 0.6) * between(random, 0.4, 0.75) * size;
      return { x: cx + u * 1.7 * size, y: cy - r * between(random, 0.1, 0.6), r };
    });
    s.save();
    s.filter = `blur(${Math.max(1, Math.round(size / 36))}px)`;
    for (const [color, lift, alpha] of [
      [o.cloudShade, 0, 0.8] as const,
      [o.cloud, low ? 0.28 : -0.3, 0.75] as const,
    ]) {
      s.fillStyle = color;
      s.globalAlpha = alpha * (1 - o.mist * 0.6);
      s.beginPath();
      for (const p of puffs) s.ellipse(p.x, p.y + lift * p.r, p.r * (o.wind ? 2 : 1.3), p.r * 0.42, 0, 0, 7);
      s.fill();
    }
    s.restore();
  }
  c.drawImage(s.canvas, 0, 0, WIDTH, HEIGHT);
}

/**
 * Paints the land on a layer of its own and multiplies the hour's light over it (with pools of lamp light), so
 * the sky behind keeps its own colours; then lays the layer on the picture.
 */
export function onLand(c: Ctx, ambient: string, pools: readonly Pool[], draw: (l: Ctx) => void) {
  const [l, mask] = [canvas2d(), canvas2d()];
  if (!l || !mask) return;
  draw(l);
  mask.drawImage(l.canvas, 0, 0);
  relight(l, ambient, pools);
  l.globalCompositeOperation = 'destination-in';
  l.drawImage(mask.canvas, 0, 0);
  c.drawImage(l.canvas, 0, 0);
}

/** Distance laid over what is already painted: the haze colour, strongest at `far` and gone by `near`. */
export function mistOver(c: Ctx, o: Outdoor, far: number, near: number, strength = 1) {
  c.save();
  c.globalCompositeOperation = 'source-atop';
  const g = c.createLinearGradient(0, far, 0, near);
  g.addColorStop(0, o.haze);
  g.addColorStop(1, 'rgba(0,0,0,0)');
  c.globalAlpha = Math.min(1, o.mist * strength);
  c.fillStyle = g;
  c.fillRect(0, 0, WIDTH, HEIGHT);
  c.restore();
}
