import { z } from 'zod';
import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

/**
 * The API key lives in the extension origin's IndexedDB, never in storage.local: content scripts run
 * in the page's origin, so they cannot open this database in Chrome or in Firefox (Firefox has no
 * access-level switch for storage areas). Only extension pages and the background read it.
 */
export const apiKeyItem = defineStoredItem<string | undefined>({
  area: extensionDbArea('apiKey'),
  schema: z.string().min(1).optional(),
  fallback: undefined,
});

export function readApiKey(): Promise<string | undefined> {
  return apiKeyItem.load();
}

export async function saveApiKey(apiKey: string): Promise<void> {
  await apiKeyItem.area.setValue(apiKey);
}

export async function forgetApiKey(): Promise<void> {
  await apiKeyItem.remove();
}

/** What the options page may show of a saved key: its last four characters. */
export function maskApiKey(apiKey: string): string {
  return `•••• ${apiKey.slice(-4)}`;
}
