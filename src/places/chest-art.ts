/**
 * Kathy's collection chest, open, seen from above and a little in front: the lid raised at the back with a
 * faded paper lining, the wooden walls, and a rose cloth laid inside on which the keepsakes rest. A lamp off to
 * the left warms that side and throws the left wall's shadow across the cloth. Painted once onto a canvas; the
 * keepsakes are placed by the caller at `slots`, three rows of three, spaced so that no two objects (180×130
 * drawn at CHEST_KEEPSAKE_SCALE) overlap and all of them stay above the chest's list (the lowest reaches y ≈ 500).
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { relight } from './canvas-light.ts';
import { canvas2d, dotTexture, glowTexture, HEIGHT, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';

type Ctx = CanvasRenderingContext2D;
type Point = readonly [number, number];
/** An outline as its back left, back right, front right and front left corners. */
type Quad = readonly [Point, Point, Point, Point];

const quad = (
  back: number,
  left: number,
  right: number,
  front: number,
  frontLeft: number,
  frontRight: number,
): Quad => [
  [left, back],
  [right, back],
  [frontRight, front],
  [frontLeft, front],
];
/** The chest's rim (outer edge), the inner edge of the rim, and where its floor meets the walls. */
const RIM = quad(112, 168, 1112, 612, 104, 1176);
const INNER = quad(134, 192, 1088, 598, 130, 1150);
const FLOOR = quad(168, 232, 1048, 606, 150, 1130);

/** How large the keepsakes lie in the chest, against their drawn size: small enough for three rows above the list. */
export const CHEST_KEEPSAKE_SCALE = 0.9;

const SLOTS: readonly { x: number; y: number }[] = [
  { x: 398, y: 210 },
  { x: 640, y: 214 },
  { x: 882, y: 208 },
  { x: 386, y: 326 },
  { x: 634, y: 330 },
  { x: 886, y: 324 },
  { x: 402, y: 442 },
  { x: 648, y: 438 },
  { x: 878, y: 444 },
];

export function paintChest(scene: Phaser.Scene): {
  root: Phaser.GameObjects.Container;
  slots: readonly { x: number; y: number }[];
} {
  const key = paintedTexture(scene, 'collection-chest', (c) => paint(c, seededRandom(1984)));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  // The lamp's warmth on the left, and a few motes turning in it.
  const warmth = scene.add
    .image(-40, 260, glowTexture(scene))
    .setScale(5, 4)
    .setTint(0xffc884)
    .setAlpha(0.22);
  root.add(warmth.setBlendMode(Phaser.BlendModes.ADD));
  root.add(
    scene.add.particles(0, 0, dotTexture(scene), {
      x: { min: 40, max: 520 },
      y: { min: 40, max: 560 },
      speedX: { min: -4, max: 6 },
      speedY: { min: -6, max: 2 },
      lifespan: { min: 6000, max: 10000 },
      scale: { min: 0.12, max: 0.26 },
      alpha: { start: 0, end: 0.4, ease: 'Sine.easeInOut' },
      tint: 0xffe2b0,
      blendMode: Phaser.BlendModes.ADD,
      frequency: 700,
    }),
  );
  return { root, slots: SLOTS };
}

/** A polygon, given as points or as a flat list of x, y pairs, as the current path; filled if given a style. */
function polygon(c: Ctx, points: readonly Point[] | readonly number[], style?: string | CanvasGradient) {
  const flat = points.flat();
  c.beginPath();
  for (let i = 0; i < flat.length; i += 2) c.lineTo(flat[i] ?? 0, flat[i + 1] ?? 0);
  c.closePath();
  if (style === undefined) return;
  c.fillStyle = style;
  c.fill();
}

/** Fine wavy grain across everything below y0 (clip first), running along the boards. */
function woodGrain(c: Ctx, random: Random, y0: number, y1: number) {
  for (let y = y0; y < y1; y += between(random, 2, 5)) {
    c.strokeStyle = random() < 0.5 ? 'rgba(50,28,14,0.18)' : 'rgba(255,220,170,0.08)';
    c.lineWidth = between(random, 0.6, 1.6);
    c.beginPath();
    const phase = random() * 10;
    for (let x = 0; x <= WIDTH; x += 24) c.lineTo(x, y + Math.sin(x / 90 + phase) * 2.5);
    c.stroke();
  }
}

/** Fills `points` with wood: a base colour and its grain. */
function board(c: Ctx, random: Random, points: readonly Point[], color: string) {
  const ys = points.map(([, y]) => y);
  c.save();
  polygon(c, points, color);
  c.clip();
  woodGrain(c, random, Math.min(...ys), Math.max(...ys));
  c.restore();
}

