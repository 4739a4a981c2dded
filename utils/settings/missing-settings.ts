import type { Settings } from './settings-schema';

/** What is missing before anything can be sent, in the words the composer and notifications use. */
export function describeMissingSettings(settings: Settings, hasKey: boolean): string[] {
  const missing: string[] = [];
  if (!hasKey) missing.push('your API key');
  if (settings.orgId === null) missing.push('your organization ID');
  return missing;
}
