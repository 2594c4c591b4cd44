/**
 * Where saves are kept, behind one small interface so the game does not care whether it is IndexedDB or, in
 * tests and when the browser refuses storage, memory. Values are stored as given and validated when read back
 * (see src/core/save.ts): storage is never trusted.
 */
export interface SaveStore {
  /** False when nothing will outlive the tab (storage refused, so saves live in memory only). */
  readonly persistent: boolean;
  read(slot: string): Promise<unknown>;
  write(slot: string, value: unknown): Promise<void>;
  remove(slot: string): Promise<void>;
  /** Removes every slot (the end-of-class clear). */
  clear(): Promise<void>;
}

export class MemorySaveStore implements SaveStore {
  readonly persistent = false;
  private readonly slots = new Map<string, string>();

  async read(slot: string): Promise<unknown> {
    const text = this.slots.get(slot);
    return text === undefined ? null : JSON.parse(text);
  }

  async write(slot: string, value: unknown): Promise<void> {
    // Stored as JSON so a test sees exactly what a real store would give back.
    this.slots.set(slot, JSON.stringify(value));
  }

  async remove(slot: string): Promise<void> {
    this.slots.delete(slot);
  }

  async clear(): Promise<void> {
    this.slots.clear();
  }
}
