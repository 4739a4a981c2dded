import { defineExtensionItem } from '@/utils/storage/extension-item';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './settings-schema';

/**
 * Stored as written by the options page, in the extension origin's IndexedDB beside the key: the
 * API URL and the organization decide where the key goes, and in Firefox a content script can
 * write storage.local. Earlier versions kept them there; move-from-storage-local.ts brings them
 * over once.
 */
export const settingsItem = defineExtensionItem('settings', DEFAULT_SETTINGS);

export type LoadedSettings = { settings: Settings; warning?: string };

/** Validates what was stored: a damaged value falls back to the defaults and says so, never crashes. */
export function readStoredSettings(stored: unknown): LoadedSettings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  if (parsed.success) return { settings: parsed.data };
  const fields = [
    ...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'settings')),
  ];
  return {
    settings: DEFAULT_SETTINGS,
    warning: `Your saved settings could not be read (${fields.join(', ')}) and were reset to the defaults. Please check them and save again.`,
  };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return readStoredSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/** Calls back with every change, so open popups and the background see new settings at once. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(readStoredSettings(value)));
}
