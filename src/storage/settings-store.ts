/**
 * Settings live in localStorage: small, read synchronously before anything is drawn (so text appears at the
 * player's size and speed from the first frame), and apart from saves. A browser that refuses storage gets the
 * defaults, and changes last for the tab.
 */
import { readSettings, type Settings, storedSettings } from '../core/settings.ts';
import { ourKey } from './storage-names.ts';

const KEY = ourKey('settings');

export class SettingsStore {
  constructor(private readonly storage: Storage | null) {}

  static fromWindow(): SettingsStore {
    try {
      return new SettingsStore(window.localStorage);
    } catch {
      return new SettingsStore(null);
    }
  }

  load(): Settings {
    try {
      const text = this.storage?.getItem(KEY);
      return readSettings(text ? JSON.parse(text) : null);
    } catch {
      return readSettings(null);
    }
  }

  /** False when the browser would not keep it (storage full or refused). */
  save(settings: Settings): boolean {
    try {
      this.storage?.setItem(KEY, JSON.stringify(storedSettings(settings)));
      return this.storage !== null;
    } catch {
      return false;
    }
  }
}
