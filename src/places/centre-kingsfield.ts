/**
 * The Kingsfield: a recovery centre that was once a holiday camp. A square of cracked concrete with weeds in
 * its joints, benches, a dry planter; round it, a two-storey block with a walkway along its upper floor, a row
 * of chalets, the old recreation hall, their pastel paint long gone chalky; a few windows lit; nobody out.
 * Drawn with the rooms' pinhole camera. Painted once per light and weather; the lamps hum, the weather moves.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { type Pool, shine } from './canvas-light.ts';
import { alpha, mix, shade } from './colours.ts';
import { glowTexture, type Painter } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type V3 } from './room.ts';
import { bareTree, wood } from './trees.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: 0, y: 1.6, f: 900, cx: 640, cy: 392 };
const [BACK, LEFT, RIGHT] = [26, -11, 10];
const LAMPS: readonly V3[] = [
  [-6.5, 3.6, 12],
  [6.5, 3.6, 19],
];
type Glass = { points: V3[]; lit: boolean };

export const paintCentreKingsfield: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather, 0.4);
  const key = paintedTexture(scene, `kingsfield-${stage.light}-${stage.weather}`, (c) => paint(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const glows = LAMPS.map((at) => {
    const p = project(EYE, at);
    const glow = scene.add.image(p.x, p.y, glowTexture(scene)).setScale(0.6).setTint(0xffd8a0);
    root.add(glow.setBlendMode(Phaser.BlendModes.ADD).setAlpha(0));
    return glow;
  });
  const weather = addWeather(scene, root, a);
  return {
    root,
    update(time) {
      glows.forEach((glow, i) => {
        if (a.lamps > 0.5) glow.setAlpha(a.lamps * (0.45 + Math.sin(time / 1100 + i * 2) * 0.04));
      });
      weather(time);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paint(c: Ctx, a: Air) {
  const random = seededRandom(2003);
  const room = new Room(c, EYE);
  paintSky(c, a, EYE.cy, random, { moon: { x: 1040, y: 80 }, open: 200 });
  land(c, a, (l) => wood(l, random, 230, EYE.cy + 10, '#3f4a36', '#6f7a5a'), [], 0.3);
  const share = a.lamps >= 1 ? 0.4 : a.lamps > 0.5 ? 0.3 : 0;
  const glass: Glass[] = [];
  const pools: Pool[] = LAMPS.map(([x, , z]) => {
    const p = project(EYE, [x, 0, z]);
    return { x: p.x, y: p.y - 20, r: 2600 / z, color: `rgba(255,200,140,${a.lamps * 0.6})` };
  });
  land(
    c,
    a,
    (l) => {
      const r = new Room(l, EYE);
      paintSquare(r, random);
      paintBlock(r, random, glass, share);
      paintChalets(r, random, glass, share);
      paintHall(r, glass, share);
    },
    pools,
  );
  // Lit windows glow through thin curtains; the rest hold a little of the sky.
  for (const { points, lit } of glass) {
    if (!lit) continue;
    room.fill(points, alpha('#f1cf90', Math.min(1, a.lamps + 0.1)));
    const centre = project(EYE, [
      points.reduce((s, p) => s + p[0], 0) / 4,
      points.reduce((s, p) => s + p[1], 0) / 4,
      points.reduce((s, p) => s + p[2], 0) / 4,
    ]);
    shine(c, centre.x, centre.y, 60, '#ffc47c', a.lamps * 0.3);
  }
  land(
    c,
    a,
    (l) => {
      const r = new Room(l, EYE);
      paintPlanter(r, random);
      bench(r, [-4.6, -2.6], 8.5, 'back');
      bench(r, [2.6, 4.8], 6.2, 'front');
      bench(r, [4.5, 6.5], 21, 'front');
      bench(r, [-7.5, -5.5], 17, 'front');
      // A litter bin by the near bench.
      r.box([1.7, 2.1], [0, 0.8], [6.6, 7.0], '#4e5a4c', '#445044', '#3a443a');
      for (const [x, y, z] of LAMPS) {
        r.line([x, 0, z], [x, y - 0.2, z], 0.1, '#2c2e30');
        r.box([x - 0.1, x + 0.1], [y - 0.25, y - 0.18], [z - 0.1, z + 0.1], '#3a3c3e', '#2c2e30', '#2c2e30');
      }
    },
    pools,
  );
  for (const at of LAMPS) {
    const p = project(EYE, at);
    c.fillStyle = a.lamps > 0.5 ? '#fff0d2' : '#d8d4cc';
    c.beginPath();
    c.arc(p.x, p.y, (0.2 * EYE.f) / at[2], 0, 7);
    c.fill();
    if (a.lamps > 0.5) shine(c, p.x, p.y, 70, '#ffd8a0', a.lamps * 0.8);
  }
  weatherOver(c, a, EYE.cy, random);
  grain(c, random, 10);
}

/** Concrete slabs in a grid, joints sprouting weeds, a dark crack or two, stains where water stands. */
function paintSquare(r: Room, random: Random) {
  r.fill(level(0, [-40, 40], [2, 200]), '#7d7d60');
  r.fill(level(0, [LEFT, RIGHT], [2, BACK]), '#a29e94');
  for (let x = LEFT; x < RIGHT; x += 2.5)
    for (let z = 2; z < BACK; z += 2.5) {
      const tone = between(random, -6, 6);
      r.fill(
        level(0.001, [x + 0.05, x + 2.45], [z + 0.05, z + 2.45]),
        `rgb(${160 + tone},${156 + tone},${146 + tone})`,
      );
    }
  for (let i = 0; i < 60; i += 1) {
    const [x, z] = [LEFT + Math.floor(random() * 9) * 2.5, 2 + between(random, 2, BACK - 2)];
    const p = project(r.eye, [x, 0, z]);
    r.c.fillStyle = '#5f6a40';
    r.c.beginPath();
    r.c.ellipse(p.x, p.y, 60 / z, 14 / z, 0, 0, 7);
    r.c.fill();
  }
  // Dark stains where rain stands after it stops.
  for (const [x, z, w] of [
    [-3, 7, 1.2],
    [4, 11, 1.8],
    [-6, 18, 2.2],
  ] as const) {
    const [p, q] = [project(r.eye, [x - w, 0, z - w * 0.4]), project(r.eye, [x + w, 0, z + w * 0.4])];
    r.c.fillStyle = 'rgba(70,72,70,0.14)';
    r.c.beginPath();
    r.c.ellipse((p.x + q.x) / 2, (p.y + q.y) / 2, (q.x - p.x) / 2, (p.y - q.y) / 2, 0, 0, 7);
    r.c.fill();
  }
  r.c.strokeStyle = 'rgba(40,38,34,0.6)';
  r.c.lineWidth = 1.2;
  r.c.beginPath();
  for (const [x0, z0] of [
    [1, 4],
    [-6, 12],
  ]) {
    let [x, z] = [x0 ?? 0, z0 ?? 0];
    const start = project(r.eye, [x, 0, z]);
    r.c.moveTo(start.x, start.y);
    for (let i = 0; i < 8; i += 1) {
      [x, z] = [x + between(random, -0.6, 0.6), z + 0.6];
      const p = project(r.eye, [x, 0, z]);
      r.c.lineTo(p.x, p.y);
    }
  }
  r.c.stroke();
}

