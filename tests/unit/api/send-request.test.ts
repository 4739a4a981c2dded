import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngageSparkClient, type EngageSparkCredentials } from '@/utils/api/client.ts';
import type { SendSmsInput } from '@/utils/api/endpoints/send.ts';
import { answerWith, createFakeFetch, sentJson } from './fake-fetch.ts';

const CREDENTIALS: EngageSparkCredentials = {
  apiUrl: 'https://api.engagespark.com',
  apiKey: 'test-key-123',
  orgId: 1234,
};

const OK_BODY = JSON.stringify({
  error: '',
  messageId: 'SMS1',
  estimateParts: 1,
  estimateMicro: 20000,
  estimate: '0.02',
  deliveryDeadline: '2024-01-02T00:00:00Z',
  contactId: 0,
  to: '639171234567',
});

const BASE_INPUT: SendSmsInput = {
  endpoint: 'contact',
  recipient: { to: '639171234567' },
  message: 'Hello from the CRM',
  clientDedup: 'dedup-1',
  clientRef: 'ref-1',
};

function setup(credentials: EngageSparkCredentials = CREDENTIALS) {
  const fake = createFakeFetch(answerWith(200, OK_BODY, { 'Content-Type': 'application/json' }));
  const client = createEngageSparkClient({ fetch: fake.fetch, credentials, timeoutMs: 10_000 });
  return { client, requests: fake.requests };
}

