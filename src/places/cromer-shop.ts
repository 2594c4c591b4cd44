/**
 * The fourth second-hand shop in Cromer, the charity shop at the end: a narrow room crammed to the ceiling.
 * Shelves of china and brass down the right, a wall of damp paperbacks on the left, coats on a rail, a glass
 * counter at the back with an old till and a radio, a bead curtain into the back room; daylight from the
 * street window behind us falling across the floorboards; and in the middle a table of lamps without shades,
 * with a cardboard box of cassettes pushed underneath it. Painted once with the rooms' pinhole camera; only
 * the dust in the window light moves.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import { light, relight } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';
import { addLampAndDust, MOODS, type Mood } from './room-mood.ts';

const [LEFT, RIGHT, BACK, CEILING] = [-2.1, 2.1, 7.2, 2.7];
const EYE: Eye = { x: 0.05, y: 1.45, f: 720, cx: 640, cy: 280 };
const TABLE = { x: [-0.75, 0.75] as Span, z: [2.7, 3.7] as Span, top: 0.74 };
const BULB: V3 = [0.4, 2.2, 6.0];
const MOOD: Mood = { ...MOODS.day, ambient: '#a89c8c', sun: 0.5, lamp: 0.5 };
const SPINES = ['#2a2a2a', '#c8c0b0', '#8a2a2a', '#2a4a6a', '#d8c070', '#4a6a4a', '#e8e4dc', '#6a4a6a'];

export const paintCromerShop: Painter = (scene) => {
  const key = paintedTexture(scene, 'cromer-shop', (c) => paintShop(new Room(c, EYE), seededRandom(1989)));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const bulb = addLampAndDust(scene, root, project(EYE, BULB), MOOD, { min: 300, max: 980 });
  return {
    root,
    update(time) {
      bulb.setAlpha(0.18 + Math.sin(time / 1300) * 0.015);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paintShop(room: Room, random: Random) {
  const { c } = room;
  c.fillStyle = '#8a7a68';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // Walls once magnolia, a ceiling of polystyrene tiles, bare boards worn pale down the middle.
  room.fill(level(CEILING, [LEFT, RIGHT], [0.5, BACK]), '#d8d0be');
  for (let z = 1; z < BACK; z += 0.5) room.line([LEFT, CEILING, z], [RIGHT, CEILING, z], 0.01, '#b8ae98');
  for (let x = LEFT + 0.5; x < RIGHT; x += 0.5)
    room.line([x, CEILING, 1], [x, CEILING, BACK], 0.01, '#b8ae98');
  room.fill(across(BACK, [LEFT, RIGHT], [0, CEILING]), '#d6caa8');
  room.fill(along(LEFT, [0.5, BACK], [0, CEILING]), '#cec2a2');
  room.fill(along(RIGHT, [BACK, 0.5], [0, CEILING]), '#d2c6a6');
  for (let x = LEFT; x < RIGHT; x += 0.13) {
    const t = 118 + Math.floor(random() * 22) + (Math.abs(x) < 0.6 ? 18 : 0);
    room.fill(level(0, [x, x + 0.13], [0.8, BACK]), `rgb(${t + 34},${t + 14},${t - 10})`);
  }
  paintBackWall(room, random);
  paintBooks(room, random);
  paintCoats(room, random);
  paintChinaShelves(room, random);
  paintCounter(room);
  paintTable(room, random);
  // The window light from the street behind us: it falls in a long pale shape down the middle of the floor.
  const pool = project(EYE, [0, 0, 2.2]);
  const bulb = project(EYE, BULB);
  relight(c, MOOD.ambient, [
    { x: pool.x, y: pool.y, r: 820, color: 'rgba(120,110,90,0.9)' },
    { x: bulb.x, y: bulb.y + 60, r: 300, color: 'rgba(180,140,80,0.5)' },
  ]);
  light(c, 'blur(30px)', 0.32, () => room.trace([level(0, [-1.1, 1.2], [1.2, 4.8])]), '#fff0d0');
  light(
    c,
    'blur(2px)',
    0.9,
    () => room.taper([BULB[0], BULB[1], BULB[2]], 0.05, BULB[1] + 0.1, 0.04),
    '#ffe6b0',
  );
  grain(c, random, 11);
}

/** The back wall: a bead curtain into the back room, a mirror in a gilt frame, a clock, a bare bulb. */
function paintBackWall(room: Room, random: Random) {
  room.fill(across(BACK - 0.01, [-1.5, -0.5], [0, 2.1]), '#3a3028');
  for (let x = -1.47; x < -0.52; x += 0.045)
    for (let y = 0.05; y < 2.05; y += 0.06) {
      const p = room.at([x, y, BACK - 0.02]);
      room.c.fillStyle = ['#8a4a3a', '#c8a860', '#6a7a5a'][Math.floor(random() * 3)] ?? '#888';
      room.c.fillRect(p.x, p.y, 1.6, 2.4);
    }
  room.fill(across(BACK - 0.01, [0.2, 0.9], [1.5, 2.3]), '#b08a48');
  room.fill(across(BACK - 0.02, [0.27, 0.83], [1.57, 2.23]), '#9aa2a0');
  room.line([BULB[0], CEILING, BULB[2]], [BULB[0], BULB[1] + 0.1, BULB[2]], 0.01, '#3a3430');
}

