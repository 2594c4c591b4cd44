/**
 * Madame's front room in Littlehampton, at dusk, seen from the sofa: too much furniture for the room, as if a
 * bigger house had been squeezed into it. Heavy curtains half drawn over a net-curtained window and the houses
 * across the street; an upright piano; a standard lamp with a fringed shade, lit; an armchair and a tall cabinet
 * under dust sheets, ready for the removal men; the hard chair where Madame sat, Tommy's drawings on the low
 * table; and on the left a door half open onto the next room, where another lamp burns. Painted once with the
 * rooms' pinhole camera; only the lamp breathes and the dust turns in its light.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import { light, relight } from './canvas-light.ts';
import { mix } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';
import { addLampAndDust, MOODS, type Mood } from './room-mood.ts';

const [LEFT, RIGHT, BACK, CEILING] = [-2.9, 2.9, 5.8, 2.85];
const EYE: Eye = { x: 0.15, y: 1.1, f: 760, cx: 640, cy: 330 };
const WINDOW = { x: [-1.0, 1.0] as Span, y: [0.75, 2.45] as Span };
const DOOR = { z: [3.7, 4.6] as Span, top: 2.1 };
const LAMP: V3 = [2.5, 1.55, 5.4];
const MOOD: Mood = { ...MOODS.dusk, ambient: '#5a4c52', window: '#40374a', lamp: 0.9 };

export const paintMadameRoom: Painter = (scene) => {
  const key = paintedTexture(scene, 'madame-room', (c) => paintRoom(new Room(c, EYE), seededRandom(1961)));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const lamp = addLampAndDust(scene, root, project(EYE, LAMP), MOOD, { min: 0, max: 0 });
  return {
    root,
    update(time) {
      lamp.setAlpha(MOOD.lamp * (0.42 + Math.sin(time / 1500) * 0.03));
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paintRoom(room: Room, random: Random) {
  const { c } = room;
  c.fillStyle = '#6a5a50';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // Walls papered in a faded green stripe above a dark dado; a plaster cornice; a ceiling gone ivory.
  room.fill(level(CEILING, [LEFT, RIGHT], [0.5, BACK]), '#d9d0bc');
  const wall = (points: (y: Span) => V3[], x: Span, z: number, side: boolean) => {
    room.fill(points([0.9, CEILING]), side ? '#8e957a' : '#98a083');
    for (let u = x[0]; u < x[1]; u += 0.16) {
      const stripe = side
        ? along(x[0] === LEFT ? LEFT + 0.001 : RIGHT - 0.001, [u, u + 0.05], [0.9, CEILING])
        : across(z - 0.001, [u, u + 0.05], [0.9, CEILING]);
      room.fill(stripe, 'rgba(220,210,170,0.22)');
    }
    room.fill(points([0, 0.9]), '#5e4636');
    room.fill(points([0.86, 0.92]), '#7a5a42');
    room.fill(points([CEILING - 0.12, CEILING]), '#e4dcc8');
  };
  wall((y) => across(BACK, [LEFT, RIGHT], y), [LEFT, RIGHT], BACK, false);
  wall((y) => along(LEFT, [0.5, BACK], y), [0.5, BACK], 0, true);
  wall((y) => along(RIGHT, [BACK, 0.5], y), [0.5, BACK], 0, true);
  // Dark boards, and a worn Turkey rug.
  for (let x = LEFT; x < RIGHT; x += 0.14) {
    const t = 70 + Math.floor(random() * 18);
    room.fill(level(0, [x, x + 0.14], [0.8, BACK]), `rgb(${t + 30},${t + 8},${t - 14})`);
  }
  paintRug(room);
  c.save();
  c.filter = 'blur(16px)';
  room.fill(across(BACK - 0.02, [LEFT, RIGHT], [0, 0.4]), 'rgba(30,20,16,0.4)');
  room.fill(across(BACK - 0.02, [LEFT, RIGHT], [CEILING - 0.4, CEILING]), 'rgba(30,20,16,0.3)');
  c.restore();
  paintWindow(room, random);
  paintDoor(room);
  // The small watercolour by the door: a pond with reeds leaning over it, in a thin gilt frame.
  room.fill(along(LEFT + 0.01, [4.72, 5.12], [1.35, 1.7]), '#b89a5a');
  room.fill(along(LEFT + 0.02, [4.75, 5.09], [1.38, 1.67]), '#e6dfcc');
  room.fill(along(LEFT + 0.03, [4.8, 5.04], [1.43, 1.54]), '#9fb0a6');
  for (let i = 0; i < 5; i += 1) {
    const z = 4.81 + i * 0.045;
    room.line([LEFT + 0.03, 1.5, z], [LEFT + 0.03, 1.63, z + 0.03], 0.006, '#6f7a52');
  }
  // A portrait nobody looks at any more: a dark oil in a heavy frame.
  room.fill(across(BACK - 0.01, [1.3, 1.78], [1.55, 2.15]), '#6e5430');
  room.fill(across(BACK - 0.02, [1.36, 1.72], [1.61, 2.09]), '#3a3226');
  paintDraped(room, [-2.75, -1.75], 1.95, [5.3, 5.75], [1, 1, 1, 1]);
  paintSideboard(room);
  paintPiano(room);
  paintStandardLamp(room);
  paintDraped(room, [0.6, 1.6], 0.95, [4.3, 4.95], [0.5, 0.62, 0.66, 0.95, 1, 0.95, 0.66, 0.62, 0.5]);
  paintChairAndTable(room, random);

  const win = project(EYE, [0, 1.6, BACK]);
  const lamp = project(EYE, LAMP);
  const door = project(EYE, [LEFT, 1.0, (DOOR.z[0] + DOOR.z[1]) / 2]);
  relight(c, MOOD.ambient, [
    { x: win.x, y: win.y + 40, r: 420, color: MOOD.window },
    { x: lamp.x, y: lamp.y + 60, r: 560, color: 'rgba(210,150,90,0.85)' },
    { x: door.x + 40, y: door.y + 120, r: 300, color: 'rgba(200,140,80,0.6)' },
  ]);
  // Lit things shine after the light: the lamp's shade, the next room through the door, the window's glow.
  light(c, 'blur(3px)', 0.9, () => shadeShape(room), '#ffc985');
  light(
    c,
    'blur(10px)',
    0.28,
    () => room.trace([along(LEFT - 0.05, [DOOR.z[0] + 0.12, DOOR.z[1]], [0, DOOR.top])]),
    '#e8a060',
  );
  grain(c, random, 10);
}

/** The window: a deep reveal, nets over the glass, the terrace across the street at dusk, velvet curtains. */
function paintWindow(room: Room, random: Random) {
  const { c } = room;
  const { x, y } = WINDOW;
  const glass = BACK + 0.25;
  room.fill(along(x[0], [BACK, glass], y), '#7e7a6a');
  room.fill(along(x[1], [glass, BACK], y), '#6a665a');
  room.fill(level(y[1], x, [BACK, glass]), '#5a5650');
  c.save();
  room.trace([across(glass, x, y)]);
  c.clip();
  const top = room.at([0, y[1], glass]).y;
  const bottom = room.at([0, y[0], glass]).y;
  const sky = c.createLinearGradient(0, top, 0, bottom);
  sky.addColorStop(0, '#4a5470');
  sky.addColorStop(1, '#b08a88');
  c.fillStyle = sky;
  c.fillRect(0, top, WIDTH, bottom - top);
  // Across the street: the terrace opposite, its roofline and chimneys dark, one window lit.
  const roof = bottom - (bottom - top) * 0.55;
  c.fillStyle = '#3a3440';
  c.beginPath();
  c.moveTo(0, bottom);
  for (let px = 400; px <= 900; px += 30) c.lineTo(px, roof + (Math.floor(px / 90) % 2) * 6);
  c.lineTo(900, bottom);
  c.fill();
  for (let px = 430; px < 880; px += 90) c.fillRect(px, roof - 16, 12, 18);
  c.fillStyle = '#e0a868';
  c.fillRect(560, roof + 30, 16, 20);
  c.fillStyle = 'rgba(240,235,225,0.3)';
  c.fillRect(0, top, WIDTH, bottom - top);
  // The nets: fine vertical folds of white.
  for (let px = 0; px < WIDTH; px += 7) {
    c.fillStyle = `rgba(245,240,230,${0.08 + random() * 0.1})`;
    c.fillRect(px, top, 3, bottom - top);
  }
  c.restore();
  room.box(
    [x[0] - 0.08, x[1] + 0.08],
    [y[0] - 0.06, y[0]],
    [BACK - 0.1, glass],
    '#8a7a66',
    '#6e5e4c',
    '#5e5042',
  );
  // Heavy curtains, half drawn: deep red velvet in folds, hanging from a brass pole past the window's edges.
  const z = BACK - 0.08;
  for (const [a, b] of [
    [x[0] - 0.55, x[0] + 0.5],
    [x[1] - 0.42, x[1] + 0.55],
  ] as const) {
    room.fill(across(z, [a, b], [0, y[1] + 0.3]), room.folds([a, b], 1.4, z, '#7a2f2c', '#4a1c1c', 9));
    room.fill(across(z - 0.01, [a, b], [y[1] + 0.12, y[1] + 0.3]), '#5a2220');
  }
  room.line([x[0] - 0.65, y[1] + 0.33, z - 0.02], [x[1] + 0.65, y[1] + 0.33, z - 0.02], 0.035, '#a88448');
}

