/**
 * The compiled story, and the one place that hears when it changes: in development, editing any `.ink` file
 * recompiles it (tools/ink/vite-plugin-ink.ts) and Vite hands the new story here instead of reloading the page.
 * The Play scene listens and replays the reader's path on the new text.
 */

import compiled from '../story/main.ink';
import type { CompiledStory } from './core/story-module.ts';

export interface StorySource {
  readonly current: () => CompiledStory;
  /** Calls `listener` with each new version of the story; returns a function that stops listening. */
  readonly onChange: (listener: (story: CompiledStory) => void) => () => void;
}

let current = compiled;
const listeners = new Set<(story: CompiledStory) => void>();

export const storySource: StorySource = {
  current: () => current,
  onChange: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

if (import.meta.hot) {
  import.meta.hot.accept('../story/main.ink', (module) => {
    if (!module) return;
    current = (module as unknown as { default: CompiledStory }).default;
    for (const listener of listeners) listener(current);
  });
}
