/**
 * Saves in IndexedDB, namespaced to this copy of the game (database `lost-corner` for the copy at the root of its
 * origin; see src/core/deployment.ts), object store `saves`, one record per slot.
 * Every write is one transaction with strict durability, so a save is either wholly there or not at all.
 */
import { MemorySaveStore, type SaveStore } from './save-store.ts';
import { STORAGE } from './storage-names.ts';

const STORE = 'saves';

export class IndexedDbSaveStore implements SaveStore {
  readonly persistent = true;

  private constructor(private readonly db: IDBDatabase) {}

  static open(factory: IDBFactory = indexedDB, database = STORAGE.database): Promise<IndexedDbSaveStore> {
    return new Promise((resolve, reject) => {
      const request = factory.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(new IndexedDbSaveStore(request.result));
      request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
  }

  read(slot: string): Promise<unknown> {
    return this.run('readonly', (store) => store.get(slot)).then((value) => value ?? null);
  }

  write(slot: string, value: unknown): Promise<void> {
    return this.run('readwrite', (store) => store.put(value, slot)).then(() => undefined);
  }

  remove(slot: string): Promise<void> {
    return this.run('readwrite', (store) => store.delete(slot)).then(() => undefined);
  }

  clear(): Promise<void> {
    return this.run('readwrite', (store) => store.clear()).then(() => undefined);
  }

  private run(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const transaction = this.db.transaction(STORE, mode, { durability: 'strict' });
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('save aborted'));
    });
  }
}

/** IndexedDB if the browser allows it; otherwise memory, which the game tells the player about. */
export async function openSaveStore(): Promise<SaveStore> {
  try {
    return await IndexedDbSaveStore.open();
  } catch {
    return new MemorySaveStore();
  }
}
