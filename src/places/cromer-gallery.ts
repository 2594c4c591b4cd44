/**
 * The little gallery down a side street in Cromer: a shop, really, selling paintings of the sea to people who
 * live beside it. Carpeted and very quiet; white walls hung close with small pictures (boats on sand, a
 * lighthouse, beach huts, a harbour) each under its own little spotlight, and on the back wall one big grey sea
 * laid on in thick, cross strokes; the desk at the back where a man sits and decides we won't buy anything;
 * the street window on the right letting in a flat sea light. Painted once with the rooms' pinhole camera;
 * only the dust turns in the window light.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import { light, relight } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';
import { addLampAndDust, MOODS, type Mood } from './room-mood.ts';

type Ctx = CanvasRenderingContext2D;
const [LEFT, RIGHT, BACK, CEILING] = [-2.6, 2.4, 6.4, 2.8];
const EYE: Eye = { x: -0.1, y: 1.55, f: 760, cx: 620, cy: 300 };
const MOOD: Mood = { ...MOODS.day, ambient: '#b4b4ae', sun: 0.35, lamp: 0 };
/** A picture on a wall: the wall (`x` for a side wall, or the back), where along it, how big, what of. */
interface Picture {
  readonly wall: 'left' | 'back';
  readonly at: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly subject: (c: Ctx, box: Box, random: Random) => void;
}
type Box = { x: number; y: number; w: number; h: number };

const PICTURES: readonly Picture[] = [
  { wall: 'left', at: 2.2, y: 1.35, w: 0.5, h: 0.4, subject: boatOnSand },
  { wall: 'left', at: 3.1, y: 1.3, w: 0.34, h: 0.5, subject: lighthouse },
  { wall: 'left', at: 3.9, y: 1.4, w: 0.5, h: 0.36, subject: beachHuts },
  { wall: 'left', at: 4.8, y: 1.35, w: 0.44, h: 0.4, subject: boatOnSand },
  { wall: 'left', at: 5.65, y: 1.3, w: 0.36, h: 0.46, subject: harbour },
  { wall: 'back', at: -0.55, y: 1.05, w: 1.7, h: 1.1, subject: greySea },
  { wall: 'back', at: -2.15, y: 1.35, w: 0.4, h: 0.5, subject: lighthouse },
  { wall: 'back', at: 1.5, y: 1.4, w: 0.55, h: 0.4, subject: harbour },
];

export const paintCromerGallery: Painter = (scene) => {
  const key = paintedTexture(scene, 'cromer-gallery', (c) =>
    paintGallery(new Room(c, EYE), seededRandom(1994)),
  );
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  addLampAndDust(scene, root, { x: 1000, y: 360 }, MOOD, { min: 900, max: 1260 });
  return {
    root,
    destroy() {
      root.destroy(true);
    },
  };
};

/** The corners of a picture in the room, whichever wall it hangs on. */
function frameOf(p: Picture, inset = 0): V3[] {
  const y: Span = [p.y + inset, p.y + p.h - inset];
  if (p.wall === 'back') return across(BACK - 0.02, [p.at + inset, p.at + p.w - inset], y);
  return along(LEFT + 0.02, [p.at + inset, p.at + p.w - inset], y);
}

