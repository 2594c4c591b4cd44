/**
 * The pond behind Hailsham's main house, where Tommy told Kathy what Miss Lucy had said: a bench with its back
 * to us at the water's edge, reeds and bulrushes, the woods on the far bank doubled in still water. Painted
 * once per light and weather like the rooms; only midges, glints on the water and any rain move. The open air
 * it is painted in (`air`, `paintSky`, `land`) is in air.ts, its weather in air-weather.ts.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { shine } from './canvas-light.ts';
import { mix } from './colours.ts';
import { dotTexture, glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { crowns, wood } from './trees.ts';

type Ctx = CanvasRenderingContext2D;

const WATER = 352;

export const paintHailshamPond: Painter = (scene, stage: Stage) => {
  const a = air(stage.light, stage.weather);
  const key = paintedTexture(scene, `pond-${stage.light}-${stage.weather}`, (c) => paintPond(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  // Glints on the water where the sun (or moon) lies on it, coming and going; midges in the warm air.
  const glints = Array.from({ length: 9 }, (_, i) =>
    scene.add
      .image(780 + Math.sin(i * 2.3) * 50, WATER + 14 + i * 22, glowTexture(scene))
      .setScale(0.16 + i * 0.02, 0.025)
      .setTint(a.dark ? 0xc8d2e4 : 0xfff0d0)
      .setBlendMode(Phaser.BlendModes.ADD),
  );
  root.add(glints);
  if (!a.dark && a.weather !== 'rain')
    root.add(
      scene.add.particles(0, 0, dotTexture(scene), {
        x: { min: 500, max: 1100 },
        y: { min: 250, max: 520 },
        speedX: { min: -8, max: 8 },
        speedY: { min: -6, max: 6 },
        lifespan: { min: 4000, max: 7000 },
        scale: { min: 0.1, max: 0.22 },
        alpha: { start: 0, end: 0.6, ease: 'Sine.easeInOut' },
        tint: 0xfff3d6,
        blendMode: Phaser.BlendModes.ADD,
        frequency: 350,
      }),
    );
  const weather = addWeather(scene, root, a);
  const strength = a.sun > 0 ? a.sun : a.dark && a.overcast < 0.6 ? 0.35 : 0.08;
  return {
    root,
    update(time) {
      glints.forEach((glint, i) => {
        glint.setAlpha(strength * (0.45 + 0.45 * Math.sin(time / 700 + i * 1.9)));
      });
      weather(time);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paintPond(c: Ctx, a: Air) {
  const random = seededRandom(1984);
  const sunAt = { x: 800, y: 236 };
  paintSky(c, a, WATER, random, { sun: sunAt, moon: { x: 800, y: 120 } });
  const woods = '#5b6b45';
  // The far bank: the wood, the roofs and chimneys of the main house glimpsed above it, and a strip of lawn.
  land(
    c,
    a,
    (l) => {
      // Only the roof and chimneys of the house show, over the trees to the left.
      l.fillStyle = '#6f6e72';
      l.beginPath();
      l.moveTo(150, 252);
      l.lineTo(190, 220);
      l.lineTo(300, 220);
      l.lineTo(340, 252);
      l.fill();
      l.fillStyle = '#a89a84';
      for (const x of [176, 282]) l.fillRect(x, 200, 12, 24);
      wood(l, random, 246, WATER, woods, '#9aa66a', [[740, 860, 30]]);
      l.fillStyle = '#8d9a5e';
      l.fillRect(0, WATER - 6, WIDTH, 8);
    },
    [{ x: sunAt.x, y: sunAt.y + 60, r: 520, color: `rgba(255,210,150,${a.sun * 0.5})` }],
    0.18,
  );
  // Still water: the sky and the far bank again, upside down, softened, a little darker and greener.
  c.save();
  c.beginPath();
  c.rect(0, WATER, WIDTH, HEIGHT - WATER);
  c.clip();
  c.translate(0, WATER * 2);
  c.scale(1, -1);
  c.filter = 'blur(2px) brightness(0.86)';
  c.drawImage(c.canvas, 0, 0, WIDTH, WATER, 0, 0, WIDTH, WATER);
  c.restore();
  const depth = c.createLinearGradient(0, WATER, 0, HEIGHT);
  depth.addColorStop(0, 'rgba(40,60,50,0.05)');
  depth.addColorStop(1, 'rgba(30,45,35,0.55)');
  c.fillStyle = depth;
  c.fillRect(0, WATER, WIDTH, HEIGHT - WATER);
  // Ripples: fine level lines, closer together in the distance; a glitter path below the sun or moon.
  for (let y = WATER + 3; y < HEIGHT; y += 2 + (y - WATER) * 0.05) {
    const x = between(random, -100, WIDTH);
    c.fillStyle = random() < 0.5 ? 'rgba(255,250,235,0.12)' : 'rgba(20,30,25,0.14)';
    c.fillRect(x, y, between(random, 60, 400), 1 + (y - WATER) * 0.008);
  }
  const glitter = a.sun > 0 ? a.sunColor : a.dark && a.overcast < 0.6 ? '#c8d2e4' : '';
  if (glitter) shine(c, 790, WATER + 90, 170, glitter, a.sun > 0 ? 0.5 : 0.25, 0.9);
  // Near ground, bench and reeds, lit by the same air; the path pale where feet have worn it.
  land(
    c,
    a,
    (l) => {
      paintNearBank(l, random);
      paintBench(l);
      paintReeds(l, random, [-30, 330], 720, 1);
      paintReeds(l, random, [1110, 1300], 640, 0.7);
      paintLilies(l, random);
    },
    [{ x: sunAt.x, y: 420, r: 700, color: `rgba(255,205,140,${a.sun * 0.45})` }],
  );
  // The big tree overhead on the right, dark against the sky, framing it.
  land(c, a, (l) => {
    const bark = l.createLinearGradient(1170, 0, 1270, 0);
    bark.addColorStop(0, '#6a5842');
    bark.addColorStop(1, '#2f271e');
    l.fillStyle = bark;
    l.beginPath();
    l.moveTo(1160, 566);
    l.quadraticCurveTo(1196, 540, 1200, 420);
    l.quadraticCurveTo(1206, 260, 1186, 120);
    l.lineTo(1230, 120);
    l.quadraticCurveTo(1236, 300, 1248, 460);
    l.quadraticCurveTo(1254, 540, 1290, 570);
    l.fill();
    l.strokeStyle = '#3e3226';
    l.lineCap = 'round';
    for (const [x, y, w] of [
      [1060, 170, 9],
      [1130, 120, 7],
    ] as const) {
      l.lineWidth = w;
      l.beginPath();
      l.moveTo(1204, 250);
      l.quadraticCurveTo((1204 + x) / 2, y + 60, x, y);
      l.stroke();
    }
    const leaves = Array.from({ length: 9 }, (_, i) => ({
      x: 940 + i * 46 + between(random, -16, 16),
      y: between(random, 40, 110) + (i < 3 ? 50 - i * 15 : 0),
      size: between(random, 75, 105),
    }));
    crowns(l, random, leaves, '#4c5a36', '#8a9660');
  });
  weatherOver(c, a, WATER, random);
  grain(c, random, 10);
}

/** The near bank curving round from the left, and the worn path to the bench. */
function paintNearBank(l: Ctx, random: Random) {
  const bank = l.createLinearGradient(0, 480, 0, HEIGHT);
  bank.addColorStop(0, '#93a064');
  bank.addColorStop(1, '#5f6e3e');
  l.fillStyle = bank;
  l.beginPath();
  l.moveTo(0, 640);
  l.bezierCurveTo(420, 600, 700, 540, 1000, 505);
  l.quadraticCurveTo(1180, 470, WIDTH, 430);
  l.lineTo(WIDTH, HEIGHT);
  l.lineTo(0, HEIGHT);
  l.fill();
  // The mud line where bank meets water.
  l.strokeStyle = 'rgba(60,50,35,0.6)';
  l.lineWidth = 3;
  l.beginPath();
  l.moveTo(0, 641);
  l.bezierCurveTo(420, 601, 700, 541, 1000, 506);
  l.quadraticCurveTo(1180, 471, WIDTH, 431);
  l.stroke();
  l.fillStyle = '#cbb894';
  l.beginPath();
  l.moveTo(700, HEIGHT);
  l.bezierCurveTo(780, 640, 860, 580, 930, 548);
  l.quadraticCurveTo(1080, 500, WIDTH, 470);
  l.lineTo(WIDTH, 492);
  l.quadraticCurveTo(1080, 530, 990, 566);
  l.bezierCurveTo(940, 600, 960, 660, 1010, HEIGHT);
  l.fill();
  for (let i = 0; i < 260; i += 1) {
    const y = between(random, 520, HEIGHT);
    const x = between(random, 0, WIDTH);
    l.strokeStyle = random() < 0.5 ? 'rgba(190,200,130,0.5)' : 'rgba(60,75,40,0.5)';
    l.lineWidth = 1;
    l.beginPath();
    l.moveTo(x, y);
    l.lineTo(x + between(random, -3, 3), y - ((y - 400) / 320) * between(random, 6, 14));
    l.stroke();
  }
}

