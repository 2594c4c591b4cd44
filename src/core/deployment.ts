/**
 * Which copy of the game this is, so that two copies served from one origin keep their storage apart: two
 * uploads to one host (itch.io serves every game from one origin), or a teacher's trial copy beside the class's.
 * Browsers share localStorage and IndexedDB across a whole origin, so the separation has to be ours.
 *
 * A copy is named by the folder its page is served from; the copy at the root of its origin, and any page opened
 * from a file, keep the plain names (`lost-corner/…`, database `lost-corner`) that every earlier version used,
 * so no existing save moves. A host that serves each new upload from a new folder would separate every version
 * from the last, so a build can pin its name instead (`VITE_LOST_CORNER_DEPLOYMENT`, see the README).
 */
export const GAME_ID = 'lost-corner';

/** Long enough for any real folder, short enough that a strange address cannot bloat every key. */
const MAX_NAME = 200;

export interface StorageNames {
  /** Every localStorage and sessionStorage key of ours starts with this. */
  readonly keyPrefix: string;
  /** The IndexedDB database of ours. */
  readonly database: string;
}

/**
 * The copy's name: the pinned one when a build sets it (an empty pin means the plain names), else the page's
 * folder; '' for the plain names.
 */
export function deploymentOf(address: { protocol: string; pathname: string }, pinned?: string): string {
  if (pinned !== undefined) return pinned.slice(0, MAX_NAME);
  // A file moved to another folder is still the same copy: a student's saves must not vanish with the move.
  if (address.protocol === 'file:') return '';
  const folder = address.pathname.slice(0, address.pathname.lastIndexOf('/') + 1);
  return folder === '/' || folder === '' ? '' : folder.slice(0, MAX_NAME);
}

export function storageNames(deployment: string): StorageNames {
  if (deployment === '') return { keyPrefix: `${GAME_ID}/`, database: GAME_ID };
  return { keyPrefix: `${GAME_ID}@${deployment}/`, database: `${GAME_ID}@${deployment}` };
}
