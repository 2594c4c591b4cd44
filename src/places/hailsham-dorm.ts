/**
 * A Hailsham dormitory in the early evening, as Kathy remembers it: iron beds under pale blankets, a tall sash
 * window with the tops of the trees outside, her collection chest at the foot of a bed, the cassette player on a
 * locker, and an open doorway onto the corridor, where someone could stand and watch. The room is painted once
 * per light onto a canvas (soft gradients and blurred light cost nothing per frame); only the dust and the lamp
 * move. The room helpers below (`Room`, `MOODS`, `relight`, `paintOutside`, `grain`…) are shared with the
 * classroom, the keepsakes and the chest: they belong in kit.ts, and live here only because this file is ours.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Light } from '../core/vocabulary.ts';
import { canvas2d, dotTexture, glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';

export type V3 = readonly [number, number, number];
export type Span = readonly [number, number];
type Style = string | CanvasGradient;
type Ctx = CanvasRenderingContext2D;
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

/** How the hour colours a room: the sky outside, the light indoors, and the sun or lamp that is left. */
export interface Mood {
  /** Sky at the top of a window, two thirds down, and at the horizon. */
  readonly sky: readonly [string, string, string];
  readonly trees: string;
  /** The room's light everywhere, and the extra light around its windows. */
  readonly ambient: string;
  readonly window: string;
  readonly sun: number;
  readonly sunColor: string;
  readonly lamp: number;
}

const mood = (sky: Mood['sky'], trees: string, ambient: string, window: string, sun = 0, lamp = 0) =>
  ({ sky, trees, ambient, window, sun, sunColor: sun > 0.5 ? '#ffcf8a' : '#fff3da', lamp }) as const;

export const MOODS: Readonly<Record<Light, Mood>> = {
  day: mood(['#bfd3dc', '#e6ebe2', '#f2eddc'], '#7f9068', '#cbc3b6', '#3a3830', 0.4),
  golden: mood(['#e3cfa8', '#f3d29a', '#f7b978'], '#6c6446', '#b79474', '#5e4a30', 0.6),
  dusk: mood(['#566079', '#a3848f', '#e0a27c'], '#37333a', '#47435b', '#45303a', 0, 0.75),
  night: mood(['#0f1522', '#1c2536', '#2d3143'], '#0b0e15', '#1f2335', '#151b2c', 0, 1),
};

const SIDE = 3.2;
const BACK = 6.2;
const WINDOW = { x: [-0.15, 1.15], y: [0.95, 3.0], glass: BACK + 0.3 } as const;
const DOOR = { z: [4.3, 5.2], top: 2.15 } as const;
const LAMP: V3 = [-0.95, 1.12, 5.95];
const EYE: Eye = { x: -0.2, y: 1.3, f: 820, cx: 640, cy: 310 };

export const paintHailshamDorm: Painter = (scene, stage) => {
  const mood = MOODS[stage.light];
  const key = paintedTexture(scene, `dorm-${stage.light}`, (c) => paintRoom(new Room(c, EYE), mood));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const lamp = addLampAndDust(scene, root, project(EYE, LAMP), mood, { min: 520, max: 860 });
  return {
    root,
    update(time) {
      // The lamp breathes a little, as a bulb on an old circuit does.
      if (mood.lamp > 0) lamp.setAlpha(mood.lamp * (0.38 + Math.sin(time / 1300) * 0.03));
    },
    destroy() {
      root.destroy(true);
    },
  };
};

/** The glow of a lamp (lit at dusk and night) and dust turning in the window light or, after dark, by the lamp. */
export function addLampAndDust(
  scene: Phaser.Scene,
  root: Phaser.GameObjects.Container,
  at: { x: number; y: number },
  mood: Mood,
  sunX: { min: number; max: number },
) {
  const lamp = scene.add.image(at.x, at.y + 6, glowTexture(scene)).setScale(1.5, 1.2);
  lamp.setTint(0xffc27a).setAlpha(mood.lamp * 0.4);
  const sunny = mood.sun > 0;
  const dust = scene.add.particles(0, 0, dotTexture(scene), {
    x: sunny ? sunX : { min: at.x - 100, max: at.x + 100 },
    y: sunny ? { min: 130, max: 600 } : { min: at.y - 90, max: at.y + 60 },
    speedX: { min: -6, max: 4 },
    speedY: { min: -6, max: 3 },
    lifespan: { min: 5000, max: 9000 },
    scale: { min: 0.12, max: 0.3 },
    alpha: { start: 0, end: sunny ? 0.55 : 0.32, ease: 'Sine.easeInOut' },
    tint: sunny ? 0xfff0d0 : 0xffd6a0,
    blendMode: Phaser.BlendModes.ADD,
    frequency: sunny ? 240 : 900,
  });
  root.add([lamp.setBlendMode(Phaser.BlendModes.ADD), dust]);
  return lamp;
}