function paint(c: Ctx, random: Random) {
  // The floor the chest stands on: dark boards under the lamp.
  c.fillStyle = '#4a3222';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  for (let x = -40; x < WIDTH; x += 120) {
    c.fillStyle = `rgba(${90 + Math.floor(random() * 30)},60,38,0.5)`;
    c.fillRect(x, 0, 118, HEIGHT);
  }
  woodGrain(c, random, 0, HEIGHT);
  // A soft shadow of the whole chest on the floor, thrown right by the lamp.
  c.save();
  c.filter = 'blur(26px)';
  polygon(c, [228, 30, 1182, 30, 1236, HEIGHT, 144, HEIGHT], 'rgba(20,10,4,0.6)');
  c.restore();

  paintLid(c, random);
  // The outer front face under the rim, with its brass hasp.
  const [, , frontRight, frontLeft] = RIM;
  board(
    c,
    random,
    [frontLeft, frontRight, [frontRight[0] - 6, HEIGHT + 10], [frontLeft[0] + 6, HEIGHT + 10]],
    '#6b4428',
  );
  polygon(c, [612, 612, 668, 612, 664, 676, 616, 676], '#b58a44');
  polygon(c, [626, 640, 654, 640, 654, 666, 626, 666], '#7d5a2a');
  // The rim, then the inner walls: back (facing us), left (in the lamp's shadow), right (lit).
  polygon(c, RIM, '#a47a52');
  board(c, random, [INNER[0], INNER[1], FLOOR[1], FLOOR[0]], '#6f4a2e');
  board(c, random, [INNER[0], FLOOR[0], FLOOR[3], INNER[3]], '#4f3320');
  board(c, random, [INNER[1], FLOOR[1], FLOOR[2], INNER[2]], '#8d6342');

  paintCloth(c, random);

  // Light along the rim's lit edges, brass corner pieces, and the hinges up to the lid.
  c.strokeStyle = 'rgba(255,226,180,0.5)';
  c.lineWidth = 2;
  c.beginPath();
  for (const [x, y] of [RIM[3], RIM[0], RIM[1]]) c.lineTo(x + 2, y + 1);
  c.stroke();
  for (const [x, y] of RIM) {
    const [dx, dy] = [x < WIDTH / 2 ? 1 : -1, y < HEIGHT / 2 ? 1 : -1];
    polygon(c, [x, y, x + dx * 46, y, x + dx * 40, y + dy * 10, x + dx * 8, y + dy * 20], '#c29a52');
  }
  for (const x of [330, 950]) polygon(c, [x - 24, 104, x + 24, 104, x + 24, 126, x - 24, 126], '#9c7a3e');

  relight(c, '#b49a86', [
    { x: 60, y: 240, r: 1100, color: 'rgba(110,80,40,1)' },
    { x: 420, y: 380, r: 520, color: 'rgba(60,40,20,0.6)' },
  ]);
  grain(c, random, 8);
}

