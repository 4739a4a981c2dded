import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './settings-schema';

/**
 * Stored as written by the options page. Version 1 is the first shipped layout; a future layout
 * bumps the version and adds a migration here, tested with a before/after fixture.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

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