function paintRoom(room: Room, mood: Mood) {
  const { c } = room;
  const random = seededRandom(1987);
  c.fillStyle = '#efe7d6';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // Walls: cream above, a faded sage dado below a rail, as in the old house's corridors.
  const wall = (points: (y: Span) => V3[], upper: string, lower: string) => {
    room.fill(points([1.0, 3.4]), upper);
    room.fill(points([0, 1.0]), lower);
    room.fill(points([0.98, 1.02]), '#8f7e63');
    room.fill(points([0, 0.1]), '#6e5a44');
  };
  wall((y) => along(-SIDE, [1, BACK], y), '#dccfb4', '#a5b08f');
  wall((y) => along(SIDE, [BACK, 1], y), '#e2d6bd', '#aab596');
  wall((y) => across(BACK, [-SIDE, SIDE], y), '#eadfc6', '#b1bb9b');
  // Floorboards running away from us, each a slightly different brown, darkening into the corners.
  for (let x = -SIDE; x < SIDE; x += 0.16) {
    const t = 140 + Math.floor(random() * 24);
    room.fill(level(0, [x, x + 0.16], [1.5, BACK]), `rgb(${t + 40},${t + 6},${t - 44})`);
  }
  c.save();
  c.filter = 'blur(14px)';
  room.fill(along(-SIDE + 0.02, [1, BACK], [0, 0.35]), 'rgba(60,40,25,0.35)');
  room.fill(across(BACK - 0.02, [-SIDE, SIDE], [0, 0.3]), 'rgba(60,40,25,0.3)');
  room.fill(along(SIDE - 0.02, [BACK, 1], [0, 0.35]), 'rgba(60,40,25,0.3)');
  room.fill(across(BACK - 0.02, [-SIDE, SIDE], [3.1, 3.4]), 'rgba(60,40,25,0.18)');
  c.restore();
  room.fill(level(0, [-0.9, 0.95], [2.9, 5.3]), '#b98c86');
  room.fill(level(0, [-0.8, 0.85], [3.0, 5.2]), '#d6aca2');
  paintDoorway(room);
  paintWindow(room);
  // Children's paintings pinned above the far bed: squares of colour, no faces.
  ['#d9a5a0', '#a9b79a', '#d8b47a'].forEach((hue, i) => {
    const x = -2.7 + i * 0.55;
    room.fill(across(BACK - 0.01, [x, x + 0.42], [1.5, 1.94]), '#f6f0e2');
    room.fill(across(BACK - 0.02, [x + 0.07, x + 0.35], [1.6, 1.84]), hue);
    room.fill(across(BACK - 0.02, [x + 0.14, x + 0.28], [1.66, 1.76]), i === 1 ? '#d8b47a' : '#8e9b7c');
  });
  // Sunlight through each pane, laid on the floor before the furniture stands in it.
  const drop = ([x, y]: V3): V3 => [x - y * 0.32, 0, WINDOW.glass - y * 1.05];
  if (mood.sun > 0)
    light(c, 'blur(5px)', mood.sun, () => room.trace(panes().map((p) => p.map(drop))), mood.sunColor);

  bed(room, [-3.1, -1.2], [5.3, 6.15], 'left', '#e7dcc4');
  room.shadow([-1.1, -0.55], [5.7, 6.15], 0.5);
  room.box([-1.1, -0.55], [0, 0.75], [5.7, 6.15], '#e6dcc6', '#d3c6aa', '#c4b699');
  room.line([-0.83, 0.08, 5.7], [-0.83, 0.66, 5.7], 0.008, '#9d8b70');
  const [lx, ly, lz] = LAMP;
  room.box([lx - 0.05, lx + 0.05], [0.75, 0.79], [lz - 0.05, lz + 0.05], '#8a6a4a', '#6e543a', '#5d4731');
  room.line([lx, 0.79, lz], [lx, ly - 0.05, lz], 0.014, '#6e543a');
  room.taper([lx, ly - 0.1, lz], 0.12, ly + 0.08, 0.07, '#e9cf9c');
  paintCassettePlayer(room);
  bed(room, [1.25, 3.2], [5.0, 5.9], 'right', '#bccad6');
  bed(room, [1.25, 3.25], [3.3, 4.2], 'right', '#e0c394');
  paintChest(room);
  // A white enamel shade on a long flex from the ceiling, unlit: the evening is still light enough.
  room.line([0.4, 3.4, 4.6], [0.4, 2.72, 4.6], 0.012, '#5a4a3c');
  room.taper([0.4, 2.6, 4.6], 0.22, 2.76, 0.08, '#efe8da');

  const win = room.at([0.5, 1.6, BACK]);
  const lamp = room.at(LAMP);
  relight(c, mood.ambient, [
    { x: win.x, y: win.y + 120, r: 760, color: mood.window },
    { x: lamp.x, y: lamp.y + 40, r: 420, color: `rgba(190,130,70,${mood.lamp})` },
  ]);
  paintOutside(room, mood, random, panes());
  // The beam itself, faint, from the glass down to the floor; and the lit shade.
  const glass = across(WINDOW.glass, WINDOW.x, WINDOW.y);
  const beam = () =>
    room.trace(glass.map((p, i) => [p, glass[(i + 1) % 4] ?? p, drop(glass[(i + 1) % 4] ?? p), drop(p)]));
  if (mood.sun > 0) light(c, 'blur(22px)', mood.sun * 0.3, beam, mood.sunColor);
  const shadeLit = () => room.taper([lx, ly - 0.1, lz], 0.12, ly + 0.08, 0.07);
  if (mood.lamp > 0) light(c, 'blur(4px)', mood.lamp, shadeLit, '#ffd9a0');
  grain(c, random);
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

/** The twelve panes of the sash, six over six, on the glass. */
function panes(): V3[][] {
  const [x0, x1] = WINDOW.x;
  const [y0, y1] = WINDOW.y;
  const [w, h] = [(x1 - x0 - 0.12) / 3, (y1 - y0 - 0.16) / 4];
  return Array.from({ length: 12 }, (_, i) => {
    const px = x0 + 0.08 + Math.floor(i / 4) * w;
    const py = y0 + 0.08 + (i % 4) * h + (i % 4 >= 2 ? 0.04 : 0);
    return across(WINDOW.glass, [px, px + w - 0.04], [py, py + h - 0.05]);
  });
}

/** The sash window set into a thick wall: its reveal, sill, frame, and rose curtains drawn back. */
function paintWindow(room: Room) {
  const { x, y, glass } = WINDOW;
  room.fill(across(glass, x, y), '#f1e9d9');
  room.fill(along(x[1], [BACK, glass], y), '#cfc0a3');
  room.fill(level(y[1], x, [BACK, glass]), '#c5b698');
  room.box(
    [x[0] - 0.1, x[1] + 0.1],
    [y[0] - 0.06, y[0]],
    [BACK - 0.1, glass],
    '#f5eee0',
    '#d9ceb6',
    '#e1d6bf',
  );
  // Curtains: faded rose, in soft folds, hanging from a pelmet and caught back by a tie at sill height.
  const z = BACK - 0.05;
  for (const [a, b] of [x[0] - 0.46, x[1] - 0.08].map((a) => [a, a + 0.54] as const)) {
    const mid = (a + b) / 2;
    const top = y[1] + 0.2;
    const points: V3[] = [
      [a, top, z],
      [b, top, z],
      [mid + 0.08, 1.3, z],
      [b + 0.04, 0.82, z],
      [a - 0.04, 0.82, z],
      [mid - 0.08, 1.3, z],
    ];
    room.fill(points, room.folds([a, b], 2, z, '#dba79f', '#b8807c', 7));
    room.fill(across(z - 0.01, [mid - 0.1, mid + 0.1], [1.28, 1.33]), '#9c6a66');
  }
  room.box(
    [x[0] - 0.55, x[1] + 0.55],
    [y[1] + 0.18, y[1] + 0.34],
    [BACK - 0.12, BACK],
    '#e8dcc4',
    '#d8c9ab',
    '#cbbb9c',
  );
}

/** What a window shows, clipped to its panes: the sky at this hour and the crowns of the trees. */
export function paintOutside(room: Room, mood: Mood, random: Random, panes: readonly (readonly V3[])[]) {
  const { c } = room;
  const points = panes.flat().map((point) => room.at(point));
  const [left, right] = [Math.min(...points.map((p) => p.x)) - 30, Math.max(...points.map((p) => p.x)) + 30];
  const [top, bottom] = [Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y))];
  const height = bottom - top;
  c.save();
  room.trace(panes);
  c.clip();
  const sky = c.createLinearGradient(0, top, 0, bottom);
  mood.sky.forEach((color, i) => {
    sky.addColorStop([0, 0.6, 1][i] ?? 1, color);
  });
  c.fillStyle = sky;
  c.fillRect(left, top - 40, right - left, height + 80);
  if (mood.sun > 0) {
    // The low sun itself, somewhere behind the trees.
    const [sx, sy] = [left + (right - left) * 0.68, bottom - height * 0.4];
    const sun = c.createRadialGradient(sx, sy, 0, sx, sy, height * 0.45);
    sun.addColorStop(0, 'rgba(255,250,230,0.9)');
    sun.addColorStop(1, 'rgba(255,240,200,0)');
    c.fillStyle = sun;
    c.fillRect(left, top, right - left, height);
  }
  // Crowns of beech and elm: a row hazed by distance, then a near row. Big circles fill each crown and small
  // ones make its leafy edge; each is drawn first in a lit colour nudged toward the light, then in the body
  // colour, so what shows is a thin bright fringe on the upper left.
  for (const [rows, haze, rise] of [[4, 0.45, 0.48] as const, [5, 0, 0.3] as const]) {
    const body = mix(mood.trees, mood.sky[2], haze);
    const rim = mix(body, mood.sky[2], haze ? 0.35 : 0.55);
    const crowns = Array.from({ length: rows }, (_, tree) => {
      const cx = left + ((tree + between(random, 0.1, 0.9)) / rows) * (right - left);
      const size = height * between(random, 0.11, 0.2);
      const cy = bottom - height * rise + between(random, -0.4, 0.4) * size;
      const leaves = Array.from({ length: 70 }, (_, i) => {
        const inner = i < 12;
        const angle = inner ? random() * Math.PI * 2 : between(random, -Math.PI * 1.05, 0.05);
        const d = (inner ? between(random, 0, 0.55) : between(random, 0.75, 1.0)) * size;
        const r = size * (inner ? between(random, 0.4, 0.6) : between(random, 0.08, 0.16));
        return { x: cx + Math.cos(angle) * d * 1.25, y: cy + Math.sin(angle) * d, r };
      });
      return { leaves, trunk: [cx - size * 1.15, cy, size * 2.3] as const };
    });
    // The whole row in the lit colour first, then the whole row in the body colour, so only its outer edge shows.
    for (const [color, nudge] of [[rim, -1.3] as const, [body, 0] as const]) {
      c.fillStyle = color;
      c.beginPath();
      for (const { leaves, trunk } of crowns) {
        if (!nudge) c.rect(trunk[0], trunk[1], trunk[2], height);
        for (const leaf of leaves) {
          c.moveTo(leaf.x + nudge + leaf.r, leaf.y + nudge);
          c.arc(leaf.x + nudge, leaf.y + nudge, leaf.r, 0, Math.PI * 2);
        }
      }
      c.fill();
    }
  }
  c.restore();
}

