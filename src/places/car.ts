/**
 * The car: Kathy's view through a wet windscreen, at dusk or at night. The present register: cool, sharp,
 * sodium lamps going by, the tail lights of someone ahead, rain gathering on the glass.
 * Right-hand drive, keeping left: the centre line runs to our right.
 */
import Phaser from 'phaser';
import { between, seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import {
  bake,
  dotTexture,
  fillPolygon,
  Ground,
  glowTexture,
  gradientTexture,
  HEIGHT,
  hex,
  type Painting,
  ridge,
  streakTexture,
  WIDTH,
} from './kit.ts';

const HORIZON = 402;
const ground = new Ground(HORIZON, 610);
const LAMP_SPACING = 9;
const DASH_SPACING = 1.6;

const SKIES = {
  dusk: [
    [0, '#1b2430'],
    [0.3, '#2b3a4a'],
    [0.58, '#3d4e66'],
    [0.82, '#8a6f6c'],
    [1, '#c98e6b'],
  ],
  night: [
    [0, '#06080c'],
    [0.5, '#0e141c'],
    [0.82, '#1b222c'],
    [1, '#3b3330'],
  ],
} as const;

export function paintCar(scene: Phaser.Scene, stage: Stage): Painting {
  const night = stage.light === 'night';
  const rain = stage.weather === 'rain';
  const random = seededRandom(night ? 11 : 7);
  const root = scene.add.container(0, 0);

  const skyKey = gradientTexture(
    scene,
    `sky-car-${night ? 'night' : 'dusk'}`,
    SKIES[night ? 'night' : 'dusk'],
    WIDTH,
    HORIZON + 8,
  );
  // Everything still is baked into two images: what lies beyond the glass, and the glass and car in front.
  const beyond: Phaser.GameObjects.GameObject[] = [scene.add.image(0, 0, skyKey).setOrigin(0, 0)];

  // Low cloud, darker than the sky, soft-edged; at dusk its undersides catch the last light.
  const glow = glowTexture(scene);
  for (let i = 0; i < 14; i += 1) {
    const y = between(random, 90, 330);
    const cloud = scene.add.image(between(random, -100, WIDTH + 100), y, glow);
    cloud.setScale(between(random, 2.2, 4.2), between(random, 0.18, 0.36));
    cloud.setTint(night ? 0x070a0f : y > 250 ? 0x5a5660 : 0x222d3b).setAlpha(night ? 0.7 : 0.55);
    beyond.push(cloud);
  }

  const land = scene.add.graphics();
  ridge(land, random, { y: HORIZON - 14, amplitude: 14, step: 40, color: night ? 0x0f141b : 0x222c38 });
  ridge(land, random, {
    y: HORIZON - 2,
    amplitude: 10,
    step: 14,
    roughness: 0.9,
    color: night ? 0x090d12 : 0x151c25,
  });
  land.fillStyle(night ? 0x07090c : 0x12171d, 1);
  land.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);
  beyond.push(land);

  // The road: wet tarmac, brighter toward the horizon where it mirrors the sky.
  const road = scene.add.graphics();
  const top = night ? 0x2c2a2a : 0x4a4a52;
  const bottom = night ? 0x0c0e10 : 0x15191d;
  road.fillGradientStyle(top, top, bottom, bottom, 1);
  fillPolygon(road, [
    { x: ground.vanishX - 8, y: HORIZON },
    { x: ground.vanishX + 14, y: HORIZON },
    { x: WIDTH + 420, y: HEIGHT },
    { x: -420, y: HEIGHT },
  ]);
  road.lineStyle(3, 0xd8d2c4, 0.35);
  road.lineBetween(ground.vanishX - 6, HORIZON, -60, HEIGHT);
  beyond.push(road);

  const horizonGlow = scene.add.image(ground.vanishX, HORIZON + 6, glow).setScale(5, 0.5);
  horizonGlow
    .setTint(night ? 0x6a4b30 : 0xd9a07a)
    .setAlpha(night ? 0.35 : 0.45)
    .setBlendMode(Phaser.BlendModes.ADD);
  beyond.push(horizonGlow);
  root.add(bake(scene, beyond));

  // Tail lights of a car some way ahead, and their smear on the wet road.
  const tail = scene.add.container(ground.vanishX + 4, HORIZON + 12);
  for (const dx of [-7, 7]) {
    tail.add(
      scene.add.image(dx, 0, glow).setScale(0.12).setTint(0xff4a3a).setBlendMode(Phaser.BlendModes.ADD),
    );
    tail.add(
      scene.add
        .image(dx, 14, glow)
        .setScale(0.05, 0.22)
        .setTint(0xb8322a)
        .setAlpha(0.6)
        .setBlendMode(Phaser.BlendModes.ADD),
    );
  }
  root.add(tail);

  const moving = scene.add.graphics();
  root.add(moving);
  const poles = scene.add.graphics();
  root.add(poles);
  const lampLayer = scene.add.container(0, 0);
  root.add(lampLayer);
  const lamps = Array.from({ length: 7 }, () => {
    const head = scene.add.image(0, 0, glow).setTint(0xe0a34a).setBlendMode(Phaser.BlendModes.ADD);
    const reflection = scene.add
      .image(0, 0, glow)
      .setTint(0xe0a34a)
      .setAlpha(0.35)
      .setBlendMode(Phaser.BlendModes.ADD);
    lampLayer.add([reflection, head]);
    return { head, reflection };
  });

  // Rain on the glass: drops that sit (baked with the car), and drops that run.
  const glass = scene.add.container(0, 0);
  const front: Phaser.GameObjects.GameObject[] = [];
  if (rain) {
    const dot = dotTexture(scene);
    const beads = scene.add.graphics();
    for (let i = 0; i < 260; i += 1) {
      const x = between(random, 0, WIDTH);
      const y = between(random, 40, HEIGHT - 120);
      const r = between(random, 1, 3.2);
      beads.fillStyle(0xcfd8e3, between(random, 0.08, 0.22));
      beads.fillCircle(x, y, r);
      beads.fillStyle(0xffffff, 0.25);
      beads.fillCircle(x - r * 0.3, y - r * 0.3, r * 0.35);
    }
    front.push(beads);
    glass.add(
      scene.add.particles(0, 0, streakTexture(scene), {
        x: { min: 0, max: WIDTH },
        y: { min: 30, max: HEIGHT - 260 },
        speedY: { min: 18, max: 60 },
        lifespan: { min: 1800, max: 4200 },
        scaleX: 1,
        scaleY: { min: 0.3, max: 0.8 },
        alpha: { start: 0.28, end: 0 },
        frequency: 220,
        quantity: 1,
      }),
    );
    glass.add(
      scene.add.particles(0, 0, dot, {
        x: { min: 0, max: WIDTH },
        y: { min: 30, max: HEIGHT - 160 },
        lifespan: { min: 1500, max: 3500 },
        scale: { min: 0.15, max: 0.35 },
        alpha: { start: 0.35, end: 0 },
        frequency: 60,
      }),
    );
  }
  root.add(glass);
  front.push(paintInterior(scene, night));
  root.add(bake(scene, front));

  let travelled = 0;
  return {
    root,
    update(_time, delta) {
      travelled += delta / 1000;
      moving.clear();
      drawDashes(moving, travelled);
      poles.clear();
      placeLamps(lamps, poles, travelled, night);
      tail.y = HORIZON + 12 + Math.sin(travelled * 0.9) * 0.8;
    },
    destroy() {
      root.destroy(true);
    },
  };
}

