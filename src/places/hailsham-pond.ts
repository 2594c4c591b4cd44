/**
 * The pond behind Hailsham's main house, where Tommy told Kathy what Miss Lucy had said: a bench with its back
 * to us at the water's edge, reeds and bulrushes, the woods on the far bank doubled in still water. Painted
 * once per light and weather like the rooms; only midges, glints on the water and any rain move.
 *
 * The open-air helpers below (`air`, `paintSky`, `land`, `shine`, the weather) are shared by every outdoor
 * place, as the dormitory's room helpers are by the rooms; they would belong in kit.ts, which is not ours.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import type { Light, Weather } from '../core/vocabulary.ts';
import { grain, mix, paintedTexture, relight, shade } from './hailsham-dorm.ts';
import { crowns, wood } from './hailsham-house.ts';
import { canvas2d, dotTexture, glowTexture, HEIGHT, type Painter, streakTexture, WIDTH } from './kit.ts';

type Ctx = CanvasRenderingContext2D;
type Sky = readonly [top: string, middle: string, horizon: string];
export type Pool = { x: number; y: number; r: number; color: string };

/** How the hour and the weather colour the open air: the sky, the light falling on the land, and lamps. */
export interface Air {
  readonly sky: Sky;
  readonly cloud: string;
  /** Multiplied over the land: the light everywhere. */
  readonly ambient: string;
  readonly sun: number;
  readonly sunColor: string;
  /** How lit windows and lamps are: none by day, fully at night. */
  readonly lamps: number;
  readonly dark: boolean;
  readonly overcast: number;
  readonly weather: Weather;
}

const CLEAR: Readonly<Record<Light, { sky: Sky; cloud: string; ambient: string; sun: number }>> = {
  day: { sky: ['#9db8cc', '#d2dde0', '#eee9da'], cloud: '#fbf8f1', ambient: '#f4f0e6', sun: 0.3 },
  golden: { sky: ['#b3bcc0', '#efcfa0', '#f6b678'], cloud: '#fde2bd', ambient: '#f2ca98', sun: 0.6 },
  dusk: { sky: ['#2f3d55', '#87768a', '#de9c78'], cloud: '#4a475a', ambient: '#6a6888', sun: 0 },
  night: { sky: ['#060a12', '#0f1827', '#232d40'], cloud: '#141b29', ambient: '#2a3450', sun: 0 },
};
/** The same hours under cloud: what rain, fog and a raw day turn them toward. */
const GREY: Readonly<Record<Light, { sky: Sky; cloud: string; ambient: string }>> = {
  day: { sky: ['#8c959c', '#b3b8ba', '#d0d0cb'], cloud: '#a2a8ac', ambient: '#c8cac6' },
  golden: { sky: ['#97938f', '#bfb0a0', '#d6be9e'], cloud: '#a89d92', ambient: '#c6b29a' },
  dusk: { sky: ['#2a303c', '#4b505e', '#726e74'], cloud: '#393e4a', ambient: '#565a6e' },
  night: { sky: ['#090c11', '#11151d', '#1c212a'], cloud: '#181c24', ambient: '#262c3c' },
};

/** The air for a light and weather; `overcast` (0–1) greys a clear sky for places that are always raw. */
export function air(light: Light, weather: Weather, overcast = 0): Air {
  const amount = Math.max(overcast, weather === 'rain' ? 0.85 : weather === 'fog' ? 0.75 : 0);
  const [a, b] = [CLEAR[light], GREY[light]];
  const m = (x: string, y: string) => mix(x, y, amount);
  return {
    sky: [m(a.sky[0], b.sky[0]), m(a.sky[1], b.sky[1]), m(a.sky[2], b.sky[2])],
    cloud: m(a.cloud, b.cloud),
    ambient: m(a.ambient, b.ambient),
    sun: a.sun * (1 - amount),
    sunColor: light === 'golden' ? '#ffc88a' : '#fff4dc',
    lamps: { day: 0, golden: 0.1, dusk: 0.8, night: 1 }[light],
    dark: light === 'dusk' || light === 'night',
    overcast: amount,
    weather,
  };
}

export interface SkyOptions {
  readonly sun?: { x: number; y: number };
  readonly moon?: { x: number; y: number };
  readonly clouds?: number;
  /** The lowest sky that shows above the land; clouds are kept above it. */
  readonly open?: number;
}

