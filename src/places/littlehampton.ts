/**
 * Littlehampton: a street of painted terraces running down to the front, with the green and a strip of grey sea
 * at the bottom. Bay windows and low front walls, narrow gardens, a car or two at the kerb; on the right, the
 * white house with the net curtains and the low gate where Madame stopped for her keys. By day it is all pale
 * paint and wind; at dusk the street lamps and a few windows come on; at night her door stands open, the hall
 * light behind a small dark figure on the step. Painted once per light with the room camera and the street
 * pieces from Cromer; only the rain, if any, moves.
 */
import { seededRandom } from '../core/random.ts';
import { glowAt, type Pool } from './canvas-light.ts';
import { linear } from './canvas-shapes.ts';
import { mix, shade } from './colours.ts';
import type { Painter } from './kit.ts';
import { type Outdoor, onLand, outdoor, paintSky } from './outdoor.ts';
import { addRain, rainOver } from './outdoor-rain.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, Room, type Span, type V3 } from './room.ts';
import { paintSea } from './sea.ts';
import { Street } from './street.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: 0.4, y: 1.6, f: 720, cx: 600, cy: 330 };
const [KERB, WALL, FACADE, END] = [3.0, 4.4, 6.0, 34];
/** The white house: which stretch of the right-hand terrace it is. */
const WHITE: Span = [8.6, 13.4];
const ground = (z: number) => -0.025 * z;
const RENDER = ['#e6c8b6', '#c4d6de', '#e2d6a4', '#c6d8c2', '#e8e0d0', '#d6c0c6', '#b8c8d0'];

export const paintLittlehampton: Painter = (scene, stage) => {
  const o = outdoor(stage);
  const key = paintedTexture(scene, `littlehampton-${stage.light}-${stage.weather}`, (c) => paint(c, o));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  addRain(scene, root, o);
  return { root, destroy: () => root.destroy(true) };
};

function paint(c: Ctx, o: Outdoor) {
  const random = seededRandom(1971);
  const room = new Room(c, EYE);
  const lit: Street['lit'] = [];
  paintSky(c, o, EYE.cy, random, { x: 260, y: 180 });
  const sea = room.at([0, 0, END + 30]).y;
  paintSea(c, o, EYE.cy, sea + 6, random, 460);
  const lamps = [7, 16, 26].map((z): V3 => [-(KERB - 0.3), ground(z) + 4.2, z]);
  const pools: Pool[] = lamps.map((p) => {
    const at = room.at(p);
    return { x: at.x, y: at.y + 80, r: 3600 / p[2] + 60, color: `rgba(255,196,120,${o.lamp * 0.75})` };
  });
  const door = room.at([FACADE - 0.01, ground(WHITE[0]) + 1.1, WHITE[0] + 1.1]);
  if (o.light === 'night')
    pools.push({ x: door.x - 40, y: door.y + 60, r: 260, color: 'rgba(255,200,130,0.8)' });
  onLand(c, o.land, pools, (l) => {
    const r = new Room(l, EYE);
    const s = new Street(r, o, random, ground, lit);
    paintFront(r, o);
    paintRoad(s, o);
    for (const side of [-1, 1] as const) paintTerrace(s, side);
    paintCars(r);
    for (const p of lamps) lampPost(r, p);
  });
  for (const { shape, glow } of lit) {
    const [p, q] = [room.at(shape[0] ?? [0, 0, 1]), room.at(shape[2] ?? [0, 0, 1])];
    c.save();
    c.globalCompositeOperation = 'screen';
    c.globalAlpha = Math.min(1, o.lamp * glow);
    room.fill(shape, linear(c, 0, Math.min(p.y, q.y), 0, Math.max(p.y, q.y), '#ffe2a8', '#c88448'));
    c.restore();
  }
  for (const p of lamps) {
    const at = room.at(p);
    glowAt(c, at.x, at.y, 1100 / p[2] + 20, '#ffcf8a', o.lamp);
  }
  if (o.light === 'night') paintOpenDoor(room);
  if (o.rain) rainOver(c, random);
  grain(c, random, 8);
}

