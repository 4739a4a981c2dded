import { describe, expect, it } from 'vitest';
import { createEngageSparkClient } from '@/utils/api/client.ts';
import { answerWith, createFakeFetch } from './fake-fetch.ts';

const CREDENTIALS = { apiUrl: 'https://api.engagespark.com', apiKey: 'test-key-123', orgId: 1234 };

function setup(body: string) {
  const fake = createFakeFetch(answerWith(200, body, { 'Content-Type': 'application/json' }));
  const client = createEngageSparkClient({ fetch: fake.fetch, credentials: CREDENTIALS });
  return { client, requests: fake.requests };
}

const STATUS_BODY = JSON.stringify({
  messageId: 'x',
  deliveredToTelco: 'unknown',
  deliveredToPhone: 'unknown',
  done: false,
  deliveryError: '',
});

describe('the balance request', () => {
  it('GETs the organization balance with the token and no body', async () => {
    const { client, requests } = setup(JSON.stringify({ balance: '1.00' }));
    await client.getBalance();
    const [request] = requests;
    expect(request?.url).toBe('https://api.engagespark.com/v1/organizations/1234/balance.json');
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('Authorization')).toBe('Token test-key-123');
    expect(request?.body).toBeNull();
    expect(request?.init).toMatchObject({ redirect: 'manual', cache: 'no-store' });
  });
});

describe('the delivery-status request', () => {
  it.each([
    ['SMS20190723T154425-1234-0123', 'SMS20190723T154425-1234-0123'],
    [4567, '4567'],
    [' 89 ', '89'],
  ])('GETs the status of message %j', async (messageId, inPath) => {
    const { client, requests } = setup(STATUS_BODY);
    const result = await client.getDeliveryStatus(messageId);
    expect(result.ok).toBe(true);
    expect(requests[0]?.url).toBe(
      `https://api.engagespark.com/v1/organizations/1234/messages/${inPath}/`,
    );
    expect(requests[0]?.method).toBe('GET');
  });

  it.each(['', '.', '..', '../balance.json', 'a/b', 'a?b', 'a#b', 'a b', '%2e%2e'])(
    'refuses the message id %j without any request',
    async (messageId) => {
      const { client, requests } = setup(STATUS_BODY);
      const result = await client.getDeliveryStatus(messageId);
      expect(result).toEqual({ ok: false, failure: { kind: 'invalid', problems: ['message-id'] } });
      expect(requests).toHaveLength(0);
    },
  );
});
