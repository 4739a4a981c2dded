import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  DIGITS,
  get,
  PHONE,
  post,
  sandboxOnFakeClock,
  smsBody,
} from './sandbox-fixture.ts';

const { sandbox, clock } = sandboxOnFakeClock();
const CONTACTS = '/v1/organizations/1234/contacts/';

async function addContact(fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const body = { orgId: 1234, phone: PHONE, ...fields };
  return bodyOf(await post(sandbox(), '/__sandbox/contacts', body, { headers: {} }));
}

async function list(
  query: string,
): Promise<{ total: number; orgTotal: number; contacts: Array<Record<string, unknown>> }> {
  const response = await get(sandbox(), `${CONTACTS}?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as never;
}

describe('GET /v1/organizations/{orgId}/contacts/', () => {
  it('answers schema_contact fields for a contact made with a name', async () => {
    const made = await addContact({ firstName: 'Maria', lastName: 'Santos', language: 'Tagalog' });
    expect(made).toMatchObject({ id: 1, phone: DIGITS, firstName: 'Maria', lastName: 'Santos' });
    const body = await list(`phonenumber=${DIGITS}`);
    expect(body).toEqual({
      total: 1,
      orgTotal: 1,
      contacts: [
        {
          id: 1,
          fullPhoneNumber: DIGITS,
          firstName: 'Maria',
          lastName: 'Santos',
          language: 'Tagalog',
          groups: [],
          customFields: {},
          carrier: '',
          createdAt: '2019-07-23T15:44:25.000Z',
          updatedAt: '2019-07-23T15:44:25.000Z',
          noAutodelete: false,
          withBsuid: false,
          invalid: false,
        },
      ],
    });
  });

  it('finds a number with or without "+", and a local number with region', async () => {
    await addContact({ firstName: 'Maria' });
    await addContact({ phone: '+14155550123', firstName: 'Bob' });
    for (const query of [
      `phonenumber=${DIGITS}`,
      'phonenumber=%2B639171234567',
      'phonenumber=0917%20123%204567&region=PH',
      'phonenumber=9171234567&region=ph',
    ]) {
      const body = await list(query);
      expect(body.contacts.map((contact) => contact.firstName)).toEqual(['Maria']);
      expect(body).toMatchObject({ total: 1, orgTotal: 2 });
    }
    expect((await list('phonenumber=14155550124')).contacts).toEqual([]);
  });

  it('lists newest created first; ids break ties of the same millisecond', async () => {
    await addContact({ firstName: 'Old' });
    clock.advance(1000);
    await addContact({ firstName: 'Newer' });
    await addContact({ firstName: 'Newest' });
    const body = await list(`phonenumber=${DIGITS}`);
    expect(body.contacts.map((contact) => contact.firstName)).toEqual(['Newest', 'Newer', 'Old']);
  });

  it('searches first name, last name, full name and phone, ignoring case', async () => {
    await addContact({ firstName: 'Maria', lastName: 'Santos' });
    await addContact({ phone: '+14155550123', firstName: 'Bob', lastName: 'Reyes' });
    const names = async (search: string): Promise<unknown[]> =>
      (await list(`search=${encodeURIComponent(search)}`)).contacts.map(
        (contact) => contact.firstName,
      );
    expect(await names('maria')).toEqual(['Maria']);
    expect(await names('REYES')).toEqual(['Bob']);
    expect(await names('maria santos')).toEqual(['Maria']);
    expect(await names('4155550')).toEqual(['Bob']);
    expect(await names('nobody')).toEqual([]);
  });

  it('pages with page (from 1) and size, total counting every match', async () => {
    for (const name of ['A', 'B', 'C']) await addContact({ firstName: name });
    const second = await list('page=2&size=2');
    expect(second).toMatchObject({ total: 3, orgTotal: 3 });
    expect(second.contacts.map((contact) => contact.firstName)).toEqual(['A']);
  });

  it('keeps organizations apart and counts contacts created by sending', async () => {
    await addContact({ orgId: 777, firstName: 'Other org' });
    await post(sandbox(), '/v1/sms/contact', smsBody());
    const body = await list('');
    expect(body.orgTotal).toBe(1);
    expect(body.contacts).toMatchObject([{ fullPhoneNumber: DIGITS, firstName: '' }]);
  });

  it('answers 400 with error and errorCode for bad query values', async () => {
    for (const query of [
      'phonenumber=abc',
      'phonenumber=123&region=XX',
      'phonenumber=1&region=PH',
      'page=0',
      'size=1001',
      'size=two',
    ]) {
      const response = await get(sandbox(), `${CONTACTS}?${query}`);
      expect(response.status, query).toBe(400);
      const body = await bodyOf(response);
      expect(body.errorCode).toBe('request.invalid');
      expect(String(body.error)).toMatch(/phonenumber|region|page|size/);
    }
  });

  it('answers 401 for a bad key and 403 for another organization', async () => {
    expect((await get(sandbox(), CONTACTS, { Authorization: 'Token nope' })).status).toBe(401);
    expect((await get(sandbox(), '/v1/organizations/999/contacts/')).status).toBe(403);
  });
});

describe('GET /v1/organizations/{orgId}/contacts/{contactId}/', () => {
  it('answers the contact, and 404 contact.notfound for unknown or foreign ids', async () => {
    const made = await addContact({ firstName: 'Maria' });
    const foreign = await addContact({ orgId: 777 });
    const found = await get(sandbox(), `${CONTACTS}${made.id}/`);
    expect(await bodyOf(found)).toMatchObject({
      id: made.id,
      firstName: 'Maria',
      fullPhoneNumber: DIGITS,
    });
    for (const id of ['99', String(foreign.id), 'abc']) {
      const missing = await get(sandbox(), `${CONTACTS}${id}`);
      expect(missing.status).toBe(404);
      expect(await bodyOf(missing)).toEqual({ error: 'Not found', errorCode: 'contact.notfound' });
    }
  });
});

describe('POST /__sandbox/contacts with names', () => {
  it('refuses a name that is not a string', async () => {
    const response = await post(
      sandbox(),
      '/__sandbox/contacts',
      { orgId: 1234, phone: PHONE, firstName: 7 },
      { headers: {} },
    );
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toEqual({ error: 'firstName must be a string' });
  });
});