function paintGallery(room: Room, random: Random) {
  const { c } = room;
  c.fillStyle = '#e8e6e0';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  room.fill(level(CEILING, [LEFT, RIGHT], [0.5, BACK]), '#eeece6');
  room.fill(across(BACK, [LEFT, RIGHT], [0, CEILING]), '#f0eee8');
  room.fill(along(LEFT, [0.5, BACK], [0, CEILING]), '#e8e6de');
  room.fill(along(RIGHT, [BACK, 0.5], [0, CEILING]), '#eceae4');
  // Blue-grey carpet, a white skirting, and the lighting track along the ceiling with its little spots.
  room.fill(level(0, [LEFT, RIGHT], [0.5, BACK]), '#7e8690');
  for (let i = 0; i < 2400; i += 1) {
    const p = room.at([between(random, LEFT, RIGHT), 0, between(random, 1.1, BACK)]);
    room.c.fillStyle = random() < 0.5 ? 'rgba(40,46,56,0.18)' : 'rgba(200,206,214,0.14)';
    room.c.fillRect(p.x, p.y, 2, 1.5);
  }
  c.save();
  c.filter = 'blur(12px)';
  room.fill(along(LEFT + 0.02, [0.5, BACK], [0, 0.25]), 'rgba(60,66,76,0.3)');
  room.fill(across(BACK - 0.02, [LEFT, RIGHT], [0, 0.25]), 'rgba(60,66,76,0.3)');
  c.restore();
  for (const [points, hue] of [
    [along(LEFT + 0.005, [0.5, BACK], [0, 0.1]), '#f4f2ec'],
    [across(BACK - 0.005, [LEFT, RIGHT], [0, 0.1]), '#f4f2ec'],
  ] as const)
    room.fill(points, hue);
  room.line([LEFT + 0.8, CEILING - 0.02, 1.2], [LEFT + 0.8, CEILING - 0.02, BACK - 0.3], 0.03, '#3a3a3a');
  room.line(
    [LEFT + 0.8, CEILING - 0.02, BACK - 0.8],
    [RIGHT - 0.6, CEILING - 0.02, BACK - 0.8],
    0.03,
    '#3a3a3a',
  );
  paintWindow(room);
  for (const p of PICTURES) paintPicture(room, p, random);
  paintDesk(room);
  // A low bench in the middle of the room, for looking at the sea without buying it.
  room.shadow([-0.9, 0.5], [3.6, 4.1], 0.35, 10);
  for (const x of [-0.8, 0.4]) room.box([x, x + 0.08], [0, 0.38], [3.65, 4.05], '#4a4a4a', '#3a3a3a', '#444');
  room.box([-0.9, 0.5], [0.38, 0.46], [3.6, 4.1], '#5a6472', '#4a525e', '#525a66');
  // The light: flat and cool from the window on the right, and a warm pool under each spot.
  const win = project(EYE, [RIGHT, 1.4, 3.2]);
  const pools = PICTURES.map((p) => {
    const [a, , b] = frameOf(p);
    const [pa, pb] = [room.at(a ?? [0, 0, 1]), room.at(b ?? [0, 0, 1])];
    return {
      x: (pa.x + pb.x) / 2,
      y: (pa.y + pb.y) / 2,
      r: Math.abs(pb.x - pa.x) * 1.1 + 40,
      color: 'rgba(120,100,70,0.55)',
    };
  });
  relight(c, MOOD.ambient, [{ x: win.x, y: win.y + 80, r: 760, color: 'rgba(90,96,100,0.9)' }, ...pools]);
  for (const p of PICTURES) {
    const [pa, pb] = [room.at(frameOf(p)[3] ?? [0, 0, 1]), room.at(frameOf(p)[1] ?? [0, 0, 1])];
    // Each spot throws a soft oval that spills past the frame's top.
    const [cx, cy] = [(pa.x + pb.x) / 2, pa.y - 6];
    const g = c.createRadialGradient(cx, cy, 0, cx, cy, Math.abs(pb.x - pa.x) * 0.9 + 20);
    g.addColorStop(0, 'rgba(255,236,200,0.35)');
    g.addColorStop(1, 'rgba(255,236,200,0)');
    c.save();
    c.globalCompositeOperation = 'screen';
    c.fillStyle = g;
    c.fillRect(cx - 300, cy - 300, 600, 600);
    c.restore();
  }
  grain(c, random, 8);
}

/** The street window on the right: a big plain pane, the white street light beyond, the door's push bar. */
function paintWindow(room: Room) {
  const z: Span = [1.4, 4.6];
  room.fill(along(RIGHT, [z[1] + 0.1, z[0] - 0.1], [0.3, 2.5]), '#d8d6d0');
  room.fill(along(RIGHT - 0.01, [z[1], z[0]], [0.4, 2.4]), '#dfe6ea');
  light(
    room.c,
    'blur(18px)',
    0.6,
    () => room.trace([along(RIGHT - 0.02, [z[1] - 0.2, z[0] + 0.2], [0.6, 2.2])]),
    '#f4f8fa',
  );
  // Across the street: the faint shapes of a shop front and a railing, washed out by the light.
  room.fill(along(RIGHT - 0.015, [z[1] - 0.1, z[0] + 0.3], [0.4, 1.3]), 'rgba(150,140,120,0.25)');
  for (let zz = z[0] + 0.3; zz < z[1]; zz += 0.25)
    room.line([RIGHT - 0.015, 0.9, zz], [RIGHT - 0.015, 1.1, zz], 0.015, 'rgba(90,90,90,0.25)');
  room.fill(along(RIGHT - 0.02, [2.55, 2.45], [0.4, 2.4]), '#5a5a58');
  room.line([RIGHT - 0.05, 1.05, 2.3], [RIGHT - 0.05, 1.05, 1.7], 0.025, '#b8b0a0');
}