/** The sky down to (and a little past) the horizon: gradient, sun or moon and stars, soft banks of cloud. */
export function paintSky(c: Ctx, a: Air, horizon: number, random: Random, options: SkyOptions = {}) {
  const gradient = c.createLinearGradient(0, 0, 0, horizon);
  a.sky.forEach((color, i) => {
    gradient.addColorStop([0, 0.62, 1][i] ?? 1, color);
  });
  c.fillStyle = gradient;
  c.fillRect(0, 0, WIDTH, horizon + 80);
  const { sun = { x: 960, y: horizon - 70 }, moon = { x: 300, y: horizon * 0.3 } } = options;
  if (a.sun > 0) {
    shine(c, sun.x, sun.y, 560, a.sunColor, a.sun);
    shine(c, sun.x, sun.y, 70, '#fffaf0', a.sun * 1.6);
  }
  if (a.dark && a.overcast < 0.6) {
    // Stars only on a clear night; the moon a pale disc in a wide halo, a little hazed.
    const night = a.lamps >= 1;
    c.fillStyle = '#e8ecf4';
    for (let i = 0; i < (night ? 220 : 40); i += 1) {
      c.globalAlpha = between(random, 0.15, 0.7) * (1 - a.overcast);
      const y = horizon * random() ** 1.6 * 0.8;
      c.fillRect(between(random, 0, WIDTH), y, 1.4, 1.4);
    }
    c.globalAlpha = 1;
    shine(c, moon.x, moon.y, 260, '#9fb0cc', night ? 0.35 : 0.15);
    c.fillStyle = night ? '#e9e6dc' : '#d9d3cc';
    c.beginPath();
    c.arc(moon.x, moon.y, 13, 0, Math.PI * 2);
    c.fill();
  }
  // Clouds: long soft banks, flatter toward the horizon; a lit edge and a shaded side, blurred together.
  const count = options.clouds ?? Math.round(9 + a.overcast * 14);
  const litBelow = a.dark || a.sunColor === '#ffc88a';
  // Drawn small and sharp, blurred once there, then laid over the sky at full size: one cheap blur, not dozens.
  const s = canvas2d(WIDTH / 4, HEIGHT / 4);
  if (!s) return;
  const small = s.canvas;
  s.scale(0.25, 0.25);
  for (let i = 0; i < count; i += 1) {
    const depth = random() ** 0.7;
    const y = 20 + depth * ((options.open ?? horizon) - 50);
    const [rx, ry] = [
      between(random, 110, 320) * (1.2 - depth * 0.5),
      between(random, 14, 36) * (1 - depth * 0.6),
    ];
    const x = between(random, -100, WIDTH + 100);
    const lit = mix(a.cloud, litBelow ? a.sky[2] : '#ffffff', 0.5);
    s.globalAlpha = between(random, 0.45, 0.85) * (1 - depth * 0.35);
    const layers: [string, number][] = [
      [litBelow ? lit : shade(a.cloud, 0.88), ry * 0.35],
      [a.cloud, 0],
    ];
    for (const [color, dy] of layers) {
      s.fillStyle = mix(color, a.sky[1], depth * 0.4);
      s.beginPath();
      for (let k = 0; k < 4; k += 1) {
        const px = x + (k - 1.5) * rx * 0.45;
        s.ellipse(px, y + dy - (k % 2) * ry * 0.4, rx * 0.5, ry * (0.7 + (k % 2) * 0.3), 0, 0, Math.PI * 2);
      }
      s.fill();
    }
  }
  const f = canvas2d(small.width, small.height);
  if (!f) return;
  const soft = f.canvas;
  f.filter = 'blur(3px)';
  f.drawImage(small, 0, 0);
  c.drawImage(soft, 0, 0, WIDTH, HEIGHT);
}

/**
 * Paints land (anything lit by the sky rather than shining) on its own layer, lights it with the air's ambient
 * colour and any pools of light, hazes it toward the horizon colour by `haze` (for distance), and lays it
 * down. Returns the layer, for reflections.
 */
export function land(c: Ctx, a: Air, paint: (l: Ctx) => void, pools: readonly Pool[] = [], haze = 0) {
  const [l, shape] = [canvas2d(), canvas2d()];
  if (!l || !shape) return document.createElement('canvas');
  const layer = l.canvas;
  paint(l);
  shape.drawImage(layer, 0, 0);
  relight(l, a.ambient, pools);
  l.save();
  l.globalCompositeOperation = 'destination-in';
  l.drawImage(shape.canvas, 0, 0);
  l.globalCompositeOperation = 'source-atop';
  l.globalAlpha = a.dark ? haze * 0.3 : haze;
  l.fillStyle = a.sky[2];
  if (haze > 0) l.fillRect(0, 0, WIDTH, HEIGHT);
  l.restore();
  c.drawImage(layer, 0, 0);
  return layer;
}

