/**
 * The glass-fronted office on Cromer's high street, from the far pavement: one great sheet of glass from floor to
 * ceiling, so the whole inside shows at once like a doll's house with its front off. A tired blue carpet, white
 * desks, cream filing cabinets, a tall plant in a pot, a calendar on the back wall; people moving between the
 * desks as soft shapes, and a woman at the desk nearest the window. Over it all the glass holds the sky and the
 * street behind us. Flint and brick neighbours,
 * sash windows above. Painted once with the rooms' pinhole camera; nothing moves but the wind in the awning.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import { linear } from './canvas-shapes.ts';
import { mix, shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { type Outdoor, onLand, outdoor, paintSky } from './outdoor.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, type Eye, level, Room, type Span } from './room.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: 0.3, y: 1.6, f: 760, cx: 640, cy: 330 };
/** The office front, across the road: the glass, the depth of the room behind it, the upper floor. */
const FRONT = 8.5;
const GLASS = { x: [-4.2, 4.4] as Span, y: [0.15, 3.1] as Span };
const DEPTH = 6.5;

export const paintCromerOffice: Painter = (scene, stage) => {
  const o = outdoor(stage);
  const key = paintedTexture(scene, `cromer-office-${stage.light}`, (c) => paint(c, o, seededRandom(1999)));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  return {
    root,
    destroy() {
      root.destroy(true);
    },
  };
};

function paint(c: Ctx, o: Outdoor, random: Random) {
  const room = new Room(c, EYE);
  paintSky(c, o, 200, random, { x: 1040, y: 60 });
  onLand(c, o.land, [], (l) => {
    const r = new Room(l, EYE);
    paintFacades(r, o, random);
    paintInterior(r, random);
    paintStreet(r, o);
  });
  paintGlass(room, random);
  grain(c, random, 8);
}

/** The office building and its neighbours: render and flint, the fascia with no name, sash windows above. */
function paintFacades(r: Room, o: Outdoor, random: Random) {
  const l = r.c;
  const z = FRONT;
  // The office's own building: pale render over the glass, two floors of sash windows, a parapet.
  r.fill(across(z, [GLASS.x[0] - 0.3, GLASS.x[1] + 0.3], [0, 9.6]), '#e2dccc');
  r.fill(across(z - 0.01, [GLASS.x[0] - 0.3, GLASS.x[1] + 0.3], [3.1, 3.7]), '#3e4a54');
  r.fill(across(z - 0.02, [GLASS.x[0] - 0.3, GLASS.x[1] + 0.3], [9.3, 9.6]), '#cfc8b6');
  for (const y of [4.4, 7.0])
    for (let i = 0; i < 4; i += 1) {
      const x = GLASS.x[0] + 0.5 + i * 2.15;
      r.fill(across(z - 0.01, [x, x + 1.1], [y, y + 1.8]), '#f0ece0');
      r.fill(
        across(z - 0.02, [x + 0.08, x + 1.02], [y + 0.08, y + 1.72]),
        linear(l, 0, 0, 0, 400, shade(o.sky[1], 0.7), shade(o.sky[0], 0.5)),
      );
      r.fill(across(z - 0.03, [x, x + 1.1], [y + 0.88, y + 0.94]), '#f0ece0');
      r.fill(across(z - 0.03, [x + 0.52, x + 0.58], [y, y + 1.8]), '#f0ece0');
      r.fill(across(z - 0.01, [x - 0.08, x + 1.18], [y - 0.12, y]), '#d0c8b4');
    }
  // To the left, a flint-faced building with a greengrocer's awning; to the right, red brick and a bank's door.
  r.fill(across(z + 0.2, [-14, GLASS.x[0] - 0.3], [0, 8.2]), '#9a958c');
  for (let i = 0; i < 900; i += 1) {
    const p = r.at([between(random, -14, GLASS.x[0] - 0.3), between(random, 3.4, 8.2), z + 0.2]);
    l.fillStyle = ['rgba(70,68,66,0.4)', 'rgba(215,210,200,0.4)', 'rgba(120,100,80,0.3)'][i % 3] ?? '';
    l.beginPath();
    l.ellipse(p.x, p.y, between(random, 1, 2.5), between(random, 1, 3), random(), 0, 7);
    l.fill();
  }
  r.fill(across(z + 0.19, [-9, GLASS.x[0] - 0.6], [0.2, 2.8]), '#3a4a42');
  r.fill(across(z + 0.18, [-8.6, GLASS.x[0] - 1], [0.5, 2.4]), '#58605a');
  for (let i = 0; i < 10; i += 1) {
    const x0 = -9 + i * ((GLASS.x[0] - 0.6 + 9) / 10);
    const x1 = x0 + (GLASS.x[0] - 0.6 + 9) / 10;
    r.fill(
      [
        [x0, 3.2, z + 0.15],
        [x1, 3.2, z + 0.15],
        [x1, 2.5, z - 1.4],
        [x0, 2.5, z - 1.4],
      ],
      i % 2 ? '#4f7a6a' : '#e8e0cc',
    );
  }
  for (let i = 0; i < 14; i += 1) {
    const x = -8.6 + i * 0.5;
    r.box(
      [x, x + 0.42],
      [0, 0.7],
      [z - 0.6, z - 0.1],
      ['#c84a3a', '#d8a840', '#7a9a4a', '#e8c060'][i % 4] ?? '#888',
      '#6a5a48',
      '#5a4a38',
    );
  }
  r.fill(across(z + 0.1, [GLASS.x[1] + 0.3, 14], [0, 7.6]), '#a5735d');
  for (let y = 0.3; y < 7.6; y += 0.3)
    r.line([GLASS.x[1] + 0.3, y, z + 0.09], [14, y, z + 0.09], 0.015, 'rgba(70,40,30,0.25)');
  r.fill(across(z + 0.08, [GLASS.x[1] + 1.4, GLASS.x[1] + 2.6], [0, 2.5]), '#2e3a44');
  r.fill(across(z + 0.07, [GLASS.x[1] + 3.3, GLASS.x[1] + 5.6], [0.9, 2.5]), '#56606a');
  for (const x of [GLASS.x[1] + 1.2, GLASS.x[1] + 3.6])
    r.fill(
      across(z + 0.07, [x, x + 1.1], [4.3, 6.0]),
      linear(l, 0, 0, 0, 400, shade(o.sky[1], 0.6), shade(o.sky[0], 0.45)),
    );
}