/** The door in the left wall, open, and the lamplit room beyond it. */
function paintDoor(room: Room) {
  const { z, top } = DOOR;
  room.fill(along(LEFT, [z[0] - 0.1, z[1] + 0.1], [0, top + 0.1]), '#6a5040');
  room.fill(along(LEFT, z, [0, top]), '#7a5038');
  const far = LEFT - 2.2;
  room.c.save();
  room.trace([along(LEFT, z, [0, top])]);
  room.c.clip();
  room.fill(across(z[1] + 1.5, [far, LEFT], [0, 3]), '#b07c50');
  room.fill(level(0, [far, LEFT], [z[0] - 1, z[1] + 1.5]), '#6a4430');
  room.fill(along(far, [z[0] - 1, z[1] + 1.5], [0, 3]), '#9a6a46');
  room.c.restore();
  // The door leaf, swung in against the jamb: we see its edge and a little of its face.
  room.fill(
    [
      [LEFT, 0, z[0]],
      [LEFT - 0.62, 0, z[0] + 0.45],
      [LEFT - 0.62, top, z[0] + 0.45],
      [LEFT, top, z[0]],
    ],
    '#5a3a28',
  );
}

/** A dark mahogany sideboard against the left wall, a clock on it that clears its throat rather than ticks. */
function paintSideboard(room: Room) {
  const z: Span = [4.7, 5.28];
  room.shadow([LEFT, LEFT + 0.5], z, 0.6);
  room.box([LEFT, LEFT + 0.5], [0, 0.95], z, '#4a2c20', '#3a2218', '#4e3022');
  room.fill(along(LEFT + 0.5, [z[0] + 0.06, z[1] - 0.06], [0.12, 0.78]), '#44281c');
  room.box([LEFT + 0.1, LEFT + 0.35], [0.95, 1.32], [4.85, 5.1], '#5a3a26', '#4a2e1e', '#5a3a26');
  const face = room.at([LEFT + 0.35, 1.16, 4.97]);
  room.c.fillStyle = '#e8dcc0';
  room.c.beginPath();
  room.c.ellipse(face.x, face.y, 5, 8, 0, 0, Math.PI * 2);
  room.c.fill();
}