/** The doorway in the left wall, and the dimmer corridor beyond it with a lamp somewhere along. */
function paintDoorway(room: Room) {
  const { z, top } = DOOR;
  const far = -SIDE - 1.7;
  room.fill(along(-SIDE, [z[0] - 0.1, z[1] + 0.1], [0, top + 0.1]), '#c9b493');
  room.c.save();
  room.fill(along(-SIDE, z, [0, top]), '#6d6254');
  room.c.clip();
  room.fill(along(far, [1, 9], [1.0, 3]), '#9a8e7c');
  room.fill(along(far, [1, 9], [0, 1.0]), '#79806a');
  room.fill(level(0, [far, -SIDE], [1, 9]), '#5e4e3d');
  const p = room.at([far, 1.8, 5.0]);
  const spill = room.c.createRadialGradient(p.x, p.y, 2, p.x, p.y, 110);
  spill.addColorStop(0, 'rgba(255,222,160,0.55)');
  spill.addColorStop(1, 'rgba(255,222,160,0)');
  room.c.fillStyle = spill;
  room.c.fillRect(p.x - 120, p.y - 120, 240, 240);
  room.fill(along(-SIDE - 0.25, [z[1], z[1] + 0.2], [0, top]), '#b4a78f');
  room.fill(across(z[1], [-SIDE - 0.25, -SIDE], [0, top]), '#cdbf9f');
  room.c.restore();
}