function paintPicture(room: Room, p: Picture, random: Random) {
  const { c } = room;
  room.fill(frameOf(p), p.subject === greySea ? '#e8e2d4' : '#6a5a48');
  room.fill(frameOf(p, 0.035), '#f4f0e8');
  const inner = frameOf(p, p.subject === greySea ? 0.04 : 0.07);
  // The picture itself is drawn flat and then fitted to its place on the wall through a transform.
  const [tl, tr, , bl] = [inner[3], inner[2], inner[1], inner[0]].map((q) => room.at(q ?? [0, 0, 1]));
  if (!tl || !tr || !bl) return;
  const [w, h] = [200, (200 * (p.h - 0.14)) / (p.w - 0.14)];
  c.save();
  room.trace([inner]);
  c.clip();
  c.transform((tr.x - tl.x) / w, (tr.y - tl.y) / w, (bl.x - tl.x) / h, (bl.y - tl.y) / h, tl.x, tl.y);
  p.subject(c, { x: 0, y: 0, w, h }, random);
  c.restore();
  // The little spot on the track above it.
  const [a] = frameOf(p);
  if (!a) return;
  const spot: V3 =
    p.wall === 'back'
      ? [p.at + p.w / 2, CEILING - 0.08, BACK - 0.8]
      : [LEFT + 0.8, CEILING - 0.08, p.at + p.w / 2];
  room.taper(spot, 0.04, spot[1] - 0.1, 0.06, '#2e2e2e');
}

function paintDesk(room: Room) {
  const [x, z]: [Span, Span] = [
    [0.7, 1.9],
    [5.3, 5.9],
  ];
  room.shadow(x, z, 0.4);
  room.box(x, [0, 0.74], z, '#8a7a66', '#7a6a58', '#6a5a48');
  // The man at the desk, head down over a ledger: a soft grey shape against the wall, no more.
  room.c.save();
  room.c.filter = 'blur(2px)';
  room.taper([1.35, 0.74, 5.75], 0.24, 1.3, 0.17, '#5a5e66');
  const head = room.at([1.33, 1.38, 5.75]);
  room.c.fillStyle = '#6a6460';
  room.c.beginPath();
  room.c.arc(head.x, head.y, (0.1 * EYE.f) / 5.75, 0, Math.PI * 2);
  room.c.fill();
  room.c.restore();
  room.fill(level(0.741, [0.85, 1.25], [5.35, 5.6]), '#ece6d8');
  room.box([1.6, 1.64], [0.74, 1.1], [5.6, 5.64], '#3a3a3a', '#3a3a3a', '#3a3a3a');
  room.taper([1.56, 1.08, 5.62], 0.04, 1.16, 0.08, '#3a4a3a');
}

// The pictures: simple seaside subjects in a few strokes each, drawn into a 200-wide box.

function sky(c: Ctx, b: Box, top: string, bottom: string, horizon: number) {
  const g = c.createLinearGradient(0, 0, 0, b.h * horizon);
  g.addColorStop(0, top);
  g.addColorStop(1, bottom);
  c.fillStyle = g;
  c.fillRect(0, 0, b.w, b.h);
}

function boatOnSand(c: Ctx, b: Box, random: Random) {
  sky(c, b, '#9ab4c8', '#e4e0d0', 0.55);
  c.fillStyle = '#7a98a4';
  c.fillRect(0, b.h * 0.5, b.w, b.h * 0.08);
  c.fillStyle = '#d8c49a';
  c.fillRect(0, b.h * 0.58, b.w, b.h);
  const x = between(random, 50, 110);
  c.fillStyle = '#3a5a7a';
  c.beginPath();
  c.moveTo(x, b.h * 0.7);
  c.lineTo(x + 70, b.h * 0.66);
  c.lineTo(x + 60, b.h * 0.8);
  c.lineTo(x + 10, b.h * 0.8);
  c.fill();
  c.fillStyle = '#f0ece0';
  c.fillRect(x + 10, b.h * 0.77, 50, 4);
  c.fillStyle = '#5a4a3a';
  c.fillRect(x + 32, b.h * 0.3, 3, b.h * 0.38);
}

