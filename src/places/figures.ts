/**
 * The people in the picture (`# cast:`), drawn as soft figures: a silhouette in a few muted colours with a thin
 * rim of light on the side the light comes from, and never a face. Each principal is known by shape and colour:
 * Ruth tall in a long wine-coloured coat, her dark hair up; Tommy broad in his blue polo shirt; Kathy slighter, in
 * a sage cardigan, her hair to her shoulders; Madame narrow and upright in grey, her bag under her arm; Miss Emily
 * small and straight, her glasses only light caught across them (in her chair, years later); Miss Lucy
 * square-shouldered in a games tracksuit; the students a loose group of small shapes; a donor propped up in a bed.
 *
 * They stand in a row along the lower third of the picture, in the order the tag lists them, on a ground line
 * chosen per place, and never reach down into the lower quarter where the text panel lies. At Hailsham the
 * students are drawn as the children they were. Where we look over their shoulders (the glass office, the fence)
 * they are seen from behind; Tommy as Kathy imagines him at the fence stands far off and faint. In the car the
 * first person listed sits beside the driver, a dark shape against the windscreen, and the rest are in the mirror.
 * Everything is seeded: the same cast in the same place is always drawn the same.
 *
 * This module only draws; the stage view bakes, grades and fades what it returns.
 */
import type Phaser from 'phaser';
import { seededRandom } from '../core/random.ts';
import type { Stage } from '../core/stage.ts';
import type { Light } from '../core/vocabulary.ts';
import { BUILD, DRAWERS } from './cast-figures.ts';
import { CHILDREN, HAILSHAM, layoutCast, stagingOf } from './figure-layout.ts';
import { type Point, type Shape, Sketch } from './figure-sketch.ts';
import { glowTexture } from './kit.ts';

interface Lighting {
  readonly rim: number;
  readonly rimAlpha: number;
  /** The soft pool of light behind each figure. */
  readonly glow: number;
  /** The side the light comes from: -1 left, 1 right. */
  readonly side: number;
  /** How far the figures' colours go towards the dark. */
  readonly shade: number;
}

const LIGHTING: Readonly<Record<Light, Lighting>> = {
  day: { rim: 0xfff4dc, rimAlpha: 0.7, glow: 0.1, side: -1, shade: 0.04 },
  golden: { rim: 0xffd596, rimAlpha: 0.85, glow: 0.14, side: 1, shade: 0.12 },
  dusk: { rim: 0xf0b27e, rimAlpha: 0.75, glow: 0.12, side: 1, shade: 0.4 },
  night: { rim: 0xa9bddc, rimAlpha: 0.55, glow: 0.08, side: -1, shade: 0.62 },
};

const SHADE = 0x161b24;

function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) =>
    Math.round(((a >> shift) & 0xff) * (1 - t) + ((b >> shift) & 0xff) * t) << shift;
  return channel(16) | channel(8) | channel(0);
}

/**
 * Draws everyone in `stage.cast` into one container (null when nobody is there), in picture coordinates. The
 * caller bakes it.
 */