/** An iron bedstead, head to the wall, a pale blanket turned down over a white sheet and pillow. */
function bed(room: Room, x: Span, z: Span, head: 'left' | 'right', blanket: string) {
  const iron = '#3f3229';
  const [headX, footX] = head === 'left' ? x : [x[1], x[0]];
  const toward = head === 'left' ? 1 : -1;
  const rails = (at: number, low: number, high: number, bars: number) => {
    for (const zz of z) room.line([at, 0, zz], [at, high + 0.02, zz], 0.04, iron);
    room.line([at, high, z[0]], [at, high, z[1]], 0.035, iron);
    room.line([at, low, z[0]], [at, low, z[1]], 0.02, iron);
    for (let i = 1; i < bars; i += 1) {
      const zz = z[0] + ((z[1] - z[0]) * i) / bars;
      room.line([at, low, zz], [at, high, zz], 0.014, iron);
    }
  };
  room.shadow(x, z, 0.55);
  rails(headX, 0.55, 1.08, 6);
  // The blanket hangs over the side in soft folds, darker toward its hem; woven stripes cross it by the foot.
  const folds = room.folds(x, 0.3, z[0], shade(blanket, 0.95), shade(blanket, 0.82), 10);
  room.box(x, [0.22, 0.52], z, blanket, folds, shade(blanket, 0.78));
  const hang = room.c.createLinearGradient(
    0,
    room.at([x[0], 0.52, z[0]]).y,
    0,
    room.at([x[0], 0.22, z[0]]).y,
  );
  hang.addColorStop(0, 'rgba(70,45,30,0)');
  hang.addColorStop(1, 'rgba(70,45,30,0.3)');
  room.fill(across(z[0], x, [0.22, 0.52]), hang);
  room.line([x[0], 0.52, z[0]], [x[1], 0.52, z[0]], 0.012, shade(blanket, 1.06));
  for (const d of [0.18, 0.26]) {
    const stripe = ordered(footX + toward * d, footX + toward * (d + 0.04));
    room.fill(level(0.521, stripe, z), shade(blanket, 0.8));
    room.fill(across(z[0], stripe, [0.22, 0.521]), shade(blanket, 0.76));
  }
  room.fill(level(0.53, ordered(headX + toward * 0.56, headX + toward * 0.8), z), '#f4f0e6');
  room.line(
    [headX + toward * 0.8, 0.535, z[0]],
    [headX + toward * 0.8, 0.535, z[1]],
    0.015,
    shade(blanket, 0.7),
  );
  room.c.save();
  room.c.lineJoin = 'round';
  room.c.lineWidth = 12;
  room.c.strokeStyle = '#f7f3ea';
  const pillow: Span = head === 'left' ? [headX + 0.08, headX + 0.5] : [headX - 0.5, headX - 0.08];
  room.fill(level(0.6, pillow, [z[0] + 0.14, z[1] - 0.14]), '#f7f3ea');
  room.c.stroke();
  room.c.restore();
  rails(footX, 0.56, 0.8, 4);
  room.line([headX, 0.2, z[0]], [footX, 0.2, z[0]], 0.02, iron);
}

