/**
 * Hailsham's playing fields on a warm afternoon: the white pavilion with its veranda, mown stripes, the woods
 * beyond, the main house on its rise, boys at football and one standing apart. Painted in memory colours
 * (paper, faded grass, ochre, rose); the stage view adds the warm grade and the fading edges.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import {
  bake,
  dotTexture,
  fillPolygon,
  Ground,
  glowTexture,
  gradientTexture,
  HEIGHT,
  type Painting,
  ridge,
  WIDTH,
} from './kit.ts';

const HORIZON = 372;
const ground = new Ground(HORIZON, 560);

export function paintHailshamFields(scene: Phaser.Scene, stage: Stage): Painting {
  const random = seededRandom(1996);
  const root = scene.add.container(0, 0);
  const golden = stage.light !== 'day';

  const sky = gradientTexture(
    scene,
    `sky-fields-${golden ? 'golden' : 'day'}`,
    golden
      ? [
          [0, '#e4d8bd'],
          [0.45, '#efd8aa'],
          [0.8, '#f2cd95'],
          [1, '#eab985'],
        ]
      : [
          [0, '#c9d6dc'],
          [0.6, '#e4e4d2'],
          [1, '#efe6d2'],
        ],
    WIDTH,
    HORIZON + 10,
  );
  // The still picture is baked into one image; only the drifting motes move.
  const still = scene.add.container(0, 0);
  still.add(scene.add.image(0, 0, sky).setOrigin(0, 0));

  const glow = glowTexture(scene);
  still.add(
    scene.add
      .image(1010, 300, glow)
      .setScale(5.5)
      .setTint(0xfff0c8)
      .setAlpha(0.55)
      .setBlendMode(Phaser.BlendModes.ADD),
  );
  still.add(
    scene.add
      .image(1010, 300, glow)
      .setScale(0.7)
      .setTint(0xfff8e6)
      .setAlpha(0.9)
      .setBlendMode(Phaser.BlendModes.ADD),
  );

  for (let i = 0; i < 9; i += 1) {
    const cloud = scene.add.image(between(random, -80, WIDTH + 80), between(random, 50, 230), glow);
    cloud
      .setScale(between(random, 1.8, 3.4), between(random, 0.2, 0.38))
      .setTint(0xfffaf0)
      .setAlpha(0.55);
    still.add(cloud);
  }

  const land = scene.add.graphics();
  ridge(land, random, { y: HORIZON - 34, amplitude: 16, step: 30, color: 0xa4a987, alpha: 0.8 });
  paintMainHouse(land, 250, HORIZON - 40);
  ridge(land, random, { y: HORIZON - 12, amplitude: 16, step: 12, roughness: 0.8, color: 0x6f7f55 });
  still.add(land);

  still.add(paintField(scene, random));
  still.add(paintPlayers(scene, random));
  still.add(paintPavilion(scene, 930, 470));
  root.add(bake(scene, [still]));

  root.add(
    scene.add.particles(0, 0, dotTexture(scene), {
      x: { min: 0, max: WIDTH },
      y: { min: 200, max: HEIGHT },
      speedX: { min: -6, max: 10 },
      speedY: { min: -14, max: -4 },
      lifespan: { min: 5000, max: 9000 },
      scale: { min: 0.2, max: 0.45 },
      alpha: { start: 0, end: 0.5, ease: 'Sine.easeInOut' },
      tint: 0xfff3d6,
      frequency: 400,
    }),
  );

  return {
    root,
    destroy() {
      root.destroy(true);
    },
  };
}

/** Hailsham's main house: a long pale building on its rise, chimneys, rows of windows. */
function paintMainHouse(g: Phaser.GameObjects.Graphics, x: number, baseY: number) {
  g.fillStyle(0xc9b79a, 0.9);
  g.fillRect(x - 110, baseY - 44, 220, 44);
  g.fillTriangle(x - 120, baseY - 44, x + 120, baseY - 44, x, baseY - 70);
  g.fillRect(x - 70, baseY - 80, 10, 24);
  g.fillRect(x + 52, baseY - 84, 10, 26);
  g.fillStyle(0x8f7f69, 0.7);
  for (let row = 0; row < 2; row += 1) {
    for (let col = 0; col < 9; col += 1) g.fillRect(x - 96 + col * 22, baseY - 36 + row * 18, 8, 10);
  }
}

