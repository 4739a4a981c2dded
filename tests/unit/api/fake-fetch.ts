/** A request as the client made it, captured by the fake fetch. */
export interface RecordedRequest {
  url: string;
  init: RequestInit;
  method: string;
  headers: Headers;
  /** The body as sent, or null for none. */
  body: string | null;
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * A fetch that records every request and answers with `respond`. It honours the abort signal
 * like a real fetch, so a responder that never settles exercises the client's deadline.
 */
export function createFakeFetch(respond: Responder): {
  fetch: typeof fetch;
  requests: RecordedRequest[];
} {
  const requests: RecordedRequest[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      init,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
    };
    requests.push(request);
    return abortable(Promise.resolve(respond(request)), init.signal ?? undefined);
  };
  return { fetch: fakeFetch, requests };
}

/** Answers every request with the same status, headers and body. */
export function answerWith(
  status: number,
  body: BodyInit | null,
  headers?: HeadersInit,
): Responder {
  return () => new Response(nullBodyStatus(status) ? null : body, { status, headers });
}

/** `new Response` refuses a body, even "", with 101, 204, 205 and 304. */
export function nullBodyStatus(status: number): boolean {
  return [101, 204, 205, 304].includes(status);
}

function abortable(pending: Promise<Response>, signal: AbortSignal | undefined): Promise<Response> {
  if (!signal) return pending;
  return new Promise((resolve, reject) => {
    const onAbort = (): void =>
      reject(new DOMException('This operation was aborted', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject);
  });
}

/** The body the client sent, parsed. */
export function sentJson(request: RecordedRequest | undefined): unknown {
  if (!request?.body) throw new Error('no request body was sent');
  return JSON.parse(request.body);
}