/** The raised lid, seen from its inside: a board lined with faded rosebud paper, a few scraps pinned up. */
function paintLid(c: Ctx, random: Random) {
  const [[left, back], [right]] = RIM;
  const lid: Point[] = [
    [left - 8, back],
    [right + 8, back],
    [right - 40, 0],
    [left + 40, 0],
  ];
  board(c, random, lid, '#7a5234');
  c.save();
  polygon(c, lid);
  c.clip();
  polygon(c, [left + 26, back - 14, right - 26, back - 14, right - 60, -4, left + 60, -4], '#e6d4bc');
  // Rosebuds in a half-drop repeat, each a bud and two leaves.
  for (let row = 0; row < 5; row += 1) {
    for (let x = left + 40 + (row % 2) * 23; x < right - 30; x += 46) {
      const y = 10 + row * 22;
      c.fillStyle = 'rgba(150,165,120,0.55)';
      c.beginPath();
      c.ellipse(x - 4, y + 3, 3.5, 1.6, -0.6, 0, Math.PI * 2);
      c.ellipse(x + 4, y + 3, 3.5, 1.6, 0.6, 0, Math.PI * 2);
      c.fill();
      c.fillStyle = 'rgba(196,120,112,0.7)';
      c.beginPath();
      c.arc(x, y, 3.2, 0, Math.PI * 2);
      c.fill();
    }
  }
  // Scraps pinned to the lining: a pale sketch, a bus ticket, a pressed flower.
  const scraps = [300, 30, 90, 60, -0.06, 980, 38, 70, 34, 0.08, 760, 24, 54, 70, 0.04];
  for (let i = 0; i < scraps.length; i += 5) {
    const [x, y, w, h, tilt] = scraps.slice(i, i + 5) as [number, number, number, number, number];
    c.save();
    c.translate(x, y);
    c.rotate(tilt);
    c.shadowColor = 'rgba(40,20,10,0.35)';
    c.shadowBlur = 6;
    c.shadowOffsetY = 3;
    c.fillStyle = ['#f4eee0', '#d8c7a0', '#efe6d2'][i / 5] ?? '#f4eee0';
    c.fillRect(-w / 2, -h / 2, w, h);
    c.shadowColor = 'rgba(0,0,0,0)';
    c.fillStyle = '#b04a3c';
    c.beginPath();
    c.arc(0, -h / 2 + 5, 2.5, 0, Math.PI * 2);
    c.fill();
    c.restore();
  }
  c.strokeStyle = 'rgba(90,70,50,0.55)';
  c.lineWidth = 1;
  c.beginPath();
  c.ellipse(300, 34, 24, 14, 0, 0, Math.PI * 2);
  c.moveTo(752, 50);
  c.quadraticCurveTo(760, 20, 766, 0);
  c.stroke();
  // The lid's own shadow deepening toward the hinge.
  const shade = c.createLinearGradient(0, 0, 0, back);
  shade.addColorStop(0, 'rgba(30,15,5,0)');
  shade.addColorStop(1, 'rgba(30,15,5,0.45)');
  c.fillStyle = shade;
  c.fillRect(0, 0, WIDTH, back);
  c.restore();
}

/** The rose cloth: laid over the chest's floor, rucked in soft folds, its hem hanging over the front. */
function paintCloth(c: Ctx, random: Random) {
  const [[bl, back], [br], [fr, front], [fl]] = FLOOR;
  c.save();
  const base = c.createLinearGradient(bl, 0, br, 0);
  base.addColorStop(0, '#c99590');
  base.addColorStop(0.5, '#dcaaa3');
  base.addColorStop(1, '#d7a39c');
  polygon(c, [bl - 8, back - 8, br + 8, back - 8, fr + 12, front, fl - 12, front], base);
  c.clip();
  // Folds are stroked sharp on a canvas of their own, then laid on through a single blur.
  const f = canvas2d();
  for (let i = 0; f && i < 26; i += 1) {
    const [x, y] = [between(random, fl, fr), between(random, back, front)];
    const length = between(random, 120, 320);
    const angle = between(random, -0.5, 0.5) + (i % 2 ? 0.9 : -0.2);
    const [dx, dy] = [Math.cos(angle) * length, Math.sin(angle) * length];
    f.strokeStyle = i % 3 ? 'rgba(255,232,225,0.35)' : 'rgba(120,60,60,0.3)';
    f.lineWidth = between(random, 10, 22);
    f.beginPath();
    f.moveTo(x - dx, y - dy);
    f.quadraticCurveTo(x + between(random, -40, 40), y + between(random, -40, 40), x + dx, y + dy);
    f.stroke();
  }
  c.filter = 'blur(14px)';
  if (f) c.drawImage(f.canvas, 0, 0);
  // The left wall's shadow across the cloth, and the dimness against the back wall.
  c.filter = 'blur(18px)';
  polygon(c, [bl - 20, back, bl + 90, back, fl + 90, front, fl - 20, front], 'rgba(70,30,30,0.35)');
  polygon(c, [bl, back - 20, br, back - 20, br, back + 36, bl, back + 36], 'rgba(70,30,30,0.3)');
  c.filter = 'none';
  // A woven texture: fine diagonal threads.
  c.strokeStyle = 'rgba(255,240,235,0.06)';
  c.lineWidth = 1;
  c.beginPath();
  for (let x = -HEIGHT; x < WIDTH; x += 5) {
    c.moveTo(x, 0);
    c.lineTo(x + HEIGHT, HEIGHT);
  }
  c.stroke();
  c.restore();
  // The hem, hanging over the front rim in shallow scallops.
  const rim = RIM[2][1];
  c.beginPath();
  c.moveTo(fl - 30, rim - 16);
  c.lineTo(fr + 30, rim - 16);
  for (let x = fr + 30; x >= fl - 30; x -= 40) c.quadraticCurveTo(x - 20, rim + 34, x - 40, rim + 20);
  c.closePath();
  c.fillStyle = '#c8938c';
  c.fill();
}
