import { deleteEntry, readEntry, writeEntry } from '@/utils/storage/extension-db';

/**
 * The API key lives in the extension origin's IndexedDB, never in storage.local: content scripts run
 * in the page's origin, so they cannot open this database in Chrome or in Firefox (Firefox has no
 * access-level switch for storage areas). Only extension pages and the background read it.
 */
export async function readApiKey(): Promise<string | undefined> {
  const value = await readEntry('apiKey');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function saveApiKey(apiKey: string): Promise<void> {
  await writeEntry('apiKey', apiKey);
}

export async function forgetApiKey(): Promise<void> {
  await deleteEntry('apiKey');
}

/** What the options page may show of a saved key: its last four characters. */
export function maskApiKey(apiKey: string): string {
  return `•••• ${apiKey.slice(-4)}`;
}
