import Phaser from 'phaser';
import type { KeepsakeView } from '../core/memory.ts';
import type { KeepsakeId } from '../core/vocabulary.ts';
import { CHEST_KEEPSAKE_SCALE, drawKeepsake, KEEPSAKE_SIZE, paintChest } from '../places/index.ts';
import { glowTexture } from '../places/kit.ts';
import type { ChestItem } from '../ui/overlay.tsx';
import type { GameDeps } from './deps.ts';
import type { MemoryAccess, MemorySceneData } from './memory-access.ts';

/**
 * Kathy's collection chest: the painted chest with each keepsake laid on the cloth, and the DOM list over it.
 * A keepsake with something new glows and carries a small star, so it is marked by shape as well as light.
 * Opening one hands the memory to Play; setting one aside takes it off the cloth into the Norfolk drawer.
 */
/** A keepsake's size as it lies in the chest. */
const SIZE = {
  width: KEEPSAKE_SIZE.width * CHEST_KEEPSAKE_SCALE,
  height: KEEPSAKE_SIZE.height * CHEST_KEEPSAKE_SCALE,
} as const;

export class Chest extends Phaser.Scene {
  private access!: MemoryAccess;
  private slots: readonly { x: number; y: number }[] = [];
  private objects = new Map<KeepsakeId, Phaser.GameObjects.Container>();
  private layer!: Phaser.GameObjects.Container;

  constructor(private readonly deps: GameDeps) {
    super('Chest');
  }

  create(data: MemorySceneData): void {
    this.access = data.access;
    this.objects = new Map();
    this.deps.picture.wake();
    this.deps.sound.play('chest_lid');
    const chest = paintChest(this);
    this.slots = chest.slots;
    this.layer = this.add.container(0, 0);
    this.cameras.main.fadeIn(500, 11, 13, 16);
    this.refresh();
  }

  private refresh(): void {
    this.deps.picture.wake();
    const contents = this.access.chest();
    this.lay(contents);
    this.deps.ui.show({
      screen: 'chest',
      items: this.items(contents),
      onOpen: (knot) => this.access.open(knot),
      onSetAside: (keepsake, aside) => {
        this.access.setAside(keepsake, aside);
        this.refresh();
      },
      onHighlight: (keepsake) => this.highlight(keepsake),
      onClose: () => this.access.close(),
    });
  }

  /** Draws the keepsakes that are in the chest on the cloth, in order; set-aside ones are not on it. */
  private lay(contents: readonly KeepsakeView[]): void {
    this.layer.removeAll(true);
    this.objects.clear();
    contents
      .filter((k) => !k.setAside)
      .forEach((keepsake, i) => {
        const slot = this.slots[i];
        if (!slot) return;
        const holder = this.add.container(slot.x, slot.y);
        if (keepsake.somethingNew) {
          holder.add(
            this.add
              .image(0, 0, glowTexture(this))
              .setScale(1.3, 1)
              .setTint(0xffe2a8)
              .setAlpha(0.7)
              .setBlendMode(Phaser.BlendModes.ADD),
          );
        }
        holder.add(drawKeepsake(this, keepsake.keepsake, CHEST_KEEPSAKE_SCALE));
        if (keepsake.somethingNew) holder.add(star(this, SIZE.width / 2 - 14, -SIZE.height / 2 + 10));
        this.layer.add(holder);
        this.objects.set(keepsake.keepsake, holder);
      });
  }

  private items(contents: readonly KeepsakeView[]): ChestItem[] {
    let slot = 0;
    return contents.map((k) => {
      const at = k.setAside ? undefined : this.slots[slot++];
      return {
        keepsake: k.keepsake,
        name: k.name,
        label: k.visits > 0 && k.memory ? k.memory.label : null,
        knot: k.memory?.knot ?? null,
        visits: k.visits,
        somethingNew: k.somethingNew,
        setAside: k.setAside,
        at: at ? { ...at, ...SIZE } : null,
      };
    });
  }

  /** Lifts the keepsake under the pointer or keyboard focus a little, the way a hand would. */
  private highlight(keepsake: KeepsakeId | null): void {
    this.deps.picture.wake();
    for (const [id, object] of this.objects) {
      this.tweens.add({
        targets: object,
        scale: id === keepsake ? 1.08 : 1,
        duration: 180,
        ease: 'Sine.easeOut',
      });
    }
  }
}

/** A small four-pointed star: the "something new" mark, readable without colour. */
function star(scene: Phaser.Scene, x: number, y: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  const points = [0, -13, 3.5, -3.5, 13, 0, 3.5, 3.5, 0, 13, -3.5, 3.5, -13, 0, -3.5, -3.5];
  g.fillStyle(0x2b1d12, 0.6);
  g.fillPoints(toPoints(points, 1.5), true);
  g.fillStyle(0xfff1c9, 1);
  g.fillPoints(toPoints(points, 0), true);
  return g;
}

function toPoints(flat: readonly number[], offset: number): Phaser.Math.Vector2[] {
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < flat.length; i += 2)
    points.push(new Phaser.Math.Vector2((flat[i] ?? 0) + offset, (flat[i + 1] ?? 0) + offset));
  return points;
}
