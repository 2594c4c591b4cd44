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
import {
  type Eye,
  grain,
  mix,
  paintedTexture,
  project,
  Room,
  relight,
  shade,
  type V3,
} from './hailsham-dorm.ts';
import { bareTree } from './hailsham-house.ts';
import { canvas2d, fillPolygon, HEIGHT, type Painter, streakTexture, WIDTH } from './kit.ts';

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

/**
 * A generator of its own, seeded from `parent`: whatever it draws (more clouds in wind, fewer in fog), the
 * parent moves on by one step, so the buildings and trees painted after it stay put in every light and weather.
 */
export const fork = (parent: Random) => seededRandom(Math.floor(parent() * 2 ** 31));

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

const FENCE_EYE: Eye = { x: 0, y: 1.6, f: 760, cx: 640, cy: 420 };
const FAR = 400;
/** The fence runs from close on our left away across the picture toward the right; `t` is metres along it. */
const fenceAt = (t: number): V3 => [-6 + t, 0, 5 + t * 0.32];
/** Where the fence crosses a line of constant x: the field lies beyond it. */
const fenceZ = (x: number) => 5 + (x + 6) * 0.32;
const STRANDS = [0.55, 1.02] as const;

/** Something caught on the wire: how far along, which strand, how long, its colour, its moment in the wind. */
interface Scrap {
  readonly t: number;
  readonly strand: 0 | 1;
  readonly length: number;
  readonly color: string;
  readonly phase: number;
}
const SCRAPS: readonly Scrap[] = [
  { t: 2.4, strand: 1, length: 0.9, color: '#eeede6', phase: 0 },
  { t: 3.2, strand: 0, length: 0.3, color: '#9aa3a6', phase: 1.3 },
  { t: 8.8, strand: 0, length: 0.45, color: '#d8d4c6', phase: 2.1 },
  { t: 12.6, strand: 1, length: 0.4, color: '#b7b9b0', phase: 0.7 },
  { t: 16.1, strand: 1, length: 0.55, color: '#e7e4da', phase: 2.8 },
  { t: 21.5, strand: 0, length: 0.5, color: '#c9c8c0', phase: 4.1 },
];

export const paintNorfolkFence: Painter = (scene, stage) => {
  const o = outdoor(stage);
  const key = paintedTexture(scene, `norfolk-fence-${stage.light}-${stage.weather}`, (c) => paintField(c, o));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  addRain(scene, root, o);
  // The scraps on the wire are all that moves: ribbons of plastic flicking out downwind.
  const flags = scene.add.graphics();
  root.add(flags);
  const dim = o.light === 'day' ? 1 : 0.55;
  return {
    root,
    update(time) {
      flags.clear();
      for (const scrap of SCRAPS) drawScrap(flags, scrap, time / 1000, dim, o.wind ? 1 : 0.35);
    },
    destroy: () => root.destroy(true),
  };
};

/** A ribbon tied to the wire at one end, its free end streaming out and rippling. */
function drawScrap(g: Phaser.GameObjects.Graphics, scrap: Scrap, seconds: number, dim: number, wind: number) {
  const [x, , z] = fenceAt(scrap.t);
  const knot = project(FENCE_EYE, [x, STRANDS[scrap.strand], z]);
  const scale = FENCE_EYE.f / z;
  const length = scrap.length * scale;
  const width = Math.max(1.5, 0.07 * scale);
  const upper: Phaser.Types.Math.Vector2Like[] = [];
  const lower: Phaser.Types.Math.Vector2Like[] = [];
  for (let i = 0; i <= 12; i += 1) {
    const u = i / 12;
    const wave = Math.sin(seconds * 4.6 * (0.5 + wind) + scrap.phase - u * 5.5) * u * 0.14 * length;
    const sag = u * u * length * (0.5 - wind * 0.38);
    const px = knot.x + u * length * (0.3 + wind * 0.62);
    const py = knot.y + sag + wave;
    const half = width * (1 - u * 0.5) * (0.75 + 0.25 * Math.sin(seconds * 2.7 + u * 4 + scrap.phase));
    upper.push({ x: px, y: py - half });
    lower.push({ x: px, y: py + half });
  }
  const color = Phaser.Display.Color.HexStringToColor(scrap.color);
  color.darken(Math.round((1 - dim) * 60));
  g.fillStyle(color.color, 0.9);
  fillPolygon(g, [...upper, ...lower.reverse()]);
}

function paintField(c: Ctx, o: Outdoor) {
  const random = seededRandom(2005);
  const horizon = FENCE_EYE.cy;
  paintSky(c, o, horizon, random, { x: 360, y: horizon - 140 });
  onLand(c, o.land, [], (l) => {
    const r = new Room(l, FENCE_EYE);
    paintSkyline(l, o, random, horizon);
    paintPlough(r, o, random);
    paintVerge(r, o, random);
    paintFence(r, o, random);
  });
  mistOver(c, o, horizon - 30, horizon + 90, 1.4);
  if (o.rain) rainOver(c, random);
  grain(c, random, 8);
}