/** An upright piano against the right wall, its fall open on yellowed keys, a runner and a photograph on top. */
function paintPiano(room: Room) {
  const [x, z]: [Span, Span] = [
    [2.25, 2.85],
    [3.6, 5.0],
  ];
  room.shadow([x[0] - 0.3, x[1]], z, 0.6);
  room.box(x, [0, 1.3], z, '#3a2218', '#2e1a12', '#3a2218');
  // The keyboard shelf stands out from the case toward the room; the keys lie on it, the fall propped above.
  room.box([x[0] - 0.28, x[0]], [0.66, 0.72], z, '#46281a', '#32201a', '#2e1c14');
  room.fill(level(0.721, [x[0] - 0.26, x[0] - 0.04], [z[0] + 0.05, z[1] - 0.05]), '#e2d8bc');
  for (let i = 0; i * 0.033 < z[1] - z[0] - 0.16; i += 1)
    if (i % 7 !== 2 && i % 7 !== 6) {
      const k = z[0] + 0.08 + i * 0.033;
      room.fill(level(0.725, [x[0] - 0.14, x[0] - 0.04], [k, k + 0.016]), '#1e1410');
    }
  room.fill(along(x[0] - 0.001, [z[0] + 0.05, z[1] - 0.05], [0.74, 0.9]), '#2a1810');
  room.fill(along(x[0] - 0.001, [z[0] + 0.12, z[1] - 0.12], [0.95, 1.24]), '#4a2e20');
  room.fill(along(x[0] - 0.001, [z[0] + 0.3, z[0] + 0.62], [0.16, 0.58]), '#40261a');
  room.fill(along(x[0] - 0.001, [z[1] - 0.62, z[1] - 0.3], [0.16, 0.58]), '#40261a');
  room.fill(level(1.301, [x[0] + 0.05, x[1] - 0.05], [z[0] - 0.02, z[1] + 0.02]), '#a89478');
  room.box([x[0] + 0.2, x[0] + 0.24], [1.3, 1.54], [4.2, 4.4], '#b8a070', '#a08858', '#8a7448');
  // Brass candle sconces either side of the music desk.
  for (const k of [z[0] + 0.08, z[1] - 0.08])
    room.line([x[0] - 0.02, 1.0, k], [x[0] - 0.1, 1.06, k], 0.02, '#a88448');
}