/** An old slatted bench from behind, at the water's edge: iron ends, weathered boards, a slight lean. */
function paintBench(l: Ctx) {
  const [x0, x1, ground] = [770, 990, 548];
  l.fillStyle = 'rgba(40,35,20,0.35)';
  l.beginPath();
  l.ellipse((x0 + x1) / 2, ground + 4, 140, 12, 0, 0, Math.PI * 2);
  l.fill();
  l.fillStyle = '#2e2a26';
  for (const x of [x0 + 10, x1 - 18]) {
    l.fillRect(x, ground - 110, 8, 110);
    l.fillRect(x - 6, ground - 58, 22, 6);
  }
  l.fillStyle = '#8a7258';
  l.fillRect(x0 - 4, ground - 62, x1 - x0 + 8, 8);
  ['#9a8064', '#8d745a', '#a08668'].forEach((wood, i) => {
    const y = ground - 118 + i * 19;
    l.fillStyle = wood;
    l.fillRect(x0, y, x1 - x0, 14);
    l.fillStyle = 'rgba(255,240,210,0.25)';
    l.fillRect(x0, y, x1 - x0, 2);
    l.fillStyle = 'rgba(40,30,20,0.3)';
    l.fillRect(x0, y + 12, x1 - x0, 2);
  });
}

