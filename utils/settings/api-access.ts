import { browser } from 'wxt/browser';
import { THIS_BROWSER } from '@/utils/platform/browser-differences';
import { checkApiUrl } from './api-url';

/** The words shown where the extension asks for access (the popup and the options page). */
export const API_ACCESS_REQUEST = `${THIS_BROWSER} needs your permission to reach engageSPARK.`;

/** Why a send or a balance check did not even start, in the words of a settings problem. */
export const API_ACCESS_MISSING = {
  title: 'No access to engageSPARK yet',
  detail: `${THIS_BROWSER} has not allowed the extension to reach engageSPARK yet — open the popup and click Allow access.`,
} as const;

/** The host permission an API URL needs, e.g. `https://api.engagespark.com/*`. */
export function apiOriginPattern(apiUrl: string): string | undefined {
  const check = checkApiUrl(apiUrl);
  return check.ok ? check.originPattern : undefined;
}

/**
 * Whether the browser lets the extension reach the API. Chrome grants the engageSPARK API at
 * install; Firefox lets the user withhold or withdraw it, and a fetch without it fails as a bare
 * network error that would only say "could not connect".
 */
export async function hasApiAccess(apiUrl: string): Promise<boolean> {
  const pattern = apiOriginPattern(apiUrl);
  // An URL the settings form would refuse needs no permission check: the request reports it.
  if (!pattern) return true;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return true; // Unknown: let the request itself say what is wrong.
  }
}