/** The bottom of the street: the promenade railing, the green, a shelter, and the sea beyond. */
function paintFront(r: Room, o: Outdoor) {
  const g = ground(END);
  r.fill(
    [
      [-40, g, END + 4],
      [40, g, END + 4],
      [40, g, END + 14],
      [-40, g, END + 14],
    ],
    mix('#8a9a6a', o.haze, 0.35),
  );
  r.fill(across(END + 14, [-40, 40], [g, g + 0.12]), mix('#c8c0a8', o.haze, 0.3));
  for (let x = -20; x <= 20; x += 0.6) r.line([x, g, END + 14], [x, g + 1, END + 14], 0.05, '#4a5656');
  r.line([-20, g + 1, END + 14], [20, g + 1, END + 14], 0.07, '#4a5656');
  // A seafront shelter on the green, and a kiosk with its shutter down.
  r.box([-4.5, -1.5], [g, g + 2.6], [END + 8, END + 9.5], '#6a7a7a', mix('#e8e0d0', o.haze, 0.2), '#c8c0b0');
  r.fill(across(END + 8 - 0.01, [-4.3, -1.7], [g + 0.4, g + 2.2]), mix('#4a4e50', o.haze, 0.3));
  r.box([2.4, 4.2], [g, g + 2.4], [END + 6, END + 7.4], '#5a6a72', mix('#d8d0b8', o.haze, 0.2), '#b8b0a0');
  r.fill(across(END + 6 - 0.01, [2.6, 4.0], [g + 0.5, g + 1.9]), '#9aa0a0');
}

/** The road, pavements and kerbs, falling gently to the front. */
function paintRoad(s: Street, o: Outdoor) {
  const { room } = s;
  const wet = o.rain ? 0.45 : 0;
  const road = linear(
    room.c,
    0,
    EYE.cy,
    0,
    720,
    mix('#7a7a7a', o.sky[2], 0.2 + wet),
    mix('#4a4c4e', o.sky[1], wet * 0.3),
  );
  s.strip([-KERB, KERB], [1, END + 4], road);
  for (const side of [-1, 1]) {
    s.strip(
      [Math.min(side * KERB, side * WALL), Math.max(side * KERB, side * WALL)],
      [1, END + 4],
      mix('#b0aa9c', o.sky[2], 0.15),
      0.12,
    );
    room.fill(
      along(side * KERB, [1, END + 4], [0, 0.12]).map(([x, y, z]): V3 => [x, ground(z) + y, z]),
      '#8d877c',
    );
    for (let z = 1.5; z < END; z += 0.9)
      room.line(
        [side * KERB, ground(z) + 0.12, z],
        [side * WALL, ground(z) + 0.12, z],
        0.02,
        'rgba(80,74,66,0.3)',
      );
  }
  for (let z = 3; z < END; z += 3)
    room.fill(
      [
        [-0.06, ground(z) + 0.005, z],
        [0.06, ground(z) + 0.005, z],
        [0.06, ground(z + 1.4) + 0.005, z + 1.4],
        [-0.06, ground(z + 1.4) + 0.005, z + 1.4],
      ],
      'rgba(235,232,220,0.7)',
    );
}

/** One side of the street: houses five metres wide, from the far end toward us. */
function paintTerrace(s: Street, side: -1 | 1) {
  const spans: Span[] = [];
  for (let z = side > 0 ? 3.8 : 1.2; z < END - 1; z += 4.8) spans.push([z, Math.min(z + 4.8, END - 1)]);
  for (const span of spans.reverse()) house(s, side, span);
}

