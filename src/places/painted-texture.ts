/**
 * A place painted once onto a 2D canvas and kept as a texture (`paintedTexture`), and the fine paper tooth laid
 * over a finished painting (`grain`). Every painter paints through these, so a place costs nothing per frame.
 */
import type Phaser from 'phaser';
import type { Random } from '../core/random.ts';
import { canvas2d, HEIGHT, WIDTH } from './kit.ts';
import type { Span } from './room.ts';

type Ctx = CanvasRenderingContext2D;

/**
 * A fine paper tooth over what is already on a canvas: a small tile of random light and dark specks, repeated.
 * (Reading the whole canvas back to add noise per pixel costs far more, especially on a GPU-backed canvas.)
 */
export function grain(c: Ctx, random: Random, amount = 9) {
  const t = canvas2d(96, 96);
  if (!t) return;
  const tile = t.canvas;
  const image = t.createImageData(96, 96);
  for (let i = 0; i < image.data.length; i += 4) {
    image.data.fill(random() < 0.5 ? 0 : 255, i, i + 3);
    image.data[i + 3] = random() * amount * 1.2;
  }
  t.putImageData(image, 0, 0);
  const pattern = c.createPattern(tile, 'repeat');
  if (!pattern) return;
  c.save();
  c.globalCompositeOperation = 'source-atop';
  c.fillStyle = pattern;
  c.fillRect(0, 0, c.canvas.width, c.canvas.height);
  c.restore();
}

/** A canvas texture painted once per key and kept in the texture manager; returns the key. */
export function paintedTexture(scene: Phaser.Scene, key: string, paint: Paint, size: Span = [WIDTH, HEIGHT]) {
  if (!scene.textures.exists(key)) {
    // Painted on a processor-drawn canvas (see `canvas2d`), then handed to the texture manager as it is.
    const context = canvas2d(size[0], size[1]);
    if (context) {
      paint(context);
      scene.textures.addCanvas(key, context.canvas);
    }
  }
  return key;
}
type Paint = (c: CanvasRenderingContext2D) => void;