/** The two-storey block across the back: a walkway along the upper floor, doors in faded pastels. */
function paintBlock(r: Room, random: Random, glass: Glass[], share: number) {
  const [x0, x1] = [-16, 15];
  r.fill(across(BACK, [x0, x1], [0, 6.2]), '#d2ccbc');
  r.fill(across(BACK - 0.01, [x0, x1], [0, 0.5]), '#9a948a');
  r.box([x0 - 0.3, x1 + 0.3], [6.2, 6.6], [BACK - 0.3, BACK], '#8a8a84', '#b8b4a8', '#a8a49a');
  const pastels = ['#9cb8c4', '#d8c890', '#c4a0a0', '#a8bca0'];
  for (const [y0, y1] of [
    [0.4, 2.5],
    [3.4, 5.5],
  ] as const)
    for (let x = x0 + 0.8, i = 0; x < x1 - 2; x += 3.1, i += 1) {
      r.fill(
        across(BACK - 0.02, [x, x + 0.9], [y0 - 0.4 + 0.4, y1]),
        shade(pastels[i % 4] ?? '#9cb8c4', 0.85),
      );
      const pane = across(BACK - 0.02, [x + 1.3, x + 2.7], [y0 + 0.6, y1 - 0.3]);
      r.fill(across(BACK - 0.015, [x + 1.2, x + 2.8], [y0 + 0.5, y1 - 0.2]), '#e8e2d4');
      r.fill(pane, '#3c4450');
      glass.push({ points: pane, lit: random() < share });
    }
  // Rain has run off the roof and the walkway for years, in dark streaks down the render.
  for (let x = x0 + 0.3; x < x1; x += between(random, 0.4, 1.6)) {
    const top = random() < 0.5 ? 6.2 : 2.9;
    const run = between(random, 0.6, 2.2);
    const streak = r.c.createLinearGradient(0, r.at([x, top, BACK]).y, 0, r.at([x, top - run, BACK]).y);
    streak.addColorStop(0, 'rgba(70,66,58,0.22)');
    streak.addColorStop(1, 'rgba(70,66,58,0)');
    r.fill(across(BACK - 0.025, [x, x + between(random, 0.05, 0.2)], [top - run, top]), streak);
  }
  // The walkway: a slab along the upper floor, rails, posts down to the ground, a stair at the end.
  r.box([x0, x1], [2.9, 3.1], [BACK - 1.6, BACK], '#b4b0a6', '#a09c92', '#908c84');
  for (let x = x0 + 0.2; x < x1; x += 2.6) r.line([x, 0, BACK - 1.5], [x, 3.0, BACK - 1.5], 0.08, '#7c786e');
  r.line([x0, 4.0, BACK - 1.55], [x1, 4.0, BACK - 1.55], 0.05, '#5a5852');
  for (let x = x0 + 0.2; x < x1; x += 0.3)
    r.line([x, 3.1, BACK - 1.55], [x, 4.0, BACK - 1.55], 0.015, '#6a6862');
  for (let i = 0; i < 12; i += 1)
    r.box(
      [x1 + 0.2, x1 + 1.4],
      [i * 0.25, i * 0.25 + 0.06],
      [BACK - 3.6 + i * 0.17, BACK - 3.4 + i * 0.17],
      '#a8a49a',
      '#8a867e',
      '#7a766e',
    );
}

