/**
 * The farmhouse kitchen at the Cottages: low, cold and never quite clean. A scrubbed table down the middle with
 * chairs that don't match and the day's mugs on it; the window over a stone sink, looking out at the barn roof
 * and bare trees (black after dark, with the rain running down it); a dresser on the left heaped with the
 * veterans' old magazines; an enamel range on the right with the kettle on it; a door through to the room with
 * the television. Painted once per light and weather with the rooms' pinhole camera; only the lamp, the steam
 * from the kettle and the rain on the glass move.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import { light, relight } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { dotTexture, HEIGHT, type Painter, streakTexture, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';
import { addLampAndDust, MOODS, type Mood } from './room-mood.ts';
import { bareTree } from './trees.ts';

const [LEFT, RIGHT, BACK, CEILING] = [-3.0, 3.2, 5.6, 2.6];
const EYE: Eye = { x: 0.25, y: 1.5, f: 740, cx: 640, cy: 290 };
const WINDOW = { x: [-0.55, 0.75] as Span, y: [1.05, 2.15] as Span };
const BULB: V3 = [0.1, 2.05, 3.4];
const KETTLE: V3 = [2.35, 1.08, 4.4];

/** The Cottages were cold: a greyer, bluer version of each hour, and the bulb on whenever it is dim. */
function kitchenMood(stage: Stage): Mood {
  const base = MOODS[stage.light];
  const wet = stage.weather === 'rain';
  return {
    ...base,
    sky: wet ? ['#8e969c', '#aab0b2', '#c4c6c2'] : base.sky,
    trees: mix(base.trees, '#5a5a56', 0.5),
    ambient: mix(base.ambient, '#9aa0a6', stage.light === 'night' ? 0.05 : 0.45),
    window: mix(base.window, '#2a2e34', wet ? 0.5 : 0.2),
    sun: 0,
    lamp: stage.light === 'night' || stage.light === 'dusk' ? 1 : wet ? 0.35 : 0,
  };
}

