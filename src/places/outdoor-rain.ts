/**
 * Rain in an `Outdoor` picture: painted streaks, so a still picture still rains, and the drops that fall when
 * motion is on.
 */
import type Phaser from 'phaser';
import { between, type Random } from '../core/random.ts';
import { HEIGHT, streakTexture, WIDTH } from './kit.ts';
import type { Outdoor } from './outdoor.ts';

type Ctx = CanvasRenderingContext2D;

/** Painted rain, so a still picture still rains; the moving drops come from `addRain`. */
export function rainOver(c: Ctx, random: Random, alpha = 0.16) {
  c.save();
  c.strokeStyle = '#dfe6ec';
  for (let i = 0; i < 700; i += 1) {
    const [x, y, l] = [between(random, 0, WIDTH + 60), between(random, 0, HEIGHT), between(random, 10, 26)];
    c.globalAlpha = alpha * between(random, 0.4, 1);
    c.beginPath();
    c.moveTo(x, y);
    c.lineTo(x - l * 0.18, y + l);
    c.stroke();
  }
  c.restore();
}

/** Rain falling across the whole picture, if it rains: the only weather that moves. */
export function addRain(scene: Phaser.Scene, root: Phaser.GameObjects.Container, o: Outdoor) {
  if (!o.rain) return;
  root.add(
    scene.add.particles(0, 0, streakTexture(scene), {
      ...{
        x: { min: 0, max: WIDTH + 120 },
        y: { min: -60, max: HEIGHT * 0.7 },
        lifespan: 900,
        frequency: 14,
      },
      ...{ speedX: -90, speedY: { min: 520, max: 720 }, rotate: 8, scaleY: { min: 0.3, max: 0.7 } },
      alpha: { start: 0.22, end: 0.05 },
    }),
  );
}
