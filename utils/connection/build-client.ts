import { createEngageSparkClient, type EngageSparkClient } from '@/utils/api/client';
import type { Failure } from '@/utils/failure/failure';
import { loadEffective } from '@/utils/policy/load-effective';
import { type ApiDestination, checkApiDestination } from '@/utils/settings/api-access';
import { findMissingSettings } from '@/utils/settings/missing-settings';
import type { Settings } from '@/utils/settings/settings-schema';

export type Connection = { settings: Settings; api: EngageSparkClient };
export type MissingSettings = { failure: Failure };
type Refused = Extract<ApiDestination, { ok: false }>;

/**
 * The one place an API client is made, and only for a destination the key may go to:
 * engageSPARK's API or `savedApiUrl` (checkApiDestination). Without the host permission Firefox
 * fails the fetch as a bare network error: the refusal says why instead.
 */
export async function buildClient(
  credentials: { apiUrl: string; apiKey: string; orgId: number },
  savedApiUrl: string,
): Promise<{ ok: true; api: EngageSparkClient } | Refused> {
  const destination = await checkApiDestination(credentials.apiUrl, savedApiUrl);
  if (!destination.ok) return destination;
  const api = createEngageSparkClient({
    fetch: (input, init) => fetch(input, init),
    credentials: { ...credentials, apiUrl: destination.origin },
  });
  return { ok: true, api };
}

/**
 * Reads the effective settings and key (the user's, overridden by the organization's policy) afresh
 * on every use, so a change in Settings or in the policy applies at once.
 */
export async function buildClientFromSettings(): Promise<Connection | MissingSettings> {
  const { settings, apiKey } = await loadEffective();
  const missing = findMissingSettings(settings, apiKey !== undefined);
  if (apiKey === undefined || settings.orgId === null) {
    return { failure: { kind: 'settings-missing', missing } };
  }
  // The settings come from the extension's own store; the rule is checked again all the same.
  const built = await buildClient(
    { apiUrl: settings.apiUrl, apiKey, orgId: settings.orgId },
    settings.apiUrl,
  );
  if (!built.ok) return { failure: { kind: 'api-url-refused', reason: built.reason } };
  return { settings, api: built.api };
}