/** Faded grass in mown stripes that run away toward the woods. */
function paintField(scene: Phaser.Scene, random: Random) {
  const g = scene.add.graphics();
  g.fillGradientStyle(0xa9b783, 0xa9b783, 0x7f9a5e, 0x7f9a5e, 1);
  g.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);
  for (let i = -8; i < 12; i += 2) {
    const left = -600 + i * 190;
    g.fillStyle(0xc3cf94, 0.3);
    fillPolygon(g, [
      { x: ground.vanishX + i * 6, y: HORIZON },
      { x: ground.vanishX + (i + 1) * 6, y: HORIZON },
      { x: left + 190, y: HEIGHT },
      { x: left, y: HEIGHT },
    ]);
  }
  // Far goalposts, and daisies near us.
  g.lineStyle(2, 0xf6f0e2, 0.85);
  g.strokeRect(300, HORIZON + 22, 64, 22);
  g.fillStyle(0xfbf7ec, 0.8);
  for (let i = 0; i < 90; i += 1) {
    const y = between(random, HORIZON + 60, HEIGHT);
    g.fillCircle(between(random, 0, WIDTH), y, ((y - HORIZON) / (HEIGHT - HORIZON)) * 2.2);
  }
  return g;
}

/** Boys at football on the far field, softly drawn. Anyone nearer is the cast's (`# cast:`), not the painter's. */
function paintPlayers(scene: Phaser.Scene, random: Random) {
  const g = scene.add.graphics();
  const figure = (x: number, y: number, scale: number, color: number) => {
    g.fillStyle(color, 0.85);
    g.fillEllipse(x, y - 12 * scale, 7 * scale, 16 * scale);
    g.fillCircle(x, y - 23 * scale, 3.6 * scale);
    g.fillRect(x - 2.5 * scale, y - 5 * scale, 2 * scale, 6 * scale);
    g.fillRect(x + 0.5 * scale, y - 5 * scale, 2 * scale, 6 * scale);
  };
  for (let i = 0; i < 11; i += 1) {
    figure(
      between(random, 260, 700),
      between(random, HORIZON + 30, HORIZON + 70),
      between(random, 0.9, 1.2),
      0x6f7b69,
    );
  }
  return g;
}

/** The pavilion: white boards, a dark pitched roof, a veranda with rails, the girls on its benches. */
function paintPavilion(scene: Phaser.Scene, x: number, baseY: number) {
  const g = scene.add.graphics();
  const w = 320;
  const h = 120;
  g.fillStyle(0x7d6c56, 0.25);
  g.fillEllipse(x + 20, baseY + 8, w + 120, 28);
  g.fillStyle(0xf1ead8, 1);
  g.fillRect(x - w / 2, baseY - h, w, h);
  g.fillStyle(0xdcd2bb, 1);
  for (let y = baseY - h + 10; y < baseY; y += 12) g.fillRect(x - w / 2, y, w, 2);
  // Roof and the little clock turret.
  g.fillStyle(0x6e4536, 1);
  g.fillTriangle(x - w / 2 - 26, baseY - h + 4, x + w / 2 + 26, baseY - h + 4, x, baseY - h - 78);
  g.fillStyle(0xf1ead8, 1);
  g.fillRect(x - 16, baseY - h - 104, 32, 34);
  g.fillStyle(0x7a5646, 1);
  g.fillTriangle(x - 24, baseY - h - 102, x + 24, baseY - h - 102, x, baseY - h - 124);
  g.fillStyle(0xfdfaf2, 1);
  g.fillCircle(x, baseY - h - 87, 9);
  g.lineStyle(1.5, 0x5a4632, 1);
  g.lineBetween(x, baseY - h - 87, x, baseY - h - 93);
  g.lineBetween(x, baseY - h - 87, x + 5, baseY - h - 85);
  // The veranda: shade under the eaves, posts, benches of girls, rails.
  g.fillStyle(0x9c8a6c, 1);
  g.fillRect(x - w / 2 + 8, baseY - h + 8, w - 16, 62);
  const girls = [0xd9a5a0, 0x9fb0c8, 0xe2c48f, 0xb7a0c2, 0xd9a5a0, 0xa9c0a0, 0xe6d2b5];
  girls.forEach((color, i) => {
    const gx = x - w / 2 + 36 + i * 40;
    g.fillStyle(color, 0.95);
    g.fillEllipse(gx, baseY - h + 56, 20, 30);
    g.fillStyle(0x6a5443, 0.9);
    g.fillCircle(gx, baseY - h + 34, 8);
  });
  g.fillStyle(0xf6f1e4, 1);
  for (let i = 0; i <= 6; i += 1) g.fillRect(x - w / 2 + 6 + i * ((w - 18) / 6), baseY - h + 6, 6, h - 6);
  g.fillRect(x - w / 2, baseY - 46, w, 5);
  g.fillRect(x - w / 2, baseY - 30, w, 4);
  g.fillStyle(0xd8ceb6, 1);
  g.fillRect(x - w / 2 - 10, baseY - 6, w + 20, 10);
  return g;
}
