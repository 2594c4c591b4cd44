/**
 * Paints a `Stage` onto a Phaser scene. A new place (or a new light or weather for the same place) crossfades
 * in over the old one; moving between present and memory changes the grade of the whole picture: the present
 * cool and sharp, memory warm, a little soft, its edges fading to paper.
 *
 * Invariant: the view only reads the stage it is given; it never decides anything about the story.
 */
import type Phaser from 'phaser';
import type { Stage } from '../core/stage.ts';
import { PAINTERS } from './index.ts';
import type { Painting } from './kit.ts';

const CROSSFADE_MS = 1400;
const GRADE_MS = 1800;

/** A cooler, slightly desaturated balance for the present. */
const COOL = [0.86, 0.06, 0.06, 0, 0, 0.05, 0.9, 0.08, 0, 0, 0.06, 0.1, 1.02, 0, 0, 0, 0, 0, 1, 0];

interface Grade {
  readonly warm: number;
  readonly cool: number;
  readonly blur: number;
  readonly vignette: number;
}

const GRADES: Readonly<Record<Stage['register'], Grade>> = {
  present: { warm: 0, cool: 0.55, blur: 0, vignette: 0.25 },
  memory: { warm: 0.22, cool: 0, blur: 0.3, vignette: 0.45 },
};

export class StageView {
  private current: { painting: Painting; key: string } | null = null;
  private readonly leaving = new Set<Painting>();
  private readonly warm: Phaser.Filters.ColorMatrix;
  private readonly cool: Phaser.Filters.ColorMatrix;
  private readonly blur: Phaser.Filters.Blur;
  private readonly vignette: Phaser.Filters.Vignette;
  private grade: Grade = { warm: 0, cool: 0, blur: 0, vignette: 0 };
  private gradeTween: Phaser.Tweens.Tween | null = null;
  private register: Stage['register'] | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    const filters = scene.cameras.main.filters;
    this.warm = filters.internal.addColorMatrix();
    this.warm.colorMatrix.sepia().saturate(-0.1, true);
    this.cool = filters.internal.addColorMatrix();
    this.cool.colorMatrix.set(COOL);
    this.blur = filters.internal.addBlur(1, 1, 1, 0);
    this.vignette = filters.external.addVignette(0.5, 0.5, 1, 0, 0xefe6d2);
    this.applyGrade();
  }

  /** Makes the picture match `stage`; `instant` skips the transitions (after loading a save, say). */
  show(stage: Stage, instant = false): void {
    const key = stage.place ? `${stage.place}|${stage.light}|${stage.weather}` : '';
    if (key !== (this.current?.key ?? '')) this.changePlace(stage, key, instant);
    if (stage.register !== this.register || instant) this.changeGrade(stage.register, instant);
  }

  update(time: number, delta: number): void {
    this.current?.painting.update?.(time, delta);
    for (const painting of this.leaving) painting.update?.(time, delta);
  }

  private changePlace(stage: Stage, key: string, instant: boolean): void {
    const old = this.current;
    this.current = null;
    const letGo = () => {
      if (!old) return;
      this.leaving.delete(old.painting);
      old.painting.destroy();
    };
    if (stage.place) {
      const painting = PAINTERS[stage.place](this.scene, stage);
      this.current = { painting, key };
      if (!instant && old) {
        // The new picture fades in over the old one, which is let go once it is fully covered.
        this.leaving.add(old.painting);
        painting.root.setAlpha(0);
        this.scene.tweens.add({
          targets: painting.root,
          alpha: 1,
          duration: CROSSFADE_MS,
          ease: 'Sine.easeInOut',
          onComplete: letGo,
        });
        return;
      }
    }
    letGo();
  }

  private changeGrade(register: Stage['register'], instant: boolean): void {
    const target = GRADES[register];
    this.register = register;
    this.vignette.color.setFromRGB(
      register === 'memory' ? { r: 239, g: 230, b: 210 } : { r: 8, g: 10, b: 14 },
    );
    // Stop only a tween still running: Phaser reuses finished tweens, so a stale reference could stop another.
    if (this.gradeTween?.isPlaying()) this.gradeTween.stop();
    this.gradeTween = null;
    if (instant) {
      this.grade = target;
      this.applyGrade();
      return;
    }
    const from = { ...this.grade };
    const progress = { t: 0 };
    this.gradeTween = this.scene.tweens.add({
      targets: progress,
      t: 1,
      duration: GRADE_MS,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const mix = (a: number, b: number) => a + (b - a) * progress.t;
        this.grade = {
          warm: mix(from.warm, target.warm),
          cool: mix(from.cool, target.cool),
          blur: mix(from.blur, target.blur),
          vignette: mix(from.vignette, target.vignette),
        };
        this.applyGrade();
      },
      onComplete: () => {
        this.gradeTween = null;
      },
    });
  }

  /** Filters at zero strength are switched off, so a plain picture costs no extra passes. */
  private applyGrade(): void {
    this.warm.colorMatrix.alpha = this.grade.warm;
    this.warm.setActive(this.grade.warm > 0.001);
    this.cool.colorMatrix.alpha = this.grade.cool;
    this.cool.setActive(this.grade.cool > 0.001);
    this.blur.strength = this.grade.blur;
    this.blur.setActive(this.grade.blur > 0.001);
    this.vignette.strength = this.grade.vignette;
    this.vignette.setActive(this.grade.vignette > 0.001);
  }
}
