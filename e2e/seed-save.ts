/**
 * Puts a save in the game's own IndexedDB, the way the game writes one, so a browser test can start deep in the
 * story: a save whose path is a single jump to a beat's entry knot. Its story hash matches no story, so the game
 * replays the path, exactly as it would for a save from an older version of the story.
 */
import type { Page } from 'playwright-core';

export async function seedSaveAt(page: Page, knot: string): Promise<void> {
  const save = {
    format: 'lost-corner-save',
    version: 2,
    storyHash: '0000000000000000',
    inkState: '{}',
    seed: 1,
    position: { steps: [{ kind: 'jump', beats: 0, knot }], beatsSinceStep: 0 },
    stage: {
      place: null,
      register: 'present',
      light: 'dusk',
      weather: 'clear',
      ambience: null,
      music: null,
      chapter: null,
      revisit: null,
    },
    beat: null,
    recollections: [],
    stash: null,
    savedAt: 1_790_000_000_000,
  };
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lost-corner', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('saves');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('saves', 'readwrite');
          transaction.objectStore('saves').put(value, 'auto');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    save,
  );
  await page.reload();
}