export const paintCottagesKitchen: Painter = (scene, stage) => {
  const mood = kitchenMood(stage);
  const rain = stage.weather === 'rain';
  const key = paintedTexture(scene, `cottages-kitchen-${stage.light}-${stage.weather}`, (c) =>
    paintKitchen(new Room(c, EYE), mood, rain, seededRandom(1983)),
  );
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const bulb = addLampAndDust(scene, root, project(EYE, BULB), mood, { min: 420, max: 780 });
  // Steam from the kettle, thin and slow.
  const spout = project(EYE, [KETTLE[0] - 0.12, KETTLE[1] + 0.14, KETTLE[2]]);
  root.add(
    scene.add.particles(spout.x, spout.y, dotTexture(scene), {
      speedX: { min: -8, max: 4 },
      speedY: { min: -26, max: -14 },
      lifespan: { min: 2200, max: 3400 },
      scale: { start: 0.6, end: 2.4 },
      alpha: { start: 0.16, end: 0 },
      tint: 0xf0ece4,
      frequency: 260,
    }),
  );
  if (rain) {
    // Drops gathering and running down the window glass.
    const glass = [across(BACK + 0.2, WINDOW.x, WINDOW.y)[0], across(BACK + 0.2, WINDOW.x, WINDOW.y)[2]].map(
      (p) => project(EYE, p ?? [0, 0, 1]),
    );
    const [a, b] = [glass[0] ?? { x: 0, y: 0 }, glass[1] ?? { x: 0, y: 0 }];
    root.add(
      scene.add.particles(0, 0, streakTexture(scene), {
        x: { min: a.x + 4, max: b.x - 4 },
        y: { min: b.y + 4, max: a.y - 30 },
        speedY: { min: 10, max: 30 },
        lifespan: { min: 1200, max: 2400 },
        scaleY: { min: 0.2, max: 0.45 },
        alpha: { start: 0.3, end: 0 },
        frequency: 320,
      }),
    );
  }
  return {
    root,
    update(time) {
      if (mood.lamp > 0) bulb.setAlpha(mood.lamp * (0.34 + Math.sin(time / 1100) * 0.025));
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paintKitchen(room: Room, mood: Mood, rain: boolean, random: Random) {
  const { c } = room;
  c.fillStyle = '#d8d4c8';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // Whitewashed walls gone grey, with a damp tide-mark low down; a low ceiling crossed by a dark beam.
  room.fill(level(CEILING, [LEFT, RIGHT], [0.5, BACK]), '#d2cdc0');
  room.fill(across(BACK, [LEFT, RIGHT], [0, CEILING]), '#dcd8cc');
  room.fill(along(LEFT, [0.5, BACK], [0, CEILING]), '#d0ccbf');
  room.fill(along(RIGHT, [BACK, 0.5], [0, CEILING]), '#d6d2c6');
  c.save();
  c.filter = 'blur(10px)';
  room.fill(across(BACK - 0.01, [LEFT, RIGHT], [0, 0.45]), 'rgba(120,118,96,0.28)');
  room.fill(along(LEFT + 0.01, [0.5, BACK], [0, 0.5]), 'rgba(120,118,96,0.3)');
  room.fill(across(BACK - 0.01, [-2.4, -1.6], [1.9, 2.5]), 'rgba(140,130,100,0.22)');
  c.restore();
  // A dado of old green gloss paint, chipped, to shoulder height.
  room.fill(across(BACK - 0.005, [LEFT, RIGHT], [0, 1.15]), '#a8b49a');
  room.fill(along(LEFT + 0.005, [0.5, BACK], [0, 1.15]), '#9eaa90');
  room.fill(along(RIGHT - 0.005, [BACK, 0.5], [0, 1.15]), '#a4b096');
  room.fill(across(BACK - 0.006, [LEFT, RIGHT], [1.13, 1.17]), '#7a8a6e');
  room.fill(along(LEFT + 0.006, [0.5, BACK], [1.13, 1.17]), '#7a8a6e');
  room.box([LEFT, RIGHT], [CEILING - 0.2, CEILING], [3.0, 3.25], '#3e3026', '#4a3a2c', '#3a2c22');
  // Quarry tiles, worn in a path from the door to the range.
  room.fill(level(0, [LEFT, RIGHT], [0.8, BACK]), '#4a3028');
  for (let x = LEFT; x < RIGHT; x += 0.3)
    for (let z = 0.8; z < BACK; z += 0.3) {
      const t = between(random, 0.9, 1.05);
      room.fill(level(0, [x + 0.01, x + 0.29], [z + 0.01, z + 0.29]), shade('#8e5640', t));
    }
  paintWindow(room, mood, rain, random);
  paintDresser(room, random);
  paintRange(room);
  // The door through to the television room, ajar; after dark its light comes round the edge.
  room.fill(across(BACK - 0.01, [1.45, 2.35], [0, 2.05]), '#6a5a48');
  room.fill(across(BACK - 0.02, [1.5, 1.72], [0, 2.0]), mood.lamp > 0.5 ? '#8a90a8' : '#3a3430');
  room.fill(
    [
      [1.72, 0, BACK - 0.02],
      [2.3, 0, BACK - 0.25],
      [2.3, 2.0, BACK - 0.25],
      [1.72, 2.0, BACK - 0.02],
    ],
    '#7e6c56',
  );
  paintTable(room, random);
  // The bulb in its enamel shade on a long flex over the table.
  room.line([BULB[0], CEILING, BULB[2]], [BULB[0], BULB[1] + 0.12, BULB[2]], 0.012, '#3a3430');
  room.taper([BULB[0], BULB[1], BULB[2]], 0.2, BULB[1] + 0.13, 0.06, '#e8e4da');

  const win = project(EYE, [0.1, 1.6, BACK]);
  const bulb = project(EYE, BULB);
  const door = project(EYE, [1.6, 1.0, BACK]);
  relight(c, mood.ambient, [
    { x: win.x, y: win.y + 100, r: 620, color: mood.window },
    { x: bulb.x, y: bulb.y + 150, r: 520, color: `rgba(200,160,100,${mood.lamp * 0.9})` },
    { x: door.x, y: door.y, r: 140, color: `rgba(150,160,200,${mood.lamp * 0.45})` },
  ]);
  if (mood.lamp > 0.5) {
    // Night: the glass goes black and holds a faint reflection of the bulb.
    const glass = across(BACK + 0.2, WINDOW.x, WINDOW.y);
    room.fill(glass, 'rgba(10,12,18,0.55)');
    const p = project(EYE, [0.3, 1.75, BACK + 0.2]);
    const halo = c.createRadialGradient(p.x, p.y, 0, p.x, p.y, 22);
    halo.addColorStop(0, 'rgba(255,220,160,0.5)');
    halo.addColorStop(1, 'rgba(255,220,160,0)');
    c.fillStyle = halo;
    c.fillRect(p.x - 22, p.y - 22, 44, 44);
  }
  if (mood.lamp > 0)
    light(
      c,
      'blur(3px)',
      mood.lamp,
      () => room.taper([BULB[0], BULB[1], BULB[2]], 0.2, BULB[1] + 0.02, 0.12),
      '#ffe2b0',
    );
  grain(c, random, 10);
}

/** The window over the sink: deep-set, four panes, a curtain on a wire; outside, the barn roof and bare ash. */
function paintWindow(room: Room, mood: Mood, rain: boolean, random: Random) {
  const { c } = room;
  const { x, y } = WINDOW;
  const glass = BACK + 0.2;
  room.fill(along(x[0], [BACK, glass], y), '#bcb8aa');
  room.fill(along(x[1], [glass, BACK], y), '#c8c4b6');
  room.fill(level(y[1], x, [BACK, glass]), '#b0ac9e');
  const panes = [0, 1, 2, 3].map((i) => {
    const [px, py] = [
      x[0] + 0.05 + (i % 2) * ((x[1] - x[0]) / 2),
      y[0] + 0.05 + Math.floor(i / 2) * ((y[1] - y[0]) / 2),
    ];
    return across(glass, [px, px + (x[1] - x[0]) / 2 - 0.08], [py, py + (y[1] - y[0]) / 2 - 0.08]);
  });
  c.save();
  room.trace(panes);
  c.clip();
  const top = room.at([0, y[1], glass]).y;
  const bottom = room.at([0, y[0], glass]).y;
  const sky = c.createLinearGradient(0, top, 0, bottom);
  mood.sky.forEach((color, i) => {
    sky.addColorStop([0, 0.6, 1][i] ?? 1, color);
  });
  c.fillStyle = sky;
  c.fillRect(0, top, WIDTH, bottom - top);
  // The barn across the yard: its tarred side and the long line of its roof, a bare ash tree behind.
  const [left, right] = [room.at([x[0], 0, glass]).x, room.at([x[1], 0, glass]).x];
  if (mood.lamp < 0.5)
    bareTree(
      c,
      random,
      left + (right - left) * 0.7,
      bottom - 10,
      (bottom - top) * 0.9,
      mix(mood.trees, mood.sky[1], 0.25),
    );
  c.fillStyle = mix('#3a3430', mood.sky[2], 0.25);
  c.beginPath();
  c.moveTo(left - 10, bottom - (bottom - top) * 0.28);
  c.lineTo(right + 10, bottom - (bottom - top) * 0.38);
  c.lineTo(right + 10, bottom + 5);
  c.lineTo(left - 10, bottom + 5);
  c.fill();
  if (rain) {
    c.fillStyle = 'rgba(220,228,235,0.35)';
    for (let i = 0; i < 60; i += 1) {
      const [px, py] = [between(random, left, right), between(random, top, bottom)];
      c.beginPath();
      c.ellipse(px, py, 1.4, 2.2, 0, 0, Math.PI * 2);
      c.fill();
    }
  }
  c.restore();
  room.box(
    [x[0] - 0.08, x[1] + 0.08],
    [y[0] - 0.05, y[0]],
    [BACK - 0.1, glass],
    '#d8d4c8',
    '#c4c0b2',
    '#cac6b8',
  );
  // A short check curtain on a wire, pushed to one side.
  room.line([x[0] - 0.1, y[1] - 0.02, BACK - 0.03], [x[1] + 0.1, y[1] - 0.02, BACK - 0.03], 0.01, '#6a6660');
  room.fill(
    across(BACK - 0.04, [x[0] - 0.1, x[0] + 0.25], [y[0] + 0.25, y[1] - 0.02]),
    room.folds([x[0] - 0.1, x[0] + 0.25], 1.6, BACK, '#b8c4b0', '#8e9e8a', 5),
  );
  // The sink beneath: a deep white stone trough on brick piers, a brass tap.
  room.box(
    [x[0] - 0.1, x[1] + 0.1],
    [0.62, 0.88],
    [BACK - 0.6, BACK - 0.02],
    '#d8d6ce',
    '#e6e4dc',
    '#cfcdc5',
  );
  room.fill(level(0.881, [x[0] - 0.02, x[1] + 0.02], [BACK - 0.52, BACK - 0.08]), '#8a8a84');
  for (const px of [x[0] - 0.05, x[1] - 0.15])
    room.box([px, px + 0.2], [0, 0.62], [BACK - 0.5, BACK - 0.1], '#8e5a44', '#7e4a36', '#6e4030');
  room.line([0.1, 1.05, BACK - 0.04], [0.1, 1.0, BACK - 0.2], 0.025, '#a88a4a');
}

/** The dresser on the left wall: plates on its rack, and the magazines heaped on its shelf and spilling over. */
function paintDresser(room: Room, random: Random) {
  const [x, z]: [Span, Span] = [
    [LEFT, LEFT + 0.5],
    [3.5, 5.1],
  ];
  const paint = '#56685a';
  room.shadow([x[0], x[1] + 0.1], z, 0.5);
  room.box(x, [0, 0.9], z, shade(paint, 1.1), paint, shade(paint, 1.15));
  room.fill(along(x[1] + 0.001, [z[0] + 0.08, (z[0] + z[1]) / 2 - 0.03], [0.1, 0.8]), shade(paint, 0.9));
  room.fill(along(x[1] + 0.001, [(z[0] + z[1]) / 2 + 0.03, z[1] - 0.08], [0.1, 0.8]), shade(paint, 0.9));
  room.box([x[0], x[0] + 0.3], [0.9, 2.2], z, paint, shade(paint, 0.7), shade(paint, 1.1));
  room.box([x[0], x[0] + 0.34], [2.2, 2.28], z, shade(paint, 1.1), paint, shade(paint, 1.15));
  for (const y of [1.33, 1.78])
    room.box([x[0], x[0] + 0.3], [y - 0.03, y], z, shade(paint, 1.2), paint, paint);
  // Plates on edge along the rack: blue-and-white, odd ones between, each with its rim and a blue band.
  for (const y of [0.95, 1.33, 1.78])
    for (let zz = z[0] + 0.14; zz < z[1] - 0.1; zz += 0.21) {
      const p = room.at([x[0] + 0.27, y + 0.16, zz]);
      const r = (0.11 * EYE.f) / zz;
      const plate = random() < 0.75 ? '#eeeae0' : '#d8c8a8';
      room.c.fillStyle = plate;
      room.c.beginPath();
      room.c.ellipse(p.x, p.y, r * 0.34, r, 0, 0, Math.PI * 2);
      room.c.fill();
      room.c.strokeStyle = plate === '#eeeae0' ? '#6a7c9c' : '#a8805a';
      room.c.lineWidth = Math.max(1, r * 0.08);
      room.c.beginPath();
      room.c.ellipse(p.x, p.y, r * 0.25, r * 0.74, 0, 0, Math.PI * 2);
      room.c.stroke();
    }
  // The magazines: a slithering heap on the top, a couple slid onto the floor.
  const hues = ['#c84a3a', '#e6d6a8', '#3a6a8a', '#d8b44a', '#efe8dc', '#7a9a6a', '#b86a8a'];
  for (let i = 0; i < 14; i += 1) {
    const y = 0.9 + i * 0.016;
    const zz = z[0] + 0.05 + between(random, 0, 0.5);
    const hue = hues[i % hues.length] ?? '#ccc';
    const from = x[0] + 0.31 + between(random, 0, 0.04);
    room.box([from, from + 0.21], [y, y + 0.014], [zz, zz + 0.3], hue, '#f2eee4', shade(hue, 0.8));
  }
  room.fill(level(0.005, [x[1] + 0.05, x[1] + 0.33], [z[0] - 0.3, z[0] + 0.05]), '#e6d6a8');
  room.fill(level(0.008, [x[1] + 0.1, x[1] + 0.36], [z[0] - 0.2, z[0] + 0.16]), '#3a6a8a');
}

/** An old cream enamel range on the right, its stovepipe into the chimney breast, the kettle on the hotplate. */
function paintRange(room: Room) {
  const [x, z]: [Span, Span] = [
    [RIGHT - 0.7, RIGHT],
    [3.9, 5.0],
  ];
  room.box([RIGHT - 0.35, RIGHT], [0, CEILING], [3.7, 5.2], '#cac6ba', '#d2cec2', '#c2beb2');
  // Soot gone up the breast behind the stovepipe.
  room.c.save();
  room.c.filter = 'blur(8px)';
  room.fill(along(RIGHT - 0.352, [4.0, 4.9], [0.9, 2.3]), 'rgba(60,50,40,0.35)');
  room.c.restore();
  room.shadow(x, z, 0.6);
  room.box(x, [0, 0.9], z, '#d8ceb4', '#e2d8be', '#cfc5ab');
  room.fill(along(x[0] - 0.001, [z[0] + 0.1, z[1] - 0.55], [0.2, 0.75]), '#c6bca2');
  room.fill(along(x[0] - 0.001, [z[1] - 0.5, z[1] - 0.1], [0.2, 0.75]), '#c6bca2');
  room.line([x[0] - 0.02, 0.82, z[0] + 0.05], [x[0] - 0.02, 0.82, z[1] - 0.05], 0.02, '#a8a8a0');
  room.fill(level(0.901, [x[0] + 0.05, x[1] - 0.05], [z[0] + 0.05, z[1] - 0.05]), '#4a4644');
  room.line([x[1] - 0.2, 0.9, z[1] - 0.2], [x[1] - 0.2, 2.2, z[1] - 0.2], 0.12, '#2e2a28');
  // The kettle: a dented aluminium dome with a black handle, and its spout toward us.
  const [kx, ky, kz] = KETTLE;
  room.taper([kx, 0.9, kz], 0.19, ky + 0.04, 0.12, '#8e9090');
  room.taper([kx, ky + 0.04, kz], 0.12, ky + 0.09, 0.05, '#7a7c7c');
  room.line([kx - 0.1, ky + 0.1, kz], [kx + 0.1, ky + 0.1, kz], 0.02, '#1e1c1a');
  room.line([kx - 0.14, 0.98, kz], [kx - 0.22, ky + 0.12, kz], 0.025, '#9a9c9a');
}

/** The long scrubbed table, its odd chairs, the mugs and a teapot, a magazine left open. */
function paintTable(room: Room, random: Random) {
  const [x, z]: [Span, Span] = [
    [-0.75, 0.95],
    [2.5, 4.6],
  ];
  room.shadow(x, z, 0.45, 14);
  const chairs: [number, number, number, string][] = [
    [x[0] - 0.3, 3.0, 1, '#6a4a34'],
    [x[0] - 0.3, 4.0, 1, '#4e5a5a'],
    [x[1] + 0.3, 3.2, -1, '#7a6040'],
    [x[1] + 0.3, 4.2, -1, '#5a3c2c'],
  ];
  const chair = ([cx, cz, side, wood]: [number, number, number, string]) => {
    for (const [dx, dz] of [
      [-0.18, -0.18],
      [0.18, -0.18],
      [-0.18, 0.18],
      [0.18, 0.18],
    ] as const)
      room.line([cx + dx, 0, cz + dz], [cx + dx, 0.45, cz + dz], 0.03, wood);
    room.box(
      [cx - 0.2, cx + 0.2],
      [0.45, 0.5],
      [cz - 0.2, cz + 0.2],
      shade(wood, 1.2),
      wood,
      shade(wood, 0.85),
    );
    const back = cx - side * 0.19;
    for (const dz of [-0.18, 0.18]) room.line([back, 0.5, cz + dz], [back, 0.98, cz + dz], 0.03, wood);
    room.line([back, 0.92, cz - 0.18], [back, 0.92, cz + 0.18], 0.05, wood);
  };
  for (const spec of chairs.filter((ch) => ch[1] > 3.4)) chair(spec);
  for (const [lx, lz] of [
    [x[0] + 0.08, z[0] + 0.08],
    [x[1] - 0.08, z[0] + 0.08],
    [x[0] + 0.08, z[1] - 0.08],
    [x[1] - 0.08, z[1] - 0.08],
  ] as const)
    room.line([lx, 0, lz], [lx, 0.72, lz], 0.07, '#8a6a48');
  room.box(x, [0.72, 0.78], z, '#d8c8a8', '#a8885e', '#b8986c');
  for (let i = 0; i < 5; i += 1)
    room.line(
      [x[0], 0.781, z[0] + 0.3 + i * 0.4],
      [x[1], 0.781, z[0] + 0.3 + i * 0.4],
      0.004,
      'rgba(120,90,60,0.35)',
    );
  // Mugs, a brown teapot, a magazine open at a page of glossy light.
  for (let i = 0; i < 5; i += 1) {
    const [mx, mz] = [between(random, x[0] + 0.2, x[1] - 0.2), between(random, z[0] + 0.3, z[1] - 0.3)];
    room.box(
      [mx - 0.04, mx + 0.04],
      [0.78, 0.88],
      [mz - 0.04, mz + 0.04],
      '#5a4a40',
      ['#e8e2d4', '#c8d6d8', '#d8a890'][i % 3] ?? '#eee',
      '#c8c2b4',
    );
  }
  room.taper([0.55, 0.78, 3.8], 0.13, 0.96, 0.1, '#5a3420');
  room.taper([0.55, 0.96, 3.8], 0.1, 1.0, 0.04, '#4a2a18');
  room.fill(level(0.782, [-0.55, -0.05], [2.75, 3.1]), '#f0ece2');
  room.fill(level(0.783, [-0.5, -0.32], [2.8, 3.05]), '#dfe8ec');
  room.fill(level(0.783, [-0.27, -0.1], [2.8, 3.05]), '#c8d4c0');
  for (const spec of chairs.filter((ch) => ch[1] <= 3.4)) chair(spec);
}