/** A row of single-storey chalets down the left, doors and windows alternating, flat roofs with a lip. */
function paintChalets(r: Room, random: Random, glass: Glass[], share: number) {
  r.fill(along(LEFT, [5, BACK], [0, 2.7]), '#c9c2b0');
  r.fill(along(LEFT + 0.01, [5, BACK], [0, 0.3]), '#8e887c');
  r.box([LEFT - 1, LEFT + 0.3], [2.7, 3.0], [5, BACK], '#7c7a74', '#8a877e', '#a09c92');
  const pastels = ['#a8bca0', '#9cb8c4', '#d8c890', '#c4a0a0'];
  for (let z = 6, i = 0; z < BACK - 2; z += 3.4, i += 1) {
    r.fill(along(LEFT + 0.02, [z, z + 0.9], [0, 2.05]), shade(pastels[i % 4] ?? '#a8bca0', 0.85));
    r.fill(along(LEFT + 0.02, [z + 1.3, z + 2.7], [0.8, 2.0]), '#e8e2d4');
    const pane = along(LEFT + 0.03, [z + 1.4, z + 2.6], [0.9, 1.9]);
    r.fill(pane, '#3c4450');
    glass.push({ points: pane, lit: random() < share });
  }
}

/** The old recreation hall on the right, its long windows, and a gap beyond it where the trees show. */
function paintHall(r: Room, glass: Glass[], share: number) {
  const z: [number, number] = [9, 24];
  r.fill(along(RIGHT, [z[1], z[0]], [0, 4.4]), mix('#d6cdb8', '#c4a0a0', 0.2));
  r.box([RIGHT - 0.3, RIGHT + 8], [4.4, 4.9], [z[0], z[1]], '#7e7c76', '#8a877e', '#a09c92');
  r.fill(across(z[0], [RIGHT, RIGHT + 8], [0, 4.4]), '#b8b0a0');
  for (let zz = z[0] + 1; zz < z[1] - 1; zz += 2.4) {
    const pane = along(RIGHT - 0.02, [zz + 1.6, zz], [0.9, 3.6]);
    r.fill(along(RIGHT - 0.01, [zz + 1.7, zz - 0.1], [0.8, 3.7]), '#e8e2d4');
    r.fill(pane, '#3a424c');
    glass.push({ points: pane, lit: share > 0 && zz < 13 });
  }
}

function paintPlanter(r: Room, random: Random) {
  const [x, z] = [[-1.6, 1.6] as const, [13, 15.6] as const];
  r.shadow([x[0], x[1]], [z[0], z[1]], 0.4);
  r.box([x[0], x[1]], [0, 0.55], [z[0], z[1]], '#aca89e', '#98948a', '#888479');
  r.fill(level(0.56, [x[0] + 0.15, x[1] - 0.15], [z[0] + 0.15, z[1] - 0.15]), '#4e4236');
  for (let i = 0; i < 5; i += 1) {
    const p = project(r.eye, [between(random, -1.2, 1.2), 0.56, between(random, 13.4, 15.2)]);
    bareTree(r.c, random, p.x, p.y, between(random, 26, 44), '#4c4238');
  }
}

/** A bench of slats on concrete ends, seen from behind or from the front. */
function bench(r: Room, x: readonly [number, number], z: number, facing: 'back' | 'front') {
  const back = facing === 'back' ? z : z + 0.5;
  r.shadow([x[0], x[1]], [z - 0.1, z + 0.6], 0.35, 6);
  for (const end of [x[0] + 0.1, x[1] - 0.2])
    r.box([end, end + 0.1], [0, 0.45], [z, z + 0.5], '#b0aca2', '#9a968c', '#8a867c');
  r.box([x[0], x[1]], [0.42, 0.47], [z, z + 0.5], '#8e7458', '#7a6248', '#6a5440');
  for (const end of [x[0] + 0.15, x[1] - 0.15])
    r.line([end, 0.45, back - 0.02], [end, 0.86, back - 0.02], 0.06, '#9a968c');
  for (const y of [0.6, 0.75])
    r.box([x[0], x[1]], [y, y + 0.1], [back - 0.04, back], '#8e7458', '#7a6248', '#6a5440');
}
