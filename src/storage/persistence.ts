/**
 * Asks the browser, once per device, to keep the game's storage even when the disk runs low
 * (`navigator.storage.persist()`). Chromium decides silently; Firefox may ask the player, so the game asks only
 * the first time and records the answer, never again. Nothing is shown to the player either way: a refusal only
 * means the browser may clear saves under storage pressure, which the journal's export already guards against.
 */

const ASKED = 'lost-corner/storage-persist';

export type PersistAnswer = 'granted' | 'denied' | 'unavailable' | 'asked-before';

export async function askToPersistOnce(
  manager: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
  record: Pick<Storage, 'getItem' | 'setItem'> | null,
): Promise<PersistAnswer> {
  try {
    if (record?.getItem(ASKED)) return 'asked-before';
    if (!manager?.persist) return 'unavailable';
    const granted = (await manager.persisted()) || (await manager.persist());
    record?.setItem(ASKED, granted ? 'granted' : 'denied');
    return granted ? 'granted' : 'denied';
  } catch {
    return 'unavailable';
  }
}
