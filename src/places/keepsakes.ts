/**
 * The things in Kathy's collection chest, each drawn as it would lie on a cloth, seen from a little above, with
 * a soft shadow under it. Each is painted once at twice the size onto a canvas (so fine ink lines and studs stay
 * crisp on large screens) and shown at half scale inside a container centred on (0, 0).
 */
import type Phaser from 'phaser';
import { seededRandom } from '../core/random.ts';
import { KEEPSAKES, type KeepsakeId } from '../core/vocabulary.ts';
import { OBJECTS } from './keepsake-objects.ts';
import { PAPERS } from './keepsake-papers.ts';
import type { Draw } from './keepsake-pen.ts';
import { grain, paintedTexture } from './painted-texture.ts';

export const KEEPSAKE_SIZE = { width: 180, height: 130 } as const;
const SCALE = 2;

/**
 * A keepsake drawn at `size` times its size in the chest (2.2 for a close view in a scene), centred on (0, 0).
 * Each size is painted once, at twice the resolution it is shown at.
 */
export function drawKeepsake(scene: Phaser.Scene, id: KeepsakeId, size = 1): Phaser.GameObjects.Container {
  const { width, height } = KEEPSAKE_SIZE;
  const resolution = SCALE * size;
  const paint = (c: CanvasRenderingContext2D) => {
    c.scale(resolution, resolution);
    c.translate(width / 2, height / 2);
    DRAWINGS[id](c, seededRandom(100 + KEEPSAKES.indexOf(id)));
    c.setTransform(1, 0, 0, 1, 0, 0);
    grain(c, seededRandom(7), 6);
  };
  const key = paintedTexture(scene, size === 1 ? `keepsake-${id}` : `keepsake-${id}@${size}`, paint, [
    Math.round(width * resolution),
    Math.round(height * resolution),
  ]);
  const container = scene.add.container(0, 0);
  container.add(scene.add.image(0, 0, key).setScale(1 / SCALE));
  return container;
}

/** The size of the patch of cloth a keepsake lies on when it is seen up close in a scene (with its shadow). */
export const CLOSE_UP_CLOTH = { width: 640, height: 460 } as const;

/**
 * What a keepsake lies on when it is seen up close: an oval of dark, warm cloth under a lamp, with a thin pale
 * rim and a soft shadow under it, like a lens held over the scene, so the object reads as taken out and looked
 * at rather than pasted on the picture, on light scenes and dark ones alike. Centred on (0, 0).
 */
export function closeUpCloth(scene: Phaser.Scene): Phaser.GameObjects.Image {
  const { width, height } = CLOSE_UP_CLOTH;
  const [rx, ry] = [width / 2 - 44, height / 2 - 44];
  const key = paintedTexture(
    scene,
    'close-up-cloth',
    (c) => {
      c.translate(width / 2, height / 2);
      const oval = () => {
        c.beginPath();
        c.ellipse(0, 0, rx, ry, 0, 0, Math.PI * 2);
      };
      const cloth = c.createRadialGradient(-rx * 0.25, -ry * 0.3, 0, 0, 0, rx * 1.05);
      cloth.addColorStop(0, '#5a4634');
      cloth.addColorStop(0.6, '#3a2d22');
      cloth.addColorStop(1, '#231b15');
      c.save();
      c.shadowColor = 'rgba(8,6,4,0.55)';
      c.shadowBlur = 28;
      c.shadowOffsetY = 10;
      oval();
      c.fillStyle = cloth;
      c.fill();
      c.restore();
      // The weave, only on the cloth.
      c.setTransform(1, 0, 0, 1, 0, 0);
      grain(c, seededRandom(11), 7);
      c.translate(width / 2, height / 2);
      oval();
      c.strokeStyle = 'rgba(239,230,210,0.38)';
      c.lineWidth = 2;
      c.stroke();
      c.setTransform(1, 0, 0, 1, 0, 0);
    },
    [width, height],
  );
  return scene.add.image(0, 0, key);
}

/** How each keepsake is drawn: the things in keepsake-objects.ts, the papers in keepsake-papers.ts. */
const DRAWINGS: Readonly<Record<KeepsakeId, Draw>> = { ...OBJECTS, ...PAPERS };
