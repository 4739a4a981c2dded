import { storage } from 'wxt/utils/storage';
import {
  deleteEntry,
  type ItemKey,
  readEntries,
  readEntry,
  versionKeyOf,
  watchEntry,
  writeEntry,
} from './extension-db';
import { moveFromStorageLocal } from './move-from-storage-local';

/** Where one item's raw value and its layout version live: the extension DB or a browser area. */
export type StorageArea = {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** The value and the layout version written beside it (undefined: never migrated, so v1). */
  getStored(): Promise<{ value: unknown; version: number | undefined }>;
  setVersion(version: number): Promise<void>;
  /** Calls back after every write from any of the extension's contexts. */
  watch(onChange: (value: unknown, previous: unknown) => void): () => void;
};

/**
 * An entry of the extension origin's IndexedDB, for everything a content script must neither read
 * nor write. Every read and write waits until the old storage.local items have moved in, except
 * the key's, which was never kept there.
 */
export function extensionDbArea(key: ItemKey): StorageArea {
  const moved = (): Promise<void> =>
    key === 'apiKey' ? Promise.resolve() : moveFromStorageLocal();
  const getValue = async (): Promise<unknown> => {
    await moved();
    return (await readEntry(key)) ?? null;
  };
  return {
    getValue,
    async setValue(value) {
      await moved();
      await writeEntry(key, value);
    },
    async removeValue() {
      await moved();
      await deleteEntry(key);
    },
    async getStored() {
      await moved();
      const [value, version] = await readEntries([key, versionKeyOf(key)]);
      return { value: value ?? null, version: typeof version === 'number' ? version : undefined };
    },
    setVersion: (version) => writeEntry(versionKeyOf(key), version),
    watch(onChange) {
      // Reads can finish out of order; only the newest one reports.
      let asked = 0;
      let previous: unknown = null;
      return watchEntry(key, () => {
        const ticket = ++asked;
        void getValue().then((value) => {
          if (ticket !== asked) return;
          onChange(value, previous);
          previous = value;
        });
      });
    },
  };
}

/**
 * A browser storage item: storage.local for what a content script may see (the site choices),
 * storage.session for what lasts one browser session. The version is kept as WXT keeps it
 * (`key$` → `{ v }`), so items written by WXT's own defineItem read the same.
 */
export function browserStorageArea(key: `local:${string}` | `session:${string}`): StorageArea {
  return {
    getValue: async () => (await storage.getItem<unknown>(key)) ?? null,
    setValue: (value) => storage.setItem(key, value),
    removeValue: () => storage.removeItem(key),
    async getStored() {
      const [value, { v }] = await Promise.all([
        storage.getItem<unknown>(key),
        storage.getMeta<{ v?: unknown }>(key),
      ]);
      return { value: value ?? null, version: typeof v === 'number' ? v : undefined };
    },
    setVersion: (version) => storage.setMeta(key, { v: version }),
    watch: (onChange) =>
      storage.watch<unknown>(key, (value, previous) => onChange(value ?? null, previous ?? null)),
  };
}
