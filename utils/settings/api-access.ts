import { browser } from 'wxt/browser';
import { apiOriginOf } from '@/utils/api/api-urls';
import { THIS_BROWSER } from '@/utils/platform/browser-differences';
import { checkApiUrl } from './api-url';
import { DEFAULT_API_URL } from './settings-schema';

/** The words shown where the extension asks for access (the popup and the options page). */
export const API_ACCESS_REQUEST = `${THIS_BROWSER} needs your permission to reach engageSPARK.`;

/** Why a send or a balance check did not even start, in the words of a settings problem. */
export const API_ACCESS_MISSING = {
  title: 'No access to engageSPARK yet',
  detail: `${THIS_BROWSER} has not allowed the extension to reach engageSPARK yet — open the popup and click Allow access.`,
} as const;

/** Why the key was not sent to an API URL, in the words of a settings problem. */
export const API_URL_NOT_ALLOWED = {
  title: 'The API URL is not allowed',
  detail:
    'Your API key is only sent to https://api.engagespark.com or to the API URL saved in Settings, after you allowed access to it. Check the API URL in Settings and save it again.',
} as const;

/** The host permission an API URL needs, e.g. `https://api.engagespark.com/*`. */
export function apiOriginPattern(apiUrl: string): string | undefined {
  const check = checkApiUrl(apiUrl);
  return check.ok ? check.originPattern : undefined;
}

export type ApiDestination =
  | { ok: true; origin: string }
  /** Not an origin (a path, a user name…), or not the API URL the user saved. */
  | { ok: false; reason: 'not-allowed' }
  /** The right origin, but the browser does not let the extension reach it (yet). */
  | { ok: false; reason: 'no-access' };

/**
 * Where the API key may go: engageSPARK's own API, or the one origin the user saved as the API
 * URL in Settings (a store only extension pages can write) and allowed in the browser. A host
 * permission alone is never enough: the CRM sites are granted too, and a granted CRM host is not
 * an API. `savedApiUrl` is the API URL read from the trusted settings store, never from a message
 * or from storage a content script can write.
 */
export async function checkApiDestination(
  apiUrl: string,
  savedApiUrl: string,
): Promise<ApiDestination> {
  const origin = apiOriginOf(apiUrl);
  if (origin === undefined) return { ok: false, reason: 'not-allowed' };
  if (origin !== DEFAULT_API_URL && origin !== apiOriginOf(savedApiUrl))
    return { ok: false, reason: 'not-allowed' };
  return (await hasApiAccess(origin)) ? { ok: true, origin } : { ok: false, reason: 'no-access' };
}

/**
 * Whether the browser lets the extension reach the API. Chrome grants the engageSPARK API at
 * install; Firefox lets the user withhold or withdraw it, and a fetch without it fails as a bare
 * network error that would only say "could not connect". Never true for an URL that is not an
 * API origin.
 */
export async function hasApiAccess(apiUrl: string): Promise<boolean> {
  const pattern = apiOriginPattern(apiUrl);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    // Unknown: the request itself says what is wrong, and it can only go to an allowed origin.
    return true;
  }
}

/** A refused destination in the words of a settings problem. */
export function describeRefusedDestination(destination: { reason: 'not-allowed' | 'no-access' }): {
  title: string;
  detail: string;
} {
  return destination.reason === 'no-access' ? API_ACCESS_MISSING : API_URL_NOT_ALLOWED;
}
