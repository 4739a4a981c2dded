import { describe, expect, it } from 'vitest';
import { createEngageSparkClient } from '@/utils/api/client.ts';
import { isOutcomeUnknown } from '@/utils/api/endpoints/send-outcome.ts';
import { MAX_BODY_BYTES } from '@/utils/api/transport/read-body.ts';
import { createFakeFetch, type Responder } from './fake-fetch.ts';

const CREDENTIALS = { apiUrl: 'https://api.engagespark.com', apiKey: 'test-key-123', orgId: 1234 };
/** For the tests that wait for the deadline. */
const SHORT_TIMEOUT_MS = 50;
/** For the others: long enough that a loaded machine never turns them into timeouts. */
const LONG_TIMEOUT_MS = 10_000;
const INPUT = {
  endpoint: 'contact',
  recipient: { to: '639171234567' },
  message: 'Hello',
  clientDedup: 'dedup-1',
  clientRef: 'ref-1',
} as const;

function clientWith(fetchFn: typeof fetch, timeoutMs = LONG_TIMEOUT_MS) {
  return createEngageSparkClient({ fetch: fetchFn, credentials: CREDENTIALS, timeoutMs });
}

function clientAnswering(respond: Responder, timeoutMs = LONG_TIMEOUT_MS) {
  return clientWith(createFakeFetch(respond).fetch, timeoutMs);
}

const encoder = new TextEncoder();

/** A body that sends `first`, then fails like a connection reset. */
function breakingStream(first: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(first));
      setTimeout(
        () => controller.error(new TypeError('terminated', { cause: 'socket hang up' })),
        5,
      );
    },
  });
}

/** A body that sends `first`, then nothing, forever. */
function neverEndingStream(first: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(first));
    },
  });
}

describe('when the connection fails', () => {
  it('a rejected fetch (connection reset) is a network outcome, and unknown', async () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const client = clientWith(async () => {
      throw new TypeError('fetch failed', { cause: reset });
    });
    const outcome = await client.sendSms(INPUT);
    expect(outcome).toEqual({ kind: 'network', detail: 'fetch failed (ECONNRESET)' });
    expect(isOutcomeUnknown(outcome)).toBe(true);
  });

  it('a fetch that throws synchronously is a network outcome too', async () => {
    const client = clientWith(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await client.sendSms(INPUT)).toEqual({ kind: 'network', detail: 'Failed to fetch' });
  });

  it('a body that breaks midway through a 200 is a network outcome (it may have been sent)', async () => {
    const client = clientAnswering(
      () => new Response(breakingStream('{"error":"","messageId":"SM'), { status: 200 }),
    );
    const outcome = await client.sendSms(INPUT);
    expect(outcome).toMatchObject({ kind: 'network' });
    expect(isOutcomeUnknown(outcome)).toBe(true);
  });

  it('a body that breaks midway through a 401 is still an auth outcome', async () => {
    const client = clientAnswering(
      () => new Response(breakingStream('{"detail":"Inva'), { status: 401 }),
    );
    expect(await client.sendSms(INPUT)).toEqual({ kind: 'auth' });
  });

  it('a body that breaks midway through a balance answer is a network failure', async () => {
    const client = clientAnswering(() => new Response(breakingStream('{"bal'), { status: 200 }));
    expect(await client.getBalance()).toMatchObject({ ok: false, failure: { kind: 'network' } });
  });
});

describe('when the server is too slow', () => {
  it('a server that never answers is a timeout, and unknown', async () => {
    const client = clientAnswering(() => new Promise<Response>(() => {}), SHORT_TIMEOUT_MS);
    const outcome = await client.sendSms(INPUT);
    expect(outcome).toEqual({ kind: 'timeout' });
    expect(isOutcomeUnknown(outcome)).toBe(true);
  });

  it('a fetch that ignores the abort signal still times out', async () => {
    const client = clientWith(() => new Promise<Response>(() => {}), SHORT_TIMEOUT_MS);
    expect(await client.sendSms(INPUT)).toEqual({ kind: 'timeout' });
  });

  it('a body that never ends is a timeout, not a hang', async () => {
    const client = clientAnswering(
      () => new Response(neverEndingStream('{"error":"","messageId":'), { status: 200 }),
      SHORT_TIMEOUT_MS,
    );
    const started = Date.now();
    expect(await client.sendSms(INPUT)).toEqual({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a balance body that never ends is a timeout', async () => {
    const client = clientAnswering(
      () => new Response(neverEndingStream('{'), { status: 200 }),
      SHORT_TIMEOUT_MS,
    );
    expect(await client.getBalance()).toEqual({ ok: false, failure: { kind: 'timeout' } });
  });

  it('a delivery status that never comes is a timeout', async () => {
    const client = clientAnswering(() => new Promise<Response>(() => {}), SHORT_TIMEOUT_MS);
    expect(await client.getDeliveryStatus('SMS1')).toEqual({
      ok: false,
      failure: { kind: 'timeout' },
    });
  });
});

describe('when the body is huge', () => {
  it('a body over the cap is malformed and is not read to the end', async () => {
    const huge = `{"error":"","messageId":"SMS1","padding":"${'x'.repeat(MAX_BODY_BYTES)}"}`;
    const client = clientAnswering(() => new Response(huge, { status: 200 }));
    const outcome = await client.sendSms(INPUT);
    expect(outcome).toMatchObject({ kind: 'malformed', status: 200 });
    expect(isOutcomeUnknown(outcome)).toBe(true);
  });

  it('an endless stream of data stops at the cap and is cancelled', async () => {
    const chunk = encoder.encode('x'.repeat(64 * 1024));
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const client = clientAnswering(() => new Response(endless, { status: 200 }));
    expect(await client.sendSms(INPUT)).toMatchObject({ kind: 'malformed', status: 200 });
    expect(cancelled).toBe(true);
    // Pulls run one or two chunks ahead of reads; far below reading everything.
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 3 * chunk.byteLength);
  });

  it('a huge HTML balance page is not engageSPARK', async () => {
    const page = `<html><body>${'<p>hello</p>'.repeat(50_000)}</body></html>`;
    const client = clientAnswering(() => new Response(page, { status: 200 }));
    expect(await client.getBalance()).toMatchObject({
      ok: false,
      failure: { kind: 'not-engagespark', status: 200 },
    });
  });
});