/** Paperbacks down the left wall, shelf above shelf, their spines faded; a few lying flat on top of the rows. */
function paintBooks(room: Room, random: Random) {
  const x = LEFT + 0.35;
  const z: Span = [1.6, 5.2];
  room.box([LEFT, x], [0, 2.3], z, '#6a5040', '#5a4232', '#7a5c48');
  for (let y = 0.15; y < 2.2; y += 0.4) {
    room.fill(along(x - 0.01, z, [y, y + 0.37]), '#3e2e24');
    for (let zz = z[0] + 0.02; zz < z[1] - 0.04; ) {
      const w = between(random, 0.025, 0.06);
      const h = between(random, 0.22, 0.34);
      const hue = mix(
        SPINES[Math.floor(random() * SPINES.length)] ?? '#888',
        '#d8ccb0',
        between(random, 0.2, 0.5),
      );
      room.fill(along(x, [zz, zz + w - 0.004], [y + 0.02, y + 0.02 + h]), hue);
      zz += w;
    }
    room.box([LEFT, x + 0.02], [y - 0.03, y + 0.01], z, '#7a5c48', '#6a5040', '#7a5c48');
  }
}

/** A rail of second-hand coats nearer us on the left: tweed, a mac, a child's red anorak. */
function paintCoats(room: Room, random: Random) {
  const z: Span = [1.2, 2.2];
  room.line([LEFT + 0.75, 1.6, z[0]], [LEFT + 0.75, 1.6, z[1]], 0.02, '#8a8a86');
  room.line([LEFT + 0.75, 0, z[1]], [LEFT + 0.75, 1.6, z[1]], 0.025, '#8a8a86');
  const hues = ['#6a5a44', '#a89a70', '#4a4e5a', '#8a3a30', '#5a6a58', '#7a6a60'];
  for (let i = 0; i < 6; i += 1) {
    const zz = z[1] - 0.05 - i * 0.17;
    const hue = hues[i] ?? '#666';
    const cx = LEFT + 0.75 + between(random, -0.05, 0.05);
    const hem = 0.55 + random() * 0.2;
    room.line([cx, 1.6, zz], [cx, 1.66, zz], 0.01, '#8a8a86');
    room.fill(
      [
        [cx - 0.07, 1.6, zz],
        [cx + 0.07, 1.6, zz],
        [cx + 0.22, 1.53, zz],
        [cx + 0.25, 1.3, zz],
        [cx + 0.28, hem, zz],
        [cx - 0.28, hem, zz],
        [cx - 0.25, 1.3, zz],
        [cx - 0.22, 1.53, zz],
      ],
      room.folds([cx - 0.3, cx + 0.3], 1, zz, shade(hue, 1.1), shade(hue, 0.8), 4),
    );
  }
}

