/**
 * Paints a `Stage` onto a Phaser scene. A new place (or a new light or weather for the same place) crossfades
 * in over the old one; moving between present and memory changes the grade of the whole picture: the present
 * cool and sharp, memory warm, a little soft, its edges fading to paper.
 *
 * Two ways of doing it, chosen by `rest.motion`:
 * - moving: the grade is a set of camera filters tweened between registers, and paintings animate;
 * - still (reduced motion, or WebGL drawn in software): each painting is graded once and baked into a single
 *   image, so a frame costs two images at most and the picture can rest between changes.
 *
 * The people in it (`stage.cast`, drawn by figures.ts) are a layer of their own above the place, and a keepsake
 * held up close (`stage.closeUp`) another above them; each is baked into one image and graded with the rest.
 * When either changes it fades out and in (at once when the picture is still); when the place changes they
 * arrive and leave with it.
 *
 * Invariant: the view only reads the stage it is given; it never decides anything about the story.
 */
import Phaser from 'phaser';
import type { Stage } from '../core/stage.ts';
import type { PlaceId } from '../core/vocabulary.ts';
import type { PictureRest } from '../scenes/picture-rest.ts';
import { paintFigures } from './figures.ts';
import { PAINTERS } from './index.ts';
import { closeUpCloth, drawKeepsake } from './keepsakes.ts';
import { bake, HEIGHT, type Painting, WIDTH } from './kit.ts';

const CROSSFADE_MS = 1400;
const STILL_CROSSFADE_MS = 700;
const GRADE_MS = 1800;
/** People arriving or leaving in a place that stays. */
const FIGURE_FADE_MS = 600;
/** Above every painting, whichever was made last. */
const FIGURE_DEPTH = 10;
/** A keepsake held up close: in front of the people, above the text panel, right of centre. */
const CLOSE_UP = { x: 800, y: 280, size: 2.2 } as const;
const CLOSE_UP_DEPTH = 11;

/** A cooler, slightly desaturated balance for the present. */
const COOL = [0.86, 0.06, 0.06, 0, 0, 0.05, 0.9, 0.08, 0, 0, 0.06, 0.1, 1.02, 0, 0, 0, 0, 0, 1, 0];

interface Grade {
  readonly warm: number;
  readonly cool: number;
  readonly blur: number;
  readonly vignette: number;
}

type Look = Stage['register'] | 'memory_changed';

const GRADES: Readonly<Record<Look, Grade>> = {
  present: { warm: 0, cool: 0.55, blur: 0, vignette: 0.25 },
  memory: { warm: 0.2, cool: 0, blur: 0.3, vignette: 0.32 },
  // A memory seen again after learning what it meant: less golden, sharper, the edges closer in.
  memory_changed: { warm: 0.08, cool: 0.15, blur: 0.08, vignette: 0.42 },
};

function lookOf(stage: Stage): Look {
  return stage.register === 'memory' && stage.revisit === 'changed' ? 'memory_changed' : stage.register;
}

const NO_GRADE: Grade = { warm: 0, cool: 0, blur: 0, vignette: 0 };

/** What the picture's edges fade to: paper in a lit memory, warm dark in a dim one, night in the present. */
function edgeColour(stage: Stage): number {
  if (stage.register === 'present') return 0x080a0e;
  return stage.light === 'dusk' || stage.light === 'night' ? 0x281e16 : 0xefe6d2;
}

/** The grade as filters on a filter list, with strengths that can be changed afterwards. */
class GradeFilters {
  private readonly warm: Phaser.Filters.ColorMatrix;
  private readonly cool: Phaser.Filters.ColorMatrix;
  private readonly blur: Phaser.Filters.Blur;
  private readonly vignette: Phaser.Filters.Vignette;

  constructor(list: Phaser.Types.GameObjects.FiltersInternalExternal) {
    this.warm = list.internal.addColorMatrix();
    this.warm.colorMatrix.sepia().saturate(-0.1, true);
    this.cool = list.internal.addColorMatrix();
    this.cool.colorMatrix.set(COOL);
    this.blur = list.internal.addBlur(1, 1, 1, 0);
    this.vignette = list.external.addVignette(0.5, 0.5, 1, 0, 0xefe6d2);
  }

