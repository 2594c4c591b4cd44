/**
 * A Hailsham classroom, remembered from a desk near the back: tall windows down the right wall letting the light
 * slant across rows of wooden desks, a blackboard with the ghosts of chalk, a map of England, and the art things
 * that mattered more than the lessons: jars of brushes, paper, paintings pinned up for the Exchange. Painted once
 * per light onto a canvas with the dormitory's room helpers; only the dust and the lamp move.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import { light, relight } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';
import { addLampAndDust, MOODS, type Mood, paintOutside } from './room-mood.ts';

const [LEFT, RIGHT, BACK, CEILING] = [-3.8, 3.6, 6.4, 3.8];
const EYE: Eye = { x: 0.5, y: 1.45, f: 720, cx: 540, cy: 290 };
/** The windows down the right wall, as spans of z, from sill to head. */
const WINDOWS: readonly Span[] = [[3.2, 4.15] as const, [4.85, 5.8] as const];
const [SILL, HEAD] = [0.85, 3.35];
const LAMP: V3 = [2.15, 1.12, 5.3];
/** A rough outline of Great Britain and of Ireland, as x, y pairs in hundredths of the map, north at the top. */
const BRITAIN = [
  45, 2, 60, 5, 55, 15, 63, 23, 58, 32, 66, 42, 72, 52, 80, 60, 90, 68, 92, 77, 84, 84, 90, 90, 70, 93, 50,
  95, 28, 98, 20, 93, 36, 86, 42, 80, 30, 77, 27, 70, 40, 64, 45, 55, 37, 46, 30, 38, 36, 30, 26, 20, 36, 10,
];
const IRELAND = [5, 50, 20, 46, 25, 56, 22, 70, 8, 72, 2, 60];

export const paintHailshamClassroom: Painter = (scene, stage) => {
  const mood = MOODS[stage.light];
  const key = paintedTexture(scene, `classroom-${stage.light}`, (c) =>
    paintRoom(new Room(c, EYE), mood, seededRandom(1978)),
  );
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const lamp = addLampAndDust(scene, root, project(EYE, LAMP), mood, { min: 560, max: 1180 });
  return {
    root,
    update(time) {
      if (mood.lamp > 0) lamp.setAlpha(mood.lamp * (0.36 + Math.sin(time / 1400) * 0.03));
    },
    destroy() {
      root.destroy(true);
    },
  };
};

/** Where a point on a window falls on the floor, following the sunlight in from the right, down and toward us. */
const fall = ([x, y, z]: V3): V3 => [x - y * 1.25, 0, z - y * 0.28];