describe('the send request', () => {
  it('posts to /v1/sms/contact with the token, JSON and the documented body', async () => {
    const { client, requests } = setup();
    const outcome = await client.sendSms(BASE_INPUT);
    expect(outcome.kind).toBe('sent');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('https://api.engagespark.com/v1/sms/contact');
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('Authorization')).toBe('Token test-key-123');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(sentJson(request)).toEqual({
      orgId: 1234,
      to: '639171234567',
      message: 'Hello from the CRM',
      clientDedup: 'dedup-1',
      clientRef: 'ref-1',
    });
  });

  it('posts to /v1/sms/phonenumber for a send without a contact', async () => {
    const { client, requests } = setup();
    await client.sendSms({ ...BASE_INPUT, endpoint: 'phonenumber' });
    expect(requests[0]?.url).toBe('https://api.engagespark.com/v1/sms/phonenumber');
  });

  it('sends orgId as a JSON number', async () => {
    const { client, requests } = setup();
    await client.sendSms(BASE_INPUT);
    expect(requests[0]?.body).toContain('"orgId":1234');
  });

  it('drops a leading "+" from the number', async () => {
    const { client, requests } = setup();
    await client.sendSms({ ...BASE_INPUT, recipient: { to: '+639171234567' } });
    expect(sentJson(requests[0])).toMatchObject({ to: '639171234567' });
  });

  it('sends a contact id instead of a number, never both', async () => {
    const { client, requests } = setup();
    await client.sendSms({ ...BASE_INPUT, recipient: { contactId: 42 } });
    const body = sentJson(requests[0]);
    expect(body).toMatchObject({ contactId: 42 });
    expect(body).not.toHaveProperty('to');
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('leaves `from` out when it is %s', async (_label, from) => {
    const { client, requests } = setup();
    await client.sendSms({ ...BASE_INPUT, from });
    expect(sentJson(requests[0])).not.toHaveProperty('from');
  });

  it('sends `from` when it is set', async () => {
    const { client, requests } = setup();
    await client.sendSms({ ...BASE_INPUT, from: 'ACME' });
    expect(sentJson(requests[0])).toMatchObject({ from: 'ACME' });
  });

  it.each([
    [
      'a trailing slash',
      'https://api.engagespark.com/',
      'https://api.engagespark.com/v1/sms/contact',
    ],
    [
      'a custom host and port',
      'https://es.example.org:8443',
      'https://es.example.org:8443/v1/sms/contact',
    ],
    ['a local sandbox', 'http://127.0.0.1:8787', 'http://127.0.0.1:8787/v1/sms/contact'],
  ])('keeps %s of the API URL', async (_label, apiUrl, expected) => {
    const { client, requests } = setup({ ...CREDENTIALS, apiUrl });
    await client.sendSms(BASE_INPUT);
    expect(requests[0]?.url).toBe(expected);
  });

  it('asks fetch not to follow redirects nor to send cookies', async () => {
    const { client, requests } = setup();
    await client.sendSms(BASE_INPUT);
    expect(requests[0]?.init).toMatchObject({ redirect: 'manual', credentials: 'omit' });
  });

  it('any valid number goes out as bare digits, with exactly one recipient field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[1-9]\d{6,14}$/),
        fc.boolean(),
        async (digits, withPlus) => {
          const { client, requests } = setup();
          await client.sendSms({
            ...BASE_INPUT,
            recipient: { to: withPlus ? `+${digits}` : digits },
          });
          const body = sentJson(requests[0]);
          expect(body).toMatchObject({ to: digits, orgId: 1234 });
          expect(body).not.toHaveProperty('contactId');
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('a request that is refused before sending', () => {
  const cases: [string, Partial<SendSmsInput>, string][] = [
    ['an empty message', { message: '' }, 'message'],
    ['a whitespace-only message', { message: ' \n ' }, 'message'],
    ['a number too short', { recipient: { to: '123456' } }, 'phone-number'],
    ['a number too long', { recipient: { to: '1234567890123456' } }, 'phone-number'],
    ['a national number with a leading 0', { recipient: { to: '09171234567' } }, 'phone-number'],
    ['a number with spaces', { recipient: { to: '63 917 123 4567' } }, 'phone-number'],
    ['a contact id of 0', { recipient: { contactId: 0 } }, 'contact-id'],
    ['a fractional contact id', { recipient: { contactId: 1.5 } }, 'contact-id'],
    [
      'a contact id on the phonenumber endpoint',
      { endpoint: 'phonenumber', recipient: { contactId: 42 } },
      'phonenumber-needs-number',
    ],
    ['an empty clientDedup', { clientDedup: '' }, 'client-dedup'],
    ['an empty clientRef', { clientRef: '' }, 'client-ref'],
  ];

  it.each(cases)('%s', async (_label, change, problem) => {
    const { client, requests } = setup();
    const outcome = await client.sendSms({ ...BASE_INPUT, ...change });
    expect(outcome).toEqual({ kind: 'invalid', origin: 'local', problems: [problem] });
    expect(requests).toHaveLength(0);
  });

  it('both a number and a contact id (a caller bypassing the types)', async () => {
    const { client, requests } = setup();
    const recipient = { to: '639171234567', contactId: 42 } as SendSmsInput['recipient'];
    const outcome = await client.sendSms({ ...BASE_INPUT, recipient });
    expect(outcome).toEqual({ kind: 'invalid', origin: 'local', problems: ['recipient'] });
    expect(requests).toHaveLength(0);
  });

  it('a request with no recipient object at all (bad data from another context)', async () => {
    const { client, requests } = setup();
    const recipient = null as unknown as SendSmsInput['recipient'];
    const outcome = await client.sendSms({ ...BASE_INPUT, recipient });
    expect(outcome).toEqual({ kind: 'invalid', origin: 'local', problems: ['recipient'] });
    expect(requests).toHaveLength(0);
  });

  const settings: [string, Partial<EngageSparkCredentials>, string][] = [
    ['an API URL that is not a URL', { apiUrl: 'api.engagespark.com' }, 'api-url'],
    ['an ftp API URL', { apiUrl: 'ftp://api.engagespark.com' }, 'api-url'],
    ['an API URL with a password', { apiUrl: 'https://u:p@api.engagespark.com' }, 'api-url'],
    ['plain http to a remote host', { apiUrl: 'http://api.engagespark.com' }, 'api-url-insecure'],
    ['an empty API key', { apiKey: '' }, 'api-key'],
    ['an API key with a line break', { apiKey: 'abc\ndef' }, 'api-key'],
    ['an organization id of 0', { orgId: 0 }, 'org-id'],
    ['a fractional organization id', { orgId: 12.5 }, 'org-id'],
  ];

  it.each(settings)('%s in the settings', async (_label, change, problem) => {
    const { client, requests } = setup({ ...CREDENTIALS, ...change });
    const outcome = await client.sendSms(BASE_INPUT);
    expect(outcome).toEqual({ kind: 'invalid', origin: 'local', problems: [problem] });
    expect(await client.getBalance()).toEqual({
      ok: false,
      failure: { kind: 'invalid', problems: [problem] },
    });
    expect(requests).toHaveLength(0);
  });
});