/** Shelves of china, glass and brass on the right: a jumble of shapes catching the window light. */
function paintChinaShelves(room: Room, random: Random) {
  const x = RIGHT - 0.4;
  const z: Span = [2.0, 5.4];
  room.fill(along(RIGHT - 0.01, [z[1], z[0]], [0, 2.35]), '#4a3e34');
  for (const zz of z) room.box([x, RIGHT], [0, 2.35], [zz - 0.03, zz], '#8a7a66', '#7a6a58', '#6a5a48');
  room.box([x, RIGHT], [2.32, 2.38], z, '#a08e76', '#8a7a66', '#8a7a66');
  for (const y of [0.12, 0.6, 1.1, 1.6]) {
    room.box([x, RIGHT], [y - 0.03, y], z, '#a08e76', '#8a7a66', '#8a7a66');
    const items: { ox: number; zz: number; kind: number; hue: string; h: number }[] = [];
    for (let zz = z[0] + 0.08; zz < z[1] - 0.1; zz += between(random, 0.1, 0.2)) {
      const kind = random();
      const hue =
        kind < 0.3
          ? '#c8a050'
          : kind < 0.8
            ? (['#eeeae0', '#c8d4dc', '#e8d0c8', '#d8e0c8', '#5a7a9a'][Math.floor(random() * 5)] ?? '#eee')
            : '#6a8aa0';
      items.push({ ox: x + between(random, 0.08, 0.3), zz, kind, hue, h: between(random, 0.12, 0.36) });
    }
    // Farthest from us first, so the nearer pieces stand in front.
    items.sort((a, b) => b.ox - a.ox);
    for (const { ox, zz, kind, hue, h } of items) {
      if (kind < 0.3) room.taper([ox, y, zz], 0.05, y + h, 0.02, hue);
      else if (kind < 0.55) room.taper([ox, y, zz], 0.04, y + 0.12, 0.07, hue);
      else if (kind < 0.8)
        room.box(
          [ox - 0.05, ox + 0.05],
          [y, y + h],
          [zz, zz + 0.06],
          shade(hue, 1.05),
          hue,
          shade(hue, 0.85),
        );
      else room.fill(across(zz, [ox - 0.1, ox + 0.1], [y + 0.01, y + 0.2]), hue);
    }
  }
}

/** The counter at the back: glass-topped, rings and brooches under it, the till and a transistor radio. */
function paintCounter(room: Room) {
  const [x, z]: [Span, Span] = [
    [0.1, 1.9],
    [5.8, 6.4],
  ];
  room.box(x, [0, 0.92], z, '#6a5444', '#5a4636', '#6a5444');
  room.fill(across(z[0] - 0.001, [x[0] + 0.1, x[1] - 0.1], [0.5, 0.85]), '#2e2a26');
  for (let i = 0; i < 9; i += 1) {
    const p = room.at([x[0] + 0.2 + i * 0.18, 0.62 + (i % 3) * 0.06, z[0]]);
    room.c.fillStyle = i % 2 ? '#d8b860' : '#c8ccd0';
    room.c.beginPath();
    room.c.arc(p.x, p.y, 1.6, 0, Math.PI * 2);
    room.c.fill();
  }
  room.fill(level(0.921, x, z), 'rgba(200,220,220,0.5)');
  room.box([1.2, 1.6], [0.92, 1.2], [5.9, 6.2], '#3a3632', '#4a4440', '#3a3632');
  room.box([1.25, 1.55], [1.2, 1.3], [6.0, 6.2], '#5a5450', '#3a3632', '#3a3632');
  room.box([0.35, 0.7], [0.92, 1.1], [5.95, 6.1], '#8a2a24', '#a83a30', '#7a2620');
  room.fill(across(5.949, [0.4, 0.55], [0.95, 1.07]), '#d8d0c0');
}