function paintRoom(room: Room, mood: Mood, random: Random) {
  const { c } = room;
  c.fillStyle = '#efe8d8';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // Walls: cream plaster over sage tongue-and-groove panelling to waist height.
  const wall = (points: (y: Span) => V3[], at: (t: number, y: number) => V3) => {
    room.fill(points([1.1, CEILING]), '#e8ddc4');
    room.fill(points([0, 1.1]), '#aab593');
    for (let t = 0.02; t < 1; t += 0.02) room.line(at(t, 0.12), at(t, 1.06), 0.006, '#95a07f');
    room.fill(points([1.06, 1.12]), '#8c6d4b');
    room.fill(points([0, 0.12]), '#6e5540');
  };
  const [wide, deep] = [(t: number) => LEFT + (RIGHT - LEFT) * t, (t: number) => 1 + (BACK - 1) * t];
  wall(
    (y) => across(BACK, [LEFT, RIGHT], y),
    (t, y) => [wide(t), y, BACK],
  );
  wall(
    (y) => along(RIGHT, [BACK, 1], y),
    (t, y) => [RIGHT, y, deep(t)],
  );
  wall(
    (y) => along(LEFT, [1, BACK], y),
    (t, y) => [LEFT, y, deep(t)],
  );
  for (let x = LEFT; x < RIGHT; x += 0.14) {
    const t = 128 + Math.floor(random() * 22);
    room.fill(level(0, [x, x + 0.14], [1.2, BACK]), `rgb(${t + 44},${t + 10},${t - 40})`);
  }
  c.save();
  c.filter = 'blur(14px)';
  room.fill(across(BACK - 0.02, [LEFT, RIGHT], [0, 0.3]), 'rgba(60,40,25,0.3)');
  room.fill(along(RIGHT - 0.02, [BACK, 1], [0, 0.3]), 'rgba(60,40,25,0.3)');
  c.restore();

  paintBlackboard(room, random);
  paintMap(room);
  // Paintings pinned up for the Exchange: pale sheets, each a few soft blocks of colour.
  const hues = ['#d9a5a0', '#a9b79a', '#d8b47a', '#9fb0c8', '#c9a0b8'];
  hues.forEach((hue, i) => {
    const [x, y] = [1.85 + (i % 3) * 0.55, i < 3 ? 1.85 : 1.3];
    room.fill(across(BACK - 0.01, [x, x + 0.44], [y, y + 0.42]), '#f5efe2');
    room.fill(across(BACK - 0.02, [x + 0.06, x + 0.38], [y + 0.06, y + 0.2]), hue);
    room.fill(across(BACK - 0.02, [x + 0.12, x + 0.3], [y + 0.2, y + 0.34]), hues[(i + 2) % 5] ?? hue);
  });
  for (const z of WINDOWS) paintWindowFrame(room, z);
  // Sun through the panes on the floorboards, before the desks stand in it.
  if (mood.sun > 0)
    light(c, 'blur(6px)', mood.sun * 1.4, () => room.trace(panes().map((p) => p.map(fall))), mood.sunColor);
  paintArtCupboard(room, random);
  paintTeachersDesk(room);
  // Three rows of double desks; the far left one is left out so the art cupboard can be seen.
  for (const z of [5.15, 4.05, 2.95])
    for (const x of [-2.35, -0.45, 1.45]) if (x > -2 || z < 5) desk(room, x, z, random);
  // Two white globe lamps on rods, unlit while there is any daylight.
  for (const gx of [-0.9, 1.9]) {
    room.line([gx, CEILING, 3.9], [gx, 2.85, 3.9], 0.015, '#6a5a48');
    const g = project(EYE, [gx, 2.75, 3.9]);
    const r = (0.15 * EYE.f) / 3.9;
    const globe = c.createRadialGradient(g.x - 6, g.y - 6, 2, g.x, g.y, r);
    globe.addColorStop(0, '#fffdf6');
    globe.addColorStop(1, '#d9cfbd');
    c.fillStyle = globe;
    c.beginPath();
    c.arc(g.x, g.y, r, 0, Math.PI * 2);
    c.fill();
  }

  const lamp = project(EYE, LAMP);
  relight(c, mood.ambient, [
    { x: 1180, y: 360, r: 700, color: mood.window },
    { x: lamp.x, y: lamp.y + 40, r: 380, color: `rgba(190,130,70,${mood.lamp})` },
  ]);
  paintOutside(room, mood, random, panes());
  // The beams themselves: for each window, the union of the prism's faces from the glass to its patch of floor.
  const beams = () =>
    room.trace(
      WINDOWS.flatMap((z) => {
        const glass = along(RIGHT, z, [SILL, HEAD]);
        return glass.map((p, i) => [p, glass[(i + 1) % 4] ?? p, fall(glass[(i + 1) % 4] ?? p), fall(p)]);
      }),
    );
  if (mood.sun > 0) light(c, 'blur(24px)', mood.sun * 0.36, beams, mood.sunColor);
  const [x, y, z] = LAMP;
  const shadeLit = () => room.taper([x, y - 0.06, z], 0.1, y + 0.06, 0.06);
  if (mood.lamp > 0) light(c, 'blur(3px)', mood.lamp, shadeLit, '#ffd9a0');
  grain(c, random);
}

/** The panes of every window, three across and five down, on the glass just outside the wall. */
function panes(): V3[][] {
  return WINDOWS.flatMap(([z0, z1]) => {
    const [w, h] = [(z1 - z0 - 0.1) / 3, (HEAD - SILL - 0.1) / 5];
    return Array.from({ length: 15 }, (_, i) => {
      const [z, y] = [z0 + 0.07 + Math.floor(i / 5) * w, SILL + 0.07 + (i % 5) * h];
      return along(RIGHT + 0.25, [z, z + w - 0.04], [y, y + h - 0.04]);
    });
  });
}