/**
 * Something under a dust sheet: the cloth thrown over a chair or a cabinet, slumping between the high points of
 * what it covers (`profile`, heights across its width as fractions of `height`) and flaring out at the hem.
 */
function paintDraped(room: Room, x: Span, height: number, z: Span, profile: readonly number[]) {
  const { c } = room;
  room.shadow(x, z, 0.55, 10);
  const at = (u: number, v: number, zz = z[0]) => room.at([x[0] + (x[1] - x[0]) * u, v, zz]);
  const n = profile.length - 1;
  const top = (i: number) => height * (profile[i] ?? 1);
  // The end we can see, if we can see one.
  const end = x[0] > EYE.x ? 0 : x[1] < EYE.x ? 1 : null;
  if (end !== null) {
    const [f, b, ft, bt] = [at(end, 0), at(end, 0, z[1]), at(end, top(end * n)), at(end, top(end * n), z[1])];
    c.fillStyle = '#b6ac98';
    c.beginPath();
    c.moveTo(f.x, f.y);
    c.lineTo(b.x, b.y);
    c.lineTo(bt.x, bt.y + 4);
    c.quadraticCurveTo(bt.x, ft.y, ft.x, ft.y + 6);
    c.fill();
  }
  // The front: a hem flared a little wider than the thing under it, a top that rises over each high point.
  const outline = () => {
    const [left, right] = [at(-0.04, 0.01), at(1.04, 0.01)];
    c.beginPath();
    c.moveTo(left.x, left.y);
    // A smooth line through the high points: each is a control point, the curve passing between them.
    const points = profile.map((_, i) => at(i / n, top(i)));
    const first = points[0] ?? left;
    c.lineTo(first.x, first.y + 10);
    for (let i = 1; i < n; i += 1) {
      const [p, q] = [points[i] ?? first, points[i + 1] ?? first];
      c.quadraticCurveTo(p.x, p.y, (p.x + q.x) / 2, (p.y + q.y) / 2);
    }
    const last = points[n] ?? right;
    c.quadraticCurveTo(last.x, last.y, last.x, last.y + 10);
    c.lineTo(right.x, right.y);
    c.closePath();
  };
  outline();
  c.fillStyle = room.folds(x, height / 2, z[0], '#e6dfcf', '#b9af9b', profile.length * 2 + 2);
  c.fill();
  // Folds falling from each high point to the hem.
  c.save();
  outline();
  c.clip();
  c.strokeStyle = 'rgba(120,104,84,0.35)';
  c.lineWidth = 2;
  for (let i = 0; i <= n; i += 1) {
    const p = at(i / n, top(i));
    for (const spread of [-0.12, 0.12]) {
      const foot = at(i / n + spread, 0);
      c.beginPath();
      c.moveTo(p.x, p.y + 4);
      c.quadraticCurveTo(p.x + (foot.x - p.x) * 0.2, (p.y + foot.y) / 2, foot.x, foot.y);
      c.stroke();
    }
  }
  c.restore();
}

