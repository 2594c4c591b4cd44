/**
 * Cromer's sea front, from the promenade west of the pier: the railings under our hands, the shingle below with
 * crab boats drawn up on it, the grey-green North Sea, the pier walking out on its iron legs to the pavilion and
 * the lifeboat house, and the town along its cliff behind with the church tower over everything. Gulls hang in
 * the wind; nothing else moves. The sea itself (`paintSea`, shared with the other places that end at the sea) is
 * in sea.ts.
 */
import type Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { glowAt } from './canvas-light.ts';
import { line, linear, poly } from './canvas-shapes.ts';
import { mix, shade } from './colours.ts';
import { canvas2d, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { mistOver, type Outdoor, onLand, outdoor, paintSky } from './outdoor.ts';
import { addRain, rainOver } from './outdoor-rain.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { paintSea } from './sea.ts';

type Ctx = CanvasRenderingContext2D;
type Lit = { x: number; y: number; w: number; h: number };

const HORIZON = 352;

export const paintCromerFront: Painter = (scene, stage) => {
  const o = outdoor(stage);
  const key = paintedTexture(scene, `cromer-front-${stage.light}-${stage.weather}`, (c) => paint(c, o));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  // Gulls hanging on the wind, tilting a little; by night they have gone to roost.
  const gulls =
    o.light === 'night' ? [] : [190, 250, 420, 700].map((x, i) => gull(scene, root, x, 120 + i * 37));
  addRain(scene, root, o);
  return {
    root,
    update(time) {
      gulls.forEach((g, i) => {
        g.x = g.getData('x') + Math.sin(time / (5200 + i * 900) + i) * 24;
        g.y = g.getData('y') + Math.sin(time / (2300 + i * 400) + i * 2) * 7;
        g.rotation = Math.sin(time / 1800 + i) * 0.12;
      });
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function gull(scene: Phaser.Scene, root: Phaser.GameObjects.Container, x: number, y: number) {
  const g = scene.add.graphics({ x, y }).setData({ x, y });
  g.lineStyle(1.6, 0x3b4046, 0.8);
  g.beginPath();
  g.arc(-5, 2, 5, Math.PI * 1.15, Math.PI * 1.85);
  g.arc(5, 2, 5, Math.PI * 1.15, Math.PI * 1.85);
  g.strokePath();
  root.add(g);
  return g;
}

function paint(c: Ctx, o: Outdoor) {
  const random = seededRandom(1999);
  paintSky(c, o, HORIZON, random, { x: 140, y: HORIZON - 50 });
  paintSea(c, o, HORIZON, 620, random, 180);
  const lit: Lit[] = [];
  onLand(c, o.land, [], (l) => {
    paintTown(l, random, lit);
    mistOver(l, o, 60, 420, 1.2);
    paintBeach(l, o, random);
    paintPier(l, lit);
    mistOver(l, o, HORIZON, 560, 0.5);
  });
  // Lit windows and the pier's lamps go on after the light, so they glow rather than darken.
  for (const w of o.lamp > 0 ? lit : []) {
    c.fillStyle = '#ffd596';
    c.globalAlpha = o.lamp * 0.85;
    c.fillRect(w.x, w.y, w.w, w.h);
    glowAt(c, w.x + w.w / 2, w.y + w.h / 2, 4 + w.w * 2.2, '#ffc06a', o.lamp * 0.4);
    // Each light trails down the water under the pier.
    if (w.y > HORIZON) glowAt(c, w.x, w.y + 26, 10, '#ffb860', o.lamp * 0.2);
  }
  c.globalAlpha = 1;
  const lamp = { x: 110, y: 311, r: 300, color: `rgba(255,190,110,${o.lamp * 0.6})` };
  onLand(c, o.land, [lamp], (l) => paintRailings(l, o));
  if (o.lamp > 0.5) {
    c.fillStyle = '#fff0c8';
    c.fillRect(104, 303, 12, 17);
    glowAt(c, lamp.x, lamp.y, 110, '#ffc06a', o.lamp * 0.7);
  }
  if (o.rain) rainOver(c, random);
  grain(c, random, 8);
}

/** Where the coast vanishes ahead of us; the water's edge and the foot of the sea wall both run to it. */
const APEX = { x: 860, y: 372 };
const waterline = (x: number) => APEX.y + ((APEX.x - x) / APEX.x) ** 1.15 * 250;
const wallFoot = (x: number) => APEX.y + ((x - APEX.x) / 420) ** 1.3 * 40;
const near = (x: number) => Math.max(0, (x - APEX.x) / 420);
const cliffTop = (x: number) => APEX.y - 24 - near(x) ** 0.9 * 150;
const pick = (random: Random, colors: string) => colors.split(' ')[Math.floor(random() * 5)] ?? '#808080';

/** The town along its cliff: the church tower over everything, tall hotels and houses, the slope below. */
function paintTown(l: Ctx, random: Random, lit: Lit[]) {
  // The tower: flint, lit down its sunny side, belfry openings, a string course, battlements and pinnacles.
  const [tx, tw, ty] = [1112, 34, 70];
  l.fillStyle = linear(l, tx - tw / 2, 0, tx + tw / 2, 0, '#aaa49a', '#928c85', '#77736f');
  l.fillRect(tx - tw / 2, ty, tw, 200);
  l.fillStyle = '#5b5856';
  for (const [dx, dy, w, h] of [
    [-9, 16, 5, 24],
    [3, 16, 5, 24],
    [-3, 62, 6, 20],
    [-18, 48, 36, 2],
  ] as const)
    l.fillRect(tx + dx, ty + dy, w, h);
  for (let i = 0; i < 5; i += 1) l.fillRect(tx - tw / 2 + i * 7.5, ty - 5, 4.5, 6);
  for (const dx of [-tw / 2 - 1, tw / 2 - 4]) l.fillRect(tx + dx, ty - 16, 5, 17);
  // Two rows of buildings: a far one showing roofs and upper windows, then the cliff-top frontage.
  for (const row of [0, 1]) {
    for (let x = APEX.x - 20; x < WIDTH + 40; ) {
      const s = 0.25 + near(x) * 0.75;
      const [w, h] = [between(random, 40, 80) * s, between(random, 30, 70) * s * (row ? 1 : 0.8)];
      const [base, top] = [cliffTop(x + w / 2) - (row ? 0 : 22 * s), 0];
      const y = base - h * (random() < 0.2 ? 1.5 : 1) + top;
      const wall = pick(random, '#d9d0bd #b99c84 #c8bca6 #a49f95 #e1dccf');
      l.fillStyle = wall;
      l.fillRect(x, y, w, base - y + 30);
      l.fillStyle = shade(wall, 0.82);
      l.fillRect(x + w * 0.82, y, w * 0.18, base - y + 30);
      const roof = random() < 0.7 ? '#5e5b5a' : '#7c5c50';
      if (random() < 0.35) poly(l, roof, x - 2, y, x + w / 2, y - h * 0.45, x + w + 2, y);
      else poly(l, roof, x - 2, y, x + w * 0.12, y - h * 0.3, x + w * 0.88, y - h * 0.3, x + w + 2, y);
      l.fillRect(x + w * 0.75, y - h * 0.55, 5 * s, h * 0.3);
      for (let fy = y + 8 * s; fy < base - 6 * s; fy += 13 * s)
        for (let fx = x + 6 * s; fx < x + w - 9 * s; fx += 12 * s) {
          const win = { x: fx, y: fy, w: 4.5 * s, h: 7 * s };
          l.fillStyle = '#50555c';
          l.fillRect(win.x, win.y, win.w, win.h);
          if (random() < 0.22) lit.push(win);
        }
      x += w + between(random, 0, 6) * s;
    }
  }
  // The cliff below the town: rough grass, gorse and bramble, sandy scars, the road slanting down to the front.
  const edge = [APEX.x - 30, APEX.y];
  for (let x = APEX.x - 30; x <= WIDTH; x += 16) edge.push(x, cliffTop(x) - 2 + Math.sin(x / 29) * 2);
  poly(l, linear(l, 0, 200, 0, 420, '#7f8c63', '#a9976f'), ...edge, WIDTH, wallFoot(WIDTH));
  l.save();
  l.clip();
  // The scrub is drawn on a layer of its own and softened once, not blurred bush by bush (each blurred draw
  // costs a whole-canvas pass where the browser paints in software).
  const b = canvas2d();
  for (let i = 0; b && i < 160; i += 1) {
    const x = between(random, APEX.x, WIDTH);
    const [y, r] = [between(random, cliffTop(x), wallFoot(x) - 10), (2 + random() * 7) * (0.3 + near(x))];
    b.fillStyle = i < 50 ? 'rgba(205,180,138,0.45)' : `rgba(70,84,54,${between(random, 0.3, 0.8)})`;
    b.beginPath();
    for (let j = 0; j < 4; j += 1) b.ellipse(x + j * r * 0.7, y - random() * r * 0.6, r, r * 0.6, 0, 0, 7);
    b.fill();
  }
  l.filter = 'blur(1.5px)';
  if (b) l.drawImage(b.canvas, 0, 0);
  l.filter = 'none';
  l.fillStyle = linear(l, APEX.x, 0, WIDTH, 0, 'rgba(255,246,220,0.12)', 'rgba(40,50,30,0.18)');
  l.fillRect(APEX.x, 0, WIDTH - APEX.x, HEIGHT);
  l.restore();
  line(l, '#c9bda6', 3, WIDTH, cliffTop(WIDTH) + 40, 980, wallFoot(980) - 20);
  // The sea wall and the promenade along its top, with a row of beach huts in faded paint.
  poly(
    l,
    '#c3bcae',
    APEX.x - 20,
    APEX.y - 2,
    WIDTH,
    wallFoot(WIDTH) - 22,
    WIDTH,
    wallFoot(WIDTH),
    APEX.x - 20,
    APEX.y,
  );
  for (let x = APEX.x + 10; x < WIDTH; x += 9 + near(x) * 14) {
    const [s, hue] = [0.3 + near(x) * 0.8, pick(random, '#9bb3b8 #d9c9a3 #c48b7c #a9b79a #e4dccb')];
    const y = wallFoot(x) - 20 * s - 2;
    l.fillStyle = hue;
    l.fillRect(x, y - 11 * s, 10 * s, 11 * s);
    l.fillStyle = shade(hue, 0.65);
    l.fillRect(x + 3 * s, y - 8 * s, 4 * s, 8 * s);
    poly(l, shade(hue, 0.65), x - 1, y - 11 * s, x + 5 * s, y - 15 * s, x + 11 * s, y - 11 * s);
  }
}

/** Shingle below us down to the water's edge, tide lines, groynes into the sea, foam along the edge. */
function paintBeach(l: Ctx, o: Outdoor, random: Random) {
  const shore: number[] = [];
  for (let x = 0; x <= APEX.x; x += 16) shore.push(x, waterline(x));
  for (let x = APEX.x; x <= WIDTH; x += 20) shore.push(x, wallFoot(x));
  poly(l, linear(l, 0, APEX.y, 0, HEIGHT, '#b3a993', '#85796a'), ...shore, WIDTH, HEIGHT, 0, HEIGHT);
  l.save();
  l.clip();
  // Wet sand along the edge holds a little of the sky.
  const wet = [];
  for (let x = -10; x <= APEX.x; x += 16) wet.push(x, waterline(x) + 10 * (1 - x / APEX.x) + 2);
  line(l, mix(o.sky[2], '#7d7466', 0.7), 26, ...wet);
  for (let i = 0; i < 6000; i += 1) {
    const y = between(random, APEX.y, HEIGHT);
    const r = ((y - APEX.y) / 350) ** 1.5 * 3.2 + 0.4;
    l.fillStyle = pick(random, '#dcd3c2 #6d6458 #a19480 #c0a57f #57524d');
    l.globalAlpha = 0.5;
    l.beginPath();
    l.ellipse(between(random, 0, WIDTH), y, r, r * 0.6, 0, 0, 7);
    l.fill();
  }
  // Old tide lines of weed and wrack higher up the shingle, following the water's edge.
  l.globalAlpha = 0.16;
  l.setLineDash([40, 12, 90, 20]);
  for (const d of [48, 120]) {
    const wrack = [];
    for (let x = -10; x <= WIDTH; x += 10) {
      const at = x < APEX.x ? waterline(x) : APEX.y + (x - APEX.x) * 0.05;
      wrack.push(x, at + d * (1 - Math.min(x, APEX.x) / APEX.x) ** 0.8 + d * 0.25 + Math.sin(x / 13) * 1.5);
    }
    line(l, '#4a4236', 2, ...wrack);
  }
  l.restore();
  // Groynes: planks between posts, from under the promenade out past the water's edge.
  for (const [y0, y1, x1] of [
    [566, 548, 150],
    [446, 441, 560],
  ] as const) {
    const s = (y: number) => (y - 350) / 150;
    poly(l, '#5a4a3c', WIDTH, y0 - 8 * s(y0), x1, y1 - 4 * s(y1), x1, y1, WIDTH, y0);
    for (let t = 0; t <= 1; t += 0.03) {
      const [x, y] = [WIDTH + (x1 - WIDTH) * t, y0 + (y1 - y0) * t];
      l.fillStyle = '#3b3129';
      l.fillRect(x, y - 12 * s(y), 2.2 * s(y), 13 * s(y));
    }
  }
  // Crab boats drawn up on the shingle, clear of the tide.
  crabBoat(l, 940, 430, 0.8, '#8fa9b3');
  crabBoat(l, 1130, 476, 1.2, '#d9cfb8');
  crabBoat(l, 820, 500, 1.5, '#6f8f86');
  for (const [d, w] of [
    [0, 2.4],
    [9, 1.2],
    [22, 0.8],
  ] as const) {
    const foam = [];
    for (let x = -10; x <= APEX.x; x += 8)
      foam.push(x, waterline(x) - (d + Math.sin(x / 23 + d) * 1.4) * (1 - x / APEX.x));
    line(l, 'rgba(238,238,230,0.8)', w * (1 - d / 40), ...foam);
  }
}

/** A small double-ended crab boat on the shingle: clinker strakes, a pale top strake, a dark bottom. */
function crabBoat(l: Ctx, x: number, y: number, k: number, hue: string) {
  l.fillStyle = 'rgba(40,34,28,0.35)';
  l.beginPath();
  l.ellipse(x + 6 * k, y + 3 * k, 36 * k, 5 * k, 0, 0, 7);
  l.fill();
  l.beginPath();
  // A flat keel rising to a high stem and stern, and the sheer line sagging between them.
  l.moveTo(x - 34 * k, y - 16 * k);
  l.quadraticCurveTo(x - 30 * k, y + 2 * k, x - 12 * k, y + 2 * k);
  l.lineTo(x + 12 * k, y + 2 * k);
  l.quadraticCurveTo(x + 30 * k, y + 2 * k, x + 35 * k, y - 18 * k);
  l.quadraticCurveTo(x, y - 8 * k, x - 34 * k, y - 16 * k);
  l.fillStyle = hue;
  l.fill();
  l.save();
  l.clip();
  for (const [dy, h, color] of [
    [-20, 5, '#f1ece0'],
    [-3, 6, '#7a3f33'],
  ] as const) {
    l.fillStyle = color;
    l.fillRect(x - 40 * k, y + dy * k, 80 * k, h * k);
  }
  for (let d = 4; d < 16; d += 3.5)
    line(
      l,
      shade(hue, 0.8),
      0.8,
      x - 34 * k,
      y - (16 - d) * k,
      x,
      y - (16 - d) * k * 0.3,
      x + 34 * k,
      y - (17 - d) * k,
    );
  l.restore();
  l.fillStyle = '#4a3d33';
  l.fillRect(x - 2 * k, y - 30 * k, 1.6 * k + 0.5, 16 * k);
}

/** The pier on its iron legs, from the promenade out over the sea to the pavilion and the lifeboat house. */
function paintPier(l: Ctx, lit: Lit[]) {
  const at = (t: number) => ({ x: 1010 - t * 700, y: 392 - t * 22, s: 0.55 - t * 0.25 });
  for (let t = 0; t <= 1.001; t += 0.03) {
    const p = at(t);
    const foot = Math.max(p.y + 20 * p.s, p.x > APEX.x ? wallFoot(p.x) : Math.min(waterline(p.x), p.y + 30));
    l.fillStyle = '#353a3f';
    l.fillRect(p.x, p.y, 2.4 * p.s + 0.6, foot - p.y);
    line(l, 'rgba(53,58,63,0.7)', 1, p.x, p.y + 4, at(t + 0.03).x, foot - 3);
  }
  const [a, b] = [at(0), at(1)];
  poly(l, '#5d5c59', a.x + 30, a.y - 3, b.x, b.y - 2, b.x, b.y + 2, a.x + 30, a.y + 5);
  line(l, '#dcd8ce', 1, a.x + 30, a.y - 13, b.x, b.y - 7);
  for (let t = 0.04; t < 0.72; t += 0.08) {
    const p = at(t);
    l.fillStyle = '#353a3f';
    l.fillRect(p.x, p.y - 26 * p.s, 1.4, 26 * p.s);
    lit.push({ x: p.x - 1.5, y: p.y - 29 * p.s, w: 4, h: 3 });
  }
  // The pavilion, long and low under a curved roof; the lifeboat house at the end, tall and pale, its slipway.
  const [pav, end] = [at(0.8), at(0.99)];
  l.fillStyle = '#e4ddcf';
  l.fillRect(pav.x - 34, pav.y - 15, 68, 15);
  l.fillStyle = '#74837f';
  l.beginPath();
  l.ellipse(pav.x, pav.y - 15, 37, 8, 0, Math.PI, 0);
  l.fill();
  l.fillStyle = '#d8d5cd';
  l.fillRect(end.x - 14, end.y - 24, 26, 24);
  l.fillStyle = '#a7a8a5';
  l.fillRect(end.x + 7, end.y - 24, 5, 24);
  poly(l, '#5f5652', end.x - 16, end.y - 24, end.x - 1, end.y - 34, end.x + 14, end.y - 24);
  line(l, '#44474a', 2, end.x - 14, end.y, end.x - 34, end.y + 12);
  lit.push({ x: pav.x - 24, y: pav.y - 10, w: 7, h: 4 }, { x: pav.x + 10, y: pav.y - 10, w: 7, h: 4 });
}

/** The promenade railing under our hands: painted iron, top rail and balusters, posts with a ball on each. */
function paintRailings(l: Ctx, o: Outdoor) {
  const topY = (x: number) => 598 + x * 0.01;
  const [iron, lit] = ['#4f6d6a', mix('#9fbcb4', o.sunColor, 0.3)];
  l.fillStyle = '#b3ac9f';
  l.fillRect(0, 692, WIDTH, 28);
  l.fillStyle = '#8f887c';
  l.fillRect(0, 692, WIDTH, 3);
  l.fillStyle = iron;
  for (let x = 10; x < WIDTH; x += 26) {
    l.fillRect(x, topY(x), 4, 694 - topY(x));
    l.beginPath();
    l.ellipse(x + 2, 668, 4.5, 7, 0, 0, 7);
    l.fill();
  }
  for (let x = 170; x < WIDTH; x += 440) {
    l.fillRect(x - 7, topY(x) - 8, 14, 700 - topY(x));
    l.beginPath();
    l.arc(x, topY(x) - 15, 9, 0, 7);
    l.fill();
  }
  for (const [y, h] of [
    [0, 12],
    [56, 5],
  ] as const)
    poly(l, iron, 0, topY(0) + y, WIDTH, topY(WIDTH) + y, WIDTH, topY(WIDTH) + y + h, 0, topY(0) + y + h);
  l.fillStyle = lit;
  for (const y of [0, 56]) l.fillRect(0, topY(0) + y, WIDTH, 2.5);
  l.globalAlpha = 0.5;
  for (let x = 170; x < WIDTH; x += 440) l.fillRect(x - 7, topY(x) - 8, 3, 700 - topY(x));
  l.globalAlpha = 1;
  // A promenade lamp standing at the rail: a fluted post, a scrolled bracket, a lantern.
  l.fillStyle = iron;
  poly(l, iron, 58, 720, 60, 330, 70, 330, 76, 720);
  l.fillRect(50, 600, 34, 14);
  line(l, iron, 3, 65, 340, 80, 318, 104, 314, 110, 322);
  poly(l, iron, 98, 322, 122, 322, 117, 300, 103, 300);
  poly(l, iron, 96, 300, 124, 300, 110, 290);
  l.fillStyle = mix('#e8dcc0', o.sunColor, 0.3);
  l.fillRect(104, 303, 12, 17);
}