function lighthouse(c: Ctx, b: Box) {
  sky(c, b, '#a8b8c4', '#e8e4d8', 0.7);
  c.fillStyle = '#8aa0a8';
  c.fillRect(0, b.h * 0.72, b.w, b.h);
  c.fillStyle = '#6a7a5a';
  c.beginPath();
  c.moveTo(0, b.h * 0.75);
  c.lineTo(b.w * 0.7, b.h * 0.68);
  c.lineTo(b.w, b.h * 0.74);
  c.lineTo(b.w, b.h);
  c.lineTo(0, b.h);
  c.fill();
  const [x, base, top] = [b.w * 0.55, b.h * 0.7, b.h * 0.2];
  c.fillStyle = '#f2eee4';
  c.beginPath();
  c.moveTo(x - 14, base);
  c.lineTo(x - 9, top);
  c.lineTo(x + 9, top);
  c.lineTo(x + 14, base);
  c.fill();
  c.fillStyle = '#b03a30';
  for (const t of [0.25, 0.6]) c.fillRect(x - 14, top + (base - top) * t, 28, (base - top) * 0.14);
  c.fillStyle = '#2a2a2a';
  c.fillRect(x - 10, top - 14, 20, 14);
}

function beachHuts(c: Ctx, b: Box) {
  sky(c, b, '#b4c8d4', '#ece8dc', 0.5);
  c.fillStyle = '#8aa870';
  c.fillRect(0, b.h * 0.5, b.w, b.h);
  ['#c84a3a', '#e8d070', '#5a8ab0', '#f0ece0', '#7ab08a'].forEach((hue, i) => {
    const x = 14 + i * 36;
    c.fillStyle = hue;
    c.fillRect(x, b.h * 0.48, 26, b.h * 0.3);
    c.beginPath();
    c.moveTo(x - 3, b.h * 0.48);
    c.lineTo(x + 13, b.h * 0.36);
    c.lineTo(x + 29, b.h * 0.48);
    c.fill();
    c.fillStyle = shade(hue, 0.6);
    c.fillRect(x + 8, b.h * 0.56, 10, b.h * 0.22);
  });
}

function harbour(c: Ctx, b: Box, random: Random) {
  sky(c, b, '#c8b898', '#ecdcc0', 0.45);
  c.fillStyle = '#6a8a90';
  c.fillRect(0, b.h * 0.45, b.w, b.h);
  c.fillStyle = '#8a7a6a';
  c.fillRect(0, b.h * 0.4, b.w * 0.6, b.h * 0.1);
  for (let i = 0; i < 4; i += 1) {
    const x = between(random, 10, 170);
    const y = between(random, b.h * 0.55, b.h * 0.85);
    c.fillStyle = ['#e8e2d4', '#b84a3a', '#3a4a6a', '#d8b84a'][i] ?? '#eee';
    c.fillRect(x, y, 22, 6);
    c.fillStyle = 'rgba(255,255,255,0.25)';
    c.fillRect(x, y + 8, 22, 2);
  }
}

/** The big one: a grey sea under a grey sky, put on with a knife in thick lumps, whiter where the waves break. */
function greySea(c: Ctx, b: Box, random: Random) {
  const horizon = b.h * 0.42;
  sky(c, b, '#70787e', '#b8bcb8', 0.42);
  c.fillStyle = '#56626a';
  c.fillRect(0, horizon, b.w, b.h);
  for (let i = 0; i < 520; i += 1) {
    const y = between(random, 0, b.h);
    const sea = y > horizon;
    const t = sea ? (y - horizon) / (b.h - horizon) : y / horizon;
    const base = sea ? mix('#6a767c', '#36424a', t) : mix('#646c72', '#c4c8c2', t);
    const crest = sea && random() < 0.16 + t * 0.1;
    c.fillStyle = crest ? mix(base, '#eeeee8', 0.7) : mix(base, random() < 0.5 ? '#283238' : '#a4acac', 0.28);
    c.save();
    c.translate(between(random, -10, b.w + 10), y);
    c.rotate(sea ? between(random, -0.18, 0.12) : between(random, -0.06, 0.06));
    const long = between(random, 14, 46) * (sea ? 0.6 + t * 0.8 : 1.2);
    c.fillRect(-long / 2, -2, long, between(random, 2.5, 4 + t * 5));
    c.restore();
  }
}
