/**
 * Lets the picture rest. When motion is off (the player asks for reduced motion, or the browser draws WebGL in
 * software, where every frame is costly), the game loop sleeps as soon as nothing is changing: no tween, no
 * camera fade. Anything that is about to change the picture calls `wake()` first. While asleep the canvas
 * keeps showing its last frame, and the DOM text is unaffected.
 */
import type Phaser from 'phaser';

/** Phaser's `Core.Events.POST_STEP`, by name, so this module (built before Phaser arrives) does not load it. */
const POST_STEP = 'poststep';

export class PictureRest {
  private game: Phaser.Game | null = null;
  private quietSteps = 0;

  /**
   * @param canMove whether this browser may animate the picture at all (not where WebGL is drawn in software);
   *   fixed for the session, because a moving stage is built differently from a still one.
   * @param reduced the player's (or the device's) wish for less motion; it can change at any time.
   */
  constructor(
    private readonly canMove: boolean,
    private reduced = false,
  ) {}

  /** Whether the picture moves now. Paintings made while it is false are still for good. */
  get motion(): boolean {
    return this.canMove && !this.reduced;
  }

  attach(game: Phaser.Game): void {
    this.game = game;
    if (!this.motion) game.events.on(POST_STEP, this.check);
  }

  /**
   * Asking for less motion stops the picture at once: nothing updates, and the loop sleeps once quiet. Asking
   * for motion again lets a moving stage move; a stage built still (software WebGL) stays still.
   */
  setReduced(reduced: boolean): void {
    if (reduced === this.reduced) return;
    const wasMoving = this.motion;
    this.reduced = reduced;
    const game = this.game;
    if (!game || wasMoving === this.motion) return;
    if (this.motion) game.events.off(POST_STEP, this.check);
    else game.events.on(POST_STEP, this.check);
    this.wake();
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

/**
 * Whether the picture can move in this browser: not where WebGL is drawn in software. The player's wish for less
 * motion is applied on top (`PictureRest.setReduced`). `?motion=full|still` overrides, for tests and shots.
 */
export function decideMotion(override: string | null, software: boolean): boolean {
  if (override === 'full') return true;
  if (override === 'still') return false;
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