const ordered = (a: number, b: number): Span => (a < b ? [a, b] : [b, a]);

/** Kathy's collection chest: dark wood, brass corners and a hasp, at the foot of the near bed. */
function paintChest(room: Room) {
  room.shadow([0.45, 1.1], [3.45, 4.05], 0.6);
  const grain = room.folds([0.45, 1.1], 0.2, 3.45, '#835a3e', '#74503a', 9);
  room.box([0.45, 1.1], [0, 0.4], [3.45, 4.05], '#6e4a32', grain, '#5a3c29');
  room.box([0.42, 1.13], [0.4, 0.48], [3.42, 4.08], '#8d6446', '#6a4630', '#58402e');
  for (const x of [0.45, 1.08])
    room.box([x, x + 0.02], [0.02, 0.46], [3.41, 3.42], '#c9a25a', '#c9a25a', '#b08a48');
  room.box([0.745, 0.805], [0.3, 0.46], [3.4, 3.41], '#d8b26a', '#c9a25a', '#b08a48');
}

/** A portable cassette player: two speaker grilles, the tape window between them, a carrying handle. */
function paintCassettePlayer(room: Room) {
  const [x0, x1, z] = [-0.8, -0.56, 5.74];
  room.box([x0, x1], [0.75, 0.87], [z, z + 0.1], '#55504a', '#3b3633', '#2f2b29');
  for (const cx of [x0 + 0.04, x1 - 0.04]) {
    const p = room.at([cx, 0.805, z]);
    room.c.fillStyle = '#1f1c1a';
    room.c.beginPath();
    room.c.arc(p.x, p.y, (0.034 * EYE.f) / z, 0, Math.PI * 2);
    room.c.fill();
  }
  room.fill(across(z, [x0 + 0.085, x1 - 0.085], [0.785, 0.845]), '#b7a995');
  const handle: V3[] = [
    [x0 + 0.03, 0.87, z + 0.05],
    [x0 + 0.05, 0.92, z + 0.05],
    [x1 - 0.05, 0.92, z + 0.05],
    [x1 - 0.03, 0.87, z + 0.05],
  ];
  handle.slice(1).forEach((p, i) => {
    room.line(handle[i] ?? p, p, 0.008, '#2f2b29');
  });
}

