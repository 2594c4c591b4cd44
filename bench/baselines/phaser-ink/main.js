// The bare Phaser 4 + inkjs baseline: a WebGL game whose one scene draws the line as Phaser Text.

import storyJson from 'virtual:bench-story';
import { Story } from 'inkjs';
import Phaser from 'phaser';

const story = new Story(storyJson);

function nextLine() {
  // After the last line the story starts again, so a bench can take as many steps as it wants.
  if (!story.canContinue) story.ResetState();
  return (story.Continue() ?? '').trim();
}

class Reading extends Phaser.Scene {
  constructor() {
    super('reading');
    /** @type {Phaser.GameObjects.Text | null} */
    this.line = null;
  }

  create() {
    this.line = this.add.text(64, 520, '', {
      fontFamily: 'Georgia, serif',
      fontSize: '28px',
      color: '#f3efe6',
      lineSpacing: 12,
      wordWrap: { width: 1152 },
    });
    this.show(nextLine());
    window.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Enter' || event.key === 'ArrowRight') {
        event.preventDefault();
        this.show(nextLine());
      }
    });
    this.input.on('pointerdown', () => this.show(nextLine()));
  }

  /** @param {string} text */
  show(text) {
    this.line?.setText(text);
    // Marked once Phaser has drawn the frame with it, so the bench can tell when it is on screen.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.game.canvas.dataset.line = text;
    });
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  width: 1280,
  height: 720,
  backgroundColor: '#14161a',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: Reading,
});