function house(s: Street, side: -1 | 1, z: Span) {
  const { room, random, o } = s;
  const x = side * FACADE;
  const white = side > 0 && Math.abs(z[0] - WHITE[0]) < 0.1;
  const sunlit = side > 0 ? 1 : 0.84;
  const paint = shade(white ? '#fbfaf6' : (RENDER[Math.floor(random() * RENDER.length)] ?? '#ddd'), sunlit);
  const g = ground(z[1]);
  const top = 6.4;
  s.wall(x, z, top, paint);
  // Slate roof seen as a dark band above the eaves, a chimney stack on the party wall.
  room.fill(along(x, z, [g + top, g + top + 0.35]), shade('#4a4e56', sunlit));
  room.fill(
    along(x + side * 1.4, [z[1] - 0.5, z[1] + 0.2], [g + top, g + top + 1.4]),
    shade('#8a5a48', sunlit),
  );
  // Door with its fanlight at the uphill end, a bay window below, two sashes above.
  const doorZ: Span = [z[0] + 0.5, z[0] + 1.5];
  room.fill(along(x - side * 0.01, doorZ, [g + 0.1, g + 2.5]), shade(paint, 0.82));
  room.fill(
    along(x - side * 0.02, [doorZ[0] + 0.1, doorZ[1] - 0.1], [g + 0.15, g + 2.1]),
    white ? '#2e3a4a' : (['#5a3a34', '#3a4a5a', '#4a5a44', '#2e2e30'][Math.floor(random() * 4)] ?? '#333'),
  );
  room.fill(
    along(x - side * 0.02, [doorZ[0] + 0.1, doorZ[1] - 0.1], [g + 2.15, g + 2.4]),
    shade(o.sky[1], 0.7),
  );
  for (const wz of [z[0] + 1.9, z[0] + 3.3])
    s.sash(x - side * 0.01, [wz, wz + 1.0], [g + 3.7, g + 5.4], 0.25);
  bay(s, side, [z[0] + 2.0, z[1] - 0.4], g, paint, white);
  // The front wall along the pavement, with a gap for the gate; a privet or two behind it.
  const wall = side * WALL;
  const gate: Span = [doorZ[0] + 0.05, doorZ[1] - 0.05];
  for (const part of [
    [z[0], gate[0]],
    [gate[1], z[1]],
  ] as Span[]) {
    room.box(
      ordered(wall, wall + side * 0.25),
      [g + 0.12, g + 0.95],
      part,
      shade(paint, 1.02),
      shade(paint, 0.92),
      shade(paint, 0.78),
    );
  }
  if (!white && random() < 0.6) {
    const hz = z[0] + 3.2;
    room.fill(along(wall + side * 0.5, [hz, hz + 1.4], [g + 0.9, g + 1.5]), shade('#4a6040', sunlit));
  }
  // A low gate in the gap: white-painted wood at the white house, iron elsewhere, shut.
  const rail = white ? '#f2efe8' : '#2e3032';
  for (let k = gate[0]; k <= gate[1] + 0.001; k += (gate[1] - gate[0]) / 6)
    room.line([wall + side * 0.1, g + 0.14, k], [wall + side * 0.1, g + 0.9, k], white ? 0.035 : 0.02, rail);
  for (const y of [0.3, 0.85])
    room.line([wall + side * 0.1, g + y, gate[0]], [wall + side * 0.1, g + y, gate[1]], 0.04, rail);
  // Nets at the white house's windows, which don't move.
  if (white)
    for (const wz of [z[0] + 1.9, z[0] + 3.3])
      room.fill(
        along(x - side * 0.03, [wz + 0.08, wz + 0.92], [g + 3.78, g + 5.32]),
        'rgba(240,238,232,0.55)',
      );
}

