/**
 * Shared drawing pieces for the painters: the picture's size, gradient and glow textures (made once, on a 2D
 * canvas, so many stops and soft edges are possible), ridged silhouettes and the perspective of a road or field.
 * Painters compose these; they hold no story logic.
 */
import Phaser from 'phaser';
import type { Random } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';

export const WIDTH = 1280;
export const HEIGHT = 720;

/** A painted place: a container the stage view fades in and out, and optional gentle motion per frame. */
export interface Painting {
  readonly root: Phaser.GameObjects.Container;
  update?(time: number, delta: number): void;
  destroy(): void;
}

export type Painter = (scene: Phaser.Scene, stage: Stage) => Painting;

export type Stops = readonly (readonly [offset: number, color: string])[];

/** A full-width vertical gradient texture, made once per key. */
export function gradientTexture(
  scene: Phaser.Scene,
  key: string,
  stops: Stops,
  width = WIDTH,
  height = HEIGHT,
) {
  if (!scene.textures.exists(key)) {
    const texture = scene.textures.createCanvas(key, width, height);
    const context = texture?.getContext();
    if (texture && context) {
      const gradient = context.createLinearGradient(0, 0, 0, height);
      for (const [offset, color] of stops) gradient.addColorStop(offset, color);
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      texture.refresh();
    }
  }
  return key;
}

/** A soft round glow: white at the centre fading to nothing; tint it and scale it where used. */
export function glowTexture(scene: Phaser.Scene, key = 'glow', size = 256) {
  if (!scene.textures.exists(key)) {
    const texture = scene.textures.createCanvas(key, size, size);
    const context = texture?.getContext();
    if (texture && context) {
      const half = size / 2;
      const gradient = context.createRadialGradient(half, half, 0, half, half, half);
      gradient.addColorStop(0, 'rgba(255,255,255,1)');
      gradient.addColorStop(0.25, 'rgba(255,255,255,0.55)');
      gradient.addColorStop(0.6, 'rgba(255,255,255,0.12)');
      gradient.addColorStop(1, 'rgba(255,255,255,0)');
      context.fillStyle = gradient;
      context.fillRect(0, 0, size, size);
      texture.refresh();
    }
  }
  return key;
}

/** A tiny soft dot, for rain, dust and pollen particles. */
export function dotTexture(scene: Phaser.Scene, key = 'dot', size = 16) {
  return glowTexture(scene, key, size);
}

/** A thin vertical streak, bright at the bottom: a raindrop running down glass. */
export function streakTexture(scene: Phaser.Scene, key = 'streak') {
  if (!scene.textures.exists(key)) {
    const texture = scene.textures.createCanvas(key, 4, 48);
    const context = texture?.getContext();
    if (texture && context) {
      const gradient = context.createLinearGradient(0, 0, 0, 48);
      gradient.addColorStop(0, 'rgba(255,255,255,0)');
      gradient.addColorStop(0.8, 'rgba(255,255,255,0.6)');
      gradient.addColorStop(1, 'rgba(255,255,255,0.9)');
      context.fillStyle = gradient;
      context.fillRect(1, 0, 2, 48);
      texture.refresh();
    }
  }
  return key;
}

export interface RidgeOptions {
  /** Mean height of the ridge line. */
  readonly y: number;
  readonly amplitude: number;
  /** Horizontal distance between points. */
  readonly step: number;
  readonly color: number;
  readonly alpha?: number;
  /** Where the silhouette is filled down to. */
  readonly bottom?: number;
  /** 0: smooth rolling hills; 1: ragged tree tops. */
  readonly roughness?: number;
}

/** Fills a silhouette whose top is a wandering line: hills, hedges, the edge of a wood. */
export function ridge(graphics: Phaser.GameObjects.Graphics, random: Random, options: RidgeOptions) {
  const { y, amplitude, step, color, alpha = 1, bottom = HEIGHT, roughness = 0 } = options;
  const points: Phaser.Types.Math.Vector2Like[] = [{ x: -step, y: bottom }];
  let wander = 0;
  for (let x = -step; x <= WIDTH + step; x += step) {
    wander += (random() - 0.5) * amplitude * 0.6;
    wander *= 0.85;
    const rolling = Math.sin(x / 210 + y) * amplitude * 0.5;
    const ragged = (random() - 0.5) * amplitude * roughness;
    points.push({ x, y: y + wander + rolling + ragged });
  }
  points.push({ x: WIDTH + step, y: bottom });
  graphics.fillStyle(color, alpha);
  fillPolygon(graphics, points);
}

/** Fills a closed polygon; Phaser's typings ask for Vector2 objects, but any {x, y} will do. */
export function fillPolygon(
  graphics: Phaser.GameObjects.Graphics,
  points: readonly Phaser.Types.Math.Vector2Like[],
) {
  graphics.fillPoints(points as Phaser.Math.Vector2[], true);
}

/**
 * Perspective along the ground toward a horizon: depth `z` (1 at the bottom edge, growing into the distance)
 * to a screen y; lines from the vanishing point spread to their x at the bottom edge.
 */
export class Ground {
  constructor(
    readonly horizon: number,
    readonly vanishX: number,
  ) {}

  yAt(z: number): number {
    return this.horizon + (HEIGHT - this.horizon) / z;
  }

  /** The x at screen height `y` of the line that leaves the vanishing point toward `bottomX`. */
  xAt(bottomX: number, y: number): number {
    return this.vanishX + ((bottomX - this.vanishX) * (y - this.horizon)) / (HEIGHT - this.horizon);
  }
}

/**
 * Draws still objects once into a single picture-sized texture and lets the objects go. A painting is mostly
 * still; baking it means each frame draws one image instead of every shape again, which matters on machines
 * that draw WebGL in software.
 */
export function bake(
  scene: Phaser.Scene,
  objects: readonly Phaser.GameObjects.GameObject[],
): Phaser.GameObjects.RenderTexture {
  const texture = scene.add.renderTexture(0, 0, WIDTH, HEIGHT).setOrigin(0, 0);
  texture.draw([...objects]);
  texture.render();
  for (const object of objects) object.destroy();
  return texture;
}

/** Hex colour number from a CSS-style string, for Graphics calls. */
export function hex(color: string): number {
  return Phaser.Display.Color.HexStringToColor(color).color;
}

/**
 * A 2D canvas rasterised by the processor rather than the graphics card, for pictures painted once. A painting is
 * dozens of layered, blended and blurred passes; where WebGL is emulated in software (headless Chromium, some
 * school virtual desktops) each pass on a GPU-backed canvas costs tens of milliseconds, and moving pixels between
 * a GPU canvas and a CPU one costs more. Every canvas a painter draws on comes from here, so they all agree.
 */
export function canvas2d(width = WIDTH, height = HEIGHT): CanvasRenderingContext2D | null {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  return canvas.getContext('2d', { willReadFrequently: true });
}