/** A tall window in the thick right wall: the reveal on its far side, the frame, the sill, a radiator under it. */
function paintWindowFrame(room: Room, [z0, z1]: Span) {
  room.fill(along(RIGHT + 0.25, [z0, z1], [SILL, HEAD]), '#efe6d2');
  room.fill(across(z1, [RIGHT, RIGHT + 0.25], [SILL, HEAD]), '#d3c4a6');
  room.fill(level(HEAD, [RIGHT, RIGHT + 0.25], [z0, z1]), '#c8b898');
  room.fill(level(SILL, [RIGHT - 0.08, RIGHT + 0.25], [z0 - 0.08, z1 + 0.08]), '#f3ecdc');
  for (let z = z0 + 0.05; z < z1 - 0.05; z += 0.05) {
    room.line([RIGHT - 0.06, 0.18, z], [RIGHT - 0.06, 0.7, z], 0.022, '#b9ac95');
  }
  room.line([RIGHT - 0.06, 0.2, z0], [RIGHT - 0.06, 0.2, z1], 0.03, '#9e917c');
}

/** The blackboard: its wooden frame and ledge, rubbed-out haze, and strokes of chalk that say nothing legible. */
function paintBlackboard(room: Room, random: Random) {
  const { c } = room;
  const [x, y]: [Span, Span] = [
    [-1.55, 1.45],
    [0.95, 2.3],
  ];
  room.fill(across(BACK - 0.01, [x[0] - 0.07, x[1] + 0.07], [y[0] - 0.07, y[1] + 0.07]), '#7a5a3e');
  room.fill(across(BACK - 0.02, x, y), '#36423d');
  const p = room.at([x[0], y[1], BACK]);
  const q = room.at([x[1], y[0], BACK]);
  c.save();
  c.beginPath();
  c.rect(p.x, p.y, q.x - p.x, q.y - p.y);
  c.clip();
  c.filter = 'blur(10px)';
  c.fillStyle = 'rgba(220,225,215,0.08)';
  for (let i = 0; i < 6; i += 1) {
    const [w, h] = [between(random, 60, 150), between(random, 18, 40)];
    c.fillRect(between(random, p.x, q.x - 80), between(random, p.y, q.y - 30), w, h);
  }
  c.filter = 'blur(0.4px)';
  c.strokeStyle = 'rgba(236,236,226,0.75)';
  c.lineCap = 'round';
  c.lineWidth = 1.3;
  c.beginPath();
  // Lines of "writing": jagged runs along a baseline, too small and smudged to be read.
  for (let row = 0; row < 4; row += 1) {
    let at = p.x + 16 + random() * 10;
    const baseline = p.y + 22 + row * 17;
    const end = row === 0 ? p.x + 120 : q.x - 120 - random() * 80;
    c.moveTo(at, baseline);
    while (at < end) {
      at += between(random, 2.5, 5);
      c.lineTo(at, baseline - (random() < 0.3 ? between(random, 3, 7) : between(random, 0, 3)));
      if (random() < 0.08) {
        at += 8;
        c.moveTo(at, baseline);
      }
    }
  }
  // A diagram on the right: a circle, arrows out of it, a wavy line.
  const d = { x: q.x - 70, y: p.y + 50 };
  c.moveTo(d.x + 22, d.y);
  c.arc(d.x, d.y, 22, 0, Math.PI * 2);
  c.lineTo(d.x + 50, d.y - 18);
  c.moveTo(d.x - 10, d.y + 20);
  c.lineTo(d.x - 28, d.y + 44);
  c.moveTo(d.x - 40, d.y + 60);
  for (let i = 0; i < 8; i += 1)
    c.quadraticCurveTo(d.x - 34 + i * 10, d.y + 52 + (i % 2) * 14, d.x - 30 + i * 10, d.y + 60);
  c.stroke();
  c.restore();
  room.box(
    [x[0] - 0.1, x[1] + 0.1],
    [y[0] - 0.1, y[0] - 0.06],
    [BACK - 0.1, BACK],
    '#9a7654',
    '#6d5038',
    '#5c4430',
  );
  room.fill(across(BACK - 0.1, [0.9, 1.02], [y[0] - 0.06, y[0] - 0.03]), '#f4f1e8');
  room.fill(across(BACK - 0.1, [-1.2, -0.96], [y[0] - 0.06, y[0] - 0.01]), '#c0a47c');
}