/** Two colours mixed: `t` of the way from `a` to `b`. */
export function mix(a: string, b: string, t: number): string {
  const q = rgb(b);
  return `rgb(${rgb(a).map((u, i) => Math.round(u + ((q[i] ?? u) - u) * t))})`;
}

/** A colour scaled by a factor, for the shaded (or lit) faces of things. */
export function shade(color: string, factor: number): string {
  return `rgb(${rgb(color).map((v) => Math.min(255, Math.round(v * factor)))})`;
}

/** The channels of '#rrggbb' or 'rgb(r,g,b)'. */
function rgb(color: string): number[] {
  if (color.startsWith('#')) return [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  return (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

type Pool = { x: number; y: number; r: number; color: string };

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

/**
 * A fine paper tooth over what is already on a canvas: a small tile of random light and dark specks, repeated.
 * (Reading the whole canvas back to add noise per pixel costs far more, especially on a GPU-backed canvas.)
 */
export function grain(c: Ctx, random: Random, amount = 9) {
  const t = canvas2d(96, 96);
  if (!t) return;
  const tile = t.canvas;
  const image = t.createImageData(96, 96);
  for (let i = 0; i < image.data.length; i += 4) {
    image.data.fill(random() < 0.5 ? 0 : 255, i, i + 3);
    image.data[i + 3] = random() * amount * 1.2;
  }
  t.putImageData(image, 0, 0);
  const pattern = c.createPattern(tile, 'repeat');
  if (!pattern) return;
  c.save();
  c.globalCompositeOperation = 'source-atop';
  c.fillStyle = pattern;
  c.fillRect(0, 0, c.canvas.width, c.canvas.height);
  c.restore();
}

/** A canvas texture painted once per key and kept in the texture manager; returns the key. */
export function paintedTexture(scene: Phaser.Scene, key: string, paint: Paint, size: Span = [WIDTH, HEIGHT]) {
  if (!scene.textures.exists(key)) {
    // Painted on a processor-drawn canvas (see `canvas2d`), then handed to the texture manager as it is.
    const context = canvas2d(size[0], size[1]);
    if (context) {
      paint(context);
      scene.textures.addCanvas(key, context.canvas);
    }
  }
  return key;
}
type Paint = (c: CanvasRenderingContext2D) => void;