export function paintFigures(scene: Phaser.Scene, stage: Stage): Phaser.GameObjects.Container | null {
  if (!stage.place || stage.cast.length === 0) return null;
  const place = stage.place;
  const lighting = LIGHTING[stage.light];
  const inCar = stagingOf(place).inCar ?? false;
  const root = scene.add.container(0, 0);
  const glow = glowTexture(scene);
  const placements = layoutCast(stage.cast, place);
  // Far figures first, then the row from the back (the higher ground line) to the front.
  const order = [...placements].sort((a, b) => Number(b.far) - Number(a.far) || a.ground - b.ground);
  for (const placement of order) {
    const { id } = placement;
    const random = seededRandom(hashOf(`${place}:${id}`));
    const young = HAILSHAM.has(place) && CHILDREN.has(id);
    const sketch = new Sketch();
    sketch.back = placement.back ?? false;
    DRAWERS[id](sketch, { place, young, random });
    const height = placement.height * BUILD[id].height * (young ? 0.84 : 1);
    const fog = stage.weather === 'fog' ? 0.2 : 0;
    const shade = Math.min(0.9, lighting.shade + fog + (inCar ? 0.5 : 0) + (placement.far ? 0.15 : 0));
    const g = scene.add.graphics();
    if (!placement.far && placement.clip === undefined) {
      // A soft pool of the light behind them, and a shadow on the ground.
      root.add(
        scene.add
          .image(placement.x, placement.ground - height * 0.55, glow)
          .setScale((height * 0.9) / 256, (height * 1.3) / 256)
          .setTint(lighting.rim)
          .setAlpha(lighting.glow),
      );
      g.fillStyle(0x1a1614, 0.2);
      g.fillEllipse(
        placement.x - lighting.side * height * 0.07,
        placement.ground,
        height * 0.36,
        height * 0.045,
      );
    }
    drawSketch(g, sketch, { ...placement, height }, lighting, shade);
    if (placement.far) g.setAlpha(0.32);
    root.add(g);
  }
  return root;
}

/**
 * Three passes: the rim, shifted furthest towards the light, so only a thin edge of it shows past the body; the
 * body in shadow; the body in light, shifted a little towards the light, leaving a darker edge on the far side.
 */
function drawSketch(
  g: Phaser.GameObjects.Graphics,
  sketch: Sketch,
  at: { readonly x: number; readonly ground: number; readonly height: number; readonly clip?: number },
  lighting: Lighting,
  shade: number,
): void {
  const { x, ground, height, clip } = at;
  const unit = Math.max(0.8, height / 170);
  const pass = (offset: number, paint: (shape: Shape) => { color: number; alpha: number } | null) => {
    const dx = lighting.side * offset * unit;
    const dy = -offset * unit * 0.6;
    for (const shape of sketch.shapes) {
      const style = paint(shape);
      if (!style) continue;
      const points = shape.points.map((p) => ({ x: x + p.x * height + dx, y: ground - p.y * height + dy }));
      paintShape(
        g,
        shape,
        clip === undefined ? points : clipBelow(points, clip),
        style.color,
        style.alpha,
        height,
      );
    }
  };
  pass(4.2, (shape) => (shape.rim ? { color: lighting.rim, alpha: lighting.rimAlpha * 0.3 } : null));
  pass(3, (shape) => (shape.rim ? { color: lighting.rim, alpha: lighting.rimAlpha } : null));
  const dark = Math.min(0.95, shade + 0.28);
  pass(0, (shape) => (shape.rim ? { color: mix(shape.color, SHADE, dark), alpha: shape.alpha } : null));
  pass(1.8, (shape) => ({
    color: shape.rim ? mix(shape.color, SHADE, shade) : shape.color,
    alpha: shape.alpha,
  }));
}

/** The part of a polygon above the line y = `bottom` (one edge of Sutherland-Hodgman). */
function clipBelow(points: readonly Point[], bottom: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const aIn = a.y <= bottom;
    const bIn = b.y <= bottom;
    if (aIn) out.push(a);
    if (aIn !== bIn) out.push({ x: a.x + ((b.x - a.x) * (bottom - a.y)) / (b.y - a.y), y: bottom });
  }
  return out;
}

function paintShape(
  g: Phaser.GameObjects.Graphics,
  shape: Shape,
  points: readonly Point[],
  color: number,
  alpha: number,
  height: number,
): void {
  if (points.length < 2) return;
  if (shape.line !== undefined) {
    g.lineStyle(Math.max(1, shape.line * height), color, alpha);
    g.strokePoints(points as Phaser.Math.Vector2[], shape.closed ?? false, shape.closed ?? false);
    return;
  }
  if (points.length < 3) return;
  g.fillStyle(color, alpha);
  g.fillPoints(points as Phaser.Math.Vector2[], true);
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
