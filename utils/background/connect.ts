import { createEngageSparkClient, type EngageSparkClient } from '@/utils/api/client';
import type { Failure, MissingSetting } from '@/utils/failure/failure';
import { checkApiDestination } from '@/utils/settings/api-access';
import { readApiKey } from '@/utils/settings/api-key-store';
import type { Settings } from '@/utils/settings/settings-schema';
import { loadSettings } from '@/utils/settings/settings-store';

export type Connection = { settings: Settings; api: EngageSparkClient };
export type MissingSettings = { failure: Failure };

/** Reads the settings and the key afresh on every use, so a change in Settings applies at once. */
export async function connect(): Promise<Connection | MissingSettings> {
  const [{ settings }, apiKey] = await Promise.all([loadSettings(), readApiKey()]);
  if (apiKey === undefined || settings.orgId === null) {
    const missing: MissingSetting[] = [];
    if (apiKey === undefined) missing.push('api-key');
    if (settings.orgId === null) missing.push('org-id');
    return { failure: { kind: 'settings-missing', missing } };
  }
  // The settings come from the extension's own store; the rule is checked again all the same.
  // Without the host permission Firefox fails the fetch as a bare network error: say why instead.
  const destination = await checkApiDestination(settings.apiUrl, settings.apiUrl);
  if (!destination.ok) {
    return { failure: { kind: 'api-url-refused', reason: destination.reason } };
  }
  const api = createEngageSparkClient({
    fetch: (input, init) => fetch(input, init),
    credentials: { apiUrl: destination.origin, apiKey, orgId: settings.orgId },
  });
  return { settings, api };
}
