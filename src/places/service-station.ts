/**
 * A motorway service station in the late nineties, where Kathy meets Laura: a long flat-roofed building with a
 * band of lit glass, sodium lamps standing over a half-empty car park, a few cars of the time, and beyond, the
 * motorway with an enclosed footbridge over it and traffic going both ways. Drawn with the rooms' pinhole
 * camera. Painted once per light and weather; only the traffic and the weather move.
 */
import Phaser from 'phaser';
import { between, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { type Pool, shine } from './canvas-light.ts';
import { alpha, mix, shade } from './colours.ts';
import { glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type V3 } from './room.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: 0, y: 1.6, f: 900, cx: 560, cy: 380 };
/** Lamp heads, 8 m up, around the car park. */
const LAMPS: readonly V3[] = [
  [-11, 8, 20],
  [6, 8, 18],
  [-25, 8, 33],
  [12.5, 8, 38],
  [-3, 8, 42],
];
const [SHOP_Z, SHOP_X] = [46, [-34, 6] as const];
/** The motorway's four lanes, running away from us beyond the car park: x of each lane and its direction. */
const LANES = [
  [19, -1],
  [22.5, -1],
  [28, 1],
  [31.5, 1],
] as const;

export const paintServiceStation: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather, 0.3);
  const key = paintedTexture(scene, `service-station-${stage.light}-${stage.weather}`, (c) => paint(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  // Traffic: headlights coming toward us on the near carriageway, tail lights going away on the far one.
  const glow = glowTexture(scene);
  const traffic = Array.from({ length: 10 }, (_, i) => {
    const lane = LANES[i % 4] ?? LANES[0];
    const light = scene.add
      .image(0, 0, glow)
      .setTint(lane[1] < 0 ? 0xfff2d8 : 0xff4a36)
      .setBlendMode(Phaser.BlendModes.ADD);
    root.add(light);
    return { light, lane, phase: i * 0.37 };
  });
  const weather = addWeather(scene, root, a);
  const bright = a.dark ? 1 : 0.35;
  return {
    root,
    update(time) {
      for (const { light, lane, phase } of traffic) {
        // Depth from 60 m to 400 m and round again, the two directions opposite.
        const t = (time / 26000 + phase) % 1;
        // Only the stretch between the bridge and where the shop hides the road.
        const z = 60 + (lane[1] < 0 ? 1 - t : t) * 110;
        const p = project(EYE, [lane[0], 0.7, z]);
        light.setPosition(p.x, p.y).setScale(Math.min(0.3, 14 / z) * 1.4, Math.min(0.3, 14 / z) * 0.8);
        light.setAlpha(bright * Math.min(1, (170 - z) / 30, (z - 60) / 10));
      }
      weather(time);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paint(c: Ctx, a: Air) {
  const random = seededRandom(1999);
  const room = new Room(c, EYE);
  paintSky(c, a, EYE.cy, random, { moon: { x: 300, y: 90 }, sun: { x: 200, y: 330 }, open: 300 });
  // The glow of towns along the motorway, low in the sky after dark.
  if (a.dark) shine(c, 1000, EYE.cy, 600, '#c07a48', a.lamps * 0.35, 0.35);
  land(
    c,
    a,
    (l) => {
      l.fillStyle = '#4d5444';
      l.beginPath();
      l.moveTo(0, EYE.cy - 14);
      l.bezierCurveTo(400, EYE.cy - 30, 900, EYE.cy - 4, WIDTH, EYE.cy - 22);
      l.lineTo(WIDTH, EYE.cy + 10);
      l.lineTo(0, EYE.cy + 10);
      l.fill();
    },
    [],
    0.5,
  );
  const pools: Pool[] = LAMPS.map(([x, , z]) => {
    const p = project(EYE, [x, 0, z]);
    return { x: p.x, y: p.y, r: 3200 / z, color: `rgba(255,170,80,${a.lamps * 0.75})` };
  });
  const windows: V3[][] = [];
  land(
    c,
    a,
    (l) => {
      const r = new Room(l, EYE);
      r.fill(level(0, [-200, 200], [3, 600]), '#6a6b5e');
      paintMotorway(r);
      const tarmac = l.createLinearGradient(0, EYE.cy, 0, HEIGHT);
      tarmac.addColorStop(0, '#5b5c5e');
      tarmac.addColorStop(1, '#3e3f42');
      r.fill(level(0, [-60, 13], [3, SHOP_Z]), tarmac);
      // Parking bays: white lines, two rows, a few gaps where paint has worn away.
      for (const [z0, z1] of [
        [14.6, 19.4],
        [27, 31.8],
      ] as const)
        for (let x = -30; x <= 10; x += 2.6)
          if (random() > 0.1) r.fill(level(0.001, [x, x + 0.12], [z0, z1]), 'rgba(225,225,215,0.55)');
      paintShop(r, windows);
      // A kerbed bed of tired shrubs along the front.
      r.box([-30, 4], [0, 0.15], [SHOP_Z - 4, SHOP_Z - 3], '#9a968c', '#7d7a72', '#6d6a64');
    },
    pools,
  );
  // The lit glass: warm-white, brighter where the ceiling lights are, the frames dark across it.
  for (const glass of windows) {
    const lit = c.createLinearGradient(
      0,
      room.at(glass[3] ?? [0, 3, SHOP_Z]).y,
      0,
      room.at(glass[0] ?? [0, 0, SHOP_Z]).y,
    );
    lit.addColorStop(0, mix('#f0e2bc', '#000000', 0.35 - a.lamps * 0.3));
    lit.addColorStop(1, mix('#b8985e', '#000000', 0.4 - a.lamps * 0.3));
    room.fill(glass, lit);
  }
  // Inside: a row of ceiling lights, and the backs of chairs and tables below the sill.
  for (let x = SHOP_X[0] + 2; x < SHOP_X[1] - 1; x += 2.4) {
    room.fill(across(SHOP_Z + 3, [x, x + 1.2], [3.1, 3.2]), '#fff8e4');
    room.fill(across(SHOP_Z + 2, [x + 0.3, x + 1.4], [0.4, 1.0]), 'rgba(70,55,40,0.45)');
    room.fill(across(SHOP_Z + 1.5, [x + 0.5, x + 0.65], [0.4, 1.3]), 'rgba(60,45,35,0.5)');
  }
  for (let x = SHOP_X[0] + 2; x < SHOP_X[1] - 1; x += 2)
    room.line([x, 0.2, SHOP_Z - 0.05], [x, 3.4, SHOP_Z - 0.05], 0.08, '#2a2c2e');
  const door = room.at([-14, 2, SHOP_Z]);
  shine(c, door.x, door.y, 420, '#f0d8a0', 0.25 + a.lamps * 0.2, 0.3);
  // The footbridge's glass, lit along its length once the lamps are on.
  if (a.lamps > 0) room.fill(across(66.3, [12, 37], [7.4, 8.5]), alpha('#efe2bc', a.lamps * 0.85));
  // What stands in front of the glass: parked cars, the lamp posts.
  land(
    c,
    a,
    (l) => {
      const r = new Room(l, EYE);
      for (const [x, z, color] of [
        [-7.4, 15, '#6b2a2e'],
        [-2.2, 15.2, '#8f9496'],
        [3.2, 27.2, '#2c3a55'],
        [-15.4, 27.4, '#3e5a48'],
        [-20.2, 15.4, '#c8c2b0'],
      ] as const)
        car(r, x, z, color);
      for (const [x, y, z] of LAMPS) {
        r.line([x, 0, z], [x, y, z], 0.22, '#2f3134');
        r.box([x - 0.5, x + 0.5], [y - 0.15, y], [z - 0.25, z + 0.25], '#3a3c40', '#2c2e31', '#2c2e31');
      }
    },
    pools,
  );
  // Wet tarmac: each lamp and the shop window smeared down toward us.
  const wet = a.weather === 'rain' ? 1 : 0.5;
  for (const [x, y, z] of LAMPS) {
    const head = project(EYE, [x, y, z]);
    const foot = project(EYE, [x, 0, z]);
    if (a.lamps > 0) {
      shine(c, head.x, head.y, 9000 / z / 4, '#ffc070', a.lamps);
      shine(c, foot.x, foot.y + 60, 900 / z, '#ff9a40', a.lamps * 0.35 * wet, 6);
    }
  }
  for (let i = 0; i < 120; i += 1) {
    const z = between(random, 6, 40);
    const p = project(EYE, [between(random, -30, 12), 0, z]);
    c.fillStyle = alpha(a.sky[2], 0.08 * wet);
    c.fillRect(p.x, p.y, 40 * (10 / z), 1);
  }
  weatherOver(c, a, EYE.cy, random);
  grain(c, random, 9);
}

/** The shop: a long low box, glass along its front under a deep plain fascia, plant boxes on the flat roof. */
function paintShop(r: Room, windows: V3[][]) {
  const [x0, x1] = SHOP_X;
  const z = SHOP_Z;
  r.fill(across(z, [x0, x1], [0, 4.2]), '#b9b4a6');
  r.box([x1 - 0.2, x1], [0, 4.2], [z, z + 14], '#a8a396', '#b9b4a6', '#99958a');
  r.box([x0 + 4, x0 + 8], [5.6, 6.6], [z + 2, z + 5], '#8a8a86', '#7a7a76', '#6a6a66');
  r.box([x1 - 9, x1 - 6], [5.6, 6.2], [z + 3, z + 5], '#8a8a86', '#7a7a76', '#6a6a66');
  r.box([x0 - 0.3, x1 + 0.3], [4.2, 5.6], [z - 0.4, z + 14], '#c9c6bc', '#d6d3ca', '#bcb9b0');
  r.fill(across(z - 0.41, [x0 - 0.3, x1 + 0.3], [4.55, 4.8]), '#4f7f84');
  // The glass between its frames, and the entrance under a canopy in the middle.
  for (let x = x0 + 1; x < x1 - 1; x += 8)
    windows.push(across(z - 0.05, [x, Math.min(x + 7.6, x1 - 1)], [0.4, 3.4]));
  r.box([-16, -11], [3.3, 3.6], [z - 3, z], '#c9c6bc', '#d6d3ca', '#bcb9b0');
  for (const x of [-15.8, -11.2]) r.line([x, 0, z - 2.9], [x, 3.3, z - 2.9], 0.12, '#4a4c50');
}

/** The motorway beyond a fence, its central barrier, and the enclosed footbridge going over on piers. */
function paintMotorway(r: Room) {
  r.fill(level(0.01, [16.5, 35], [40, 600]), '#505256');
  r.fill(level(0.02, [25.1, 25.4], [40, 600]), '#8a8a84');
  for (const x of [16.8, 34.6]) r.fill(level(0.02, [x, x + 0.15], [40, 600]), 'rgba(230,230,220,0.6)');
  for (let z = 40; z < 300; z += 6) {
    for (const x of [21, 30]) r.fill(level(0.02, [x, x + 0.15], [z, z + 2.5]), 'rgba(230,230,220,0.5)');
  }
  r.line([14, 0.9, 40], [14, 0.9, 600], 0.06, '#6a6c70');
  for (let z = 40; z < 200; z += 3) r.line([14, 0, z], [14, 1.2, z], 0.03, '#3a3c3e');
  // The bridge: two stair towers, a long glazed box between them.
  const [bz, low, high] = [68, 6.5, 9];
  r.box([8, 12], [0, high + 0.5], [bz - 2, bz + 2], '#9c988e', '#aaa69c', '#8c887e');
  r.box([37, 41], [0, high + 0.5], [bz - 2, bz + 2], '#9c988e', '#aaa69c', '#8c887e');
  for (const x of [18, 25.25, 33])
    r.box([x - 0.5, x + 0.5], [0, low], [bz - 0.5, bz + 0.5], '#8a877f', '#9a968d', '#7a776f');
  r.fill(across(bz - 1.6, [12, 37], [low, high]), '#aaa69c');
  r.fill(across(bz - 1.61, [12, 37], [low + 0.9, high - 0.5]), '#2e3640');
  for (let x = 13; x < 37; x += 1.5)
    r.line([x, low + 0.9, bz - 1.62], [x, high - 0.5, bz - 1.62], 0.06, '#6a6a66');
}

/** A parked car of the time, seen from behind: body, boot and bonnet, glass, a roof, lamps, a blank plate. */
function car(r: Room, x: number, z: number, color: string) {
  const glass = '#39414c';
  const [x1, side] = [x + 1.7, x > 0 ? x : x + 1.7];
  r.shadow([x - 0.1, x1 + 0.1], [z - 0.1, z + 4.3], 0.55, 6);
  for (const wz of [z + 0.7, z + 3.4])
    r.box([x - 0.02, x1 + 0.02], [0, 0.56], [wz - 0.3, wz + 0.3], '#141414', '#1c1c1c', '#101010');
  r.box([x, x1], [0.28, 0.86], [z, z + 4.2], shade(color, 1.12), color, shade(color, 0.78));
  // The cabin: glass down the near side and across the back, a roof on top, sloping in at front and back.
  const cabin = (y: number, inset: number, z0: number, z1: number): V3[] => [
    [x + inset, y, z0],
    [x1 - inset, y, z0],
    [x1 - inset, y, z1],
    [x + inset, y, z1],
  ];
  const [low, high] = [cabin(0.86, 0.1, z + 0.7, z + 3.2), cabin(1.38, 0.22, z + 1.35, z + 2.75)];
  const [l0, l1, l2, l3] = low as [V3, V3, V3, V3];
  const [h0, h1, h2, h3] = high as [V3, V3, V3, V3];
  const near = side === x ? [l0, h0, h3, l3] : [l1, h1, h2, l2];
  r.fill(near, mix(glass, color, 0.15));
  r.fill([l0, l1, h1, h0], glass);
  r.fill(high, shade(color, 1.15));
  r.line(side === x ? h0 : h1, side === x ? l0 : l1, 0.05, shade(color, 0.7));
  r.fill(across(z - 0.01, [x, x1], [0.28, 0.4]), '#2a2a2a');
  r.fill(across(z - 0.01, [x + 0.06, x + 0.36], [0.6, 0.76]), '#8a2a24');
  r.fill(across(z - 0.01, [x1 - 0.36, x1 - 0.06], [0.6, 0.76]), '#8a2a24');
  r.fill(across(z - 0.02, [x + 0.6, x1 - 0.6], [0.44, 0.55]), '#d8d4c8');
  r.fill(along(side, [z, z + 4.2], [0.28, 0.86]), shade(color, 0.82));
}
