/**
 * Weather in the open air (`Air`): painted over the finished picture so a still picture still shows it (a veil
 * of fog, fine rain), and moving over it when motion is on (falling rain, blown leaves, slow banks of fog).
 */
import type Phaser from 'phaser';
import { between, type Random } from '../core/random.ts';
import type { Air } from './air.ts';
import { alpha, mix } from './colours.ts';
import { dotTexture, glowTexture, HEIGHT, streakTexture, WIDTH } from './kit.ts';

type Ctx = CanvasRenderingContext2D;

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
