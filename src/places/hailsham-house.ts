/**
 * Hailsham's main house from the drive: a long pale stone house of three storeys and many sash windows, a
 * pedimented centre with a porch, chimneys in rows, a plainer flat-roofed wing added later (with a fire escape,
 * which is what makes it a school), gravel, lawns, a cedar, and the woods dark behind. Painted once per light
 * and weather; only the weather moves. At dusk the windows come on, a few at a time. The growing things it
 * shares with the other outdoor places (`crowns`, `wood`, `bareTree`, `hedge`) are in trees.ts.
 */
import { between, type Random, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { shine } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { crowns, wood } from './trees.ts';

type Ctx = CanvasRenderingContext2D;

const [HORIZON, BASE] = [430, 456];
const STONE = '#dccfb4';
type Pane = { x: number; y: number; w: number; h: number };

export const paintHailshamHouse: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather);
  const key = paintedTexture(scene, `house-${stage.light}-${stage.weather}`, (c) => paintHouse(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const weather = addWeather(scene, root, a);
  return {
    root,
    update: (time) => weather(time),
    destroy() {
      root.destroy(true);
    },
  };
};

function paintHouse(c: Ctx, a: Air) {
  const random = seededRandom(1952);
  paintSky(c, a, HORIZON, random, { sun: { x: 1090, y: 250 }, moon: { x: 1020, y: 90 }, open: 190 });
  // The woods behind, some way off: hazed a little.
  land(
    c,
    a,
    (l) =>
      wood(l, random, 150, HORIZON, '#46553a', '#7d8a5c', [
        [0, 200, 40],
        [1130, 1300, 30],
      ]),
    [],
    0.2,
  );
  const panes: Pane[] = [];
  const sunlight = [{ x: 1090, y: 260, r: 900, color: `rgba(255,214,160,${a.sun * 0.55})` }];
  land(
    c,
    a,
    (l) => {
      paintGrounds(l, random);
      paintBuilding(l, panes);
    },
    sunlight,
  );
  // Windows lit from inside: more of them as it gets dark, warm behind the glazing bars.
  const share = a.lamps >= 1 ? 0.45 : a.lamps > 0.5 ? 0.35 : a.lamps > 0 ? 0.05 : 0;
  for (const pane of panes) if (random() < share) litWindow(c, pane, a);
  // What stands in front of the house: the cedar, laurels along its foot, two beeches on the right.
  land(
    c,
    a,
    (l) => {
      paintCedar(l, random);
      crowns(
        l,
        random,
        [
          { x: 1190, y: 330, size: 95, base: BASE + 14 },
          { x: 1262, y: 280, size: 110, base: BASE + 18 },
        ],
        '#4a5a36',
        '#8e9a64',
      );
      for (const [x, w] of [
        [170, 60],
        [380, 76],
        [880, 70],
        [1080, 50],
      ] as const)
        crowns(l, random, [{ x, y: BASE - 6, size: w / 2.4 }], '#33422c', '#6b7a4e');
    },
    sunlight,
  );
  if (a.lamps > 0.5) shine(c, 640, 392, 60, '#ffcf8a', a.lamps * 0.8);
  weatherOver(c, a, HORIZON, random);
  grain(c, random, 9);
}

function paintGrounds(l: Ctx, random: Random) {
  const lawn = l.createLinearGradient(0, HORIZON, 0, HEIGHT);
  lawn.addColorStop(0, '#9aa56c');
  lawn.addColorStop(1, '#6d7d48');
  l.fillStyle = lawn;
  l.fillRect(0, HORIZON - 6, WIDTH, HEIGHT - HORIZON + 6);
  // Mown stripes running from the house toward us, fanning out.
  for (let i = -9; i < 10; i += 2) {
    l.fillStyle = 'rgba(230,235,180,0.08)';
    l.beginPath();
    l.moveTo(640 + i * 60, BASE);
    l.lineTo(640 + (i + 1) * 60, BASE);
    l.lineTo(640 + (i + 1) * 260, HEIGHT);
    l.lineTo(640 + i * 260, HEIGHT);
    l.fill();
  }
  // The house's shadow lying on the grass and gravel below it, the sun being round to the right.
  l.fillStyle = 'rgba(40,50,30,0.18)';
  l.fillRect(150, BASE - 4, 960, 22);
  // The gravel: a sweep along the front of the house, and the drive coming from it toward us.
  const gravel = l.createLinearGradient(0, BASE, 0, HEIGHT);
  gravel.addColorStop(0, '#d9ceb8');
  gravel.addColorStop(1, '#b9ab92');
  l.fillStyle = gravel;
  l.beginPath();
  l.moveTo(230, BASE - 2);
  l.lineTo(1050, BASE - 2);
  l.quadraticCurveTo(1080, BASE + 22, 1020, BASE + 30);
  l.lineTo(760, BASE + 34);
  l.bezierCurveTo(820, 560, 980, 640, 1120, HEIGHT);
  l.lineTo(520, HEIGHT);
  l.bezierCurveTo(600, 620, 620, 540, 600, BASE + 34);
  l.lineTo(260, BASE + 30);
  l.quadraticCurveTo(200, BASE + 22, 230, BASE - 2);
  l.fill();
  for (let i = 0; i < 1400; i += 1) {
    const [x, y] = [between(random, 200, 1130), between(random, BASE, HEIGHT)];
    l.fillStyle = random() < 0.5 ? 'rgba(120,105,85,0.25)' : 'rgba(255,250,240,0.3)';
    l.fillRect(x, y, 1 + (y - BASE) / 120, 1 + (y - BASE) / 160);
  }
}

function paintBuilding(l: Ctx, panes: Pane[]) {
  const block = (x0: number, x1: number, top: number, color: string) => {
    const face = l.createLinearGradient(0, top, 0, BASE);
    face.addColorStop(0, color);
    face.addColorStop(1, shade(color, 0.86));
    l.fillStyle = face;
    l.fillRect(x0, top, x1 - x0, BASE - top);
    l.fillStyle = 'rgba(110,95,75,0.12)';
    for (let y = top + 9; y < BASE; y += 9) l.fillRect(x0, y, x1 - x0, 1);
    l.fillStyle = shade(color, 0.78);
    l.fillRect(x0, BASE - 12, x1 - x0, 12);
    // Quoins up the corners, and a string course at the first floor.
    l.fillStyle = mix(color, '#ffffff', 0.3);
    for (let y = top + 4, i = 0; y < BASE - 14; y += 12, i += 1)
      for (const x of [x0, x1 - 12 - (i % 2) * 6]) l.fillRect(x, y, 12 + (i % 2) * 6, 10);
    l.fillRect(x0, BASE - 88, x1 - x0, 4);
  };
  const roof = (x0: number, x1: number, eaves: number, rise: number, inset: number) => {
    l.fillStyle = '#6c6e73';
    l.beginPath();
    l.moveTo(x0 - 8, eaves);
    l.lineTo(x0 + inset, eaves - rise);
    l.lineTo(x1 - inset, eaves - rise);
    l.lineTo(x1 + 8, eaves);
    l.fill();
    l.fillStyle = '#e8decb';
    l.fillRect(x0 - 8, eaves - 2, x1 - x0 + 16, 8);
    l.fillStyle = 'rgba(60,50,40,0.3)';
    l.fillRect(x0, eaves + 6, x1 - x0, 5);
  };
  const chimney = (x: number, top: number, bottom: number) => {
    l.fillStyle = '#b7a68a';
    l.fillRect(x, top, 26, bottom - top);
    l.fillStyle = '#a08e72';
    l.fillRect(x - 3, top, 32, 6);
    l.fillStyle = '#7d5a44';
    for (const dx of [4, 15]) l.fillRect(x + dx, top - 9, 7, 9);
  };
  const windows = (x0: number, count: number, gap: number, rows: readonly (readonly [number, number])[]) => {
    for (const [y, h] of rows) for (let i = 0; i < count; i += 1) panes.push(sash(l, x0 + i * gap, y, 30, h));
  };
  // The later wing on the right: flatter, greyer render, a parapet instead of a roof, regular small windows.
  block(890, 1110, 300, '#cfc9bb');
  l.fillStyle = '#bdb6a6';
  l.fillRect(886, 292, 228, 12);
  windows(910, 5, 42, [
    [320, 42],
    [384, 42],
  ]);
  for (let i = 0; i < 5; i += 1) {
    const y = 300 + i * 31;
    l.strokeStyle = '#3a3632';
    l.lineWidth = 2;
    l.strokeRect(1114, y, 22, 2);
    l.beginPath();
    l.moveTo(1114, y + 2);
    l.lineTo(1136, y + 31);
    l.stroke();
  }
  // The old house: wing, main block, and its centre brought forward under a pediment.
  roof(160, 390, 290, 40, 40);
  block(160, 390, 290, STONE);
  windows(182, 4, 54, [
    [310, 48],
    [374, 56],
  ]);
  for (const x of [400, 470, 800, 860]) chimney(x, 118, 180);
  roof(380, 900, 224, 54, 60);
  block(380, 900, 224, STONE);
  for (const x0 of [402, 744]) {
    windows(x0, 3, 54, [
      [240, 32],
      [296, 50],
      [370, 58],
    ]);
  }
  block(568, 712, 210, mix(STONE, '#ffffff', 0.12));
  l.fillStyle = mix(STONE, '#ffffff', 0.25);
  l.beginPath();
  l.moveTo(556, 212);
  l.lineTo(640, 164);
  l.lineTo(724, 212);
  l.fill();
  l.fillStyle = 'rgba(90,75,60,0.35)';
  l.fillRect(560, 212, 160, 5);
  windows(588, 3, 46, [
    [228, 32],
    [290, 52],
  ]);
  // The porch: four columns, a cornice, the dark door and steps.
  l.fillStyle = '#3c3530';
  l.fillRect(620, 372, 40, BASE - 376);
  l.fillStyle = '#efe8da';
  l.fillRect(590, 358, 100, 12);
  for (const x of [594, 614, 660, 680]) l.fillRect(x, 370, 7, BASE - 374);
  l.fillStyle = '#cfc3aa';
  for (let i = 0; i < 3; i += 1) l.fillRect(584 - i * 6, BASE - 10 + i * 4, 112 + i * 12, 4);
}

/** A six-over-six sash: stone lintel and sill, a pale frame, glass holding a little sky. Returns the glass. */
function sash(l: Ctx, x: number, y: number, w: number, h: number): Pane {
  l.fillStyle = '#eee6d6';
  l.fillRect(x - 4, y - 9, w + 8, 6);
  l.fillRect(x - 5, y + h + 3, w + 10, 4);
  l.fillRect(x - 3, y - 3, w + 6, h + 6);
  const glass = l.createLinearGradient(0, y, 0, y + h);
  glass.addColorStop(0, '#9aa6ad');
  glass.addColorStop(1, '#3e444c');
  l.fillStyle = glass;
  l.fillRect(x, y, w, h);
  bars(l, { x, y, w, h }, '#eee6d6');
  return { x, y, w, h };
}

function bars(l: Ctx, { x, y, w, h }: Pane, color: string) {
  l.fillStyle = color;
  for (const t of [1 / 3, 2 / 3]) l.fillRect(x + w * t - 0.75, y, 1.5, h);
  for (const t of [0.25, 0.75]) l.fillRect(x, y + h * t - 0.6, w, 1.2);
  l.fillRect(x, y + h / 2 - 1.5, w, 3);
}

function litWindow(c: Ctx, pane: Pane, a: Air) {
  const warm = c.createLinearGradient(0, pane.y, 0, pane.y + pane.h);
  warm.addColorStop(0, '#f6d497');
  warm.addColorStop(1, '#d99a58');
  c.globalAlpha = Math.min(1, a.lamps + 0.2);
  c.fillStyle = warm;
  c.fillRect(pane.x, pane.y, pane.w, pane.h);
  bars(c, pane, 'rgba(70,45,25,0.8)');
  c.globalAlpha = 1;
  shine(c, pane.x + pane.w / 2, pane.y + pane.h / 2, pane.h * 1.2, '#ffc680', a.lamps * 0.35);
}

/** A cedar on the lawn at the left: level plates of dark needles, stepped one above another, lit on top. */
function paintCedar(l: Ctx, random: Random) {
  l.fillStyle = '#3b3128';
  l.beginPath();
  l.moveTo(62, BASE + 44);
  l.lineTo(90, 120);
  l.lineTo(112, 120);
  l.lineTo(136, BASE + 44);
  l.fill();
  const plates = [
    [104, 130, 70],
    [70, 196, 120],
    [170, 232, 90],
    [60, 290, 160],
    [190, 330, 110],
    [80, 392, 190],
  ] as const;
  l.strokeStyle = '#3b3128';
  l.lineWidth = 6;
  for (const [x, y, w] of plates) {
    l.beginPath();
    l.moveTo(100, y + 10);
    l.lineTo(x + w * 0.6, y + 4);
    l.stroke();
  }
  for (const [x, y, w] of plates) {
    // Each plate is flat on top and ragged below: many small tufts, lit ones first and nudged upward.
    for (const [color, dy] of [
      ['#7a8a60', -4],
      ['#34432f', 0],
      ['#26321f', 8],
    ] as const) {
      l.fillStyle = color;
      l.beginPath();
      for (let i = 0; i < 40; i += 1) {
        const t = between(random, -1, 1);
        const px = x + t * w;
        const py = y + dy + Math.abs(t) * 10 + between(random, -4, 6) + (dy > 0 ? between(random, 0, 10) : 0);
        l.moveTo(px + 20, py);
        l.ellipse(px, py, between(random, 14, 26), between(random, 6, 11), 0, 0, 7);
      }
      l.fill();
    }
  }
}
