import { parseApiBase } from '@/utils/api/api-urls';

/** Plain http is allowed only for a sandbox on this machine; the key must never cross a network in clear. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type ApiUrlCheck =
  | { ok: true; apiUrl: string; originPattern: string }
  | { ok: false; error: string };

/** Checks an API URL the user typed and gives the host permission pattern it needs. */
export function checkApiUrl(raw: string): ApiUrlCheck {
  const text = raw.trim();
  if (text === '')
    return { ok: false, error: 'Enter the API URL, e.g. https://api.engagespark.com.' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return { ok: false, error: `Start the URL with https:// (for example https://${text}).` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'This is not a valid URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'The API URL must start with https://.' };
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      error:
        'Plain http:// would send your API key unencrypted. Use https:// (http:// is only for a sandbox on 127.0.0.1 or localhost).',
    };
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return { ok: false, error: `Enter only the server, without a path: ${url.origin}` };
  }
  if (url.username || url.password)
    return { ok: false, error: 'The URL must not contain a user name or password.' };
  if (url.hostname.endsWith('.'))
    return {
      ok: false,
      error: `Leave out the dot at the end of the server name: ${url.origin.replace(/\.(:\d+)?$/, '$1')}`,
    };
  // The client's rule has the last word, so the form never accepts an URL the client would refuse.
  if (!parseApiBase(url.origin).ok) return { ok: false, error: 'This is not a valid URL.' };
  return { ok: true, apiUrl: url.origin, originPattern: `${url.protocol}//${url.hostname}/*` };
}