/** A soft round light added over the picture: a lamp, a lit window's spill, the sun. */
export function shine(c: Ctx, x: number, y: number, r: number, color: string, alpha: number, squash = 1) {
  c.save();
  c.globalCompositeOperation = 'screen';
  c.globalAlpha = Math.min(1, alpha);
  c.translate(x, y);
  c.scale(1, squash);
  const gradient = c.createRadialGradient(0, 0, 0, 0, 0, r);
  gradient.addColorStop(0, color);
  gradient.addColorStop(0.35, mix(color, '#000000', 0.55));
  gradient.addColorStop(1, '#000000');
  c.fillStyle = gradient;
  c.fillRect(-r, -r, r * 2, r * 2);
  c.restore();
}

/** Weather laid over the finished picture, so it still reads with motion off: a veil of fog, or fine rain. */
export function weatherOver(c: Ctx, a: Air, horizon: number, random: Random) {
  if (a.weather === 'fog') {
    const fog = mix(a.sky[2], a.dark ? '#3a3e46' : '#d8d8d2', 0.5);
    const veil = c.createLinearGradient(0, 0, 0, HEIGHT);
    veil.addColorStop(0, alpha(fog, 0.3));
    veil.addColorStop(horizon / HEIGHT, alpha(fog, 0.75));
    veil.addColorStop(1, alpha(fog, 0.25));
    c.fillStyle = veil;
    c.fillRect(0, 0, WIDTH, HEIGHT);
  }
  if (a.weather === 'rain') {
    c.save();
    c.lineCap = 'round';
    for (let i = 0; i < 700; i += 1) {
      const [x, y, length] = [
        between(random, -40, WIDTH),
        between(random, 0, HEIGHT),
        between(random, 14, 40),
      ];
      c.strokeStyle = a.dark ? 'rgba(190,200,215,0.16)' : 'rgba(235,240,245,0.22)';
      c.lineWidth = between(random, 0.6, 1.3);
      c.beginPath();
      c.moveTo(x, y);
      c.lineTo(x - length * 0.18, y + length);
      c.stroke();
    }
    c.restore();
  }
}

/** A colour from `mix` (always 'rgb(…)') made see-through. */
export const alpha = (color: string, amount: number) =>
  mix(color, color, 0).replace('rgb(', 'rgba(').replace(')', `,${amount})`);

/** Moving weather: rain falling (slanted in wind) or slow banks of fog; returns what to do each frame. */
export function addWeather(scene: Phaser.Scene, root: Phaser.GameObjects.Container, a: Air) {
  if (a.weather === 'rain') {
    root.add(
      scene.add.particles(0, 0, streakTexture(scene), {
        x: { min: -80, max: WIDTH + 200 },
        y: { min: -60, max: HEIGHT * 0.7 },
        speedX: -170,
        speedY: { min: 900, max: 1200 },
        rotate: 10,
        lifespan: 700,
        scaleY: { min: 0.6, max: 1.3 },
        alpha: { start: a.dark ? 0.22 : 0.35, end: 0 },
        frequency: 14,
        quantity: 2,
      }),
    );
  }
  if (a.weather === 'wind') {
    // Bits of leaf and seed blowing through.
    root.add(
      scene.add.particles(0, 0, dotTexture(scene), {
        x: -20,
        y: { min: 100, max: HEIGHT - 120 },
        speedX: { min: 160, max: 320 },
        speedY: { min: -30, max: 40 },
        lifespan: 6000,
        scale: { min: 0.15, max: 0.35 },
        alpha: 0.55,
        tint: a.dark ? 0x6a6460 : 0xcab48a,
        frequency: 500,
      }),
    );
  }
  const banks =
    a.weather === 'fog'
      ? [0, 1, 2].map((i) =>
          scene.add
            .image(WIDTH * (0.2 + i * 0.35), HEIGHT * 0.55, glowTexture(scene))
            .setScale(7, 1.6)
            .setTint(a.dark ? 0x4a4e58 : 0xe0e0da)
            .setAlpha(0.16),
        )
      : [];
  root.add(banks);
  return (time: number) => {
    banks.forEach((bank, i) => {
      bank.x = WIDTH * (0.2 + i * 0.35) + Math.sin(time / 17000 + i * 2) * 90;
    });
  };
}

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