/** Centre-line dashes rushing toward us, in perspective. */
function drawDashes(graphics: Phaser.GameObjects.Graphics, travelled: number) {
  graphics.fillStyle(0xe9e3d3, 0.55);
  const offset = (travelled * 2.2) % DASH_SPACING;
  for (let z = 1.2 - offset + DASH_SPACING; z < 60; z += DASH_SPACING) {
    const nearY = ground.yAt(z);
    const farY = ground.yAt(z + 0.55);
    if (nearY > HEIGHT + 40) continue;
    const halfNear = Math.max(0.6, 7 / z);
    const halfFar = Math.max(0.5, 7 / (z + 0.55));
    const xNear = ground.xAt(1060, nearY);
    const xFar = ground.xAt(1060, farY);
    fillPolygon(graphics, [
      { x: xFar - halfFar, y: farY },
      { x: xFar + halfFar, y: farY },
      { x: xNear + halfNear, y: nearY },
      { x: xNear - halfNear, y: nearY },
    ]);
  }
}

/** Sodium lamps on the left verge, passing; each throws a long amber smear down the wet road. */
function placeLamps(
  lamps: readonly { head: Phaser.GameObjects.Image; reflection: Phaser.GameObjects.Image }[],
  poles: Phaser.GameObjects.Graphics,
  travelled: number,
  night: boolean,
) {
  const offset = (travelled * 3) % LAMP_SPACING;
  lamps.forEach((lamp, i) => {
    const z = 1.1 + i * LAMP_SPACING - offset + LAMP_SPACING * 0.4;
    const baseY = ground.yAt(z);
    const x = ground.xAt(-900, baseY);
    const height = 560 / z;
    const arm = 150 / z;
    const size = Math.min(1.2, 1.6 / z);
    poles.lineStyle(Math.max(1, 9 / z), night ? 0x07090c : 0x10151b, 1);
    poles.lineBetween(x, baseY, x, baseY - height);
    poles.lineBetween(x, baseY - height, x + arm, baseY - height - arm * 0.12);
    lamp.head.setPosition(x + arm, baseY - height - arm * 0.1).setScale(size);
    lamp.head.setAlpha(Math.min(1, (night ? 1.2 : 0.8) - z / 90));
    lamp.reflection.setPosition(ground.xAt(-260, baseY), baseY + 40 / z).setScale(size * 0.3, size * 1.8);
  });
}

