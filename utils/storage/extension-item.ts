import { deleteEntry, type EntryKey, readEntry, watchEntry, writeEntry } from './extension-db';
import { moveFromStorageLocal } from './move-from-storage-local';

/** One value in the extension DB, read and written like a storage item, with a change watch. */
export type ExtensionItem = {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with the new value after every write from any of the extension's contexts. */
  watch(onChange: (value: unknown) => void): () => void;
};

/** Every read and write waits until the old storage.local items have moved in. */
export function defineExtensionItem(
  key: Exclude<EntryKey, 'apiKey' | 'movedFromStorageLocal'>,
  fallback: unknown,
): ExtensionItem {
  const getValue = async (): Promise<unknown> => {
    await moveFromStorageLocal();
    return (await readEntry(key)) ?? fallback;
  };
  return {
    getValue,
    async setValue(value) {
      await moveFromStorageLocal();
      await writeEntry(key, value);
    },
    async removeValue() {
      await moveFromStorageLocal();
      await deleteEntry(key);
    },
    watch(onChange) {
      // Reads can finish out of order; only the newest one reports.
      let asked = 0;
      return watchEntry(key, () => {
        const ticket = ++asked;
        void getValue().then((value) => {
          if (ticket === asked) onChange(value);
        });
      });
    },
  };
}