/** The table of lamps with no shades, and under it the cardboard box of cassettes, flaps folded back. */
function paintTable(room: Room, random: Random) {
  const { x, z, top } = TABLE;
  room.shadow(x, z, 0.5, 12);
  // The box first: it is under the table, between its legs.
  const [bx, bz]: [Span, Span] = [
    [-0.34, 0.3],
    [2.75, 3.15],
  ];
  room.box(bx, [0, 0.26], bz, '#b08a5a', '#c09a68', '#a07c50');
  room.fill(
    [
      [bx[0], 0.26, bz[0]],
      [bx[1], 0.26, bz[0]],
      [bx[1] + 0.04, 0.36, bz[0] - 0.16],
      [bx[0] - 0.04, 0.36, bz[0] - 0.16],
    ],
    '#c8a472',
  );
  room.fill(level(0.25, [bx[0] + 0.02, bx[1] - 0.02], [bz[0] + 0.02, bz[1] - 0.02]), '#3a3028');
  // The cassettes on their edges, spines up, in rows: hymns, brass bands, somebody learning French.
  for (let row = 0; row < 3; row += 1)
    for (let xx = bx[0] + 0.03; xx < bx[1] - 0.03; xx += 0.022) {
      const zz = bz[0] + 0.04 + row * 0.12;
      const hue = SPINES[Math.floor(random() * SPINES.length)] ?? '#444';
      room.box(
        [xx, xx + 0.018],
        [0.15, 0.24 + random() * 0.01],
        [zz, zz + 0.1],
        hue,
        shade(hue, 0.8),
        shade(hue, 0.7),
      );
    }
  for (const lx of x)
    for (const lz of z)
      room.line(
        [lx + (lx < 0 ? 0.05 : -0.05), 0, lz],
        [lx + (lx < 0 ? 0.05 : -0.05), top, lz],
        0.04,
        '#4a3424',
      );
  room.box(x, [top - 0.04, top], z, '#7a5a40', '#5a4030', '#6a4a36');
  // Lamps, bulbs bare: a brass column, a china vase lamp, an angled desk lamp, a wooden candlestick.
  const lamps: [number, number, number, string, number][] = [
    [-0.5, 3.0, 0.42, '#c8a050', 0.03],
    [-0.15, 3.5, 0.3, '#d8c8b0', 0.09],
    [0.2, 2.95, 0.22, '#4a5a6a', 0.05],
    [0.5, 3.45, 0.48, '#8a5a3a', 0.03],
    [-0.6, 3.55, 0.2, '#a8c0b8', 0.08],
  ];
  for (const [lx, lz, h, hue, girth] of lamps) {
    room.taper([lx, top, lz], 0.08, top + 0.04, 0.07, shade(hue, 0.8));
    room.taper([lx, top + 0.04, lz], girth, top + h, girth * 0.7, hue);
    room.taper([lx, top + h, lz], 0.018, top + h + 0.05, 0.018, '#3a3430');
    const bulb = room.at([lx, top + h + 0.08, lz]);
    room.c.fillStyle = '#f4f0e6';
    room.c.beginPath();
    room.c.ellipse(bulb.x, bulb.y, (0.026 * EYE.f) / lz, (0.034 * EYE.f) / lz, 0, 0, Math.PI * 2);
    room.c.fill();
  }
  // A loose tangle of flex hanging over the table's edge.
  const edge = room.at([0.1, top, z[0]]);
  room.c.strokeStyle = '#2e2a26';
  room.c.lineWidth = 2;
  room.c.beginPath();
  room.c.moveTo(edge.x, edge.y);
  room.c.bezierCurveTo(edge.x + 30, edge.y + 60, edge.x - 40, edge.y + 50, edge.x - 10, edge.y + 110);
  room.c.stroke();
}
