/**
 * Cromer's high street, late 1990s, from the pavement near its top: narrow, falling toward the sea, flint and
 * brick and painted render, shop fronts with blank fascias and striped awnings, sash windows above; the church
 * tower standing over the roofs, and at the bottom of the street, past the railings, a strip of the sea.
 * Painted once per light and weather with the room camera; only the rain moves. The facade pieces it shares
 * with Littlehampton (`Street`) are in street.ts.
 */
import { between, seededRandom } from '../core/random.ts';
import { glowAt, type Pool } from './canvas-light.ts';
import { linear } from './canvas-shapes.ts';
import { mix, shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { type Outdoor, onLand, outdoor, paintSky } from './outdoor.ts';
import { addRain, rainOver } from './outdoor-rain.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, Room, type Span, type V3 } from './room.ts';
import { paintSea } from './sea.ts';
import { Street } from './street.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: -0.6, y: 1.6, f: 700, cx: 610, cy: 330 };
const [FACADE, KERB, CORNER, RAIL] = [4.3, 2.9, 30, 42];

export const paintCromerStreet: Painter = (scene, stage) => {
  const o = outdoor(stage);
  const key = paintedTexture(scene, `cromer-street-${stage.light}-${stage.weather}`, (c) => paint(c, o));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  addRain(scene, root, o);
  return { root, destroy: () => root.destroy(true) };
};

/** The street falls toward the sea, gently and then more steeply near the bottom. */
const ground = (z: number) => -0.06 * Math.max(0, z - 2) - 0.04 * Math.max(0, z - 24);

function paint(c: Ctx, o: Outdoor) {
  const random = seededRandom(1997);
  const room = new Room(c, EYE);
  const lit: Street['lit'] = [];
  paintSky(c, o, EYE.cy, random, { x: 180, y: 200 });
  paintSea(c, o, EYE.cy, EYE.cy + 120, random, 560);
  const lamps = [9, 24].map((z): V3 => [KERB - 0.3, ground(z) + 4.1, z]);
  const pools: Pool[] = lamps.map((p) => {
    const at = room.at(p);
    return { x: at.x, y: at.y + 60, r: 380 * (9 / p[2]) + 80, color: `rgba(255,196,120,${o.lamp * 0.7})` };
  });
  onLand(c, o.land, pools, (l) => {
    const r = new Room(l, EYE);
    const s = new Street(r, o, random, ground, lit);
    paintTower(l, o);
    paintGround(s);
    for (const side of [-1, 1] as const) paintRow(s, side);
    // Each lit shop window throws its light onto the pavement (the pools are read after this has drawn).
    for (const { shape, glow } of glow07(lit)) {
      const [a, b] = [shape[0], shape[1]];
      if (!a || !b) continue;
      const z = (a[2] + b[2]) / 2;
      const at = r.at([a[0] * 0.85, ground(z), z]);
      pools.push({ x: at.x, y: at.y, r: 2600 / z, color: `rgba(255,190,110,${o.lamp * glow * 0.55})` });
    }
    if (o.sun > 0.2 && !o.rain) {
      // The left-hand row's shadow: across the road and up the right-hand fronts, higher as the sun gets lower.
      const [reach, shadow] = [o.light === 'golden' ? 6.5 : 3.4, 'rgba(46,52,84,0.26)'];
      const up = (x: number, h: number) => [1, CORNER].map((z): V3 => [x, ground(z) + h, z]);
      r.fill([...up(FACADE, -0.3), ...up(FACADE, reach).reverse()], shadow);
      r.fill([...up(-KERB, 0), ...up(o.light === 'golden' ? FACADE : 1.2, 0.13).reverse()], shadow);
    }
    for (const p of lamps) lampPost(r, p);
    phoneBox(r, o);
    // A few people down the street, too far off to be anyone: soft upright shapes on the pavements.
    l.filter = 'blur(1.5px)';
    for (const [x, z, hue] of [
      [-3.4, 12, '#3f4658'],
      [3.3, 17, '#8a7058'],
      [-3.1, 19, '#5a5a5e'],
    ] as const) {
      const g = ground(z) + 0.12;
      r.taper([x, g, z], 0.13, g + 1.45, 0.23, hue);
      const head = r.at([x, g + 1.62, z]);
      l.beginPath();
      l.arc(head.x, head.y, (0.12 * EYE.f) / z, 0, 7);
      l.fill();
    }
    l.filter = 'none';
    // Distance: the far end of the street dissolves into the haze around the vanishing point.
    l.save();
    l.globalCompositeOperation = 'source-atop';
    const mist = l.createRadialGradient(EYE.cx, EYE.cy, 0, EYE.cx, EYE.cy, 520);
    mist.addColorStop(0, o.haze);
    mist.addColorStop(1, 'rgba(0,0,0,0)');
    l.globalAlpha = Math.min(1, o.mist * 1.4);
    l.fillStyle = mist;
    l.fillRect(0, 0, WIDTH, HEIGHT);
    l.restore();
  });
  // Lit windows and lamps are added after the light; on a wet road each one trails down in reflection.
  for (const { shape, glow } of lit) {
    const p = room.at(shape[0] ?? [0, 0, 1]);
    const q = room.at(shape[2] ?? [0, 0, 1]);
    c.save();
    c.globalCompositeOperation = 'screen';
    c.globalAlpha = Math.min(1, o.lamp * (glow + 0.25));
    room.fill(shape, linear(c, 0, Math.min(p.y, q.y), 0, Math.max(p.y, q.y), '#ffe6b0', '#d88c48'));
    c.restore();
    glowAt(
      c,
      (p.x + q.x) / 2,
      (p.y + q.y) / 2,
      Math.abs(q.x - p.x) * 0.8 + 10,
      '#ffbe70',
      o.lamp * glow * 0.6,
    );
    if (o.rain) {
      // Its reflection, drawn out down the wet pavement and road toward us.
      const [a = [0, 0, 1], b = [0, 0, 1]] = shape;
      const z = (a[2] + b[2]) / 2;
      const foot = room.at([a[0] * 0.7, ground(z), z]);
      const drop = foot.y - (p.y + q.y) / 2;
      glowAt(
        c,
        foot.x,
        foot.y + drop * 0.4,
        Math.abs(q.x - p.x) * 0.3 + 6,
        '#ffb060',
        o.lamp * glow * 0.5,
        3,
      );
    }
  }
  for (const p of lamps) {
    const at = room.at(p);
    glowAt(c, at.x, at.y, 900 / p[2] + 20, '#ffcf8a', o.lamp);
    const foot = room.at([p[0], ground(p[2]), p[2]]);
    if (o.rain) glowAt(c, foot.x, foot.y + (foot.y - at.y) * 0.5, 200 / p[2] + 4, '#ffcf8a', o.lamp * 0.5, 4);
  }
  if (o.rain) rainOver(c, random);
  grain(c, random, 8);
}

/** The lit shop windows (the upper windows glow less). */
const glow07 = (lit: Street['lit']) => lit.filter((w) => w.glow > 0.6);

/** The church tower beyond the roofs: flint, lit on one side, belfry openings, battlements and pinnacles. */
function paintTower(l: Ctx, o: Outdoor) {
  const [x, w, top] = [474, 44, 60];
  l.fillStyle = linear(l, x, 0, x + w, 0, mix('#b3ada2', o.sunColor, o.sun * 0.4), '#8d8880', '#6f6b67');
  l.fillRect(x, top, w, 300);
  l.fillStyle = '#4f4c4a';
  for (const dx of [9, 24]) l.fillRect(x + dx, top + 24, 7, 34);
  l.fillRect(x - 2, top + 68, w + 4, 3);
  l.fillRect(x + 17, top + 96, 6, 26);
  for (let i = 0; i < 6; i += 1) l.fillRect(x + i * 7.2, top - 6, 4.6, 7);
  for (const dx of [-2, w - 4]) l.fillRect(x + dx, top - 22, 6, 23);
}

/** Road and pavements, kerbs, the yellow lines along the gutters, the railing at the bottom over the sea. */
function paintGround(s: Street) {
  const { room, o } = s;
  const wet = o.rain ? 0.5 : 0;
  const road = linear(
    room.c,
    0,
    EYE.cy,
    0,
    HEIGHT,
    mix('#6a6c6e', o.sky[2], 0.25 + wet),
    mix('#44474a', o.sky[1], wet * 0.4),
  );
  s.strip([-KERB, KERB], [1, RAIL], road);
  for (const side of [-1, 1]) {
    const [k, f] = [side * KERB, side * FACADE];
    s.strip([Math.min(k, f), Math.max(k, f)], [1, CORNER], mix('#a39d92', o.sky[2], wet * 0.3), 0.12);
    room.fill(
      along(k, [1, CORNER], [0, 0.12]).map(([x, y, z]): V3 => [x, ground(z) + y, z]),
      '#8d877c',
    );
    for (let z = 1.6; z < CORNER; z += 0.9)
      room.line([k, ground(z) + 0.12, z], [f, ground(z) + 0.12, z], 0.02, 'rgba(80,74,66,0.35)');
    for (const d of [0.14, 0.24])
      room.line(
        [k - side * d, ground(1.5) + 0.01, 1.5],
        [k - side * d, ground(CORNER) + 0.01, CORNER],
        0.05,
        '#c7a24c',
      );
  }
  // The cross street at the bottom, then the railing along the cliff top.
  s.strip([-FACADE - 9, FACADE + 9], [CORNER, RAIL], road, 0.01);
  for (let x = -FACADE - 6; x <= FACADE + 6; x += 0.5)
    room.line([x, ground(RAIL), RAIL], [x, ground(RAIL) + 1, RAIL], 0.05, '#3c4a4a');
  room.line([-FACADE - 6, ground(RAIL) + 1, RAIL], [FACADE + 6, ground(RAIL) + 1, RAIL], 0.08, '#3c4a4a');
}

const WALLS = {
  flint: ['#9a958c', '#8b867e', '#a39d92'],
  brick: ['#a5735d', '#ae7f66', '#9a6c58'],
  render: ['#e2d9c4', '#c9d2cc', '#e6d0b8', '#d8cfc7'],
} as const;
const PAINT = ['#3f5a4f', '#6a4440', '#3e4a60', '#4b4643', '#7b6a4a', '#8c8a7c'];
const STRIPES = ['#4f7a6a', '#9a5a50', '#50688a', '#b08a4a'];

/** One side of the street, from the far end toward us: buildings of four to seven metres' frontage. */
function paintRow(s: Street, side: -1 | 1) {
  const { random } = s;
  const spans: Span[] = [];
  for (let z = 0.5; z < CORNER; ) {
    const w = Math.min(between(random, 4, 7), CORNER - z);
    spans.push([z, z + w]);
    z += w;
  }
  for (const z of spans.reverse()) building(s, side, z);
}

function building(s: Street, side: -1 | 1, z: Span) {
  const { room, random } = s;
  const x = side * FACADE;
  const kind = (['flint', 'brick', 'render'] as const)[Math.floor(random() * 3)] ?? 'render';
  const options = WALLS[kind];
  // The sun comes from the left, low: the right-hand fronts catch it, the left-hand ones stand in shade.
  const lightOn = side > 0 ? 1 : 0.8;
  const color = shade(options[Math.floor(random() * options.length)] ?? '#ccc', lightOn);
  const floors = random() < 0.4 ? 3 : 2;
  const top = floors * 3 + 0.9 + random() * 0.8;
  s.wall(x, z, top, color);
  const g = ground(z[0]);
  const { c } = room;
  c.save();
  room.trace([along(x, z, [g - 0.3, g + top])]);
  c.clip();
  if (kind === 'flint') {
    // Knapped flints: small dark and pale nodules all over, sized by their distance.
    for (let i = 0; i < 1400; i += 1) {
      const zz = between(random, z[0], z[1]);
      const [p, r] = [room.at([x, g + random() * top, zz]), (EYE.f * 0.03) / zz];
      c.fillStyle = ['rgba(70,68,66,0.35)', 'rgba(215,210,200,0.35)', 'rgba(120,100,80,0.3)'][i % 3] ?? '';
      c.beginPath();
      c.ellipse(p.x, p.y, r * between(random, 0.3, 0.6), r * between(random, 0.4, 0.9), random(), 0, 7);
      c.fill();
    }
  } else if (kind === 'brick') {
    for (let y = 0.3; y < top; y += 0.3)
      room.line([x, g + y, z[0]], [x, g + y, z[1]], 0.012, 'rgba(70,40,30,0.25)');
  }
  c.restore();
  if (kind === 'flint')
    for (const q of [z[0], z[1] - 0.35])
      for (let y = 0; y < top; y += 0.5)
        room.fill(along(x, [q, q + (y % 1 ? 0.35 : 0.22)], [g + y, g + y + 0.25]), shade('#a3624b', lightOn));
  // Parapet or gable against the sky, and a chimney stack set back on the roof.
  const head = g + top;
  if (random() < 0.4) {
    const mid = (z[0] + z[1]) / 2;
    room.fill(
      [
        [x, head, z[0] + 0.2],
        [x, head, z[1] - 0.2],
        [x, head + (z[1] - z[0]) * 0.4, mid],
      ],
      color,
    );
  } else room.fill(along(x, z, [head - 0.25, head + 0.1]), shade(color, 0.9));
  const cz = random() < 0.5 ? z[0] + 0.4 : z[1] - 1.1;
  room.fill(along(x + side * 1.2, [cz, cz + 0.7], [head, head + 1.6]), shade('#8e5443', lightOn));
  for (const pz of [cz + 0.15, cz + 0.45])
    room.fill(along(x + side * 1.2, [pz, pz + 0.12], [head + 1.6, head + 1.9]), '#9a6a4a');
  // Upper floors: two or three sash windows each.
  const count = z[1] - z[0] > 5 ? 3 : 2;
  for (let f = 1; f < floors; f += 1)
    for (let i = 0; i < count; i += 1) {
      const step = (z[1] - z[0]) / count;
      const wz = z[0] + step * i + step * 0.28;
      s.sash(x - side * 0.01, [wz, wz + step * 0.44], [g + f * 3 + 0.5, g + f * 3 + 2.1]);
    }
  shopFront(s, side, z, lightOn);
}

/** A shop front: pilasters, a blank painted fascia, the display window and a recessed door, maybe an awning. */
function shopFront(s: Street, side: -1 | 1, z: Span, lightOn: number) {
  const { room, random, o } = s;
  const x = side * (FACADE - 0.02);
  const g = ground(z[1]);
  const paint = shade(PAINT[Math.floor(random() * PAINT.length)] ?? '#333', lightOn);
  room.fill(along(x, [z[0] + 0.1, z[1] - 0.1], [g, g + 3.3]), paint);
  room.fill(along(x, [z[0] + 0.15, z[1] - 0.15], [g + 2.75, g + 2.8]), '#c9b27a');
  const door: Span = side < 0 ? [z[1] - 1.3, z[1] - 0.4] : [z[0] + 0.4, z[0] + 1.3];
  const win: Span = side < 0 ? [z[0] + 0.4, door[0] - 0.2] : [door[1] + 0.2, z[1] - 0.4];
  const glass = along(x, win, [g + 0.6, g + 2.55]);
  const top = room.at([x, g + 2.55, win[0]]).y;
  room.fill(
    glass,
    linear(room.c, 0, top, 0, room.at([x, g + 0.6, win[0]]).y, mix(o.sky[1], '#2a2a2a', 0.45), '#3a3632'),
  );
  // A sheen across the glass, and things on display behind it: no writing, just colour.
  const w = win[1] - win[0];
  const sheen: V3[] = [
    [x, g + 2.5, win[0] + w * 0.35],
    [x, g + 2.5, win[0] + w * 0.55],
    [x, g + 0.65, win[0] + w * 0.3],
    [x, g + 0.65, win[0] + w * 0.1],
  ];
  room.fill(sheen, 'rgba(255,255,255,0.07)');
  for (let i = 0; i < 5; i += 1) {
    const a = between(random, win[0], win[1] - 0.4);
    const h = between(random, 0.2, 0.6);
    const hue = ['#b9a27a', '#8a6f6a', '#6f8a86', '#c9c0ae', '#8c5a4a'][i] ?? '#999';
    room.fill(along(x, [a, a + between(random, 0.2, 0.4)], [g + 0.6, g + 0.6 + h]), shade(hue, 0.7));
  }
  if (random() < 0.75 && o.lamp > 0) s.lit.push({ shape: glass, glow: 0.7 });
  room.fill(along(x, door, [g, g + 2.4]), '#24211f');
  if (random() < 0.65) {
    // The awning's underside, seen from below: stripes of canvas running out from the wall to a scalloped edge.
    const out = x - side * 1.7;
    const n = Math.round((z[1] - z[0]) / 0.35);
    const stripe = STRIPES[Math.floor(random() * STRIPES.length)] ?? '#555';
    for (let i = 0; i < n; i += 1) {
      const a = z[0] + 0.15 + ((z[1] - z[0] - 0.3) * i) / n;
      const b = a + (z[1] - z[0] - 0.3) / n;
      const hue = shade(i % 2 ? stripe : '#e8e0cc', 0.62 * lightOn);
      const edge = (xx: number, y: number) => [a, b].map((q): V3 => [xx, g + y, q]);
      room.fill([...edge(x, 3.1), ...edge(out, 2.35).reverse()], hue);
      room.fill([...edge(out, 2.35), [out, g + 2.24, (a + b) / 2]], shade(hue, 1.3));
    }
  }
}

/** A red telephone box on the right-hand pavement: glazed on every side, a domed roof, a lit panel at night. */
function phoneBox(room: Room, o: Outdoor) {
  const [x, z, g] = [KERB + 0.35, 15, ground(15.4) + 0.12];
  const red = '#a8362c';
  room.box([x, x + 0.9], [g, g + 2.5], [z, z + 0.9], red, shade(red, 0.8), red);
  // Small panes in three columns on the two faces we can see.
  const pane = o.lamp > 0.5 ? '#f2e2b0' : '#56606a';
  for (let i = 0; i < 18; i += 1) {
    const [u, y] = [0.12 + (i % 3) * 0.23, g + 0.95 + Math.floor(i / 3) * 0.24];
    room.fill(along(x, [z + u, z + u + 0.19], [y, y + 0.2]), pane);
    room.fill(across(z, [x + u, x + u + 0.19], [y, y + 0.2]), pane);
  }
  room.fill(along(x, [z - 0.02, z + 0.92], [g + 2.5, g + 2.62]), shade(red, 0.9));
  room.taper([x, g + 2.62, z + 0.45], 0.001, g + 2.75, 0.001);
}

/** A street lamp on the kerb: a slim post, an arm over the road, a lantern. */
function lampPost(room: Room, [x, y, z]: V3) {
  const foot = ground(z) + 0.12;
  room.line([x + 0.25, foot, z], [x + 0.25, y + 0.2, z], 0.1, '#2c2f31');
  room.line([x + 0.25, y + 0.2, z], [x, y + 0.2, z], 0.06, '#2c2f31');
  room.fill(along(x, [z - 0.15, z + 0.15], [y - 0.2, y + 0.15]), '#e9dcc0');
  room.fill(along(x, [z - 0.2, z + 0.2], [y + 0.15, y + 0.25]), '#2c2f31');
}
