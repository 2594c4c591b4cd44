/**
 * This copy's storage names (see src/core/deployment.ts), worked out once from the page's address and the
 * build's pinned name. Every localStorage key, sessionStorage key and IndexedDB database of ours comes from here.
 */
import { deploymentOf, type StorageNames, storageNames } from '../core/deployment.ts';

export const STORAGE: StorageNames = storageNames(
  typeof location === 'undefined'
    ? ''
    : deploymentOf(location, import.meta.env.VITE_LOST_CORNER_DEPLOYMENT as string | undefined),
);

/** The full key of one of our records, e.g. `ourKey('journal')`. */
export function ourKey(name: string): string {
  return `${STORAGE.keyPrefix}${name}`;
}
