import { createEngageSparkClient, type EngageSparkClient } from '@/utils/api/client';
import { checkApiDestination, describeRefusedDestination } from '@/utils/settings/api-access';
import { readApiKey } from '@/utils/settings/api-key-store';
import { describeMissingSettings } from '@/utils/settings/missing-settings';
import type { Settings } from '@/utils/settings/settings-schema';
import { loadSettings } from '@/utils/settings/settings-store';

export type Connection = { settings: Settings; api: EngageSparkClient };
export type MissingSettings = { problem: { kind: 'settings'; title: string; detail: string } };

/** Reads the settings and the key afresh on every use, so a change in Settings applies at once. */
export async function connect(): Promise<Connection | MissingSettings> {
  const [{ settings }, apiKey] = await Promise.all([loadSettings(), readApiKey()]);
  const missing = describeMissingSettings(settings, apiKey !== undefined);
  if (missing.length > 0 || apiKey === undefined || settings.orgId === null) {
    return {
      problem: {
        kind: 'settings',
        title: 'Not set up yet',
        detail: `Add ${missing.join(' and ')} in Settings.`,
      },
    };
  }
  // The settings come from the extension's own store; the rule is checked again all the same.
  // Without the host permission Firefox fails the fetch as a bare network error: say why instead.
  const destination = await checkApiDestination(settings.apiUrl, settings.apiUrl);
  if (!destination.ok) {
    return { problem: { kind: 'settings', ...describeRefusedDestination(destination) } };
  }
  const api = createEngageSparkClient({
    fetch: (input, init) => fetch(input, init),
    credentials: { apiUrl: destination.origin, apiKey, orgId: settings.orgId },
  });
  return { settings, api };
}
