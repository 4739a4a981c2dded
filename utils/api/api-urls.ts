import type { RequestProblem } from './request-problem.ts';

export type SendEndpoint = 'contact' | 'phonenumber';

export type ApiBase = { ok: true; base: URL } | { ok: false; problem: RequestProblem };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The API root as a URL ending in "/", so paths resolve below it: a custom host, port or path
 * prefix (a proxy at https://corp.example/engagespark) is kept. Plain http is allowed only to
 * this computer (a local sandbox): anywhere else it would send the API key in clear.
 */
export function parseApiBase(apiUrl: string): ApiBase {
  let url: URL;
  try {
    url = new URL(apiUrl.trim());
  } catch {
    return { ok: false, problem: 'api-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'api-url' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, problem: 'api-url-insecure' };
  }
  if (url.username || url.password) return { ok: false, problem: 'api-url' };
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { ok: true, base: url };
}

export function sendUrl(base: URL, endpoint: SendEndpoint): URL {
  return new URL(`v1/sms/${endpoint}`, base);
}

export function balanceUrl(base: URL, orgId: number): URL {
  return new URL(`v1/organizations/${orgId}/balance.json`, base);
}

/**
 * The message id is a path segment: encoded, and checked beforehand (isSafeMessageId) so that
 * "." or ".." cannot climb out of the messages folder.
 */
export function deliveryStatusUrl(base: URL, orgId: number, messageId: string): URL {
  return new URL(`v1/organizations/${orgId}/messages/${encodeURIComponent(messageId)}/`, base);
}

export function isSafeMessageId(messageId: string): boolean {
  return /^[A-Za-z0-9._~-]{1,128}$/.test(messageId) && !/^\.{1,2}$/.test(messageId);
}
