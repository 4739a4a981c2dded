import { describeError } from './describe-error.ts';
import { type BodyText, readBodyText } from './read-body.ts';
import { ABORTED, waitForAbort } from './wait-for-abort.ts';

export interface ApiRequest {
  method: 'GET' | 'POST';
  url: URL;
  apiKey: string;
  /** Sent as the JSON body (POST only). */
  json?: unknown;
}

/** An HTTP answer with its body already read (or the reason it could not be). */
export interface Answer {
  status: number;
  headers: Headers;
  body: BodyText;
}

export type Exchange =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string };

/**
 * One request and its whole answer under a single deadline (headers AND body), never throwing.
 * The deadline is ours (AbortController), so a timeout is told apart from a connection failure
 * whatever the fetch implementation throws.
 */
export async function exchange(
  fetchFn: typeof fetch,
  request: ApiRequest,
  timeoutMs: number,
): Promise<Exchange> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const aborted = waitForAbort(controller.signal);
  try {
    // Called bare, never as `deps.fetch(...)`: a browser's fetch throws "Illegal invocation"
    // when `this` is some other object. Raced against the deadline in case it ignores the signal.
    const pending = fetchFn(request.url.href, buildInit(request, controller.signal));
    const response = await Promise.race([pending, aborted.promise]);
    if (response === ABORTED) {
      pending.then(cancelBody, () => {});
      return { kind: 'timeout' };
    }
    const body = await readBodyText(response, controller.signal);
    return {
      kind: 'answer',
      answer: { status: statusOf(response), headers: response.headers, body },
    };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', detail: describeError(error) };
  } finally {
    clearTimeout(timer);
    aborted.dispose();
  }
}

/** A response that arrives after we stopped waiting still holds a connection: let it go. */
function cancelBody(response: Response): void {
  response.body?.cancel().catch(() => {});
}

function buildInit(request: ApiRequest, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = {
    Authorization: `Token ${request.apiKey}`,
    Accept: 'application/json',
  };
  const init: RequestInit = {
    method: request.method,
    headers,
    signal,
    // A redirect is reported, not followed: following it would hand the API key to a host the
    // user never configured, and would turn a POST into a GET.
    redirect: 'manual',
    // The extension may hold cookies for engageSPARK's web app; the API needs only the key.
    credentials: 'omit',
    cache: 'no-store',
  };
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(request.json);
  }
  return init;
}

/** A browser reports a manual redirect as an opaque response with status 0; treat it as a 3xx. */
function statusOf(response: Response): number {
  return response.type === 'opaqueredirect' ? 0 : response.status;
}