/** A clump of reeds with a few bulrushes: long blades leaning from a common root, brown velvet heads. */
function paintReeds(
  l: Ctx,
  random: Random,
  [x0, x1]: readonly [number, number],
  root: number,
  scale: number,
) {
  l.lineCap = 'round';
  for (let i = 0; i < 70; i += 1) {
    const x = between(random, x0, x1);
    const height = between(random, 120, 330) * scale;
    const lean = between(random, -60, 70) * scale;
    const base = root + between(random, -10, 30);
    l.strokeStyle = mix('#6f7a3e', '#c2b676', random() * 0.7);
    l.lineWidth = between(random, 1.5, 4) * scale;
    l.beginPath();
    l.moveTo(x, base);
    l.quadraticCurveTo(x + lean * 0.2, base - height * 0.6, x + lean, base - height);
    l.stroke();
    if (i % 6 === 0) {
      const [hx, hy] = [x + lean * 0.45, base - height * 0.82];
      l.strokeStyle = '#5a3c24';
      l.lineWidth = 9 * scale;
      l.beginPath();
      l.moveTo(hx, hy);
      l.lineTo(hx + lean * 0.06, hy - 34 * scale);
      l.stroke();
    }
  }
}

function paintLilies(l: Ctx, random: Random) {
  for (let i = 0; i < 14; i += 1) {
    const [x, y] = [between(random, 330, 720), between(random, 420, 560)];
    const r = 6 + (y - WATER) * 0.08;
    l.fillStyle = random() < 0.5 ? '#6d7f45' : '#7d8c4f';
    l.beginPath();
    l.ellipse(x, y, r, r * 0.3, 0, 0.3, Math.PI * 2);
    l.lineTo(x, y);
    l.fill();
  }
}
