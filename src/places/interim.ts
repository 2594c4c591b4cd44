/**
 * A quiet stand-in for a place whose painter has not been written yet: the light of the hour over a low
 * horizon. It exists so the story can name every place it needs; each id moves to its own painter in index.ts
 * as the art arrives, and this file goes when none is left.
 */
import { seededRandom } from '../core/random.ts';
import { bake, gradientTexture, HEIGHT, type Painter, ridge } from './kit.ts';

const SKIES = {
  day: ['#c9d6dc', '#e4e4d2', '#b7b99a'],
  golden: ['#e4d8bd', '#f2cd95', '#a99a74'],
  dusk: ['#2b3a4a', '#8a6f6c', '#2a2c33'],
  night: ['#06080c', '#1b222c', '#0b0d10'],
} as const;

export const paintInterim: Painter = (scene, stage) => {
  const [top, horizon, land] = SKIES[stage.light];
  const key = gradientTexture(scene, `interim-${stage.light}`, [
    [0, top],
    [0.62, horizon],
    [1, land],
  ]);
  const g = scene.add.graphics();
  ridge(g, seededRandom(stage.place?.length ?? 1), {
    y: HEIGHT * 0.64,
    amplitude: 14,
    step: 40,
    color: 0x1e2228,
    alpha: 0.55,
  });
  const root = scene.add.container(0, 0, [bake(scene, [scene.add.image(0, 0, key).setOrigin(0, 0), g])]);
  return { root, destroy: () => root.destroy(true) };
};
