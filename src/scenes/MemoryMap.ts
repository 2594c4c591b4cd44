import Phaser from 'phaser';
import { inStoryOrder, type MemoryInfo, type Recollection } from '../core/memory.ts';
import { PLACE_NAMES } from '../core/vocabulary.ts';
import { glowTexture, gradientTexture, WIDTH } from '../places/kit.ts';
import type { MapMemory, MapRecall } from '../ui/overlay.tsx';
import type { GameDeps } from './deps.ts';
import type { MemoryAccess, MemorySceneData } from './memory-access.ts';

const LEFT = 110;
const RIGHT = WIDTH - 110;
const LIVED_Y = 150;
const RECALLED_Y = 350;
const FIRST_AGE = 7;
const LAST_AGE = 31;

/**
 * The two timelines: every memory seen so far on the line of Kathy's life (age 7 to 31) and again on the line
 * of this player's remembering, with a thread joining each recollection to its place in her life. The DOM list
 * mirrors it for keyboards and screen readers; choosing a memory in either lights it here.
 */
export class MemoryMap extends Phaser.Scene {
  private access!: MemoryAccess;
  private selected: string | null = null;
  private drawing!: Phaser.GameObjects.Graphics;
  private glow!: Phaser.GameObjects.Image;

  constructor(private readonly deps: GameDeps) {
    super('MemoryMap');
  }

  create(data: MemorySceneData): void {
    this.access = data.access;
    this.selected = null;
    const paper = gradientTexture(this, 'map-paper', [
      [0, '#1d2129'],
      [0.55, '#262a31'],
      [1, '#1a1c21'],
    ]);
    this.add.image(0, 0, paper).setOrigin(0, 0);
    this.glow = this.add
      .image(0, 0, glowTexture(this))
      .setTint(0xffd9a0)
      .setAlpha(0)
      .setBlendMode(Phaser.BlendModes.ADD);
    this.drawing = this.add.graphics();
    this.cameras.main.fadeIn(500, 11, 13, 16);
    this.refresh();
  }

  private refresh(): void {
    this.deps.picture.wake();
    const { memories, recollections } = this.access.timelines();
    const lived = inStoryOrder(memories, recollections);
    const storyOrder = lived.map((memory, i) => this.livedDot(memory, i, lived, recollections));
    const recallOrder = recollections.flatMap((r, i) =>
      this.recalledDot(r, i, recollections.length, memories),
    );
    this.paint(storyOrder, recallOrder);
    this.deps.ui.show({
      screen: 'map',
      storyOrder,
      recallOrder,
      selected: this.selected,
      onSelect: (knot) => {
        this.selected = knot;
        this.refresh();
      },
      onReplay: (knot) => this.access.replay(knot),
      onClose: () => this.access.close(),
    });
  }

  private livedDot(
    memory: MemoryInfo,
    i: number,
    lived: readonly MemoryInfo[],
    log: readonly Recollection[],
  ): MapMemory {
    const age = memory.age ?? LAST_AGE;
    const sameAgeBefore = lived.slice(0, i).filter((m) => (m.age ?? LAST_AGE) === age).length;
    const x = LEFT + ((age - FIRST_AGE) / (LAST_AGE - FIRST_AGE)) * (RIGHT - LEFT) + sameAgeBefore * 26;
    return {
      knot: memory.knot,
      label: memory.label,
      place: memory.place ? PLACE_NAMES[memory.place] : null,
      age: memory.age,
      times: log.filter((r) => r.knot === memory.knot).length,
      at: { x, y: LIVED_Y },
    };
  }

  private recalledDot(
    recollection: Recollection,
    i: number,
    count: number,
    memories: readonly MemoryInfo[],
  ): MapRecall[] {
    const memory = memories.find((m) => m.knot === recollection.knot);
    if (!memory) return [];
    const x = count === 1 ? (LEFT + RIGHT) / 2 : LEFT + (i / (count - 1)) * (RIGHT - LEFT);
    return [{ knot: memory.knot, label: memory.label, via: recollection.via, at: { x, y: RECALLED_Y } }];
  }

  private paint(lived: readonly MapMemory[], recalled: readonly MapRecall[]): void {
    const g = this.drawing;
    g.clear();
    // The line of her life, with a tick for each year, and the line of this reading.
    g.lineStyle(2, 0xefe6d2, 0.55);
    g.lineBetween(LEFT, LIVED_Y, RIGHT, LIVED_Y);
    g.lineStyle(2, 0x9fb0c8, 0.55);
    g.lineBetween(LEFT, RECALLED_Y, RIGHT, RECALLED_Y);
    for (let age = FIRST_AGE; age <= LAST_AGE; age += 1) {
      const x = LEFT + ((age - FIRST_AGE) / (LAST_AGE - FIRST_AGE)) * (RIGHT - LEFT);
      g.lineStyle(1, 0xefe6d2, age % 5 === 0 ? 0.6 : 0.25);
      g.lineBetween(x, LIVED_Y - (age % 5 === 0 ? 10 : 5), x, LIVED_Y + (age % 5 === 0 ? 10 : 5));
    }
    // Threads from each recollection up to its place in her life.
    for (const recall of recalled) {
      const target = lived.find((m) => m.knot === recall.knot);
      if (!target) continue;
      const chosen = recall.knot === this.selected;
      g.lineStyle(chosen ? 2.5 : 1.2, chosen ? 0xffd9a0 : 0xd9a5a0, chosen ? 0.95 : 0.45);
      const curve = new Phaser.Curves.CubicBezier(
        new Phaser.Math.Vector2(recall.at.x, recall.at.y),
        new Phaser.Math.Vector2(recall.at.x, (LIVED_Y + RECALLED_Y) / 2),
        new Phaser.Math.Vector2(target.at.x, (LIVED_Y + RECALLED_Y) / 2),
        new Phaser.Math.Vector2(target.at.x, target.at.y),
      );
      curve.draw(g, 32);
    }
    for (const memory of lived) dot(g, memory.at.x, memory.at.y, memory.knot === this.selected, 0xefe6d2);
    for (const recall of recalled) {
      dot(
        g,
        recall.at.x,
        recall.at.y,
        recall.knot === this.selected,
        recall.via === 'chest' ? 0xd8b47a : 0x9fb0c8,
      );
    }
    const chosen = lived.find((m) => m.knot === this.selected);
    this.glow.setAlpha(chosen ? 0.8 : 0);
    if (chosen) this.glow.setPosition(chosen.at.x, chosen.at.y).setScale(0.45);
  }
}

function dot(g: Phaser.GameObjects.Graphics, x: number, y: number, chosen: boolean, color: number) {
  g.fillStyle(0x14161a, 1);
  g.fillCircle(x, y, chosen ? 11 : 8);
  g.fillStyle(color, 1);
  g.fillCircle(x, y, chosen ? 8 : 5.5);
}
