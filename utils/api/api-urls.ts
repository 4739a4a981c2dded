import type { RequestProblem } from './request-problem.ts';

type ApiBase = { ok: true; base: URL } | { ok: false; problem: RequestProblem };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The API root is an origin and nothing else (`https://host[:port]`, an optional final "/"): a path,
 * query, fragment, user name, or a host with a trailing dot ("api.engagespark.com." names the same
 * server yet compares as another origin) could make an URL that looks allowed lead somewhere else,
 * and the key goes wherever the base points. Plain http is allowed only to this computer (a local
 * sandbox): anywhere else it would send the API key in clear. The base ends in "/", so the
 * endpoint paths resolve below it.
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
  // href is normalized: anything beyond "origin/" is a path, a query, a fragment or a user name.
  if (url.href !== `${url.origin}/` || url.hostname.endsWith('.')) {
    return { ok: false, problem: 'api-url' };
  }
  return { ok: true, base: url };
}

/** The origin an API URL sends to (`https://api.engagespark.com`), or undefined if it is not one. */
export function apiOriginOf(apiUrl: string): string | undefined {
  const parsed = parseApiBase(apiUrl);
  return parsed.ok ? parsed.base.origin : undefined;
}