/** The inside of the car: roof, pillars, mirror and dashboard, with the wheel on the right. */
function paintInterior(scene: Phaser.Scene, night: boolean): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const body = night ? 0x050608 : 0x0a0c0f;
  g.fillStyle(body, 1);
  fillPolygon(g, [
    { x: 0, y: 0 },
    { x: WIDTH, y: 0 },
    { x: WIDTH, y: 34 },
    { x: WIDTH / 2, y: 50 },
    { x: 0, y: 34 },
  ]);
  fillPolygon(g, [
    { x: 0, y: 0 },
    { x: 170, y: 0 },
    { x: 48, y: 600 },
    { x: 0, y: 640 },
  ]);
  fillPolygon(g, [
    { x: WIDTH - 170, y: 0 },
    { x: WIDTH, y: 0 },
    { x: WIDTH, y: 640 },
    { x: WIDTH - 48, y: 600 },
  ]);
  g.fillRoundedRect(WIDTH / 2 - 95, 46, 190, 52, 14);
  g.fillStyle(hex(night ? '#141a22' : '#3a4658'), 0.8);
  g.fillRoundedRect(WIDTH / 2 - 86, 53, 172, 38, 10);
  g.fillStyle(body, 1);
  g.fillRect(WIDTH / 2 - 6, 30, 12, 20);

  // Dashboard: a long dark curve across the bottom, a faint edge catching the light.
  g.fillStyle(body, 1);
  g.beginPath();
  g.moveTo(0, 590);
  for (let x = 0; x <= WIDTH; x += 32) g.lineTo(x, 572 + Math.sin((x / WIDTH) * Math.PI) * -26);
  g.lineTo(WIDTH, HEIGHT);
  g.lineTo(0, HEIGHT);
  g.closePath();
  g.fillPath();
  g.lineStyle(2, night ? 0x1c222b : 0x2d3746, 0.9);
  g.beginPath();
  for (let x = 0; x <= WIDTH; x += 32) {
    const y = 572 + Math.sin((x / WIDTH) * Math.PI) * -26;
    if (x === 0) g.moveTo(x, y);
    else g.lineTo(x, y);
  }
  g.strokePath();

  // Instruments glowing amber behind the wheel.
  g.fillStyle(0xe0a34a, night ? 0.22 : 0.12);
  g.fillEllipse(900, 636, 150, 34);
  g.lineStyle(30, 0x050608, 1);
  g.strokeEllipse(905, 770, 470, 330);
  return g;
}