  /** Filters at zero strength are switched off, so a plain picture costs no extra passes. */
  set(grade: Grade, edge: number): void {
    this.warm.colorMatrix.alpha = grade.warm;
    this.warm.setActive(grade.warm > 0.001);
    this.cool.colorMatrix.alpha = grade.cool;
    this.cool.setActive(grade.cool > 0.001);
    this.blur.strength = grade.blur;
    this.blur.setActive(grade.blur > 0.001);
    this.vignette.strength = grade.vignette;
    this.vignette.color.setTo((edge >> 16) & 0xff, (edge >> 8) & 0xff, edge & 0xff);
    this.vignette.setActive(grade.vignette > 0.001);
  }
}

export class StageView {
  private current: { painting: Painting; key: string } | null = null;
  private readonly leaving = new Set<Painting>();
  /** The people in the picture and the keepsake held up close, each baked, with what they were drawn from. */
  private readonly layers: Record<
    'people' | 'closeUp',
    { root: Phaser.GameObjects.Container; key: string } | null
  > = { people: null, closeUp: null };
  /** Moving pictures only: the camera's grade, tweened between registers. */
  private readonly camera: GradeFilters | null;
  private grade: Grade = NO_GRADE;
  private gradeTween: Phaser.Tweens.Tween | null = null;
  private look: Look | null = null;
  private edge = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly rest: PictureRest,
  ) {
    this.camera = rest.motion ? new GradeFilters(scene.cameras.main.filters) : null;
    this.camera?.set(NO_GRADE, 0);
  }

  /**
   * Paints `stage` again from nothing, at once. After the WebGL context is lost and given back, every texture
   * drawn into (the baked paintings and people) comes back empty, so knowing what is shown is not enough.
   */
  repaint(stage: Stage): void {
    for (const painting of this.leaving) painting.destroy();
    this.leaving.clear();
    this.current?.painting.destroy();
    this.current = null;
    for (const which of ['people', 'closeUp'] as const) {
      this.layers[which]?.root.destroy(true);
      this.layers[which] = null;
    }
    this.show(stage, true);
  }

  /** Makes the picture match `stage`; `instant` skips the transitions (after loading a save, say). */
  show(stage: Stage, instant = false): void {
    this.rest.wake();
    this.edge = edgeColour(stage);
    if (!stage.place) {
      const placeChanged = this.current !== null;
      this.replace(null, '', instant);
      this.showPeople(stage, instant, placeChanged);
      return;
    }
    // A still picture carries its grade baked in, so a change of register is a change of picture.
    const look = lookOf(stage);
    const key = [stage.place, stage.light, stage.weather, this.camera ? '' : look].join('|');
    const placeChanged = key !== this.current?.key;
    if (placeChanged) this.replace(this.paint(stage.place, stage), key, instant);
    this.showPeople(stage, instant, placeChanged);
    if (this.camera && (look !== this.look || instant)) this.changeGrade(look, instant);
    this.camera?.set(this.grade, this.edge);
  }

  /**
   * Redraws the people when who is there, or how they are lit, has changed, and likewise the keepsake held up
   * close. Each layer fades as the place crossfades when it changes with them; otherwise over FIGURE_FADE_MS, or
   * at once when the picture is still.
   */
  private showPeople(stage: Stage, instant: boolean, placeChanged: boolean): void {
    const lit = [stage.place, stage.light, stage.weather, this.camera ? '' : lookOf(stage)].join('|');
    const people = stage.place && stage.cast.length > 0 ? `${stage.cast.join(' ')}|${lit}` : '';
    this.showLayer('people', people, () => this.paintPeople(stage), instant, placeChanged);
    const closeUp = stage.place && stage.closeUp ? `${stage.closeUp}|${lit}` : '';
    this.showLayer('closeUp', closeUp, () => this.paintCloseUp(stage), instant, placeChanged);
  }

  private showLayer(
    which: keyof StageView['layers'],
    key: string,
    paint: () => Phaser.GameObjects.Container | null,
    instant: boolean,
    placeChanged: boolean,
  ): void {
    const old = this.layers[which];
    if (key === (old?.key ?? '')) return;
    const root = key ? paint() : null;
    this.layers[which] = root ? { root, key } : null;
    const moving = this.camera ? FIGURE_FADE_MS : 0;
    const withThePlace = this.camera ? CROSSFADE_MS : STILL_CROSSFADE_MS;
    const duration = instant ? 0 : placeChanged ? withThePlace : moving;
    if (old) {
      // It may still be fading in: take it from where it is.
      this.scene.tweens.killTweensOf(old.root);
      if (duration === 0) old.root.destroy(true);
      else {
        this.scene.tweens.add({
          targets: old.root,
          alpha: 0,
          duration,
          ease: 'Sine.easeInOut',
          onComplete: () => old.root.destroy(true),
        });
      }
    }
    if (root && duration > 0) {
      root.setAlpha(0);
      this.scene.tweens.add({ targets: root, alpha: 1, duration, ease: 'Sine.easeInOut' });
    }
  }

  /** Draws the people once into a single image; when the picture is still, graded as the painting is. */
  private paintPeople(stage: Stage): Phaser.GameObjects.Container | null {
    const figures = paintFigures(this.scene, stage);
    return figures && this.bakeLayer(stage, figures, FIGURE_DEPTH);
  }

  /**
   * The keepsake up close: large, above the text panel and right of centre, on an oval of lamplit cloth, with
   * the place dimmed a little behind it, as if Kathy had taken it out to look at.
   */
  private paintCloseUp(stage: Stage): Phaser.GameObjects.Container | null {
    if (!stage.closeUp) return null;
    const dim = this.scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x050608, 0.32).setOrigin(0, 0);
    const held = this.scene.add.container(CLOSE_UP.x, CLOSE_UP.y, [
      closeUpCloth(this.scene),
      drawKeepsake(this.scene, stage.closeUp, CLOSE_UP.size),
    ]);
    return this.bakeLayer(stage, this.scene.add.container(0, 0, [dim, held]), CLOSE_UP_DEPTH);
  }

  /** Bakes a layer into one image, graded as the painting is when the picture is still. */
  private bakeLayer(
    stage: Stage,
    layer: Phaser.GameObjects.Container,
    depth: number,
  ): Phaser.GameObjects.Container {
    if (!this.camera) {
      layer.enableFilters();
      const filters = layer.filters;
      // No vignette: a layer sits well inside the picture, whose own edges are already faded.
      if (filters) new GradeFilters(filters).set({ ...GRADES[lookOf(stage)], vignette: 0 }, this.edge);
    }
    const baked = bake(this.scene, [layer]);
    return this.scene.add.container(0, 0, [baked]).setDepth(depth);
  }

  update(time: number, delta: number): void {
    if (!this.rest.motion) return;
    this.current?.painting.update?.(time, delta);
    for (const painting of this.leaving) painting.update?.(time, delta);
  }

  private replace(painting: Painting | null, key: string, instant: boolean): void {
    const old = this.current;
    this.current = painting ? { painting, key } : null;
    const letGo = () => {
      if (!old) return;
      this.leaving.delete(old.painting);
      old.painting.destroy();
    };
    const incoming = this.current?.painting.root;
    if (instant || !old || !incoming) {
      letGo();
      return;
    }
    // The new picture fades in over the old one, which is let go once it is fully covered.
    this.leaving.add(old.painting);
    incoming.setAlpha(0);
    this.scene.tweens.add({
      targets: incoming,
      alpha: 1,
      duration: this.camera ? CROSSFADE_MS : STILL_CROSSFADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: letGo,
    });
  }

  private paint(place: PlaceId, stage: Stage): Painting {
    const painting = still(PAINTERS[place](this.scene, stage), this.rest.motion);
    if (this.camera) return painting;
    // Grade it once, through the same filters the camera would use, and keep only the result.
    painting.root.enableFilters();
    const filters = painting.root.filters;
    if (filters) new GradeFilters(filters).set(GRADES[lookOf(stage)], this.edge);
    const baked = bake(this.scene, [painting.root]);
    const root = this.scene.add.container(0, 0, [baked]);
    return { root, destroy: () => root.destroy(true) };
  }

  private changeGrade(look: Look, instant: boolean): void {
    const target = GRADES[look];
    this.look = look;
    // Stop only a tween still running: Phaser reuses finished tweens, so a stale reference could stop another.
    if (this.gradeTween?.isPlaying()) this.gradeTween.stop();
    this.gradeTween = null;
    if (instant) {
      this.grade = target;
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
        this.camera?.set(this.grade, this.edge);
      },
      onComplete: () => {
        this.gradeTween = null;
      },
    });
  }
}

/**
 * Draws a painting's first frame of motion (so lamps and road markings are in place) and, when the picture is
 * to stay still, stops its particles: rain, dust and pollen are motion too.
 */
export function still(painting: Painting, motion: boolean): Painting {
  painting.update?.(0, 0);
  if (!motion) {
    const stop = (object: Phaser.GameObjects.GameObject) => {
      if (object instanceof Phaser.GameObjects.Particles.ParticleEmitter) object.stop(true).setVisible(false);
      if (object instanceof Phaser.GameObjects.Container) object.each(stop);
    };
    painting.root.each(stop);
  }
  return painting;
}
