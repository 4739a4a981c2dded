import { describe, expect, it } from 'vitest';
import { createEngageSparkClient } from '@/utils/api/client.ts';
import { MAX_MESSAGE_TEXT } from '@/utils/api/endpoints/messages.ts';
import { answerWith, createFakeFetch, type Responder } from '../fake-fetch.ts';

const CREDENTIALS = { apiUrl: 'https://api.engagespark.com', apiKey: 'test-key-123', orgId: 1234 };
const JSON_TYPE = { 'Content-Type': 'application/json' };

function setup(respond: Responder) {
  const fake = createFakeFetch(respond);
  const client = createEngageSparkClient({ fetch: fake.fetch, credentials: CREDENTIALS });
  return { client, requests: fake.requests };
}

const reply = {
  id: 'SMS20260102T100000-1234-1',
  direction: 'ingress',
  created: '2026-01-02T10:00:00.123456789Z',
  sender: '+639171234567',
  recipient: '2910',
  message: 'Yes, thank you',
  contactId: 41,
};

function page(messages: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ messages, hasNextPage: false, paged: false, ...extra });
}

describe('the messages request', () => {
  it('GETs inbound messages from a start time, at most 100', async () => {
    const { client, requests } = setup(answerWith(200, page([]), JSON_TYPE));
    await client.listMessages({
      dir: 'inbound',
      startDate: '2026-01-02T10:00:00.000Z',
      limit: 500,
    });
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/v1/organizations/1234/messages/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      dir: 'inbound',
      limit: '100',
      startDate: '2026-01-02T10:00:00.000Z',
    });
  });

  it('passes the cursor of an earlier answer', async () => {
    const { client, requests } = setup(answerWith(200, page([]), JSON_TYPE));
    await client.listMessages({ dir: 'inbound', after: 'abc&x=1' });
    expect(new URL(requests[0]?.url ?? '').searchParams.get('after')).toBe('abc&x=1');
  });

  it('reads a reply: digits without "+", an ISO time, the text', async () => {
    const { client } = setup(
      answerWith(200, page([reply], { hasNextPage: true, nextPage: 'n1' }), JSON_TYPE),
    );
    const result = await client.listMessages({ dir: 'inbound' });
    expect(result).toEqual({
      ok: true,
      skipped: 0,
      hasNextPage: true,
      nextPage: 'n1',
      messages: [
        {
          id: reply.id,
          direction: 'ingress',
          created: '2026-01-02T10:00:00.123Z',
          sender: '639171234567',
          recipient: undefined,
          text: 'Yes, thank you',
          contactId: 41,
        },
      ],
    });
  });

  it('skips items without an id, a direction or a readable time, and counts them', async () => {
    const items = [
      reply,
      { ...reply, id: undefined },
      { ...reply, direction: 'sideways' },
      { ...reply, created: 'yesterday' },
      'not an object',
      null,
    ];
    const { client } = setup(answerWith(200, page(items), JSON_TYPE));
    const result = await client.listMessages({ dir: 'inbound' });
    expect(result.ok && result.messages).toHaveLength(1);
    expect(result.ok && result.skipped).toBe(5);
  });

  it('keeps a sender that is not a phone as unknown (undefined), never as text', async () => {
    const { client } = setup(
      answerWith(200, page([{ ...reply, sender: '<img src=x onerror=alert(1)>' }]), JSON_TYPE),
    );
    const result = await client.listMessages({ dir: 'inbound' });
    expect(result.ok && result.messages[0]?.sender).toBeUndefined();
  });

  it('cuts a long text and removes direction overrides from it', async () => {
    const text = `\u202E${'x'.repeat(5000)}`;
    const { client } = setup(answerWith(200, page([{ ...reply, message: text }]), JSON_TYPE));
    const result = await client.listMessages({ dir: 'inbound' });
    const kept = result.ok ? (result.messages[0]?.text ?? '') : '';
    expect(kept.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    expect(kept).not.toContain('\u202E');
  });

  it('handles at most 100 items however many come', async () => {
    const items = Array.from({ length: 1000 }, (_, index) => ({ ...reply, id: `m${index}` }));
    const { client } = setup(answerWith(200, page(items), JSON_TYPE));
    const result = await client.listMessages({ dir: 'inbound' });
    expect(result.ok && result.messages).toHaveLength(100);
  });

  it('ignores a next page without a usable cursor', async () => {
    const { client } = setup(answerWith(200, page([reply], { hasNextPage: true }), JSON_TYPE));
    const result = await client.listMessages({ dir: 'inbound' });
    expect(result.ok && result.hasNextPage).toBe(false);
  });

  it.each([
    ['an HTML page', '<html><body>Sign in</body></html>'],
    ['truncated JSON', '{"messages": [{"id"'],
    ['an empty body', ''],
    ['no messages list', '{"paged": false}'],
    ['a list at the top', '[]'],
  ])('calls %s malformed', async (_name, body) => {
    const { client } = setup(answerWith(200, body, JSON_TYPE));
    const result = await client.listMessages({ dir: 'inbound' });
    expect(!result.ok && result.failure.kind).toBe('malformed');
  });

  it.each([
    [400, 'unexpected-status'],
    [401, 'auth'],
    [500, 'server'],
    [429, 'rate-limited'],
  ])('reports a %i as %s', async (status, kind) => {
    const { client } = setup(
      answerWith(status, '{"error":"bad","errorCode":"sms.limit"}', {
        ...JSON_TYPE,
        'Retry-After': '30',
      }),
    );
    const result = await client.listMessages({ dir: 'inbound' });
    expect(!result.ok && result.failure.kind).toBe(kind);
  });

  it('reports a connection that fails as a network failure', async () => {
    const { client } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await client.listMessages({ dir: 'inbound' });
    expect(!result.ok && result.failure.kind).toBe('network');
  });
});
