import { describe, expect, it } from 'vitest';
import { createEngageSparkClient } from '@/utils/api/client.ts';
import { newestContactFor } from '@/utils/api/endpoints/contacts.ts';
import { MAX_BODY_BYTES } from '@/utils/api/transport/read-body.ts';
import { answerWith, createFakeFetch, type Responder } from '../fake-fetch.ts';

const CREDENTIALS = { apiUrl: 'https://api.engagespark.com', apiKey: 'test-key-123', orgId: 1234 };
const JSON_TYPE = { 'Content-Type': 'application/json' };

function setup(respond: Responder) {
  const fake = createFakeFetch(respond);
  const client = createEngageSparkClient({ fetch: fake.fetch, credentials: CREDENTIALS });
  return { client, requests: fake.requests };
}

const maria = {
  id: 41,
  fullPhoneNumber: '639171234567',
  firstName: 'Maria',
  lastName: 'Santos',
  createdAt: '2026-01-02T10:00:00Z',
};

describe('the contacts-by-number request', () => {
  it('GETs the contacts filtered by the number, with the token', async () => {
    const { client, requests } = setup(
      answerWith(200, JSON.stringify({ total: 1, orgTotal: 9, contacts: [maria] }), JSON_TYPE),
    );
    const result = await client.findContactsByPhone('639171234567');
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/v1/organizations/1234/contacts/');
    expect(url.searchParams.get('phonenumber')).toBe('639171234567');
    expect(requests[0]?.headers.get('Authorization')).toBe('Token test-key-123');
    expect(result).toEqual({
      ok: true,
      total: 1,
      contacts: [
        {
          id: 41,
          phone: '639171234567',
          firstName: 'Maria',
          lastName: 'Santos',
          createdAt: '2026-01-02T10:00:00.000Z',
        },
      ],
    });
  });

  it.each(['', '+639171234567', '12', '1234567890123456', '63917 123'])(
    'refuses the number %j without any request',
    async (digits) => {
      const { client, requests } = setup(answerWith(200, '{}'));
      const result = await client.findContactsByPhone(digits);
      expect(result).toEqual({
        ok: false,
        failure: { kind: 'invalid', problems: ['phone-number'] },
      });
      expect(requests).toHaveLength(0);
    },
  );

  it('skips a damaged contact and keeps the others', async () => {
    const body = { total: 3, orgTotal: 3, contacts: [maria, { id: 'x' }, null] };
    const { client } = setup(answerWith(200, JSON.stringify(body), JSON_TYPE));
    const result = await client.findContactsByPhone('639171234567');
    expect(result.ok && result.contacts.map((contact) => contact.id)).toEqual([41]);
  });

  it('reads a JSON Lines answer by its first line', async () => {
    const line = JSON.stringify({ total: 1, orgTotal: 1, contacts: [maria] });
    const { client } = setup(
      answerWith(200, `${line}\n{"more":1}\n`, { 'Content-Type': 'application/jsonl' }),
    );
    const result = await client.findContactsByPhone('639171234567');
    expect(result.ok && result.contacts[0]?.firstName).toBe('Maria');
  });

  it.each([
    ['an HTML page', '<!doctype html><p>Login</p>'],
    ['not JSON', '{"contacts": ['],
    ['no contacts list', '{"total": 1}'],
    ['contacts that are not a list', '{"contacts": "Maria"}'],
  ])('calls %s malformed', async (_name, body) => {
    const { client } = setup(answerWith(200, body, JSON_TYPE));
    const result = await client.findContactsByPhone('639171234567');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.kind).toBe('malformed');
  });

  it.each([
    [401, 'auth'],
    [403, 'wrong-org'],
    [500, 'server'],
    [503, 'server'],
    [429, 'rate-limited'],
  ])('reports a %i as %s', async (status, kind) => {
    const { client } = setup(answerWith(status, '{"error":"no"}', JSON_TYPE));
    const result = await client.findContactsByPhone('639171234567');
    expect(!result.ok && result.failure.kind).toBe(kind);
  });

  it('refuses an answer larger than the body cap', async () => {
    const huge = JSON.stringify({
      total: 1,
      contacts: [{ ...maria, firstName: 'M'.repeat(MAX_BODY_BYTES) }],
    });
    const { client } = setup(answerWith(200, huge, JSON_TYPE));
    const result = await client.findContactsByPhone('639171234567');
    expect(!result.ok && result.failure.kind).toBe('malformed');
  });

  it('keeps at most one page of contacts however many the answer lists', async () => {
    const contacts = Array.from({ length: 500 }, (_, index) => ({ ...maria, id: index + 1 }));
    const { client } = setup(answerWith(200, JSON.stringify({ total: 500, contacts }), JSON_TYPE));
    const result = await client.findContactsByPhone('639171234567');
    expect(result.ok && result.contacts.length).toBe(50);
  });

  it('cleans names: no direction overrides or control characters, one line, cut', async () => {
    const body = {
      total: 1,
      contacts: [
        {
          ...maria,
          firstName: 'Ma\u202Eria\u0000\n<b>x</b>',
          lastName: 'S'.repeat(300),
        },
      ],
    };
    const { client } = setup(answerWith(200, JSON.stringify(body), JSON_TYPE));
    const result = await client.findContactsByPhone('639171234567');
    const contact = result.ok ? result.contacts[0] : undefined;
    expect(contact?.firstName).toBe('Maria <b>x</b>');
    expect(contact?.lastName.length).toBeLessThanOrEqual(80);
  });

  it('never lets the key out in a failure', async () => {
    const { client } = setup(() => {
      throw new Error('connect failed for Token test-key-123');
    });
    const result = await client.findContactsByPhone('639171234567');
    expect(JSON.stringify(result)).not.toContain('test-key-123');
  });
});

describe('one contact by id', () => {
  it('GETs the contact', async () => {
    const { client, requests } = setup(answerWith(200, JSON.stringify(maria), JSON_TYPE));
    const result = await client.getContact(41);
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/v1/organizations/1234/contacts/41/');
    expect(result.ok && result.contact.lastName).toBe('Santos');
  });

  it('says not found for a JSON 404', async () => {
    const { client } = setup(answerWith(404, '{"error":"Not found","errorCode":"x"}', JSON_TYPE));
    const result = await client.getContact(41);
    expect(!result.ok && result.failure.kind).toBe('not-found');
  });

  it.each([0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2])('refuses the id %d', async (id) => {
    const { client, requests } = setup(answerWith(200, '{}'));
    expect((await client.getContact(id)).ok).toBe(false);
    expect(requests).toHaveLength(0);
  });
});

describe('the contact a send will use', () => {
  const contact = (id: number, createdAt: string | undefined, phone = '639171234567') => ({
    id,
    phone,
    firstName: `C${id}`,
    lastName: '',
    createdAt,
  });

  it('is the most recently created one with that number', () => {
    const contacts = [
      contact(1, '2024-01-01T00:00:00.000Z'),
      contact(2, '2026-01-01T00:00:00.000Z'),
      contact(3, undefined),
      contact(4, '2027-01-01T00:00:00.000Z', '15551234567'),
    ];
    expect(newestContactFor(contacts, '639171234567')?.id).toBe(2);
  });

  it('is none when the list is empty or only has other numbers', () => {
    expect(newestContactFor([], '639171234567')).toBeUndefined();
    expect(
      newestContactFor([contact(4, '2027-01-01T00:00:00.000Z', '15551234567')], '639171234567'),
    ).toBeUndefined();
  });
});
