/**
 * A bus shelter on the lane below the Cottages: old concrete panels streaked with rust under a corrugated roof,
 * open to the road, a bench along its back wall and a timetable case nobody trusted; high hedges either side,
 * the lane shining wet, fields and a far church tower beyond, one lamp. Drawn with the rooms' pinhole camera, so
 * the lane and hedges run true to one point. Painted once per light and weather; rain and wind move, and the
 * lamp hums a little after dark.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { shine } from './canvas-light.ts';
import { alpha, shade } from './colours.ts';
import { glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type V3 } from './room.ts';
import { crowns, hedge } from './trees.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: -0.6, y: 1.6, f: 1000, cx: 440, cy: 380 };
const LANE = [-2.3, 2.3] as const;
const [FRONT, BACK, NEAR, FAR, EAVES, RIDGE] = [4.0, 5.6, 8.4, 12.0, 2.2, 2.75];
const LAMP: V3 = [1.6, 5.4, 17];

export const paintBusShelter: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather, 0.35);
  const key = paintedTexture(scene, `bus-shelter-${stage.light}-${stage.weather}`, (c) => paint(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const at = project(EYE, LAMP);
  const lamp = scene.add
    .image(at.x, at.y + 4, glowTexture(scene))
    .setScale(0.7)
    .setTint(0xffb45a)
    .setBlendMode(Phaser.BlendModes.ADD)
    .setAlpha(0);
  root.add(lamp);
  const weather = addWeather(scene, root, a);
  return {
    root,
    update(time) {
      if (a.lamps > 0.5) lamp.setAlpha(a.lamps * (0.5 + Math.sin(time / 900) * 0.04));
      weather(time);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paint(c: Ctx, a: Air) {
  const random = seededRandom(1993);
  const room = new Room(c, EYE);
  paintSky(c, a, EYE.cy, random, { moon: { x: 980, y: 110 }, sun: { x: 200, y: 300 }, open: 330 });
  // Fields rising gently beyond the hedges, other hedgerows across them, a church tower far off.
  land(
    c,
    a,
    (l) => {
      ['#8d9770', '#7f8c62', '#9a9f78'].forEach((color, i) => {
        l.fillStyle = color;
        l.beginPath();
        l.moveTo(0, EYE.cy - 40 + i * 14);
        l.bezierCurveTo(300, EYE.cy - 70 + i * 20, 900, EYE.cy - 10 + i * 8, WIDTH, EYE.cy - 50 + i * 16);
        l.lineTo(WIDTH, EYE.cy + 30);
        l.lineTo(0, EYE.cy + 30);
        l.fill();
        hedge(
          l,
          random,
          (x) => EYE.cy - 44 + i * 16 + Math.sin(x / 300 + i) * 8,
          (x) => EYE.cy - 36 + i * 16 + Math.sin(x / 300 + i) * 8,
          '#4f5a3a',
          [0, WIDTH],
        );
      });
      l.fillStyle = '#8a8478';
      l.fillRect(1040, EYE.cy - 96, 16, 40);
      for (let x = 1040; x < 1056; x += 5) l.fillRect(x, EYE.cy - 101, 3, 5);
      crowns(
        l,
        random,
        [150, 300, 820, 1180].map((x) => ({ x, y: EYE.cy - 70, size: between(random, 18, 30) })),
        '#55603f',
        '#8a946a',
      );
    },
    [],
    0.4,
  );
  const hedgeLine = (x: number, y: number) => (sx: number) => EYE.cy + ((EYE.y - y) * (sx - EYE.cx)) / x;
  const lamp = project(EYE, LAMP);
  const lampLight = { x: lamp.x, y: lamp.y + 300, r: 320, color: `rgba(255,180,90,${a.lamps * 0.45})` };
  land(
    c,
    a,
    (l) => {
      const r = new Room(l, EYE);
      // Verges, then the lane: tarmac darkening toward us, a crown of gravel down its middle.
      r.fill(level(0, [-8, 9], [3, 400]), '#6f7a4c');
      const tarmac = l.createLinearGradient(0, EYE.cy, 0, HEIGHT);
      tarmac.addColorStop(0, '#6d6e6e');
      tarmac.addColorStop(1, '#3d3f41');
      r.fill(level(0, [LANE[0], LANE[1]], [3, 400]), tarmac);
      r.fill(level(0.001, [-0.12, 0.12], [3, 400]), 'rgba(140,130,110,0.16)');
      hedge(l, random, hedgeLine(-3.6, 2.3), hedgeLine(-3.6, 0), '#4a5836', [-20, EYE.cx - 2]);
      hedge(l, random, hedgeLine(7.4, 2.1), hedgeLine(7.4, 0), '#4d5a38', [EYE.cx + 2, WIDTH + 20]);
      paintShelter(r, random);
      // The bus stop: a post with a plain flag (its words long since faded), and the lamp post.
      r.line([3.4, 0, 9.4], [3.4, 2.7, 9.4], 0.07, '#3a3a38');
      r.fill(across(9.4, [3.0, 3.38], [2.3, 2.62]), '#e8e2d2');
      r.fill(across(9.39, [3.0, 3.38], [2.52, 2.6]), '#b0463a');
      const [x, y, z] = LAMP;
      r.line([x + 1.1, 0, z], [x + 1.1, y + 0.2, z], 0.14, '#2e3032');
      r.line([x + 1.1, y + 0.2, z], [x, y + 0.1, z], 0.08, '#2e3032');
      r.fill(across(z, [x - 0.25, x + 0.1], [y - 0.05, y + 0.12]), '#3a3c3e');
    },
    [lampLight],
  );
  // The wet lane holds the sky, brightest far off, and a long smear of the lamp.
  c.save();
  room.trace([level(0, [LANE[0], LANE[1]], [3, 400])]);
  c.clip();
  const sheen = c.createLinearGradient(0, EYE.cy, 0, HEIGHT);
  sheen.addColorStop(0, alpha(a.sky[2], a.weather === 'rain' ? 0.6 : 0.35));
  sheen.addColorStop(0.5, alpha(a.sky[1], 0.12));
  sheen.addColorStop(1, alpha(a.sky[0], 0.05));
  c.fillStyle = sheen;
  c.fillRect(0, EYE.cy, WIDTH, HEIGHT - EYE.cy);
  // Puddles: each an ellipse inside the patch of road it covers.
  for (const [x, z, w] of [
    [-1.5, 6, 0.9],
    [1.3, 8.5, 0.6],
    [-0.6, 14, 1.2],
  ] as const) {
    const [p, q] = [project(EYE, [x - w, 0, z - w * 0.5]), project(EYE, [x + w, 0, z + w * 0.5])];
    const [cx, cy, rx, ry] = [
      (p.x + q.x) / 2,
      (p.y + q.y) / 2,
      Math.abs(q.x - p.x) / 2,
      Math.abs(q.y - p.y) / 2,
    ];
    const pool = c.createLinearGradient(0, cy - ry, 0, cy + ry);
    pool.addColorStop(0, alpha(a.sky[2], 0.32));
    pool.addColorStop(1, alpha(a.sky[1], 0.16));
    c.fillStyle = pool;
    c.beginPath();
    for (let k = 0; k < 4; k += 1) {
      const [ox, oy] = [between(random, -0.4, 0.4) * rx, between(random, -0.2, 0.2) * ry];
      c.moveTo(cx + ox + rx * 0.6, cy + oy);
      c.ellipse(cx + ox, cy + oy, rx * between(random, 0.4, 0.65), ry * between(random, 0.5, 0.8), 0, 0, 7);
    }
    c.fill();
    // Rings where the rain lands in it.
    c.strokeStyle = alpha(a.sky[2], 0.3);
    c.lineWidth = 0.8;
    for (let k = 0; k < 5; k += 1) {
      c.beginPath();
      c.ellipse(
        cx + between(random, -0.5, 0.5) * rx,
        cy + between(random, -0.3, 0.3) * ry,
        rx * 0.08,
        ry * 0.1,
        0,
        0,
        7,
      );
      c.stroke();
    }
  }
  const base = project(EYE, [LAMP[0], 0, LAMP[2]]);
  if (a.lamps > 0.5) shine(c, base.x, base.y + 90, 46, '#ffb060', a.lamps * 0.7, 4);
  c.restore();
  if (a.lamps > 0.5) shine(c, lamp.x, lamp.y + 6, 90, '#ffc070', a.lamps);
  weatherOver(c, a, EYE.cy, random);
  grain(c, random, 10);
}

/** The shelter: concrete floor, dark back wall with a bench and a blank case, weatherboard end, tiled roof. */
function paintShelter(r: Room, random: Random) {
  const paint = '#8e8c84';
  r.shadow([FRONT - 0.3, BACK + 0.2], [NEAR - 0.2, FAR], 0.5, 10);
  r.fill(level(0.02, [FRONT - 0.1, BACK], [NEAR, FAR]), '#8e8a80');
  r.fill(along(BACK, [NEAR, FAR], [0, EAVES]), '#2f302c');
  r.fill(across(FAR, [FRONT, BACK], [0, EAVES]), '#3e403a');
  for (let z = NEAR + 0.15; z < FAR; z += 0.16)
    r.line([BACK - 0.01, 0, z], [BACK - 0.01, EAVES, z], 0.01, '#262723');
  r.fill(along(BACK - 0.02, [11.2, 12.2], [1.2, 1.8]), '#9a9486');
  r.fill(along(BACK - 0.03, [11.3, 12.1], [1.3, 1.7]), '#c9c3b4');
  r.box([BACK - 0.45, BACK - 0.05], [0.42, 0.48], [NEAR + 0.2, FAR - 0.2], '#7a6a56', '#5c4e40', '#544638');
  for (const z of [NEAR + 0.5, FAR - 0.5])
    r.line([BACK - 0.25, 0, z], [BACK - 0.25, 0.42, z], 0.05, '#2a2622');
  r.box([FRONT, FRONT + 0.1], [0, EAVES], [FAR - 0.1, FAR], paint, shade(paint, 0.8), shade(paint, 0.7));
  // The near end: boards painted green long ago, chalky now, with a gable; the front post at its corner.
  r.fill(across(NEAR, [FRONT, BACK], [0, EAVES]), paint);
  r.fill(
    [
      [FRONT - 0.05, EAVES, NEAR],
      [BACK + 0.05, EAVES, NEAR],
      [(FRONT + BACK) / 2, RIDGE, NEAR],
    ],
    paint,
  );
  // Precast concrete panels, their joints, and the rust-brown stains run down from the roof.
  for (const x of [FRONT + 0.55, FRONT + 1.1])
    r.line([x, 0, NEAR - 0.005], [x, EAVES, NEAR - 0.005], 0.015, shade(paint, 0.7));
  for (let i = 0; i < 14; i += 1) {
    const x = between(random, FRONT + 0.05, BACK - 0.1);
    const length = between(random, 0.3, 1.4);
    r.fill(
      across(NEAR - 0.006, [x, x + between(random, 0.02, 0.06)], [EAVES - length, EAVES]),
      'rgba(90,70,50,0.25)',
    );
  }
  for (let i = 0; i < 30; i += 1) {
    const [x, y] = [between(random, FRONT, BACK - 0.1), between(random, 0.1, EAVES - 0.1)];
    r.fill(across(NEAR - 0.006, [x, x + 0.08], [y, y + 0.04]), 'rgba(60,60,56,0.3)');
  }
  r.box(
    [FRONT - 0.05, FRONT + 0.08],
    [0, EAVES],
    [NEAR - 0.05, NEAR + 0.08],
    paint,
    shade(paint, 0.85),
    shade(paint, 0.75),
  );
  // The roof slope toward the lane, tiled, and its fascia board.
  const roof: V3[] = [
    [FRONT - 0.3, EAVES - 0.05, NEAR - 0.15],
    [(FRONT + BACK) / 2, RIDGE + 0.05, NEAR - 0.15],
    [(FRONT + BACK) / 2, RIDGE + 0.05, FAR + 0.15],
    [FRONT - 0.3, EAVES - 0.05, FAR + 0.15],
  ];
  r.fill(roof, '#5e5a52');
  // Corrugated sheeting: its ridges run down the slope, and rust has got into the lower edge.
  for (let z = NEAR - 0.1; z < FAR + 0.15; z += 0.09)
    r.line([FRONT - 0.3, EAVES - 0.05, z], [(FRONT + BACK) / 2, RIDGE + 0.05, z], 0.018, '#48443e');
  r.fill(
    [
      [FRONT - 0.3, EAVES - 0.05, NEAR - 0.15],
      [FRONT - 0.1, EAVES + 0.08, NEAR - 0.15],
      [FRONT - 0.1, EAVES + 0.08, FAR + 0.15],
      [FRONT - 0.3, EAVES - 0.05, FAR + 0.15],
    ],
    'rgba(120,70,40,0.35)',
  );
  r.fill(
    [
      [FRONT - 0.3, EAVES - 0.05, NEAR - 0.15],
      [FRONT - 0.3, EAVES - 0.05, FAR + 0.15],
      [FRONT - 0.3, EAVES - 0.2, FAR + 0.15],
      [FRONT - 0.3, EAVES - 0.2, NEAR - 0.15],
    ],
    '#6a665e',
  );
  r.fill(
    [
      [FRONT - 0.3, EAVES - 0.05, NEAR - 0.15],
      [(FRONT + BACK) / 2, RIDGE + 0.05, NEAR - 0.15],
      [BACK + 0.3, EAVES - 0.05, NEAR - 0.15],
      [BACK + 0.3, EAVES - 0.16, NEAR - 0.15],
      [(FRONT + BACK) / 2, RIDGE - 0.06, NEAR - 0.15],
      [FRONT - 0.3, EAVES - 0.16, NEAR - 0.15],
    ],
    '#7a766c',
  );
}
