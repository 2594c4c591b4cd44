/**
 * Asks the browser to keep the game's storage even when the disk runs low (`navigator.storage.persist()`), once
 * per start, and only if it is not kept already. Chromium decides silently; Firefox asks the player the first
 * time and remembers the answer itself, so the question is never repeated and the game stores nothing about it.
 * Nothing is shown either way: a refusal only means the browser may clear saves under storage pressure, which
 * the journal's export already guards against.
 */

export type PersistAnswer = 'already' | 'granted' | 'denied' | 'unavailable';

export async function askToPersist(
  manager: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
): Promise<PersistAnswer> {
  try {
    if (!manager?.persist || !manager.persisted) return 'unavailable';
    if (await manager.persisted()) return 'already';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unavailable';
  }
}