/** A standard lamp: a turned wooden column and a pleated silk shade with a fringe. */
function paintStandardLamp(room: Room) {
  const [x, y, z] = LAMP;
  room.shadow([x - 0.2, x + 0.2], [z - 0.15, z + 0.15], 0.5);
  room.taper([x, 0, z], 0.16, 0.06, 0.05, '#3a2418');
  room.line([x, 0.05, z], [x, y - 0.12, z], 0.035, '#4a2e1e');
  room.taper([x, y - 0.14, z], 0.28, y + 0.18, 0.16, '#c88a50');
  for (let u = -0.26; u <= 0.26; u += 0.035)
    room.line([x + u, y - 0.14, z], [x + u * 1.02, y - 0.22, z], 0.008, '#9a6030');
}

function shadeShape(room: Room) {
  const [x, y, z] = LAMP;
  room.taper([x, y - 0.14, z - 0.01], 0.28, y + 0.18, 0.16);
}

/** The hard chair Madame sat on, facing the sofa; the low table and Tommy's drawings spread on it. */
function paintChairAndTable(room: Room, random: Random) {
  const [cx, cz] = [-0.15, 3.2];
  room.shadow([cx - 0.25, cx + 0.25], [cz - 0.2, cz + 0.25], 0.55);
  const wood = '#4e3020';
  for (const [dx, dz] of [
    [-0.2, -0.2],
    [0.2, -0.2],
    [-0.2, 0.2],
    [0.2, 0.2],
  ] as const)
    room.line([cx + dx, 0, cz + dz], [cx + dx, 0.46, cz + dz], 0.035, wood);
  room.box([cx - 0.23, cx + 0.23], [0.44, 0.5], [cz - 0.23, cz + 0.23], '#6a4030', '#4a2c1e', '#3e2418');
  room.box([cx - 0.23, cx + 0.23], [0.5, 1.02], [cz + 0.2, cz + 0.24], '#4e3020', '#5a3826', '#3e2418');
  room.fill(across(cz + 0.19, [cx - 0.16, cx + 0.16], [0.66, 0.9]), '#6e3a30');
  // The low table between us, close, its top catching the lamp; the folder open and six drawings out.
  const [tx, tz]: [Span, Span] = [
    [-0.75, 0.85],
    [1.65, 2.25],
  ];
  room.box(tx, [0.36, 0.42], tz, '#5a3826', '#3e2418', '#4a2c1e');
  for (const x of tx)
    for (const z of tz)
      room.line([x + (x < 0 ? 0.06 : -0.06), 0, z], [x + (x < 0 ? 0.06 : -0.06), 0.36, z], 0.03, wood);
  room.fill(level(0.421, [-0.7, -0.1], [1.7, 2.2]), '#c8b48a');
  for (let i = 0; i < 6; i += 1) {
    const x = -0.6 + i * 0.23 + between(random, -0.03, 0.03);
    const z = 1.75 + between(random, 0, 0.2);
    const sheet = level(0.423 + i * 0.001, [x, x + 0.2], [z, z + 0.26]);
    room.fill(sheet, mix('#efe8d8', '#d8ccb0', random()));
    // A few pencil marks on each: a creature's outline, too small to make out.
    const p = room.at([x + 0.1, 0.424, z + 0.13]);
    room.c.strokeStyle = 'rgba(60,50,40,0.55)';
    room.c.lineWidth = 1;
    room.c.beginPath();
    room.c.ellipse(p.x, p.y, 9, 3, between(random, -0.4, 0.4), 0, Math.PI * 1.7);
    room.c.stroke();
  }
}

/** The rug: a deep red field, a dark border, a faded medallion. */
function paintRug(room: Room) {
  room.fill(level(0.001, [-1.6, 1.7], [1.2, 4.6]), '#5a2a26');
  room.fill(level(0.002, [-1.45, 1.55], [1.35, 4.45]), '#8a3c32');
  room.fill(level(0.003, [-0.7, 0.8], [2.3, 3.6]), '#a8704a');
  room.fill(level(0.004, [-0.45, 0.55], [2.6, 3.3]), '#7a3a30');
}
