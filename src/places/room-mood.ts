/**
 * How the hour colours a room (`Mood`, `MOODS`), what a room's window shows at that hour (`paintOutside`), and
 * the lamp and the dust that move in a painted room (`addLampAndDust`). Shared by the dormitory, the classroom
 * and the other rooms, so each lights its own furniture the same way.
 */
import Phaser from 'phaser';
import { between, type Random } from '../core/random.ts';
import type { Light } from '../core/vocabulary.ts';
import { mix } from './colours.ts';
import { dotTexture, glowTexture } from './kit.ts';
import type { Room, V3 } from './room.ts';

/** How the hour colours a room: the sky outside, the light indoors, and the sun or lamp that is left. */
export interface Mood {
  /** Sky at the top of a window, two thirds down, and at the horizon. */
  readonly sky: readonly [string, string, string];
  readonly trees: string;
  /** The room's light everywhere, and the extra light around its windows. */
  readonly ambient: string;
  readonly window: string;
  readonly sun: number;
  readonly sunColor: string;
  readonly lamp: number;
}

const mood = (sky: Mood['sky'], trees: string, ambient: string, window: string, sun = 0, lamp = 0) =>
  ({ sky, trees, ambient, window, sun, sunColor: sun > 0.5 ? '#ffcf8a' : '#fff3da', lamp }) as const;

export const MOODS: Readonly<Record<Light, Mood>> = {
  day: mood(['#bfd3dc', '#e6ebe2', '#f2eddc'], '#7f9068', '#cbc3b6', '#3a3830', 0.4),
  golden: mood(['#e3cfa8', '#f3d29a', '#f7b978'], '#6c6446', '#b79474', '#5e4a30', 0.6),
  dusk: mood(['#566079', '#a3848f', '#e0a27c'], '#37333a', '#47435b', '#45303a', 0, 0.75),
  night: mood(['#0f1522', '#1c2536', '#2d3143'], '#0b0e15', '#1f2335', '#151b2c', 0, 1),
};

/** The glow of a lamp (lit at dusk and night) and dust turning in the window light or, after dark, by the lamp. */
export function addLampAndDust(
  scene: Phaser.Scene,
  root: Phaser.GameObjects.Container,
  at: { x: number; y: number },
  mood: Mood,
  sunX: { min: number; max: number },
) {
  const lamp = scene.add.image(at.x, at.y + 6, glowTexture(scene)).setScale(1.5, 1.2);
  lamp.setTint(0xffc27a).setAlpha(mood.lamp * 0.4);
  const sunny = mood.sun > 0;
  const dust = scene.add.particles(0, 0, dotTexture(scene), {
    x: sunny ? sunX : { min: at.x - 100, max: at.x + 100 },
    y: sunny ? { min: 130, max: 600 } : { min: at.y - 90, max: at.y + 60 },
    speedX: { min: -6, max: 4 },
    speedY: { min: -6, max: 3 },
    lifespan: { min: 5000, max: 9000 },
    scale: { min: 0.12, max: 0.3 },
    alpha: { start: 0, end: sunny ? 0.55 : 0.32, ease: 'Sine.easeInOut' },
    tint: sunny ? 0xfff0d0 : 0xffd6a0,
    blendMode: Phaser.BlendModes.ADD,
    frequency: sunny ? 240 : 900,
  });
  root.add([lamp.setBlendMode(Phaser.BlendModes.ADD), dust]);
  return lamp;
}

/** What a window shows, clipped to its panes: the sky at this hour and the crowns of the trees. */
export function paintOutside(room: Room, mood: Mood, random: Random, panes: readonly (readonly V3[])[]) {
  const { c } = room;
  const points = panes.flat().map((point) => room.at(point));
  const [left, right] = [Math.min(...points.map((p) => p.x)) - 30, Math.max(...points.map((p) => p.x)) + 30];
  const [top, bottom] = [Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y))];
  const height = bottom - top;
  c.save();
  room.trace(panes);
  c.clip();
  const sky = c.createLinearGradient(0, top, 0, bottom);
  mood.sky.forEach((color, i) => {
    sky.addColorStop([0, 0.6, 1][i] ?? 1, color);
  });
  c.fillStyle = sky;
  c.fillRect(left, top - 40, right - left, height + 80);
  if (mood.sun > 0) {
    // The low sun itself, somewhere behind the trees.
    const [sx, sy] = [left + (right - left) * 0.68, bottom - height * 0.4];
    const sun = c.createRadialGradient(sx, sy, 0, sx, sy, height * 0.45);
    sun.addColorStop(0, 'rgba(255,250,230,0.9)');
    sun.addColorStop(1, 'rgba(255,240,200,0)');
    c.fillStyle = sun;
    c.fillRect(left, top, right - left, height);
  }
  // Crowns of beech and elm: a row hazed by distance, then a near row. Big circles fill each crown and small
  // ones make its leafy edge; each is drawn first in a lit colour nudged toward the light, then in the body
  // colour, so what shows is a thin bright fringe on the upper left.
  for (const [rows, haze, rise] of [[4, 0.45, 0.48] as const, [5, 0, 0.3] as const]) {
    const body = mix(mood.trees, mood.sky[2], haze);
    const rim = mix(body, mood.sky[2], haze ? 0.35 : 0.55);
    const crowns = Array.from({ length: rows }, (_, tree) => {
      const cx = left + ((tree + between(random, 0.1, 0.9)) / rows) * (right - left);
      const size = height * between(random, 0.11, 0.2);
      const cy = bottom - height * rise + between(random, -0.4, 0.4) * size;
      const leaves = Array.from({ length: 70 }, (_, i) => {
        const inner = i < 12;
        const angle = inner ? random() * Math.PI * 2 : between(random, -Math.PI * 1.05, 0.05);
        const d = (inner ? between(random, 0, 0.55) : between(random, 0.75, 1.0)) * size;
        const r = size * (inner ? between(random, 0.4, 0.6) : between(random, 0.08, 0.16));
        return { x: cx + Math.cos(angle) * d * 1.25, y: cy + Math.sin(angle) * d, r };
      });
      return { leaves, trunk: [cx - size * 1.15, cy, size * 2.3] as const };
    });
    // The whole row in the lit colour first, then the whole row in the body colour, so only its outer edge shows.
    for (const [color, nudge] of [[rim, -1.3] as const, [body, 0] as const]) {
      c.fillStyle = color;
      c.beginPath();
      for (const { leaves, trunk } of crowns) {
        if (!nudge) c.rect(trunk[0], trunk[1], trunk[2], height);
        for (const leaf of leaves) {
          c.moveTo(leaf.x + nudge + leaf.r, leaf.y + nudge);
          c.arc(leaf.x + nudge, leaf.y + nudge, leaf.r, 0, Math.PI * 2);
        }
      }
      c.fill();
    }
  }
  c.restore();
}
