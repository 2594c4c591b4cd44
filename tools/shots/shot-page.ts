/**
 * The page behind `npm run shots` and the places browser test: the game's stage view alone on a 1280×720 canvas,
 * driven from outside through `window.shots`. `?motion=still` paints as for reduced motion or software WebGL
 * (graded once, baked, particles stopped); otherwise the picture moves as on a fast machine.
 */
import Phaser from 'phaser';
import type { Stage } from '../../src/core/stage.ts';
import type { KeepsakeId } from '../../src/core/vocabulary.ts';
import { HEIGHT, WIDTH } from '../../src/places/kit.ts';
import { PictureRest } from '../../src/scenes/picture-rest.ts';
import { PlaceShot } from './PlaceShot.ts';

/** Per frame, over a stretch of frames: time spent in the game's step (update and render), in milliseconds. */
export interface FrameCosts {
  readonly steps: readonly number[];
  /** Time between one frame and the next, as the browser schedules them. */
  readonly intervals: readonly number[];
}

/** What the canvas shows, measured on a small copy: enough to tell a painted picture from an empty one. */
export interface CanvasSample {
  /** Mean brightness, 0 to 255. */
  readonly meanLuma: number;
  /** Standard deviation of brightness across the picture. */
  readonly lumaSpread: number;
  /** Distinct colours, each channel rounded to 32 levels. */
  readonly colours: number;
}

export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ShotsApi {
  readonly errors: string[];
  /**
   * Measures the next frame drawn, all of it or a region of it in picture pixels (it must be read in the same
   * frame: WebGL clears its buffer afterwards).
   */
  sample(region?: Region): Promise<CanvasSample>;
  show(stage: Stage): Promise<number>;
  showKeepsake(id: KeepsakeId): Promise<void>;
  frames(count: number): Promise<FrameCosts>;
}

declare global {
  interface Window {
    shots?: ShotsApi;
  }
}

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const motion = new URLSearchParams(location.search).get('motion') !== 'still';
const scene = new PlaceShot(new PictureRest(motion));
const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'picture',
  width: WIDTH,
  height: HEIGHT,
  backgroundColor: '#0b0d10',
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  fps: { smoothStep: false },
  scene: [scene],
});

/** Resolves after `count` more frames have been drawn. */
function frames(count: number): Promise<FrameCosts> {
  const steps: number[] = [];
  const intervals: number[] = [];
  let started = 0;
  let last = 0;
  return new Promise((resolve) => {
    const begin = () => {
      started = performance.now();
      if (last > 0) intervals.push(started - last);
      last = started;
    };
    const end = () => {
      steps.push(performance.now() - started);
      if (steps.length < count) return;
      game.events.off(Phaser.Core.Events.PRE_STEP, begin);
      game.events.off(Phaser.Core.Events.POST_RENDER, end);
      resolve({ steps, intervals });
    };
    game.events.on(Phaser.Core.Events.PRE_STEP, begin);
    game.events.on(Phaser.Core.Events.POST_RENDER, end);
  });
}

const SAMPLE = { width: 128, height: 72 } as const;

function sample(region: Region = { x: 0, y: 0, width: WIDTH, height: HEIGHT }): Promise<CanvasSample> {
  return new Promise((resolve) => {
    game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [SAMPLE.width, SAMPLE.height];
      const context = copy.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D canvas to sample the picture on');
      // The canvas may be drawn at another size than the picture (device pixels): scale the region to it.
      const sx = game.canvas.width / WIDTH;
      const sy = game.canvas.height / HEIGHT;
      context.drawImage(
        game.canvas,
        region.x * sx,
        region.y * sy,
        region.width * sx,
        region.height * sy,
        0,
        0,
        SAMPLE.width,
        SAMPLE.height,
      );
      const { data } = context.getImageData(0, 0, SAMPLE.width, SAMPLE.height);
      const lumas: number[] = [];
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        lumas.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
      }
      const mean = lumas.reduce((sum, l) => sum + l, 0) / lumas.length;
      const variance = lumas.reduce((sum, l) => sum + (l - mean) ** 2, 0) / lumas.length;
      resolve({ meanLuma: mean, lumaSpread: Math.sqrt(variance), colours: colours.size });
    });
  });
}

window.shots = {
  errors,
  sample,
  show: (stage) => scene.show(stage),
  showKeepsake: (id) => scene.showKeepsake(id),
  frames,
};
