/**
 * The last picture: a long fence of two barbed-wire strands along a flat ploughed field in Norfolk, a few trees,
 * the sky over everything, and all along the wire the rubbish the wind has carried and left.
 * This file also holds the outdoor helpers (the sky per light and weather, a layer for the land, distance, rain)
 * that the other outdoor places share; like the dorm's room helpers they belong in kit.ts, and live here because
 * this picture is mostly sky and this file is ours.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import type { Light } from '../core/vocabulary.ts';
import { grain, mix, paintedTexture, relight, shade } from './hailsham-dorm.ts';
import { HEIGHT, type Painter, streakTexture, WIDTH } from './kit.ts';

type Ctx = CanvasRenderingContext2D;
export type Pool = Parameters<typeof relight>[2][number];

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

/** A colour moved `t` of the way toward its own grey. */
export function greyOf(color: string, t: number): string {
  const [r = 0, g = 0, b = 0] = color.startsWith('#')
    ? [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16))
    : (color.match(/\d+/g) ?? []).map(Number);
  const y = Math.round(r * 0.3 + g * 0.59 + b * 0.11);
  return mix(color, `rgb(${y},${y},${y})`, t);
}

/** Fills a polygon given as x, y, x, y…: most of an outdoor picture is flat shapes. */
export function poly(c: Ctx, style: string | CanvasGradient, ...xy: number[]) {
  c.beginPath();
  for (let i = 0; i < xy.length; i += 2) c.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  c.closePath();
  c.fillStyle = style;
  c.fill();
}

/** Strokes a line through x, y, x, y… */
export function line(c: Ctx, style: string, width: number, ...xy: number[]) {
  c.beginPath();
  for (let i = 0; i < xy.length; i += 2) c.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  c.strokeStyle = style;
  c.lineWidth = width;
  c.stroke();
}

/** A linear gradient from (x0, y0) to (x1, y1) through evenly spaced colours. */
export function linear(c: Ctx, x0: number, y0: number, x1: number, y1: number, ...colors: string[]) {
  const g = c.createLinearGradient(x0, y0, x1, y1);
  colors.forEach((color, i) => {
    g.addColorStop(i / Math.max(1, colors.length - 1), color);
  });
  return g;
}

/** The sky down to the horizon: its gradient, the sun's glow (or the moon and stars), and soft clouds. */
export function paintSky(c: Ctx, o: Outdoor, horizon: number, random: Random, sun = { x: 300, y: horizon }) {
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
  const low = o.light === 'golden' || o.light === 'dusk';
  for (let i = 0; i < o.clouds; i += 1) {
    const t = random() ** 1.4;
    const [cx, cy] = [between(random, -100, WIDTH + 100), horizon * (0.9 - t * 0.8)];
    const size = between(random, 40, 90) * (0.4 + t * 1.4) * (o.rain ? 1.6 : 1);
    const puffs = Array.from({ length: 9 }, () => {
      const u = between(random, -1, 1);
      const r = (1 - Math.abs(u) * 0.6) * between(random, 0.4, 0.75) * size;
      return { x: cx + u * 1.7 * size, y: cy - r * between(random, 0.1, 0.6), r };
    });
    c.save();
    c.filter = `blur(${Math.round(size / 9)}px)`;
    for (const [color, lift, alpha] of [
      [o.cloudShade, 0, 0.8] as const,
      [o.cloud, low ? 0.28 : -0.3, 0.75] as const,
    ]) {
      c.fillStyle = color;
      c.globalAlpha = alpha * (1 - o.mist * 0.6);
      c.beginPath();
      for (const p of puffs) c.ellipse(p.x, p.y + lift * p.r, p.r * (o.wind ? 2 : 1.3), p.r * 0.42, 0, 0, 7);
      c.fill();
    }
    c.restore();
  }
}

/** A soft round light added over what is there. */
export function glowAt(c: Ctx, x: number, y: number, r: number, color: string, alpha: number) {
  c.save();
  c.globalCompositeOperation = 'screen';
  c.globalAlpha = Math.min(1, alpha);
  const g = c.createRadialGradient(x, y, 0, x, y, r);
  g.addColorStop(0, color);
  g.addColorStop(0.35, mix(color, '#000000', 0.5));
  g.addColorStop(1, '#000000');
  c.fillStyle = g;
  c.fillRect(x - r, y - r, r * 2, r * 2);
  c.restore();
}

/**
 * Paints the land on a layer of its own and multiplies the hour's light over it (with pools of lamp light), so
 * the sky behind keeps its own colours; then lays the layer on the picture.
 */
export function onLand(c: Ctx, ambient: string, pools: readonly Pool[], draw: (l: Ctx) => void) {
  const [layer, mask] = [document.createElement('canvas'), document.createElement('canvas')];
  [layer.width, layer.height, mask.width, mask.height] = [WIDTH, HEIGHT, WIDTH, HEIGHT];
  const l = layer.getContext('2d');
  if (!l) return;
  draw(l);
  mask.getContext('2d')?.drawImage(layer, 0, 0);
  relight(l, ambient, pools);
  l.globalCompositeOperation = 'destination-in';
  l.drawImage(mask, 0, 0);
  c.drawImage(layer, 0, 0);
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

/** Painted rain, so a still picture still rains; the moving drops come from `addRain`. */
export function rainOver(c: Ctx, random: Random, alpha = 0.16) {
  c.save();
  c.strokeStyle = '#dfe6ec';
  for (let i = 0; i < 700; i += 1) {
    const [x, y, l] = [between(random, 0, WIDTH + 60), between(random, 0, HEIGHT), between(random, 10, 26)];
    c.globalAlpha = alpha * between(random, 0.4, 1);
    c.beginPath();
    c.moveTo(x, y);
    c.lineTo(x - l * 0.18, y + l);
    c.stroke();
  }
  c.restore();
}

/** Rain falling across the whole picture, if it rains: the only weather that moves. */
export function addRain(scene: Phaser.Scene, root: Phaser.GameObjects.Container, o: Outdoor) {
  if (!o.rain) return;
  root.add(
    scene.add.particles(0, 0, streakTexture(scene), {
      ...{
        x: { min: 0, max: WIDTH + 120 },
        y: { min: -60, max: HEIGHT * 0.7 },
        lifespan: 900,
        frequency: 14,
      },
      ...{ speedX: -90, speedY: { min: 520, max: 720 }, rotate: 8, scaleY: { min: 0.3, max: 0.7 } },
      alpha: { start: 0.22, end: 0.05 },
    }),
  );
}

export const paintNorfolkFence: Painter = (scene, stage) => {
  const o = outdoor(stage);
  const key = paintedTexture(scene, `norfolk-fence-${stage.light}-${stage.weather}`, (c) => {
    const random = seededRandom(2005);
    paintSky(c, o, 470, random);
    onLand(c, o.land, [], (l) => poly(l, '#4a3d33', 0, 470, WIDTH, 470, WIDTH, HEIGHT, 0, HEIGHT));
    grain(c, random);
  });
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  addRain(scene, root, o);
  void Phaser;
  return { root, destroy: () => root.destroy(true) };
};
