import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem, type ItemRead } from '@/utils/storage/stored-item';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './settings-schema';

/**
 * Stored as written by the options page, in the extension origin's IndexedDB beside the key: the
 * API URL and the organization decide where the key goes, and in Firefox a content script can
 * write storage.local. Earlier versions kept them there; move-from-storage-local.ts brings them
 * over once.
 */
export const settingsItem = defineStoredItem<Settings>({
  area: extensionDbArea('settings'),
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
});

export type LoadedSettings = { settings: Settings; warning?: string };

/** Validates what was stored: a damaged value falls back to the defaults and says so, never crashes. */
export function readStoredSettings(stored: unknown): LoadedSettings {
  return toLoaded(settingsItem.read(stored));
}

function toLoaded({ value, refused }: ItemRead<Settings>): LoadedSettings {
  if (!refused) return { settings: value };
  const fields = [...new Set(refused.issues.map((issue) => issue.path.join('.') || 'settings'))];
  return {
    settings: DEFAULT_SETTINGS,
    warning: `Your saved settings could not be read (${fields.join(', ')}) and were reset to the defaults. Please check them and save again.`,
  };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return toLoaded(await settingsItem.loadRead());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.save(settings);
}

/** Calls back with every change, so open popups and the background see new settings at once. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((_value, _previous, read) => onChange(toLoaded(read)));
}
