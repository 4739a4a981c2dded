import type { Settings } from './settings-schema';

/** A setting without which nothing can be sent. */
export type MissingSetting = 'api-key' | 'org-id';

/**
 * What is missing before anything can be sent. The one rule for the composer (which says so
 * before the user writes) and the background (which refuses to build a client).
 */
export function findMissingSettings(
  settings: Pick<Settings, 'orgId'>,
  hasKey: boolean,
): MissingSetting[] {
  const missing: MissingSetting[] = [];
  if (!hasKey) missing.push('api-key');
  if (settings.orgId === null) missing.push('org-id');
  return missing;
}