/** Behind the glass: the room lit evenly by strip lights, the desks and cabinets, people as soft shapes. */
function paintInterior(r: Room, random: Random) {
  const l = r.c;
  const [x, y] = [GLASS.x, GLASS.y];
  const back = FRONT + DEPTH;
  l.save();
  r.trace([across(FRONT, x, y)]);
  l.clip();
  r.fill(across(back, [x[0] - 2, x[1] + 2], [0, 3.2]), '#e8e4d6');
  r.fill(level(3.1, [x[0] - 2, x[1] + 2], [FRONT, back]), '#f0eee6');
  for (let zz = FRONT + 1; zz < back; zz += 1.6) r.fill(level(3.09, [-2.5, 2.5], [zz, zz + 0.3]), '#fffef6');
  r.fill(level(0, [x[0] - 2, x[1] + 2], [FRONT, back]), '#4e5e80');
  r.fill(across(back - 0.01, [-0.3, 0.4], [1.4, 2.2]), '#f4f0e6');
  r.fill(across(back - 0.02, [-0.25, 0.35], [1.85, 2.15]), '#d8a040');
  for (let i = 0; i < 5; i += 1)
    r.fill(across(back - 0.02, [-0.25, 0.35], [1.45 + i * 0.075, 1.47 + i * 0.075]), '#b8b0a0');
  // Filing cabinets along the back wall, creamy, four drawers each.
  for (let i = 0; i < 5; i += 1) {
    const cx = 1.2 + i * 0.55;
    r.box([cx, cx + 0.5], [0, 1.35], [back - 0.7, back - 0.05], '#e6ddc2', '#dcd2b4', '#c8bea0');
    for (let d = 0; d < 4; d += 1)
      r.line(
        [cx + 0.18, 0.25 + d * 0.32, back - 0.7],
        [cx + 0.32, 0.25 + d * 0.32, back - 0.7],
        0.02,
        '#8a8270',
      );
  }
  // Desks in two rows, each with a beige computer and papers, a chair pushed back.
  const desk = (dx: number, dz: number, monitor: boolean) => {
    r.box([dx, dx + 1.4], [0.72, 0.76], [dz, dz + 0.75], '#f2f0ea', '#d8d6ce', '#cac8c0');
    for (const lx of [dx + 0.05, dx + 1.35])
      r.line([lx, 0, dz + 0.05], [lx, 0.72, dz + 0.05], 0.04, '#9a9a96');
    if (monitor)
      r.box([dx + 0.5, dx + 0.9], [0.76, 1.12], [dz + 0.3, dz + 0.65], '#d8d2c0', '#c8c2b0', '#b8b2a0');
    r.fill(level(0.761, [dx + 0.1, dx + 0.4], [dz + 0.1, dz + 0.4]), '#fafaf4');
  };
  for (const [dx, dz, m] of [
    [-3.4, FRONT + 3.4, true],
    [-1.2, FRONT + 3.6, true],
    [1.6, FRONT + 3.3, false],
    [-2.6, FRONT + 1.6, true],
    [0.2, FRONT + 1.8, true],
  ] as const)
    desk(dx, dz, m);
  // The tall plant in its pot by the window, a rubber plant with big dark leaves.
  const [px, pz] = [3.4, FRONT + 0.9];
  r.box([px - 0.25, px + 0.25], [0, 0.55], [pz - 0.25, pz + 0.25], '#b8a888', '#a89878', '#988868');
  for (let i = 0; i < 22; i += 1) {
    const leaf = r.at([px + between(random, -0.5, 0.5), between(random, 0.8, 2.3), pz]);
    l.fillStyle = random() < 0.5 ? '#3e5a3a' : '#4e6e44';
    l.beginPath();
    l.ellipse(leaf.x, leaf.y, 9, 4, between(random, -0.9, 0.9), 0, Math.PI * 2);
    l.fill();
  }
  r.line([px, 0.5, pz], [px, 2.2, pz], 0.03, '#4a3a2a');
  // People: soft upright shapes walking with papers; one at the desk nearest the glass, on the telephone.
  l.filter = 'blur(2.5px)';
  const person = (fx: number, fz: number, hue: string, seated: boolean) => {
    const base = seated ? 0.5 : 0;
    r.taper([fx, base, fz], seated ? 0.2 : 0.17, base + (seated ? 0.75 : 1.45), 0.2, hue);
    const head = r.at([fx, base + (seated ? 0.88 : 1.6), fz]);
    l.fillStyle = '#6a5a50';
    l.beginPath();
    l.arc(head.x, head.y, (0.11 * EYE.f) / fz, 0, Math.PI * 2);
    l.fill();
  };
  person(-1.9, FRONT + 4.6, '#4a5a7a', false);
  person(1.0, FRONT + 5.0, '#8a6a5a', false);
  person(-0.6, FRONT + 2.7, '#b8a888', true);
  l.filter = 'none';
  // Indoors is dimmer than the street: the room sits a little in shadow behind its bright glass.
  l.fillStyle = 'rgba(50,56,70,0.22)';
  l.fillRect(0, 0, WIDTH, HEIGHT);
  l.restore();
  // The glazing bars: the sheet is divided only at its ends, and a slim door on the right.
  for (const bx of [x[0], x[1] - 1.0, x[1]])
    r.fill(across(FRONT - 0.01, [bx - 0.05, bx + 0.05], y), '#4a5056');
  r.fill(across(FRONT - 0.01, [x[0], x[1]], [y[0] - 0.15, y[0]]), '#4a5056');
}

