/**
 * The marsh where the boat is, seen from the edge of the thin wood: dead birches at either hand, a strand of
 * barbed wire low across the front with a few threads of blue wool on a barb, and then nothing but marsh out to
 * the edge of everything, tufted grass and reeds and thin channels holding the sky like strips of tin. A little
 * way out the boat sits in the mud at a tilt, blue above and white below, its paint coming away in long pale
 * scabs, its cabin open to the sky. A huge low-lit sky over it all. Painted once per light; only the reeds'
 * seed heads drift and the light on the channels comes and goes.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { shine } from './canvas-light.ts';
import { mix } from './colours.ts';
import { dotTexture, glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { bareTree } from './trees.ts';

type Ctx = CanvasRenderingContext2D;
const HORIZON = 408;
const SUN = { x: 1010, y: HORIZON - 60 };
/** Where the boat sits: the foot of its keel in the mud, and how far it leans. */
const BOAT = { x: 740, y: 500, tilt: -0.12, length: 300 };
/** Depth below the horizon: 0 at the horizon, 1 at the bottom edge. */
const yAt = (t: number) => HORIZON + (HEIGHT - HORIZON) * t;

export const paintMarshBoat: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather);
  const key = paintedTexture(scene, `marsh-boat-${stage.light}-${stage.weather}`, (c) => paint(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  // The light on the channels, coming and going as the air moves over the water.
  const glints = [
    [620, 446, 0.5],
    [960, 430, 0.7],
    [380, 520, 0.6],
    [1050, 470, 0.4],
  ].map(([x, y, s]) =>
    scene.add
      .image(x ?? 0, y ?? 0, glowTexture(scene))
      .setScale(s ?? 1, 0.03)
      .setTint(a.dark ? 0xc8d2e4 : 0xfff0d0)
      .setBlendMode(Phaser.BlendModes.ADD),
  );
  root.add(glints);
  root.add(
    scene.add.particles(0, 0, dotTexture(scene), {
      x: -10,
      y: { min: 260, max: 600 },
      speedX: { min: 20, max: 50 },
      speedY: { min: -8, max: 6 },
      lifespan: 26000,
      scale: { min: 0.12, max: 0.25 },
      alpha: { start: 0.5, end: 0.2 },
      tint: 0xf4e8c8,
      frequency: 1400,
    }),
  );
  const weather = addWeather(scene, root, a);
  const strength = Math.max(a.sun, 0.15);
  return {
    root,
    update(time) {
      glints.forEach((glint, i) => {
        glint.setAlpha(strength * (0.35 + 0.35 * Math.sin(time / 900 + i * 2.1)));
      });
      weather(time);
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paint(c: Ctx, a: Air) {
  const random = seededRandom(2001);
  paintSky(c, a, HORIZON, random, { sun: SUN, clouds: 7 });
  land(c, a, (l) => paintMarsh(l, a, random), [], 0);
  land(c, a, (l) => paintBoat(l, random));
  land(c, a, (l) => paintEdgeOfWood(l, random));
  // The low sun laid across everything, and its long glow on the horizon.
  shine(c, SUN.x, SUN.y + 30, 700, a.sunColor, a.sun * 0.5, 0.35);
  weatherOver(c, a, HORIZON, random);
  grain(c, random, 9);
}

/** The marsh: flat to the horizon, bands of pale grass and rust-coloured reed, channels of sky-coloured water. */
function paintMarsh(l: Ctx, a: Air, random: Random) {
  const far = mix('#a8a88a', a.sky[2], 0.45);
  const near = '#8a8a5e';
  const ground = l.createLinearGradient(0, HORIZON, 0, HEIGHT);
  ground.addColorStop(0, far);
  ground.addColorStop(1, near);
  l.fillStyle = ground;
  l.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);
  // Bands of colour lying flat: ochre grass, rusty reed, grey-green sedge; thinner the farther off.
  for (let i = 0; i < 60; i += 1) {
    const t = random() ** 1.6;
    const y = yAt(t);
    l.fillStyle = ['#b8a472', '#9a6e4a', '#7a8a62', '#c8b890'][i % 4] ?? '#aaa';
    l.globalAlpha = 0.35 * (1 - t * 0.3);
    l.beginPath();
    l.ellipse(
      between(random, -100, WIDTH + 100),
      y,
      between(random, 80, 320) * (0.3 + t),
      2 + t * 22,
      0,
      0,
      Math.PI * 2,
    );
    l.fill();
  }
  l.globalAlpha = 1;
  paintChannels(l, a, random);
  // Tussocks and reeds, far ones as short dashes, near ones as tall blades with seed heads.
  l.lineCap = 'round';
  for (let i = 0; i < 2200; i += 1) {
    const t = random() ** 1.3;
    const [x, y] = [between(random, -20, WIDTH + 20), yAt(t)];
    const h = 2 + t * t * 60 * between(random, 0.5, 1.2);
    l.strokeStyle =
      random() < 0.5 ? mix('#c8b47e', a.sky[2], (1 - t) * 0.4) : mix('#6e6a44', a.sky[2], (1 - t) * 0.4);
    l.lineWidth = 0.6 + t * 1.6;
    l.beginPath();
    l.moveTo(x, y);
    l.quadraticCurveTo(x + h * 0.1, y - h * 0.6, x + h * 0.25, y - h);
    l.stroke();
    if (t > 0.5 && random() < 0.12) {
      l.fillStyle = '#8a6a4a';
      l.beginPath();
      l.ellipse(x + h * 0.25, y - h, 2 + t * 2, 5 + t * 5, 0.2, 0, Math.PI * 2);
      l.fill();
    }
  }
  // A line of far scrub and one distant windpump on the horizon.
  l.fillStyle = mix('#5a5e4a', a.sky[2], 0.6);
  for (let x = 0; x < WIDTH; x += 9) {
    const h = 1.5 + random() * (x > 160 && x < 420 ? 6 : 1.5);
    l.beginPath();
    l.ellipse(x, HORIZON, 8, h, 0, Math.PI, 0);
    l.fill();
  }
  l.strokeStyle = mix('#3a3a36', a.sky[2], 0.55);
  l.lineWidth = 1.5;
  l.beginPath();
  l.moveTo(210, HORIZON - 2);
  l.lineTo(214, HORIZON - 34);
  l.lineTo(218, HORIZON - 2);
  l.stroke();
}

/** The boat: a small wooden fishing boat sitting in the mud at a tilt, peeling, its cabin roof gone. */
function paintBoat(l: Ctx, random: Random) {
  const { x, y, tilt, length } = BOAT;
  // The scoop of mud round it, wet and darker, with a puddle holding the light.
  l.save();
  l.filter = 'blur(6px)';
  l.fillStyle = 'rgba(70,62,46,0.6)';
  l.beginPath();
  l.ellipse(x, y + 6, length * 0.62, 14, 0, 0, Math.PI * 2);
  l.fill();
  l.restore();
  l.fillStyle = 'rgba(230,220,190,0.45)';
  l.beginPath();
  l.ellipse(x + 90, y + 12, 60, 5, 0, 0, Math.PI * 2);
  l.fill();
  l.save();
  l.translate(x, y);
  l.rotate(tilt);
  const half = length / 2;
  // The hull: its sheer line rising to the bow on the left, white below a blue upper strake.
  const hull = new Path2D();
  hull.moveTo(-half - 18, -62);
  hull.quadraticCurveTo(-half + 40, -44, 0, -40);
  hull.quadraticCurveTo(half * 0.7, -38, half, -46);
  hull.lineTo(half - 6, -8);
  hull.quadraticCurveTo(0, 10, -half + 30, 0);
  hull.closePath();
  l.fillStyle = '#e4e0d4';
  l.fill(hull);
  l.save();
  l.clip(hull);
  l.fillStyle = '#3e6a8e';
  l.fillRect(-half - 30, -80, length + 60, 62);
  l.fillStyle = '#2e2a26';
  l.fillRect(-half - 30, -6, length + 60, 30);
  // Long pale scabs where the paint has come away, and the grey wood under them; rust from the fastenings.
  for (let i = 0; i < 26; i += 1) {
    const [px, py] = [between(random, -half, half), between(random, -60, -6)];
    l.fillStyle = random() < 0.6 ? '#b8b4a4' : '#8a8476';
    l.beginPath();
    l.ellipse(
      px,
      py,
      between(random, 6, 22),
      between(random, 1.5, 4),
      between(random, -0.2, 0.2),
      0,
      Math.PI * 2,
    );
    l.fill();
  }
  for (let px = -half + 20; px < half; px += 18) {
    l.fillStyle = 'rgba(140,70,40,0.4)';
    l.fillRect(px, -28, 2, 14);
  }
  l.restore();
  l.strokeStyle = '#f0ece0';
  l.lineWidth = 3;
  l.beginPath();
  l.moveTo(-half - 18, -62);
  l.quadraticCurveTo(-half + 40, -44, 0, -40);
  l.quadraticCurveTo(half * 0.7, -38, half, -46);
  l.stroke();
  // The wheelhouse aft: its walls standing, the roof gone, the low sun going straight in.
  l.fillStyle = '#d8d4c6';
  l.fillRect(20, -92, 64, 54);
  l.fillStyle = '#3a5a74';
  l.fillRect(20, -92, 64, 8);
  l.fillStyle = '#4a4640';
  for (const wx of [28, 56]) l.fillRect(wx, -80, 20, 16);
  l.fillStyle = '#8a8270';
  l.fillRect(84, -86, 10, 48);
  // A stub of mast and a rope gone green hanging from it.
  l.fillStyle = '#6a5a48';
  l.fillRect(-40, -120, 5, 80);
  l.strokeStyle = '#5a6a4a';
  l.lineWidth = 1.5;
  l.beginPath();
  l.moveTo(-37, -116);
  l.quadraticCurveTo(-10, -70, 10, -44);
  l.stroke();
  l.restore();
  // Reeds grown up round it, in front of the hull.
  l.lineCap = 'round';
  for (let i = 0; i < 90; i += 1) {
    const rx = x + between(random, -length * 0.7, length * 0.7);
    const h = between(random, 10, 34);
    l.strokeStyle = random() < 0.5 ? '#b09a68' : '#6e6a44';
    l.lineWidth = 1.2;
    l.beginPath();
    l.moveTo(rx, y + 12 + random() * 8);
    l.quadraticCurveTo(rx + 2, y + 4 - h * 0.5, rx + 5, y + 10 - h);
    l.stroke();
  }
}

/** The edge of the wood: dead birches close on either side, their white bark ringed with black; and the wire. */
function paintEdgeOfWood(l: Ctx, random: Random) {
  const birch = (x: number, base: number, height: number, width: number, lean: number, broken: boolean) => {
    const top = base - height;
    const trunk = new Path2D();
    trunk.moveTo(x - width / 2, base);
    trunk.lineTo(x - width * 0.32 + lean, top + (broken ? 10 : 0));
    if (broken) {
      trunk.lineTo(x - width * 0.05 + lean, top - 6);
      trunk.lineTo(x + width * 0.1 + lean, top + 12);
    }
    trunk.lineTo(x + width * 0.32 + lean, top);
    trunk.lineTo(x + width / 2, base);
    trunk.closePath();
    // Round: lit on the sun's side, shadowed on the other.
    const bark = l.createLinearGradient(x - width / 2, 0, x + width / 2, 0);
    bark.addColorStop(0, '#9a948a');
    bark.addColorStop(0.35, '#d8d2c4');
    bark.addColorStop(0.75, '#efe8d8');
    bark.addColorStop(1, '#c8c0ae');
    l.fillStyle = bark;
    l.fill(trunk);
    l.save();
    l.clip(trunk);
    // Lenticels and the black scars round old branches, irregular, thicker low down.
    for (let i = 0; i < height / 9; i += 1) {
      const y = between(random, top, base);
      const u = (base - y) / height;
      const cx = x + lean * u + between(random, -0.4, 0.4) * width;
      l.fillStyle = random() < 0.2 ? '#3a342e' : '#5a544c';
      l.beginPath();
      l.ellipse(
        cx,
        y,
        width * between(random, 0.08, 0.35),
        between(random, 1, 3) + (1 - u) * 2,
        0,
        0,
        Math.PI * 2,
      );
      l.fill();
    }
    l.restore();
    if (!broken) bareTree(l, random, x + lean * 0.8, top + height * 0.25, height * 0.45, '#4a443e');
  };
  birch(1090, HEIGHT - 70, 330, 14, -6, true);
  birch(190, HEIGHT - 20, 470, 20, 12, true);
  birch(60, HEIGHT + 30, 760, 52, -18, false);
  birch(1180, HEIGHT + 30, 780, 58, 16, false);
  // The wire, sagging low across the front between the trees, barbs along it; the wool on one barb.
  l.strokeStyle = '#3a3632';
  l.lineWidth = 2;
  for (const [y0, sag] of [
    [600, 30],
    [652, 24],
  ] as const) {
    l.beginPath();
    l.moveTo(80, y0);
    l.quadraticCurveTo(640, y0 + sag, 1160, y0 - 8);
    l.stroke();
    for (let u = 0.05; u < 1; u += 0.06) {
      const bx = 80 + 1080 * u;
      const by = y0 + sag * 2 * u * (1 - u) - 8 * u * u;
      l.beginPath();
      l.moveTo(bx - 4, by - 4);
      l.lineTo(bx + 4, by + 4);
      l.moveTo(bx + 4, by - 4);
      l.lineTo(bx - 4, by + 4);
      l.stroke();
    }
  }
  l.strokeStyle = '#4a6aa0';
  l.lineWidth = 1.4;
  for (let k = 0; k < 6; k += 1) {
    l.beginPath();
    l.moveTo(822, 615);
    l.quadraticCurveTo(828 + k * 2, 626, 818 + k * 3, 640 + k * 2);
    l.stroke();
  }
}

/** Thin channels of water winding out of the distance and pools among the grass, holding the sky like tin. */
function paintChannels(l: Ctx, a: Air, random: Random) {
  const tin = l.createLinearGradient(0, HORIZON, 0, HEIGHT);
  tin.addColorStop(0, mix(a.sky[2], '#ffffff', 0.35));
  tin.addColorStop(0.25, mix(a.sky[1], '#9fb2c0', 0.45));
  tin.addColorStop(1, mix(a.sky[0], '#6f8aa0', 0.5));
  const bank = mix('#4a4636', a.sky[2], 0.2);
  for (const [x0, drift, width] of [
    [330, -260, 26],
    [1120, 180, 18],
    [640, 60, 10],
    [890, -120, 12],
  ] as const) {
    const points: [number, number, number][] = [];
    for (let k = 0; k <= 40; k += 1) {
      const t = k / 40;
      const depth = t * t;
      const wander = Math.sin(t * 9 + x0) * 40 * (0.2 + depth) + Math.sin(t * 23 + x0 * 2) * 10 * depth;
      points.push([x0 + drift * depth + wander * (0.3 + depth), yAt(depth * 0.95), 0.6 + width * depth]);
    }
    for (const [style, grow] of [
      [bank, 2.5],
      [tin, 0],
    ] as const) {
      l.beginPath();
      points.forEach(([x, y, w], k) => {
        if (k === 0) l.moveTo(x - w - grow, y);
        else l.lineTo(x - w - grow, y);
      });
      for (let k = points.length - 1; k >= 0; k -= 1) {
        const [x, y, w] = points[k] ?? [0, 0, 0];
        l.lineTo(x + w + grow, y + 1 + w * 0.12 + grow * 0.5);
      }
      l.closePath();
      l.fillStyle = style;
      l.fill();
    }
  }
  for (let i = 0; i < 7; i += 1) {
    const t = random() ** 1.4;
    const [x, y, w] = [between(random, 0, WIDTH), yAt(t * 0.8), 8 + t * 70];
    l.fillStyle = bank;
    l.beginPath();
    l.ellipse(x, y, w + 3, 1.5 + t * 8, 0, 0, Math.PI * 2);
    l.fill();
    l.fillStyle = tin;
    l.beginPath();
    l.ellipse(x, y - 0.5, w, 1 + t * 6, 0, 0, Math.PI * 2);
    l.fill();
  }
}