/** A pull-down map on a roller: pale sea, a soft green Britain and paler Ireland, one red pin in Norfolk. */
function paintMap(room: Room) {
  const [x, y, z]: [Span, Span, number] = [[-3.45, -2.05], [1.15, 2.55], BACK - 0.02];
  room.fill(across(z, x, y), '#e7dcc2');
  room.fill(across(z, [x[0] + 0.06, x[1] - 0.06], [y[0] + 0.06, y[1] - 0.08]), '#bccfd0');
  const shape = (pairs: readonly number[]) =>
    Array.from({ length: pairs.length / 2 }, (_, i): V3 => {
      const [u, v] = [(pairs[i * 2] ?? 0) / 100, (pairs[i * 2 + 1] ?? 0) / 100];
      return [x[0] + 0.1 + u * (x[1] - x[0] - 0.2), y[1] - 0.12 - v * (y[1] - y[0] - 0.22), z - 0.005];
    });
  room.fill(shape(BRITAIN), '#b8bf8f');
  room.fill(shape(IRELAND), '#c9cd9f');
  room.fill(shape([84, 66, 87, 66, 87, 69, 84, 69]), '#b04a3c');
  room.box(
    [x[0] - 0.06, x[1] + 0.06],
    [y[1] - 0.02, y[1] + 0.05],
    [z - 0.05, z],
    '#8c6a4a',
    '#7a5a3e',
    '#6a4e36',
  );
}

/** A low cupboard under the map with the art things on it: jars of brushes, paint tins, a stack of paper. */
function paintArtCupboard(room: Room, random: Random) {
  const [x, z]: [Span, Span] = [
    [-3.7, -1.9],
    [5.85, 6.38],
  ];
  room.shadow(x, z, 0.5);
  room.box(x, [0, 0.86], z, '#a57f57', '#8e6a48', '#7a5a3c');
  room.line([-2.8, 0.08, z[0]], [-2.8, 0.8, z[0]], 0.01, '#5e4530');
  for (let i = 0; i < 6; i += 1) {
    const y = 0.86 + i * 0.014;
    room.box([-3.6, -2.9], [y, y + 0.012], [5.95 + i * 0.006, 6.3], '#f3ede0', '#ddd3c0', '#cfc4ae');
  }
  for (const [jx, glass] of [
    [-2.72, '#c9d6d2'] as const,
    [-2.45, '#d6cfb6'] as const,
    [-2.18, '#c9d6d2'] as const,
  ]) {
    room.box([jx - 0.07, jx + 0.07], [0.86, 1.04], [6.05, 6.19], shade(glass, 0.8), glass, shade(glass, 0.9));
    for (let b = 0; b < 5; b += 1) {
      const lean = between(random, -0.09, 0.09);
      const tip: V3 = [jx + lean, 1.28 + random() * 0.08, 6.12];
      room.line([jx + lean * 0.2, 1.0, 6.12], tip, 0.012, b % 2 ? '#b8864f' : '#d9b98a');
      const bristles = ['#5a4632', '#9c4f45', '#3e5a6e'][b % 3] ?? '#5a4632';
      room.line(tip, [tip[0] + lean * 0.15, tip[1] + 0.05, tip[2]], 0.016, bristles);
    }
  }
  for (const [tx, color] of [
    [-3.45, '#c65d4a'] as const,
    [-3.2, '#d8b47a'] as const,
    [-2.95, '#5d7f9a'] as const,
  ]) {
    room.box(
      [tx - 0.08, tx + 0.08],
      [0.94, 1.02],
      [6.1, 6.26],
      mix(color, '#ffffff', 0.2),
      color,
      shade(color, 0.8),
    );
  }
}