/** The far side of the field: a low hedge line hazed by distance, a windbreak of poplars, one bare tree. */
function paintSkyline(l: Ctx, o: Outdoor, random: Random, horizon: number) {
  const far = mix(shade(o.land, 0.45), o.sky[2], 0.5);
  l.fillStyle = far;
  l.beginPath();
  l.moveTo(0, horizon + 3);
  for (let x = 0; x <= WIDTH; x += 6) {
    const copse =
      x > 150 && x < 330 ? Math.sin(((x - 150) / 180) * Math.PI) * 14 + Math.abs(Math.sin(x / 11)) * 6 : 0;
    l.lineTo(x, horizon - 2 - copse - random() * 2.5);
  }
  l.lineTo(WIDTH, horizon + 3);
  l.fill();
  const near = mix(shade(o.land, 0.35), far, 0.3);
  l.fillStyle = near;
  for (let i = 0; i < 6; i += 1) {
    const [x, h] = [1000 + i * 19 + random() * 8, 40 + random() * 22];
    // A poplar: a narrow column of small leafy clumps, leaning a touch downwind.
    l.beginPath();
    for (let k = 0; k < 12; k += 1) {
      const u = k / 11;
      const w = 6 * Math.sin(Math.PI * (0.15 + u * 0.85)) + 1.5;
      l.ellipse(x + u * 4 + between(random, -2, 2), horizon - u * h, w, h / 9, 0, 0, Math.PI * 2);
    }
    l.fill();
  }
  bareTree(l, random, 640, horizon + 1, 60, near);
}

/** The ploughed field: strips of turned earth running from the fence to the skyline, lit on one side. */
function paintPlough(r: Room, o: Outdoor, random: Random) {
  const l = r.c;
  const earth = mix('#5f4a3a', o.land, 0.1);
  const lit = mix('#8d7660', o.sunColor, o.sun * 0.3);
  l.fillStyle = earth;
  l.fillRect(0, FENCE_EYE.cy, WIDTH, HEIGHT - FENCE_EYE.cy);
  for (let x = -60; x < 80; x += 0.7) {
    const z0 = Math.max(1, fenceZ(x + 0.7) - 0.1);
    r.fill(
      [
        [x, 0, z0],
        [x + 0.32, 0, z0],
        [x + 0.32, 0, FAR],
        [x, 0, FAR],
      ],
      random() < 0.5 ? lit : mix(lit, earth, 0.35),
    );
    r.fill(
      [
        [x + 0.5, 0, z0],
        [x + 0.62, 0, z0],
        [x + 0.62, 0, FAR],
        [x + 0.5, 0, FAR],
      ],
      shade(earth, 0.7),
    );
  }
  // Clods and flints, thick near the fence and thinning with distance.
  for (let i = 0; i < 1400; i += 1) {
    const x = between(random, -30, 30);
    const z = Math.max(3.5, fenceZ(x)) + random() ** 2 * 60;
    const p = r.at([x, 0, z]);
    const size = (0.05 * FENCE_EYE.f) / z;
    l.fillStyle = random() < 0.05 ? '#cfc8b8' : random() < 0.55 ? shade(earth, 0.55) : lit;
    l.globalAlpha = 0.7;
    l.beginPath();
    l.ellipse(p.x, p.y, size, size * 0.45, 0, 0, Math.PI * 2);
    l.fill();
  }
  l.globalAlpha = 1;
}

/** Our side of the fence: a wedge of rough grass, blown over toward the right, under the near posts. */
function paintVerge(r: Room, o: Outdoor, random: Random) {
  const l = r.c;
  const grass = mix('#8a8c62', o.land, 0.1);
  const edge = [-12, 40].map((t) => r.at(fenceAt(t)));
  l.save();
  l.beginPath();
  for (const p of edge) l.lineTo(p.x, p.y - 2);
  l.lineTo(WIDTH + 10, HEIGHT + 10);
  l.lineTo(-10, HEIGHT + 10);
  l.closePath();
  const top = edge[edge.length - 1]?.y ?? FENCE_EYE.cy;
  l.fillStyle = linear(l, 0, top, 0, HEIGHT, mix(grass, o.haze, 0.35), shade(grass, 0.72));
  l.fill();
  l.restore();
  // Tussocks of rough grass and dead stalks, farthest first, every blade leaning away on the wind.
  const tufts = Array.from({ length: 1500 }, () => {
    const x = between(random, -12, 24);
    return { x, z: between(random, 3.2, Math.max(3.4, fenceZ(x) + 0.3)) };
  }).sort((p, q) => q.z - p.z);
  l.lineCap = 'round';
  for (const { x, z } of tufts) {
    const p = r.at([x, 0, z]);
    const scale = FENCE_EYE.f / z;
    const dry = random() < 0.4;
    for (let k = 0; k < 6; k += 1) {
      const h = between(random, 0.08, 0.3) * scale;
      const spread = between(random, -0.25, 0.25);
      l.strokeStyle = dry
        ? mix('#b3a97e', o.land, 0.15)
        : k % 3
          ? shade(grass, 0.75)
          : mix(grass, '#d6d3a6', 0.3);
      l.lineWidth = Math.max(0.5, 0.012 * scale);
      l.beginPath();
      l.moveTo(p.x + spread * 0.1 * scale, p.y);
      l.quadraticCurveTo(p.x + (spread + 0.05) * h, p.y - h * 0.8, p.x + (spread + 0.45) * h, p.y - h * 0.85);
      l.stroke();
    }
  }
}

