/**
 * One record of ours in localStorage, read and written whole. Used for what must be kept apart from story saves
 * and read before anything is drawn: the journal and the class setup. A browser that refuses storage keeps the
 * record for the tab only (and `save` says so); a stored copy that cannot be read is moved aside under
 * `<key>/unreadable` rather than overwritten, so nothing a student wrote is destroyed by a bug or an edit.
 */
export class LocalRecord {
  constructor(
    private readonly storage: Storage | null,
    readonly key: string,
  ) {}

  static fromWindow(key: string): LocalRecord {
    try {
      return new LocalRecord(window.localStorage, key);
    } catch {
      return new LocalRecord(null, key);
    }
  }

  get available(): boolean {
    return this.storage !== null;
  }

  read(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  /** False when the browser would not keep it (storage full or refused). */
  write(text: string): boolean {
    try {
      this.storage?.setItem(this.key, text);
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  /** Forgets the record (a draft that has been kept elsewhere). */
  remove(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Storage refused: there was nothing kept to forget.
    }
  }

  /** Keeps a copy that could not be read, so it can be recovered by hand. */
  setAside(text: string): void {
    try {
      this.storage?.setItem(`${this.key}/unreadable`, text);
    } catch {
      // Nothing more can be done; the copy stays under the main key until the next write.
    }
  }
}

/**
 * Removes every key of this copy of the game (settings, journal, class setup, anything set aside): those that
 * start with its prefix (src/storage/storage-names.ts). Another copy's keys on the same origin stay.
 */
export function clearOurLocalStorage(storage: Storage, prefix: string): void {
  const ours: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) ours.push(key);
  }
  for (const key of ours) storage.removeItem(key);
}
