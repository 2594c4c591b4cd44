/**
 * The open air as most outdoor places paint it (`Air`: Hailsham, the Cottages, the centres, the bus shelter, the
 * marsh, the service station): the colours per light and weather, the sky with its sun or moon, stars and banks
 * of cloud, and a layer for the land lit by that air and hazed by distance. (The Norfolk fence, Cromer and
 * Littlehampton use their own, `Outdoor` in outdoor.ts.)
 */
import { between, type Random } from '../core/random.ts';
import type { Light, Weather } from '../core/vocabulary.ts';
import { type Pool, relight, shine } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { canvas2d, HEIGHT, WIDTH } from './kit.ts';

type Ctx = CanvasRenderingContext2D;

type Sky = readonly [top: string, middle: string, horizon: string];

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