/** Leaning posts every few metres, two strands of barbed wire sagging between them, rubbish caught along it. */
function paintFence(r: Room, o: Outdoor, random: Random) {
  const l = r.c;
  const wood = mix('#5b4c3f', o.land, 0.1);
  const posts: { foot: V3; lean: number }[] = [];
  for (let t = -3; t < 40; t += 2.9 + random() * 0.5)
    posts.push({ foot: fenceAt(t), lean: between(random, -0.1, 0.13) });
  const up = (p: { foot: V3; lean: number }, y: number): V3 => [p.foot[0] + p.lean * y, y, p.foot[2]];
  const faded = (color: string, z: number) => mix(color, o.haze, Math.min(0.7, z / 90));
  l.lineCap = 'round';
  for (const height of STRANDS)
    for (let i = 0; i + 1 < posts.length; i += 1) {
      const [p, q] = [posts[i], posts[i + 1]];
      if (!p || !q) continue;
      const [a, b, z] = [r.at(up(p, height)), r.at(up(q, height)), p.foot[2]];
      const sag = (0.06 * FENCE_EYE.f) / z;
      l.strokeStyle = faded('#3e3d3b', z);
      l.lineWidth = Math.max(0.6, (0.012 * FENCE_EYE.f) / z);
      l.beginPath();
      l.moveTo(a.x, a.y);
      l.quadraticCurveTo((a.x + b.x) / 2, (a.y + b.y) / 2 + sag, b.x, b.y);
      l.stroke();
      if (z > 16) continue;
      // Barbs along the near spans: small twists of wire.
      const s = (0.025 * FENCE_EYE.f) / z;
      for (let u = 0.08; u < 1; u += 0.1) {
        const x = a.x + (b.x - a.x) * u;
        const y = a.y + (b.y - a.y) * u + sag * 2 * u * (1 - u);
        l.beginPath();
        l.moveTo(x - s, y - s * 0.8);
        l.lineTo(x + s, y + s * 0.8);
        l.moveTo(x + s * 0.6, y - s);
        l.lineTo(x - s * 0.6, y + s);
        l.stroke();
      }
    }
  for (const p of posts) {
    const z = p.foot[2];
    const width = (0.11 * FENCE_EYE.f) / z;
    const [foot, head] = [r.at(p.foot), r.at(up(p, 1.22))];
    l.lineCap = 'butt';
    l.strokeStyle = faded(wood, z);
    l.lineWidth = width;
    l.beginPath();
    l.moveTo(foot.x, foot.y + width * 0.2);
    l.lineTo(head.x, head.y);
    l.stroke();
    l.strokeStyle = faded(mix(wood, '#d6c6a6', 0.35), z);
    l.lineWidth = width * 0.3;
    l.beginPath();
    l.moveTo(foot.x - width * 0.3, foot.y);
    l.lineTo(head.x - width * 0.3, head.y);
    l.stroke();
  }
  // A feed sack slumped against a post, a page of newspaper over the top strand, scraps far along the wire.
  const at = fenceAt((posts[3]?.foot[0] ?? 4) + 6.15);
  r.fill(
    [
      [at[0] - 0.05, 0, at[2] - 0.02],
      [at[0] + 0.6, 0, at[2] + 0.4],
      [at[0] + 0.55, 0.38, at[2] + 0.38],
      [at[0] + 0.1, 0.48, at[2] + 0.05],
    ],
    mix('#cbbd95', o.land, 0.2),
  );
  r.line([at[0] + 0.05, 0.3, at[2]], [at[0] + 0.55, 0.24, at[2] + 0.35], 0.02, '#8e7f5e');
  const paper = fenceAt(10.6);
  const y = STRANDS[1];
  const sheet = (dx: number, dy: number): V3 => [paper[0] + dx, y + dy, paper[2] + dx * 0.4];
  r.fill([sheet(-0.2, 0), sheet(0.2, 0.02), sheet(0.23, -0.32), sheet(-0.17, -0.36)], '#e2ded1');
  for (let k = 1; k < 5; k += 1) r.line(sheet(-0.14, -k * 0.065), sheet(0.16, -k * 0.065), 0.008, '#a29e93');
  for (let i = 0; i < 30; i += 1) {
    const [x, , z] = fenceAt(between(random, 17, 40));
    const p = r.at([x, STRANDS[random() < 0.6 ? 0 : 1], z]);
    const s = (0.3 * FENCE_EYE.f) / z;
    l.fillStyle = faded(random() < 0.5 ? '#e6e2d8' : '#9ea4a6', z);
    l.beginPath();
    l.moveTo(p.x, p.y);
    l.lineTo(p.x + s, p.y + s * 0.15);
    l.lineTo(p.x + s * 0.8, p.y + s * 0.55);
    l.lineTo(p.x + s * 0.1, p.y + s * 0.45);
    l.fill();
  }
}