/** A canted bay window on the ground floor, three sashes, its flat lead roof. */
function bay(s: Street, side: -1 | 1, z: Span, g: number, paint: string, white: boolean) {
  const { room } = s;
  const x = side * FACADE;
  const out = x - side * 0.7;
  const y: Span = [g + 0.5, g + 2.7];
  const front: Span = [z[0] + 0.45, z[1] - 0.45];
  const faces: V3[][] = [
    [
      [x, y[0], z[0]],
      [out, y[0], front[0]],
      [out, y[1], front[0]],
      [x, y[1], z[0]],
    ],
    [
      [out, y[0], front[0]],
      [out, y[0], front[1]],
      [out, y[1], front[1]],
      [out, y[1], front[0]],
    ],
    [
      [out, y[0], front[1]],
      [x, y[0], z[1]],
      [x, y[1], z[1]],
      [out, y[1], front[1]],
    ],
  ];
  for (const face of faces) room.fill(face, shade(paint, 0.95));
  room.fill(along(out, front, [y[0] - 0.5, y[0]]), shade(paint, 0.85));
  s.sash(out - side * 0.01, [front[0] + 0.1, front[1] - 0.1], [y[0] + 0.2, y[1] - 0.25], 0.45);
  if (white)
    room.fill(
      along(out - side * 0.02, [front[0] + 0.18, front[1] - 0.18], [y[0] + 0.28, y[1] - 0.33]),
      'rgba(240,238,232,0.6)',
    );
  room.fill(
    [
      [x, y[1] + 0.15, z[0]],
      [out - side * 0.08, y[1] + 0.15, front[0]],
      [out - side * 0.08, y[1] + 0.15, front[1]],
      [x, y[1] + 0.15, z[1]],
    ],
    '#5a5e66',
  );
  room.fill(along(out - side * 0.08, front, [y[1], y[1] + 0.15]), shade(paint, 0.9));
}

const ordered = (a: number, b: number): Span => (a < b ? [a, b] : [b, a]);

/** Two cars of the time parked at the kerb, seen from behind: a small hatchback and a saloon. */
function paintCars(r: Room) {
  for (const [x, z, body, w, h] of [
    [-2.1, 19, '#8a3a32', 1.6, 1.35],
    [2.1, 24, '#3a4a5a', 1.7, 1.4],
  ] as const) {
    const g = ground(z);
    r.box(
      [x - w / 2, x + w / 2],
      [g + 0.2, g + 0.85],
      [z, z + 3.8],
      shade(body, 1.1),
      body,
      shade(body, 0.8),
    );
    r.box(
      [x - w / 2 + 0.12, x + w / 2 - 0.12],
      [g + 0.85, g + h],
      [z + 0.3, z + 2.6],
      shade(body, 1.05),
      '#3a4048',
      shade(body, 0.75),
    );
    for (const tx of [x - w / 2 + 0.15, x + w / 2 - 0.45])
      r.fill(across(z - 0.01, [tx, tx + 0.3], [g + 0.55, g + 0.7]), '#b03028');
    r.fill(across(z - 0.01, [x - w / 2 + 0.05, x + w / 2 - 0.05], [g + 0.05, g + 0.25]), '#1e1e20');
  }
}

/** A street lamp on the left-hand kerb: a post, a swan-neck arm, a lantern. */
function lampPost(room: Room, [x, y, z]: V3) {
  const foot = ground(z) + 0.12;
  room.line([x - 0.25, foot, z], [x - 0.25, y + 0.1, z], 0.1, '#2c3034');
  room.line([x - 0.25, y + 0.1, z], [x, y + 0.25, z], 0.06, '#2c3034');
  room.fill(along(x, [z - 0.15, z + 0.15], [y - 0.15, y + 0.2]), '#eadcc0');
}

/** At night, Madame's door stands open: the hall light, and her small dark shape just inside it. */
function paintOpenDoor(room: Room) {
  const { c } = room;
  const [x, z0, z1] = [FACADE - 0.02, WHITE[0] + 0.6, WHITE[0] + 1.4];
  const g = ground(WHITE[1]);
  const hall = along(x, [z0, z1], [g + 0.15, g + 2.1]);
  const [p, q] = [room.at(hall[0] ?? [0, 0, 1]), room.at(hall[2] ?? [0, 0, 1])];
  room.fill(hall, linear(c, 0, q.y, 0, p.y, '#ffd8a0', '#d89050'));
  glowAt(c, (p.x + q.x) / 2, (p.y + q.y) / 2, 180, '#ffc070', 0.5);
  c.save();
  c.filter = 'blur(1.5px)';
  const zm = (z0 + z1) / 2;
  room.taper([x + 0.2, g + 0.15, zm], 0.2, g + 1.35, 0.16, '#2a2426');
  const head = room.at([x + 0.2, g + 1.5, zm]);
  c.fillStyle = '#2a2426';
  c.beginPath();
  c.arc(head.x, head.y, (0.11 * EYE.f) / zm, 0, Math.PI * 2);
  c.fill();
  c.restore();
}
