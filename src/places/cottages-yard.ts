/**
 * The Cottages: the yard of a farm nobody farms any more, seen from the lane through a gate that has come off
 * a hinge. The farmhouse on the left with its peeling render, a tarred barn on the right, a sagging shed
 * between them, bare ash trees, mud, puddles holding the grey sky. Always a little overcast: the Cottages were
 * cold. Painted once per light and weather; only the weather moves, and a lit window breathes after dark.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { shine } from './canvas-light.ts';
import { alpha, mix, shade } from './colours.ts';
import { glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { bareTree } from './trees.ts';

type Ctx = CanvasRenderingContext2D;
const HORIZON = 398;
/** The farmhouse kitchen window, which is lit when anyone is home after dark. */
const KITCHEN = { x: 88, y: 388, w: 56, h: 58 } as const;

export const paintCottagesYard: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather, 0.55);
  const key = paintedTexture(scene, `cottages-yard-${stage.light}-${stage.weather}`, (c) => paintYard(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const glow = scene.add
    .image(KITCHEN.x + KITCHEN.w / 2, KITCHEN.y + KITCHEN.h / 2, glowTexture(scene))
    .setScale(0.9)
    .setTint(0xffc27a)
    .setBlendMode(Phaser.BlendModes.ADD)
    .setAlpha(0);
  root.add(glow);
  const weather = addWeather(scene, root, a);
  return {
    root,
    update(time) {
      if (a.lamps > 0.5) glow.setAlpha(a.lamps * (0.3 + Math.sin(time / 1500) * 0.03));
      weather(time);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paintYard(c: Ctx, a: Air) {
  const random = seededRandom(1991);
  paintSky(c, a, HORIZON, random, { moon: { x: 700, y: 120 }, clouds: 22 });
  // Low fields beyond, a line of far hedgerow trees; then the big ashes behind the buildings.
  land(
    c,
    a,
    (l) => {
      l.fillStyle = '#7c7f68';
      l.beginPath();
      l.moveTo(0, HORIZON - 24);
      l.bezierCurveTo(400, HORIZON - 50, 800, HORIZON - 10, WIDTH, HORIZON - 36);
      l.lineTo(WIDTH, HORIZON + 40);
      l.lineTo(0, HORIZON + 40);
      l.fill();
      for (let x = 20; x < WIDTH; x += between(random, 40, 90))
        bareTree(l, random, x, HORIZON - 20, between(random, 40, 80), '#5a5a52');
    },
    [],
    0.45,
  );
  land(
    c,
    a,
    (l) => {
      bareTree(l, random, 300, 330, 340, '#3e3a36');
      bareTree(l, random, 700, 380, 250, '#46423c');
      bareTree(l, random, 1180, 300, 330, '#3e3a36');
    },
    [],
    0.12,
  );
  land(c, a, (l) => paintGround(l, random));
  land(c, a, (l) => {
    paintShed(l, random);
    paintBarn(l, random);
    paintFarmhouse(l, random);
  });
  if (a.lamps > 0) {
    const warm = c.createLinearGradient(0, KITCHEN.y, 0, KITCHEN.y + KITCHEN.h);
    warm.addColorStop(0, '#f4cf8e');
    warm.addColorStop(1, '#cf8d4e');
    c.fillStyle = warm;
    c.globalAlpha = a.lamps;
    c.fillRect(KITCHEN.x, KITCHEN.y, KITCHEN.w, KITCHEN.h);
    panes(c, KITCHEN, 'rgba(60,40,25,0.85)');
    c.globalAlpha = 1;
    shine(c, KITCHEN.x + 28, KITCHEN.y + 30, 140, '#ffbe78', a.lamps * 0.4);
    // Its light lying across the mud in front of the house.
    shine(c, KITCHEN.x + 40, 560, 120, '#ffb870', a.lamps * 0.18, 0.3);
  }
  paintPuddles(c, a, random);
  land(c, a, (l) => paintGate(l, random));
  weatherOver(c, a, HORIZON, random);
  grain(c, random, 11);
}

/** Mud and old cobbles, the ruts of a tractor long gone, dead grass and nettles along the front. */
function paintGround(l: Ctx, random: Random) {
  const mud = l.createLinearGradient(0, HORIZON, 0, HEIGHT);
  mud.addColorStop(0, '#8a8270');
  mud.addColorStop(1, '#5e5446');
  l.fillStyle = mud;
  l.fillRect(0, HORIZON - 4, WIDTH, HEIGHT - HORIZON + 4);
  // Old cobbles showing through the mud in front of the buildings, and stones further out.
  for (let i = 0; i < 700; i += 1) {
    const y = between(random, 462, HEIGHT);
    const x = between(random, 0, WIDTH);
    const s = 1.5 + (y - 440) / 40;
    const cobbled = y < 520 && (x < 480 || x > 780);
    l.fillStyle = random() < 0.5 ? `rgba(170,160,140,${cobbled ? 0.4 : 0.18})` : 'rgba(50,42,34,0.2)';
    l.beginPath();
    l.ellipse(x, y, s * 1.6, s * 0.7, 0, 0, 7);
    l.fill();
  }
  l.strokeStyle = 'rgba(45,38,30,0.45)';
  for (const dx of [0, 90]) {
    l.lineWidth = 10;
    l.beginPath();
    l.moveTo(560 + dx * 2.6, HEIGHT);
    l.bezierCurveTo(640 + dx * 1.6, 600, 820 + dx * 0.8, 530, 960 + dx * 0.4, 484);
    l.stroke();
  }
  for (let i = 0; i < 140; i += 1) {
    const x = between(random, 0, WIDTH);
    const h = between(random, 14, 60);
    l.strokeStyle = random() < 0.5 ? '#8c7a5a' : '#5e5038';
    l.lineWidth = 1.5;
    l.beginPath();
    l.moveTo(x, HEIGHT);
    l.quadraticCurveTo(
      x + between(random, -6, 6),
      HEIGHT - h * 0.6,
      x + between(random, -14, 14),
      HEIGHT - h,
    );
    l.stroke();
  }
}

function paintPuddles(c: Ctx, a: Air, random: Random) {
  for (const [x, y, w] of [
    [430, 520, 120],
    [760, 560, 190],
    [1000, 505, 90],
    [250, 600, 150],
  ] as const) {
    // An irregular pool: a few overlapping flat lobes, a soft dark wet margin, the sky lying in it.
    const lobes = Array.from({ length: 4 }, () => ({
      x: x + between(random, -w * 0.3, w * 0.3),
      y: y + between(random, -w * 0.02, w * 0.02),
      rx: w * between(random, 0.22, 0.4),
      ry: w * between(random, 0.035, 0.055),
    }));
    const trace = (grow: number) => {
      c.beginPath();
      for (const lobe of lobes) {
        c.moveTo(lobe.x + lobe.rx + grow, lobe.y);
        c.ellipse(lobe.x, lobe.y, lobe.rx + grow, lobe.ry + grow * 0.4, 0, 0, Math.PI * 2);
      }
    };
    // The wet margin, feathered by laying a few widening rings of faint dark over one another.
    for (const grow of [12, 8, 4]) {
      trace(grow);
      c.fillStyle = 'rgba(50,42,32,0.14)';
      c.fill();
    }
    const pool = c.createLinearGradient(0, y - w * 0.1, 0, y + w * 0.1);
    pool.addColorStop(0, shade(mix(a.sky[2], a.sky[1], 0.5), 0.8));
    pool.addColorStop(1, shade(a.sky[0], 0.7));
    trace(0);
    c.fillStyle = pool;
    c.fill();
    if (a.weather === 'rain')
      for (let i = 0; i < 5; i += 1) {
        c.strokeStyle = alpha(mix(a.sky[2], '#ffffff', 0.3), 0.35);
        c.lineWidth = 0.8;
        c.beginPath();
        c.ellipse(x + between(random, -w / 3, w / 3), y + between(random, -2, 2), 7, 2, 0, 0, 7);
        c.stroke();
      }
  }
}

function panes(c: Ctx, { x, y, w, h }: { x: number; y: number; w: number; h: number }, color: string) {
  c.fillStyle = color;
  c.fillRect(x + w / 2 - 1.5, y, 3, h);
  for (const t of [1 / 3, 2 / 3]) c.fillRect(x, y + h * t - 1, w, 2);
}

/** The farmhouse: render gone grey and flaking to brick, slates slipping, a door whose green has faded. */
function paintFarmhouse(l: Ctx, random: Random) {
  const [x0, x1, base, eaves, ridge] = [30, 470, 478, 300, 214];
  l.fillStyle = '#55585c';
  l.beginPath();
  l.moveTo(x0 - 14, eaves + 4);
  l.lineTo(x0 + 10, ridge);
  l.lineTo(x1 - 10, ridge);
  l.lineTo(x1 + 14, eaves + 4);
  l.fill();
  for (let i = 0; i < 40; i += 1) {
    const [x, y] = [between(random, x0 + 10, x1 - 20), between(random, ridge + 6, eaves - 8)];
    l.fillStyle = random() < 0.6 ? 'rgba(120,125,110,0.5)' : 'rgba(30,32,36,0.5)';
    l.fillRect(x, y, between(random, 8, 22), 5);
  }
  for (const x of [x0 + 24, x1 - 60]) {
    l.fillStyle = '#7d5646';
    l.fillRect(x, ridge - 48, 36, 60);
    l.fillStyle = '#6a4a3c';
    l.fillRect(x - 3, ridge - 50, 42, 6);
  }
  const wall = l.createLinearGradient(0, eaves, 0, base);
  wall.addColorStop(0, '#cbc4b4');
  wall.addColorStop(1, '#a9a090');
  l.fillStyle = wall;
  l.fillRect(x0, eaves, x1 - x0, base - eaves);
  // Where the render has come away: brick beneath, in courses, with ragged edges.
  for (const [x, y, w, h] of [
    [150, 420, 70, 44],
    [350, 306, 56, 26],
    [34, 340, 30, 60],
  ] as const) {
    l.save();
    l.beginPath();
    for (let k = 0; k < 14; k += 1) {
      const t = (k / 14) * Math.PI * 2;
      l.lineTo(
        x + w / 2 + Math.cos(t) * (w / 2) * between(random, 0.7, 1),
        y + h / 2 + Math.sin(t) * (h / 2) * between(random, 0.7, 1),
      );
    }
    l.fillStyle = '#9a7a66';
    l.fill();
    l.clip();
    l.fillStyle = 'rgba(60,40,30,0.35)';
    for (let by = y; by < y + h; by += 7) {
      l.fillRect(x, by, w, 1.5);
      for (let bx = x + ((by / 7) % 2) * 8; bx < x + w; bx += 16) l.fillRect(bx, by, 1.5, 7);
    }
    l.restore();
  }
  const damp = l.createLinearGradient(0, base - 60, 0, base);
  damp.addColorStop(0, 'rgba(70,70,50,0)');
  damp.addColorStop(1, 'rgba(70,70,50,0.5)');
  l.fillStyle = damp;
  l.fillRect(x0, base - 60, x1 - x0, 60);
  l.fillStyle = '#3b3d3e';
  l.fillRect(x0 - 6, eaves, x1 - x0 + 12, 6);
  l.fillRect(x1 - 18, eaves, 6, base - eaves);
  const window = (x: number, y: number, w: number, h: number) => {
    l.fillStyle = '#e6e0d2';
    l.fillRect(x - 5, y - 5, w + 10, h + 10);
    l.fillStyle = '#34383c';
    l.fillRect(x, y, w, h);
    panes(l, { x, y, w, h }, '#e6e0d2');
    l.fillStyle = '#bdb5a4';
    l.fillRect(x - 8, y + h + 5, w + 16, 5);
  };
  for (const x of [88, 224, 360]) window(x, 322, 56, 52);
  window(KITCHEN.x, KITCHEN.y, KITCHEN.w, KITCHEN.h);
  window(360, KITCHEN.y, 56, 58);
  l.fillStyle = '#5f7a68';
  l.fillRect(226, 372, 52, base - 372);
  l.fillStyle = 'rgba(230,225,210,0.35)';
  for (let i = 0; i < 12; i += 1) l.fillRect(between(random, 228, 272), between(random, 376, base - 6), 3, 2);
  l.fillStyle = '#3c4a42';
  l.fillRect(226, 372, 52, 4);
  // A water butt by the corner.
  l.fillStyle = '#3d4a40';
  l.fillRect(438, base - 56, 40, 58);
  l.fillStyle = '#4d5c50';
  l.fillRect(434, base - 60, 48, 6);
}

/** The barn end-on: tarred weatherboard, a rusting tin roof, the big doors, one dragged half open. */
function paintBarn(l: Ctx, random: Random) {
  const [x0, x1, base, eaves, apex] = [790, 1270, 486, 300, 158];
  const mid = (x0 + x1) / 2;
  l.fillStyle = '#8a5236';
  l.beginPath();
  l.moveTo(x0 - 22, eaves + 12);
  l.lineTo(mid, apex - 14);
  l.lineTo(x1 + 22, eaves + 12);
  l.lineTo(x1 + 22, eaves + 24);
  l.lineTo(mid, apex);
  l.lineTo(x0 - 22, eaves + 24);
  l.fill();
  l.fillStyle = '#3b3633';
  l.beginPath();
  l.moveTo(x0, eaves + 18);
  l.lineTo(mid, apex + 8);
  l.lineTo(x1, eaves + 18);
  l.lineTo(x1, base);
  l.lineTo(x0, base);
  l.fill();
  l.save();
  l.clip();
  for (let y = apex + 16; y < base; y += 13) {
    l.fillStyle = 'rgba(150,140,125,0.16)';
    l.fillRect(x0, y, x1 - x0, 2);
    l.fillStyle = 'rgba(10,8,6,0.3)';
    l.fillRect(x0, y + 2, x1 - x0, 2);
  }
  for (let i = 0; i < 12; i += 1) {
    l.fillStyle = 'rgba(120,110,100,0.3)';
    l.fillRect(between(random, x0, x1 - 40), between(random, eaves, base - 20), between(random, 20, 60), 11);
  }
  l.restore();
  l.fillStyle = '#1a1614';
  l.fillRect(mid - 30, 214, 60, 54);
  // The big doors: the left one shut, the right dragged open onto the dark inside.
  l.fillStyle = '#15110f';
  l.fillRect(mid - 100, 330, 200, base - 330);
  l.fillStyle = '#4a413a';
  l.fillRect(mid - 100, 330, 100, base - 330);
  l.strokeStyle = '#2c2622';
  l.lineWidth = 5;
  l.beginPath();
  l.moveTo(mid - 100, 334);
  l.lineTo(mid, base - 4);
  l.moveTo(mid - 100, base - 4);
  l.lineTo(mid, 334);
  l.stroke();
  l.fillStyle = '#574c43';
  l.beginPath();
  l.moveTo(mid + 100, 330);
  l.lineTo(mid + 170, 316);
  l.lineTo(mid + 170, base + 14);
  l.lineTo(mid + 100, base);
  l.fill();
}

/** A stone shed with a lean-to roof of corrugated iron, sagging in the middle, one sheet gone. */
function paintShed(l: Ctx, random: Random) {
  const [x0, x1, base] = [440, 820, 462];
  l.fillStyle = '#8d877a';
  l.fillRect(x0, 380, x1 - x0, base - 380);
  for (let i = 0; i < 60; i += 1) {
    l.fillStyle = random() < 0.5 ? 'rgba(60,55,48,0.3)' : 'rgba(200,195,180,0.3)';
    l.fillRect(between(random, x0, x1 - 20), between(random, 384, base - 8), between(random, 12, 22), 7);
  }
  l.fillStyle = '#7a5a44';
  l.beginPath();
  l.moveTo(x0 - 10, 372);
  l.quadraticCurveTo((x0 + x1) / 2, 392, x1 + 10, 362);
  l.lineTo(x1 + 10, 376);
  l.quadraticCurveTo((x0 + x1) / 2, 406, x0 - 10, 386);
  l.fill();
  l.fillStyle = '#221c18';
  l.fillRect(600, 382, 46, 10);
  l.fillStyle = '#2a2522';
  l.fillRect(520, 400, 40, base - 400);
}

/** The gate, off its top hinge: its free end down in the mud, a bar snapped, the catch post standing alone. */
function paintGate(l: Ctx, random: Random) {
  const wood = '#b4ab98';
  l.fillStyle = '#4e4336';
  l.fillRect(150, 424, 22, 296);
  l.fillRect(690, 470, 20, 250);
  const hinge = { x: 172, top: 470, bottom: 620 };
  const free = { x: 600, top: 540, bottom: 676 };
  const at = (t: number, v: number) => ({
    x: hinge.x + (free.x - hinge.x) * t,
    y:
      hinge.top +
      (free.top - hinge.top) * t +
      (hinge.bottom - hinge.top + (free.bottom - free.top - hinge.bottom + hinge.top) * t) * v,
  });
  l.lineCap = 'butt';
  // Each piece twice: a dark edge underneath, then the silvered wood, so the bars stand out from the mud.
  for (const [offset, color, extra] of [
    [2.5, '#3a3128', 3],
    [0, wood, 0],
  ] as const) {
    l.strokeStyle = color;
    l.save();
    l.translate(0, offset);
    for (const v of [0, 0.25, 0.5, 0.75, 1]) {
      l.lineWidth = (v === 0 ? 12 : 9) + extra;
      const broken = v === 0.5;
      l.beginPath();
      const a = at(0, v);
      const b = at(broken ? 0.46 : 1, v);
      l.moveTo(a.x, a.y);
      l.lineTo(b.x, b.y + (broken ? 10 : 0));
      if (broken) {
        const c = at(0.58, v);
        const d = at(1, v);
        l.moveTo(c.x, c.y + 12);
        l.lineTo(d.x, d.y);
      }
      l.stroke();
    }
    l.lineWidth = 10 + extra;
    for (const [t0, t1] of [
      [0, 0],
      [1, 1],
      [0, 0.5],
    ] as const) {
      const a = at(t0, t0 === t1 ? 0 : 1);
      const b = at(t1, t0 === t1 ? 1 : 0);
      l.beginPath();
      l.moveTo(a.x, a.y);
      l.lineTo(b.x, b.y);
      l.stroke();
    }
    l.restore();
  }
  l.fillStyle = 'rgba(40,32,24,0.35)';
  for (let i = 0; i < 40; i += 1) l.fillRect(between(random, 180, 600), between(random, 470, 670), 6, 2);
}
