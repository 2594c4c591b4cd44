/**
 * Lets the picture rest. When motion is off (the player prefers reduced motion, or the browser draws WebGL in
 * software, where every frame is costly), the game loop sleeps as soon as nothing is changing: no tween, no
 * camera fade. Anything that is about to change the picture calls `wake()` first. While asleep the canvas
 * keeps showing its last frame, and the DOM text is unaffected.
 */
import Phaser from 'phaser';

export class PictureRest {
  private game: Phaser.Game | null = null;
  private quietSteps = 0;

  constructor(readonly motion: boolean) {}

  attach(game: Phaser.Game): void {
    this.game = game;
    if (!this.motion) game.events.on(Phaser.Core.Events.POST_STEP, this.check);
  }

  /** Call before changing the picture, starting a tween or switching scenes. */
  wake(): void {
    this.quietSteps = 0;
    if (this.game && !this.game.loop.running) this.game.loop.wake(true);
  }

  private readonly check = () => {
    const game = this.game;
    if (!game) return;
    const busy = game.scene.getScenes(true).some((scene) => {
      const camera = scene.cameras.main;
      return (
        scene.tweens.getTweens().length > 0 || camera.fadeEffect.isRunning || camera.flashEffect.isRunning
      );
    });
    this.quietSteps = busy ? 0 : this.quietSteps + 1;
    // A few quiet steps, so queued scene changes are made and the last change is drawn before the loop stops.
    if (this.quietSteps >= 3) game.loop.sleep();
  };
}

/** Whether the picture moves: not for players who ask for less motion, nor where WebGL is drawn in software. */
export function decideMotion(override: string | null, software: boolean): boolean {
  if (override === 'full') return true;
  if (override === 'still') return false;
  if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return false;
  return !software;
}

/** Whether WebGL is drawn in software here, where every frame and every read-back is costly. */
export function softwareRendering(): boolean {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl');
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
