// The bare inkjs + DOM baseline: one paragraph, one line at a time.

import storyJson from 'virtual:bench-story';
import { Story } from 'inkjs';

const story = new Story(storyJson);
const line = document.getElementById('line');

function next() {
  // After the last line the story starts again, so a bench can take as many steps as it wants.
  if (!story.canContinue) story.ResetState();
  if (line) line.textContent = (story.Continue() ?? '').trim();
}

window.addEventListener('keydown', (event) => {
  if (event.key === ' ' || event.key === 'Enter' || event.key === 'ArrowRight') {
    event.preventDefault();
    next();
  }
});
document.addEventListener('click', next);
next();
