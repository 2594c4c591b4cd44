/**
 * The title picture: a wire fence along a ploughed field at dusk, scraps caught in the wire moving in the wind,
 * one tree on the skyline. The story ends at such a fence; the title starts there too.
 */
import Phaser from 'phaser';
import { between, seededRandom } from '../core/random.ts';
import { bake, Ground, glowTexture, gradientTexture, HEIGHT, type Painting, ridge, WIDTH } from './kit.ts';

const HORIZON = 430;
const ground = new Ground(HORIZON, 780);

export function paintFenceAtDusk(scene: Phaser.Scene): Painting {
  const random = seededRandom(31);
  const root = scene.add.container(0, 0);
  const sky = gradientTexture(
    scene,
    'sky-fence',
    [
      [0, '#1f2836'],
      [0.35, '#33425a'],
      [0.7, '#6e6470'],
      [0.9, '#b98a78'],
      [1, '#d9a585'],
    ],
    WIDTH,
    HORIZON + 6,
  );
  // The still picture is baked into one image; only the scraps in the wire move.
  const still = scene.add.container(0, 0);
  still.add(scene.add.image(0, 0, sky).setOrigin(0, 0));
  still.add(
    scene.add
      .image(880, HORIZON, glowTexture(scene))
      .setScale(6, 1.2)
      .setTint(0xe7b08a)
      .setAlpha(0.5)
      .setBlendMode(Phaser.BlendModes.ADD),
  );

  const land = scene.add.graphics();
  ridge(land, random, { y: HORIZON - 6, amplitude: 8, step: 40, color: 0x2a2c33 });
  // One tree on the skyline.
  land.fillStyle(0x1c1e24, 1);
  land.fillRect(1046, HORIZON - 60, 5, 56);
  for (let i = 0; i < 14; i += 1)
    land.fillCircle(
      1048 + between(random, -26, 26),
      HORIZON - 70 + between(random, -22, 18),
      between(random, 10, 18),
    );
  // Ploughed furrows running to the horizon.
  land.fillGradientStyle(0x3a3231, 0x3a3231, 0x1d1a1a, 0x1d1a1a, 1);
  land.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);
  for (let i = -30; i <= 30; i += 1) {
    land.lineStyle(2, i % 2 === 0 ? 0x4b403c : 0x141212, 0.55);
    land.lineBetween(ground.vanishX + i * 3, HORIZON, ground.vanishX + i * 150, HEIGHT);
  }
  still.add(land);

  // The fence: posts in a row close to us, two strands of wire sagging between them.
  const fence = scene.add.graphics();
  const postsX = [60, 250, 440, 630, 820, 1010, 1200];
  const postTop = (x: number) => 470 + x * 0.03;
  fence.fillStyle(0x15161a, 1);
  for (const x of postsX) fence.fillRect(x - 6, postTop(x), 12, HEIGHT - postTop(x));
  fence.lineStyle(1.6, 0x8f8a86, 0.9);
  for (const drop of [24, 70]) {
    for (let i = 0; i < postsX.length - 1; i += 1) {
      const a = postsX[i] ?? 0;
      const b = postsX[i + 1] ?? 0;
      const curve = new Phaser.Curves.QuadraticBezier(
        new Phaser.Math.Vector2(a, postTop(a) + drop),
        new Phaser.Math.Vector2((a + b) / 2, postTop((a + b) / 2) + drop + 10),
        new Phaser.Math.Vector2(b, postTop(b) + drop),
      );
      curve.draw(fence, 24);
    }
  }
  still.add(fence);
  root.add(bake(scene, [still]));

  // Rubbish the wind has left in the wire: pale scraps that stir.
  const scraps = [
    { x: 330, y: 505, w: 26, h: 16, color: 0xe8e2d6 },
    { x: 700, y: 518, w: 18, h: 22, color: 0xd9a5a0 },
    { x: 905, y: 560, w: 30, h: 14, color: 0xcfd6dc },
    { x: 1120, y: 520, w: 16, h: 12, color: 0xe8e2d6 },
  ].map((s) => {
    const shape = scene.add.ellipse(s.x, s.y, s.w, s.h, s.color, 0.85);
    root.add(shape);
    return shape;
  });

  return {
    root,
    update(time) {
      scraps.forEach((scrap, i) => {
        scrap.rotation = Math.sin(time / 900 + i * 1.7) * 0.25;
        scrap.scaleX = 1 + Math.sin(time / 640 + i) * 0.12;
      });
    },
    destroy() {
      root.destroy(true);
    },
  };
}