/** The teacher's desk by the windows, a book on it and a green-shaded lamp. */
function paintTeachersDesk(room: Room) {
  const [x, z]: [Span, Span] = [
    [1.8, 3.1],
    [5.2, 5.9],
  ];
  room.shadow(x, z, 0.5);
  room.box(x, [0, 0.78], z, '#a5805a', '#866446', '#75583d');
  room.box([x[0] - 0.03, x[1] + 0.03], [0.78, 0.82], [z[0] - 0.03, z[1]], '#b48e66', '#8e6a48', '#7d5d40');
  room.box([2.5, 2.95], [0.82, 0.9], [5.35, 5.7], '#7d5a48', '#6a4a3a', '#5a3e30');
  const [lx, ly, lz] = LAMP;
  room.box([lx - 0.08, lx + 0.08], [0.82, 0.85], [lz - 0.06, lz + 0.06], '#4a4a44', '#3c3c37', '#30302c');
  room.line([lx, 0.85, lz], [lx + 0.12, 1.02, lz], 0.014, '#3c3c37');
  room.line([lx + 0.12, 1.02, lz], [lx, ly, lz], 0.014, '#3c3c37');
  room.taper([lx, ly - 0.06, lz], 0.1, ly + 0.06, 0.06, '#4f5a52');
}

/** A double desk with a lid, its two chairs in front of it (nearer us), and whatever was left on top. */
function desk(room: Room, cx: number, z: number, random: Random) {
  const [x, wood, iron]: [Span, string, string] = [[cx - 0.55, cx + 0.55], '#b38a5e', '#5e4530'];
  const legs = (zz: number, top: number) => {
    for (const lx of [x[0] + 0.04, x[1] - 0.04]) room.line([lx, 0, zz], [lx, top, zz], 0.03, iron);
  };
  room.shadow(x, [z - 0.5, z + 0.45], 0.35, 10);
  legs(z + 0.42, 0.6);
  room.box(x, [0.56, 0.7], [z, z + 0.45], shade(wood, 0.8), shade(wood, 0.78), shade(wood, 0.68));
  room.box(
    [x[0] - 0.02, x[1] + 0.02],
    [0.7, 0.74],
    [z - 0.02, z + 0.46],
    wood,
    shade(wood, 0.85),
    shade(wood, 0.75),
  );
  room.line([x[0] + 0.02, 0.745, z + 0.08], [x[1] - 0.02, 0.745, z + 0.08], 0.008, shade(wood, 0.7));
  legs(z, 0.56);
  if (random() < 0.7) {
    // A sheet of paper left on the lid, sometimes with a painting on it.
    const [px, pz] = [cx + between(random, -0.45, 0.05), z + between(random, 0.12, 0.2)];
    const sheet: V3[] = [
      [px, 0.742, pz],
      [px + 0.3, 0.742, pz + 0.02],
      [px + 0.29, 0.742, pz + 0.24],
      [px - 0.01, 0.742, pz + 0.22],
    ];
    room.fill(sheet, '#f4efe3');
    const paint = ['#d9a5a0', '#a9b79a', '#9fb0c8'][Math.floor(random() * 3)] ?? '#d9a5a0';
    if (random() < 0.6) room.fill(level(0.743, [px + 0.06, px + 0.2], [pz + 0.06, pz + 0.16]), paint);
  }
  // Two chairs with their backs to us.
  for (const sx of [cx - 0.28, cx + 0.28]) {
    const [s, front, back]: [Span, number, number] = [[sx - 0.2, sx + 0.2], z - 0.12, z - 0.5];
    for (const lx of [s[0] + 0.02, s[1] - 0.02]) room.line([lx, 0, front], [lx, 0.44, front], 0.022, iron);
    room.box(s, [0.42, 0.45], [back, front], '#a37b52', '#8a6644', '#76573a');
    for (const lx of [s[0] + 0.02, s[1] - 0.02]) room.line([lx, 0, back], [lx, 0.86, back], 0.025, '#6e5036');
    room.box(s, [0.66, 0.84], [back - 0.02, back], '#a98258', '#9a7550', '#7d5d40');
  }
}
