/**
 * The offline copy: a service worker (made at build time by vite-plugin-pwa, `sw.js`) keeps every file of this
 * build (code, story, pictures, sounds, fonts) so the game plays with no network after the first visit.
 *
 * Updates are never forced on a reader. A new build installs beside the running one and waits; the game says
 * once that it is ready and carries on. It takes over the next time the game is opened, or at once if the
 * player presses "Update now" (the story saves itself after every line and the journal as it is typed, so
 * nothing is lost by the reload). Because one build's files are cached and served together, the code and the
 * story always come from the same build.
 *
 * Not in development (Vite serves fresh files) and not in the single-file build (file:// has no workers).
 */

export interface OfflineCopy {
  /** True once a newer build is installed and waiting. */
  readonly updateReady: () => boolean;
  /** Switches to the waiting build and reloads the page. */
  readonly applyUpdate: () => void;
  /** Calls back when an update becomes ready. */
  readonly onChange: (listener: () => void) => void;
}

export function keepOfflineCopy(workers: ServiceWorkerContainer | undefined, scriptUrl: string): OfflineCopy {
  let waiting: ServiceWorker | null = null;
  const listeners = new Set<() => void>();
  const found = (worker: ServiceWorker | null) => {
    // A worker waiting while another controls the page is an update; the first install has nothing to replace.
    if (!worker || !workers?.controller || waiting === worker) return;
    waiting = worker;
    for (const listener of listeners) listener();
  };

  if (workers) {
    void workers
      .register(scriptUrl)
      .then((registration) => {
        found(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') found(installing);
          });
        });
      })
      .catch(() => {
        // No offline copy (private mode, a browser without workers): the game works online as before.
      });
  }

  let reloading = false;
  return {
    updateReady: () => waiting !== null,
    applyUpdate: () => {
      if (!workers || !waiting) return;
      workers.addEventListener('controllerchange', () => {
        if (reloading) return;
        reloading = true;
        location.reload();
      });
      // Workbox's generated worker waits for exactly this message before taking over.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    onChange: (listener) => listeners.add(listener),
  };
}

/** A stand-in where there is no offline copy: never an update. */
export const NO_OFFLINE_COPY: OfflineCopy = {
  updateReady: () => false,
  applyUpdate: () => undefined,
  onChange: () => undefined,
};