/** The road between us and the office, the far kerb and pavement, and the edge of our own pavement. */
function paintStreet(r: Room, o: Outdoor) {
  const near = 2.6;
  r.fill(level(0.12, [-30, 30], [FRONT - 2.2, FRONT]), mix('#a8a296', o.sky[2], 0.15));
  r.fill(across(FRONT - 2.2, [-30, 30], [0, 0.12]), '#8a857c');
  r.fill(level(0, [-30, 30], [near, FRONT - 2.2]), linear(r.c, 0, EYE.cy, 0, HEIGHT, '#75767a', '#5a5c60'));
  for (const d of [0.2, 0.3])
    r.line([-30, 0.005, FRONT - 2.2 - d], [30, 0.005, FRONT - 2.2 - d], 0.06, '#c7a24c');
  // The white dashes down the middle of the road, and a drain grating by the far kerb.
  const middle = (near + FRONT - 2.2) / 2;
  for (let x = -14; x < 14; x += 3)
    r.fill(level(0.004, [x, x + 1.6], [middle - 0.05, middle + 0.05]), 'rgba(235,232,222,0.7)');
  r.fill(level(0.005, [1.8, 2.3], [FRONT - 2.6, FRONT - 2.3]), '#3e3e3e');
  r.fill(level(0.12, [-30, 30], [1, near]), '#a09a8e');
  r.fill(across(near, [-30, 30], [0, 0.12]), '#8a857c');
  for (let x = -12; x < 12; x += 0.9) r.line([x, 0.125, 1], [x, 0.125, near], 0.02, 'rgba(80,74,66,0.3)');
}

/** The glass itself: the sky and the street behind us laid over the office, strongest at the top. */
function paintGlass(room: Room, random: Random) {
  const { c } = room;
  const glass = across(FRONT - 0.02, GLASS.x, GLASS.y);
  const top = room.at([0, GLASS.y[1], FRONT]).y;
  const bottom = room.at([0, GLASS.y[0], FRONT]).y;
  c.save();
  room.trace([glass]);
  c.clip();
  c.fillStyle = linear(c, 0, top, 0, bottom, 'rgba(230,236,240,0.42)', 'rgba(200,210,215,0.06)');
  c.fillRect(0, top, WIDTH, bottom - top);
  // The street behind us, upside down in the glass: a faint line of rooftops.
  c.fillStyle = 'rgba(80,86,92,0.12)';
  c.beginPath();
  c.moveTo(0, top);
  for (let px = 0; px <= WIDTH; px += 40) c.lineTo(px, top + 40 + Math.floor(random() * 3) * 10);
  c.lineTo(WIDTH, top);
  c.fill();
  // Long diagonal sheens where the light catches the pane.
  for (const [a, w] of [
    [260, 140],
    [620, 60],
    [880, 200],
  ] as const) {
    c.fillStyle = 'rgba(255,255,255,0.09)';
    c.beginPath();
    c.moveTo(a, top);
    c.lineTo(a + w, top);
    c.lineTo(a + w - 160, bottom);
    c.lineTo(a - 160, bottom);
    c.fill();
  }
  c.restore();
}
