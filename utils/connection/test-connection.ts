import { toBalanceResult } from '@/utils/balance/balance-result';
import type { BalanceResult, MessageData } from '@/utils/messaging/protocol';
import { loadEffective } from '@/utils/policy/load-effective';
import { API_URL_NOT_ALLOWED, describeRefusedDestination } from '@/utils/settings/api-access';
import { buildClient } from './build-client';

const NO_KEY: BalanceResult = {
  ok: false,
  title: 'No API key',
  detail: 'Paste your API key from engageSPARK (Profile > Info > API Key).',
};

const SAVED_KEY_STAYS: BalanceResult = {
  ok: false,
  ...API_URL_NOT_ALLOWED,
  detail:
    'The saved API key is only sent to https://api.engagespark.com or to the API URL saved in Settings. To test a new API URL, paste the key again, or save first.',
};

/**
 * "Test connection" in the options page: the typed values against the server, nothing saved.
 * The saved key obeys the rule every request obeys (engageSPARK's API, or the API URL saved in
 * Settings); a new API URL is tested with the key typed beside it, or after saving it.
 */
export async function testConnection({
  apiUrl,
  orgId,
  apiKey,
}: MessageData<'testConnection'>): Promise<BalanceResult> {
  const effective = await loadEffective();
  // Without a typed key: the effective one (the organization's policy key, else the saved one).
  const key = apiKey ?? effective.apiKey;
  if (!key) return NO_KEY;
  // A typed key was never stored: it may be tried against the URL typed with it, as a save would.
  const allowedBeside = apiKey === undefined ? effective.settings.apiUrl : apiUrl;
  const built = await buildClient({ apiUrl, apiKey: key, orgId }, allowedBeside);
  if (!built.ok && built.reason === 'not-allowed' && apiKey === undefined) return SAVED_KEY_STAYS;
  if (!built.ok) return { ok: false, ...describeRefusedDestination(built) };
  return toBalanceResult(await built.api.getBalance());
}
