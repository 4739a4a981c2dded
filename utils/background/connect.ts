import { createEngageSparkClient, type EngageSparkClient } from '@/utils/api/client';
import { readApiKey } from '@/utils/settings/api-key-store';
import type { Settings } from '@/utils/settings/settings-schema';
import { loadSettings } from '@/utils/settings/settings-store';

export type Connection = { settings: Settings; api: EngageSparkClient };
export type MissingSettings = { problem: { kind: 'settings'; title: string; detail: string } };

/** What is missing before anything can be sent, in the words the composer and notifications use. */
export function describeMissingSettings(settings: Settings, hasKey: boolean): string[] {
  const missing: string[] = [];
  if (!hasKey) missing.push('your API key');
  if (settings.orgId === null) missing.push('your organization ID');
  return missing;
}

/** Reads the settings and the key afresh on every use, so a change in Settings applies at once. */
export async function connect(): Promise<Connection | MissingSettings> {
  const [{ settings }, apiKey] = await Promise.all([loadSettings(), readApiKey()]);
  const missing = describeMissingSettings(settings, apiKey !== undefined);
  if (missing.length > 0 || apiKey === undefined || settings.orgId === null) {
    return {
      problem: { kind: 'settings', title: 'Not set up yet', detail: `Add ${missing.join(' and ')} in Settings.` },
    };
  }
  const api = createEngageSparkClient({
    fetch: (input, init) => fetch(input, init),
    credentials: { apiUrl: settings.apiUrl, apiKey, orgId: settings.orgId },
  });
  return { settings, api };
}
