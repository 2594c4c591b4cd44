/**
 * The last picture: a long fence of two barbed-wire strands along a flat ploughed field in Norfolk, a few trees,
 * the sky over everything, and all along the wire the rubbish the wind has carried and left. The outdoor light
 * it shares with the other Norfolk and Cromer places (the sky per light and weather, a layer for the land,
 * distance) is in outdoor.ts, the rain in outdoor-rain.ts.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { linear } from './canvas-shapes.ts';
import { mix, shade } from './colours.ts';
import { fillPolygon, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { mistOver, type Outdoor, onLand, outdoor, paintSky } from './outdoor.ts';
import { addRain, rainOver } from './outdoor-rain.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { type Eye, project, Room, type V3 } from './room.ts';
import { bareTree } from './trees.ts';

type Ctx = CanvasRenderingContext2D;

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
