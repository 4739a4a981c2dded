import { readApiKey } from '@/utils/settings/api-key-store';
import type { Settings } from '@/utils/settings/settings-schema';
import { loadSettings } from '@/utils/settings/settings-store';
import type { SitesState } from '@/utils/sites/site-coverage';
import { loadSites } from '@/utils/sites/sites-store';
import { effectiveApiKey, effectiveSettings, effectiveSites } from './effective-settings';
import type { ManagedPolicy } from './managed-policy';
import { readManagedPolicy } from './read-managed-policy';

export type Effective = {
  settings: Settings;
  /** The policy's key or the user's: stays in the background. */
  apiKey: string | undefined;
  policy: ManagedPolicy;
  warnings: string[];
};

/** Background only: the settings every use acts on, read afresh so a policy change applies at once. */
export async function loadEffective(): Promise<Effective> {
  const [{ settings }, userKey, { policy, warnings }] = await Promise.all([
    loadSettings(),
    readApiKey(),
    readManagedPolicy(),
  ]);
  return {
    settings: effectiveSettings(settings, policy),
    apiKey: effectiveApiKey(userKey, policy),
    policy,
    warnings,
  };
}

/**
 * What a page's questions need (its site's coverage, the country for its numbers), asked with
 * every batch of candidates: the policy read once, and never the key.
 */
export async function loadEffectiveForPages(): Promise<{ settings: Settings; sites: SitesState }> {
  const [{ settings }, sites, { policy }] = await Promise.all([
    loadSettings(),
    loadSites(),
    readManagedPolicy(),
  ]);
  return { settings: effectiveSettings(settings, policy), sites: effectiveSites(sites, policy) };
}

export async function loadEffectiveSites(): Promise<SitesState> {
  const [sites, { policy }] = await Promise.all([loadSites(), readManagedPolicy()]);
  return effectiveSites(sites, policy);
}
