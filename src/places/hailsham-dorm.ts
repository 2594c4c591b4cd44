/**
 * A Hailsham dormitory in the early evening, as Kathy remembers it: iron beds under pale blankets, a tall sash
 * window with the tops of the trees outside, her collection chest at the foot of a bed, the cassette player on a
 * locker, and an open doorway onto the corridor, where someone could stand and watch. The room is painted once
 * per light onto a canvas (soft gradients and blurred light cost nothing per frame); only the dust and the lamp
 * move. The room camera is in room.ts, the hour's colours, the window's view and the lamp in room-mood.ts.
 */
import { seededRandom } from '../core/random.ts';
import { light, relight } from './canvas-light.ts';
import { shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';
import { addLampAndDust, MOODS, type Mood, paintOutside } from './room-mood.ts';

const SIDE = 3.2;
const BACK = 6.2;
const WINDOW = { x: [-0.15, 1.15], y: [0.95, 3.0], glass: BACK + 0.3 } as const;
const DOOR = { z: [4.3, 5.2], top: 2.15 } as const;
const LAMP: V3 = [-0.95, 1.12, 5.95];
const EYE: Eye = { x: -0.2, y: 1.3, f: 820, cx: 640, cy: 310 };

export const paintHailshamDorm: Painter = (scene, stage) => {
  const mood = MOODS[stage.light];
  const key = paintedTexture(scene, `dorm-${stage.light}`, (c) => paintRoom(new Room(c, EYE), mood));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const lamp = addLampAndDust(scene, root, project(EYE, LAMP), mood, { min: 520, max: 860 });
  return {
    root,
    update(time) {
      // The lamp breathes a little, as a bulb on an old circuit does.
      if (mood.lamp > 0) lamp.setAlpha(mood.lamp * (0.38 + Math.sin(time / 1300) * 0.03));
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paintRoom(room: Room, mood: Mood) {
  const { c } = room;
  const random = seededRandom(1987);
  c.fillStyle = '#efe7d6';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  // Walls: cream above, a faded sage dado below a rail, as in the old house's corridors.
  const wall = (points: (y: Span) => V3[], upper: string, lower: string) => {
    room.fill(points([1.0, 3.4]), upper);
    room.fill(points([0, 1.0]), lower);
    room.fill(points([0.98, 1.02]), '#8f7e63');
    room.fill(points([0, 0.1]), '#6e5a44');
  };
  wall((y) => along(-SIDE, [1, BACK], y), '#dccfb4', '#a5b08f');
  wall((y) => along(SIDE, [BACK, 1], y), '#e2d6bd', '#aab596');
  wall((y) => across(BACK, [-SIDE, SIDE], y), '#eadfc6', '#b1bb9b');
  // Floorboards running away from us, each a slightly different brown, darkening into the corners.
  for (let x = -SIDE; x < SIDE; x += 0.16) {
    const t = 140 + Math.floor(random() * 24);
    room.fill(level(0, [x, x + 0.16], [1.5, BACK]), `rgb(${t + 40},${t + 6},${t - 44})`);
  }
  c.save();
  c.filter = 'blur(14px)';
  room.fill(along(-SIDE + 0.02, [1, BACK], [0, 0.35]), 'rgba(60,40,25,0.35)');
  room.fill(across(BACK - 0.02, [-SIDE, SIDE], [0, 0.3]), 'rgba(60,40,25,0.3)');
  room.fill(along(SIDE - 0.02, [BACK, 1], [0, 0.35]), 'rgba(60,40,25,0.3)');
  room.fill(across(BACK - 0.02, [-SIDE, SIDE], [3.1, 3.4]), 'rgba(60,40,25,0.18)');
  c.restore();
  room.fill(level(0, [-0.9, 0.95], [2.9, 5.3]), '#b98c86');
  room.fill(level(0, [-0.8, 0.85], [3.0, 5.2]), '#d6aca2');
  paintDoorway(room);
  paintWindow(room);
  // Children's paintings pinned above the far bed: squares of colour, no faces.
  ['#d9a5a0', '#a9b79a', '#d8b47a'].forEach((hue, i) => {
    const x = -2.7 + i * 0.55;
    room.fill(across(BACK - 0.01, [x, x + 0.42], [1.5, 1.94]), '#f6f0e2');
    room.fill(across(BACK - 0.02, [x + 0.07, x + 0.35], [1.6, 1.84]), hue);
    room.fill(across(BACK - 0.02, [x + 0.14, x + 0.28], [1.66, 1.76]), i === 1 ? '#d8b47a' : '#8e9b7c');
  });
  // Sunlight through each pane, laid on the floor before the furniture stands in it.
  const drop = ([x, y]: V3): V3 => [x - y * 0.32, 0, WINDOW.glass - y * 1.05];
  if (mood.sun > 0)
    light(c, 'blur(5px)', mood.sun, () => room.trace(panes().map((p) => p.map(drop))), mood.sunColor);

  bed(room, [-3.1, -1.2], [5.3, 6.15], 'left', '#e7dcc4');
  room.shadow([-1.1, -0.55], [5.7, 6.15], 0.5);
  room.box([-1.1, -0.55], [0, 0.75], [5.7, 6.15], '#e6dcc6', '#d3c6aa', '#c4b699');
  room.line([-0.83, 0.08, 5.7], [-0.83, 0.66, 5.7], 0.008, '#9d8b70');
  const [lx, ly, lz] = LAMP;
  room.box([lx - 0.05, lx + 0.05], [0.75, 0.79], [lz - 0.05, lz + 0.05], '#8a6a4a', '#6e543a', '#5d4731');
  room.line([lx, 0.79, lz], [lx, ly - 0.05, lz], 0.014, '#6e543a');
  room.taper([lx, ly - 0.1, lz], 0.12, ly + 0.08, 0.07, '#e9cf9c');
  paintCassettePlayer(room);
  bed(room, [1.25, 3.2], [5.0, 5.9], 'right', '#bccad6');
  bed(room, [1.25, 3.25], [3.3, 4.2], 'right', '#e0c394');
  paintChest(room);
  // A white enamel shade on a long flex from the ceiling, unlit: the evening is still light enough.
  room.line([0.4, 3.4, 4.6], [0.4, 2.72, 4.6], 0.012, '#5a4a3c');
  room.taper([0.4, 2.6, 4.6], 0.22, 2.76, 0.08, '#efe8da');

  const win = room.at([0.5, 1.6, BACK]);
  const lamp = room.at(LAMP);
  relight(c, mood.ambient, [
    { x: win.x, y: win.y + 120, r: 760, color: mood.window },
    { x: lamp.x, y: lamp.y + 40, r: 420, color: `rgba(190,130,70,${mood.lamp})` },
  ]);
  paintOutside(room, mood, random, panes());
  // The beam itself, faint, from the glass down to the floor; and the lit shade.
  const glass = across(WINDOW.glass, WINDOW.x, WINDOW.y);
  const beam = () =>
    room.trace(glass.map((p, i) => [p, glass[(i + 1) % 4] ?? p, drop(glass[(i + 1) % 4] ?? p), drop(p)]));
  if (mood.sun > 0) light(c, 'blur(22px)', mood.sun * 0.3, beam, mood.sunColor);
  const shadeLit = () => room.taper([lx, ly - 0.1, lz], 0.12, ly + 0.08, 0.07);
  if (mood.lamp > 0) light(c, 'blur(4px)', mood.lamp, shadeLit, '#ffd9a0');
  grain(c, random);
}

/** The twelve panes of the sash, six over six, on the glass. */
function panes(): V3[][] {
  const [x0, x1] = WINDOW.x;
  const [y0, y1] = WINDOW.y;
  const [w, h] = [(x1 - x0 - 0.12) / 3, (y1 - y0 - 0.16) / 4];
  return Array.from({ length: 12 }, (_, i) => {
    const px = x0 + 0.08 + Math.floor(i / 4) * w;
    const py = y0 + 0.08 + (i % 4) * h + (i % 4 >= 2 ? 0.04 : 0);
    return across(WINDOW.glass, [px, px + w - 0.04], [py, py + h - 0.05]);
  });
}

/** The sash window set into a thick wall: its reveal, sill, frame, and rose curtains drawn back. */
function paintWindow(room: Room) {
  const { x, y, glass } = WINDOW;
  room.fill(across(glass, x, y), '#f1e9d9');
  room.fill(along(x[1], [BACK, glass], y), '#cfc0a3');
  room.fill(level(y[1], x, [BACK, glass]), '#c5b698');
  room.box(
    [x[0] - 0.1, x[1] + 0.1],
    [y[0] - 0.06, y[0]],
    [BACK - 0.1, glass],
    '#f5eee0',
    '#d9ceb6',
    '#e1d6bf',
  );
  // Curtains: faded rose, in soft folds, hanging from a pelmet and caught back by a tie at sill height.
  const z = BACK - 0.05;
  for (const [a, b] of [x[0] - 0.46, x[1] - 0.08].map((a) => [a, a + 0.54] as const)) {
    const mid = (a + b) / 2;
    const top = y[1] + 0.2;
    const points: V3[] = [
      [a, top, z],
      [b, top, z],
      [mid + 0.08, 1.3, z],
      [b + 0.04, 0.82, z],
      [a - 0.04, 0.82, z],
      [mid - 0.08, 1.3, z],
    ];
    room.fill(points, room.folds([a, b], 2, z, '#dba79f', '#b8807c', 7));
    room.fill(across(z - 0.01, [mid - 0.1, mid + 0.1], [1.28, 1.33]), '#9c6a66');
  }
  room.box(
    [x[0] - 0.55, x[1] + 0.55],
    [y[1] + 0.18, y[1] + 0.34],
    [BACK - 0.12, BACK],
    '#e8dcc4',
    '#d8c9ab',
    '#cbbb9c',
  );
}

/** The doorway in the left wall, and the dimmer corridor beyond it with a lamp somewhere along. */
function paintDoorway(room: Room) {
  const { z, top } = DOOR;
  const far = -SIDE - 1.7;
  room.fill(along(-SIDE, [z[0] - 0.1, z[1] + 0.1], [0, top + 0.1]), '#c9b493');
  room.c.save();
  room.fill(along(-SIDE, z, [0, top]), '#6d6254');
  room.c.clip();
  room.fill(along(far, [1, 9], [1.0, 3]), '#9a8e7c');
  room.fill(along(far, [1, 9], [0, 1.0]), '#79806a');
  room.fill(level(0, [far, -SIDE], [1, 9]), '#5e4e3d');
  const p = room.at([far, 1.8, 5.0]);
  const spill = room.c.createRadialGradient(p.x, p.y, 2, p.x, p.y, 110);
  spill.addColorStop(0, 'rgba(255,222,160,0.55)');
  spill.addColorStop(1, 'rgba(255,222,160,0)');
  room.c.fillStyle = spill;
  room.c.fillRect(p.x - 120, p.y - 120, 240, 240);
  room.fill(along(-SIDE - 0.25, [z[1], z[1] + 0.2], [0, top]), '#b4a78f');
  room.fill(across(z[1], [-SIDE - 0.25, -SIDE], [0, top]), '#cdbf9f');
  room.c.restore();
}

/** An iron bedstead, head to the wall, a pale blanket turned down over a white sheet and pillow. */
function bed(room: Room, x: Span, z: Span, head: 'left' | 'right', blanket: string) {
  const iron = '#3f3229';
  const [headX, footX] = head === 'left' ? x : [x[1], x[0]];
  const toward = head === 'left' ? 1 : -1;
  const rails = (at: number, low: number, high: number, bars: number) => {
    for (const zz of z) room.line([at, 0, zz], [at, high + 0.02, zz], 0.04, iron);
    room.line([at, high, z[0]], [at, high, z[1]], 0.035, iron);
    room.line([at, low, z[0]], [at, low, z[1]], 0.02, iron);
    for (let i = 1; i < bars; i += 1) {
      const zz = z[0] + ((z[1] - z[0]) * i) / bars;
      room.line([at, low, zz], [at, high, zz], 0.014, iron);
    }
  };
  room.shadow(x, z, 0.55);
  rails(headX, 0.55, 1.08, 6);
  // The blanket hangs over the side in soft folds, darker toward its hem; woven stripes cross it by the foot.
  const folds = room.folds(x, 0.3, z[0], shade(blanket, 0.95), shade(blanket, 0.82), 10);
  room.box(x, [0.22, 0.52], z, blanket, folds, shade(blanket, 0.78));
  const hang = room.c.createLinearGradient(
    0,
    room.at([x[0], 0.52, z[0]]).y,
    0,
    room.at([x[0], 0.22, z[0]]).y,
  );
  hang.addColorStop(0, 'rgba(70,45,30,0)');
  hang.addColorStop(1, 'rgba(70,45,30,0.3)');
  room.fill(across(z[0], x, [0.22, 0.52]), hang);
  room.line([x[0], 0.52, z[0]], [x[1], 0.52, z[0]], 0.012, shade(blanket, 1.06));
  for (const d of [0.18, 0.26]) {
    const stripe = ordered(footX + toward * d, footX + toward * (d + 0.04));
    room.fill(level(0.521, stripe, z), shade(blanket, 0.8));
    room.fill(across(z[0], stripe, [0.22, 0.521]), shade(blanket, 0.76));
  }
  room.fill(level(0.53, ordered(headX + toward * 0.56, headX + toward * 0.8), z), '#f4f0e6');
  room.line(
    [headX + toward * 0.8, 0.535, z[0]],
    [headX + toward * 0.8, 0.535, z[1]],
    0.015,
    shade(blanket, 0.7),
  );
  room.c.save();
  room.c.lineJoin = 'round';
  room.c.lineWidth = 12;
  room.c.strokeStyle = '#f7f3ea';
  const pillow: Span = head === 'left' ? [headX + 0.08, headX + 0.5] : [headX - 0.5, headX - 0.08];
  room.fill(level(0.6, pillow, [z[0] + 0.14, z[1] - 0.14]), '#f7f3ea');
  room.c.stroke();
  room.c.restore();
  rails(footX, 0.56, 0.8, 4);
  room.line([headX, 0.2, z[0]], [footX, 0.2, z[0]], 0.02, iron);
}

const ordered = (a: number, b: number): Span => (a < b ? [a, b] : [b, a]);

/** Kathy's collection chest: dark wood, brass corners and a hasp, at the foot of the near bed. */
function paintChest(room: Room) {
  room.shadow([0.45, 1.1], [3.45, 4.05], 0.6);
  const grain = room.folds([0.45, 1.1], 0.2, 3.45, '#835a3e', '#74503a', 9);
  room.box([0.45, 1.1], [0, 0.4], [3.45, 4.05], '#6e4a32', grain, '#5a3c29');
  room.box([0.42, 1.13], [0.4, 0.48], [3.42, 4.08], '#8d6446', '#6a4630', '#58402e');
  for (const x of [0.45, 1.08])
    room.box([x, x + 0.02], [0.02, 0.46], [3.41, 3.42], '#c9a25a', '#c9a25a', '#b08a48');
  room.box([0.745, 0.805], [0.3, 0.46], [3.4, 3.41], '#d8b26a', '#c9a25a', '#b08a48');
}

/** A portable cassette player: two speaker grilles, the tape window between them, a carrying handle. */
function paintCassettePlayer(room: Room) {
  const [x0, x1, z] = [-0.8, -0.56, 5.74];
  room.box([x0, x1], [0.75, 0.87], [z, z + 0.1], '#55504a', '#3b3633', '#2f2b29');
  for (const cx of [x0 + 0.04, x1 - 0.04]) {
    const p = room.at([cx, 0.805, z]);
    room.c.fillStyle = '#1f1c1a';
    room.c.beginPath();
    room.c.arc(p.x, p.y, (0.034 * EYE.f) / z, 0, Math.PI * 2);
    room.c.fill();
  }
  room.fill(across(z, [x0 + 0.085, x1 - 0.085], [0.785, 0.845]), '#b7a995');
  const handle: V3[] = [
    [x0 + 0.03, 0.87, z + 0.05],
    [x0 + 0.05, 0.92, z + 0.05],
    [x1 - 0.05, 0.92, z + 0.05],
    [x1 - 0.03, 0.87, z + 0.05],
  ];
  handle.slice(1).forEach((p, i) => {
    room.line(handle[i] ?? p, p, 0.008, '#2f2b29');
  });
}
