import { describe, expect, it } from 'vitest';
import { bodyOf, DIGITS, PHONE, post, sandboxPerTest, smsBody } from './sandbox-fixture.ts';

const sandbox = sandboxPerTest();

function addContact(orgId: number, phone: string): Promise<Record<string, unknown>> {
  return post(sandbox(), '/__sandbox/contacts', { orgId, phone }, { headers: {} }).then(bodyOf);
}

describe('contacts of /v1/sms/contact', () => {
  it('creates a contact for a new number, with increasing ids', async () => {
    const first = await bodyOf(await post(sandbox(), '/v1/sms/contact', smsBody()));
    const second = await bodyOf(
      await post(sandbox(), '/v1/sms/contact', smsBody({ to: '+14155550123' })),
    );
    expect(first.contactId).toBe(1);
    expect(second).toMatchObject({ contactId: 2, to: '14155550123' });
    expect(sandbox().state.contacts.map((contact) => contact.phone)).toEqual([
      DIGITS,
      '14155550123',
    ]);
  });

  it('reuses the contact of a number, "+" or not', async () => {
    await post(sandbox(), '/v1/sms/contact', smsBody({ to: PHONE }));
    const again = await bodyOf(await post(sandbox(), '/v1/sms/contact', smsBody({ to: DIGITS })));
    expect(again.contactId).toBe(1);
    expect(sandbox().state.contacts).toHaveLength(1);
  });

  it('picks the most recently created contact when several share the number', async () => {
    await addContact(1234, PHONE);
    const newest = await addContact(1234, DIGITS);
    await addContact(1234, '+14155550123');
    const body = await bodyOf(await post(sandbox(), '/v1/sms/contact', smsBody()));
    expect(body.contactId).toBe(newest.id);
  });

  it('ignores contacts of other organizations', async () => {
    await addContact(777, PHONE);
    const body = await bodyOf(await post(sandbox(), '/v1/sms/contact', smsBody()));
    expect(body.contactId).toBe(2);
  });

  it('sends to a contactId (number or string) and answers that contact’s number', async () => {
    const contact = await addContact(1234, '+14155550123');
    for (const contactId of [contact.id, String(contact.id)]) {
      const response = await post(
        sandbox(),
        '/v1/sms/contact',
        smsBody({ to: undefined, contactId }),
      );
      expect(response.status).toBe(200);
      expect(await bodyOf(response)).toMatchObject({ contactId: contact.id, to: '14155550123' });
    }
  });

  it('answers 400 contact not found for a contactId unknown in the organization', async () => {
    const foreign = await addContact(777, PHONE);
    for (const contactId of [99, foreign.id]) {
      const response = await post(
        sandbox(),
        '/v1/sms/contact',
        smsBody({ to: undefined, contactId }),
      );
      expect(response.status).toBe(400);
      expect(await bodyOf(response)).toMatchObject({ error: 'contact not found', contactId });
    }
    expect(sandbox().state.messages).toHaveLength(0);
  });

  it('never creates nor uses contacts on /v1/sms/phonenumber', async () => {
    await addContact(1234, PHONE);
    const body = await bodyOf(await post(sandbox(), '/v1/sms/phonenumber', smsBody()));
    expect(body).toMatchObject({ contactId: 0, to: DIGITS });
    expect(sandbox().state.contacts).toHaveLength(1);
  });

  it('creates no contact when the send fails for lack of funds', async () => {
    sandbox().state.setBalance(1234, 0);
    expect((await post(sandbox(), '/v1/sms/contact', smsBody())).status).toBe(402);
    expect(sandbox().state.contacts).toHaveLength(0);
  });
});
