import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE_MICRO, PRICE_PER_PART_MICRO } from './constants.ts';
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

describe('POST /v1/sms/contact and /v1/sms/phonenumber', () => {
  it('sends to a phone number through /contact, answering the documented structure', async () => {
    const response = await post(sandbox(), '/v1/sms/contact', smsBody({ clientRef: 'crm-7' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      error: '',
      messageId: 'SMS20190723T154425-1234-0001',
      estimateParts: 1,
      estimateMicro: PRICE_PER_PART_MICRO,
      estimate: '0.02',
      deliveryDeadline: '2019-07-24T15:44:25.000Z',
      contactId: 1,
      to: DIGITS,
      message: 'Hello from the sandbox',
      clientDedup: '',
      clientPushURL: '',
      clientRef: 'crm-7',
      // Required by schema_sms; only a 409 fills it.
      dedupMessageId: '',
    });
  });

  it('sends through /phonenumber with contactId 0, accepting fullPhoneNumber and a string orgId', async () => {
    const body = { orgId: '1234', fullPhoneNumber: DIGITS, message: 'Hi', from: 'ACME' };
    const response = await post(sandbox(), '/v1/sms/phonenumber', body);
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toMatchObject({ error: '', contactId: 0, to: DIGITS });
    expect(sandbox().state.messages[0]).toMatchObject({ from: 'ACME', endpoint: 'phonenumber' });
  });

  it('gives every message its own id and charges per part', async () => {
    const first = await bodyOf(await post(sandbox(), '/v1/sms/contact', smsBody()));
    const long = await post(sandbox(), '/v1/sms/contact', smsBody({ message: 'a'.repeat(161) }));
    expect(await long.json()).toMatchObject({
      messageId: 'SMS20190723T154425-1234-0002',
      estimateParts: 2,
      estimateMicro: PRICE_PER_PART_MICRO,
      estimate: '0.04',
    });
    expect(first.messageId).not.toBe('SMS20190723T154425-1234-0002');
    expect(sandbox().state.balanceOf(1234)).toBe(DEFAULT_BALANCE_MICRO - 3 * PRICE_PER_PART_MICRO);
  });

  it.each([
    ['no recipient', { to: undefined }, /recipient is required/],
    ['contactId and to', { contactId: 1 }, /only one recipient/],
    ['to and fullPhoneNumber', { fullPhoneNumber: PHONE }, /only one recipient/],
    ['a phone with letters', { to: '+63 917 ABC' }, /international phone number/],
    ['a phone too short', { to: '+123456' }, /international phone number/],
    ['a phone too long', { to: '+1234567890123456' }, /international phone number/],
    ['a national number', { to: '09171234567' }, /international phone number/],
    [
      'phoneNumber + country',
      { to: undefined, phoneNumber: '0917', phoneNumberCountry: 'PH' },
      /phoneNumber/,
    ],
    ['a bad contactId', { to: undefined, contactId: -3 }, /contactId must be a positive integer/],
    ['no message', { message: undefined }, /message is required/],
    ['an empty message', { message: '  ' }, /must not be empty/],
    ['a message that is not text', { message: 42 }, /message must be a string/],
    ['an 8-part GSM-7 message', { message: 'a'.repeat(1072) }, /8 parts \(GSM-7\)/],
    ['an 8-part UCS-2 message', { message: 'ж'.repeat(470) }, /8 parts \(UCS-2\)/],
    ['no orgId', { orgId: undefined }, /orgId is required/],
    ['a bad orgId', { orgId: '12ab' }, /orgId must be a positive integer/],
    ['a from that is not text', { from: 7 }, /from must be a string/],
    ['a clientDedup that is not text', { clientDedup: 7 }, /clientDedup must be a string/],
  ])('answers 400 for %s, charging nothing', async (_, fields, error) => {
    const response = await post(sandbox(), '/v1/sms/contact', smsBody(fields));
    expect(response.status).toBe(400);
    const body = await bodyOf(response);
    expect(body.error).toMatch(error);
    expect(body).toMatchObject({ messageId: '', estimateParts: 0, deliveryDeadline: '' });
    expect(sandbox().state.messages).toHaveLength(0);
    expect(sandbox().state.balanceOf(1234)).toBe(DEFAULT_BALANCE_MICRO);
  });

  it('accepts exactly 7 parts: 1071 GSM-7 characters or 469 UCS-2 code units', async () => {
    for (const message of ['a'.repeat(1071), 'ж'.repeat(469)]) {
      const response = await post(sandbox(), '/v1/sms/phonenumber', smsBody({ message }));
      expect(response.status).toBe(200);
      expect(await bodyOf(response)).toMatchObject({ estimateParts: 7, estimate: '0.14' });
    }
  });

  it('answers 400 to a body that is not JSON, keeping the response structure', async () => {
    const response = await post(sandbox(), '/v1/sms/contact', '{"orgId": 1234,');
    expect(response.status).toBe(400);
    expect(await bodyOf(response)).toMatchObject({
      error: 'request body must be JSON',
      messageId: '',
    });
    const array = await post(sandbox(), '/v1/sms/contact', '[1]');
    expect((await bodyOf(array)).error).toBe('request body must be a JSON object');
  });

  it('rejects contactId on /phonenumber, which never uses contacts', async () => {
    const body = smsBody({ to: undefined, contactId: 1 });
    const response = await post(sandbox(), '/v1/sms/phonenumber', body);
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error).toMatch(/not contactId/);
  });

  it.each([
    ['no Authorization header', {}],
    ['another scheme', { Authorization: 'Bearer sandbox-key' }],
    ['the key without a scheme', { Authorization: 'sandbox-key' }],
    ['an unknown key', { Authorization: 'Token not-a-key' }],
  ])('answers 401 Invalid Token for %s', async (_, headers) => {
    const response = await post(sandbox(), '/v1/sms/contact', smsBody(), { headers });
    expect(response.status).toBe(401);
    expect(await bodyOf(response)).toMatchObject({ error: 'Invalid Token', messageId: '' });
    expect(sandbox().state.messages).toHaveLength(0);
  });

  it('takes the Token scheme in any case, as HTTP auth schemes are case-insensitive', async () => {
    const headers = { Authorization: 'token sandbox-key' };
    expect((await post(sandbox(), '/v1/sms/contact', smsBody(), { headers })).status).toBe(200);
  });

  it('answers 403 when the orgId is not the key’s organization', async () => {
    const response = await post(sandbox(), '/v1/sms/contact', smsBody({ orgId: 999 }));
    expect(response.status).toBe(403);
    expect((await bodyOf(response)).error).toBe('orgId does not belong to this API key');
  });

  it('answers 402 and sends nothing when the balance does not cover every part', async () => {
    sandbox().state.setBalance(1234, 2 * PRICE_PER_PART_MICRO - 1);
    const response = await post(
      sandbox(),
      '/v1/sms/contact',
      smsBody({ message: 'a'.repeat(200) }),
    );
    expect(response.status).toBe(402);
    expect(await bodyOf(response)).toMatchObject({
      error: 'insufficient funds',
      messageId: '',
      estimateParts: 2,
      estimate: '0.04',
    });
    expect(sandbox().state.messages).toHaveLength(0);
    expect(sandbox().state.contacts).toHaveLength(0);
    expect(sandbox().state.balanceOf(1234)).toBe(2 * PRICE_PER_PART_MICRO - 1);
  });

  it('sends when the balance is exactly the price, leaving zero', async () => {
    sandbox().state.setBalance(1234, PRICE_PER_PART_MICRO);
    expect((await post(sandbox(), '/v1/sms/contact', smsBody())).status).toBe(200);
    expect(sandbox().state.balanceOf(1234)).toBe(0);
  });

  it('answers 409 to a repeated clientDedup with the original fields, charging once', async () => {
    const first = await post(sandbox(), '/v1/sms/contact', smsBody({ clientDedup: 'abc' }));
    const original = await bodyOf(first);
    clock.advance(5000);
    const repeat = await post(
      sandbox(),
      '/v1/sms/contact',
      smsBody({ clientDedup: 'abc', message: 'changed text' }),
    );
    expect(repeat.status).toBe(409);
    expect(await repeat.json()).toEqual({
      ...original,
      error: 'duplicate clientDedup',
      errorCode: 'sms.clientdedup',
      dedupMessageId: original.messageId,
    });
    expect(sandbox().state.messages).toHaveLength(1);
    expect(sandbox().state.balanceOf(1234)).toBe(DEFAULT_BALANCE_MICRO - PRICE_PER_PART_MICRO);
  });

  it('deduplicates across both endpoints but not across organizations, nor on ""', async () => {
    await post(sandbox(), '/v1/sms/contact', smsBody({ clientDedup: 'x' }));
    const other = await post(sandbox(), '/v1/sms/phonenumber', smsBody({ clientDedup: 'x' }));
    expect(other.status).toBe(409);
    await post(sandbox(), '/v1/sms/contact', smsBody({ clientDedup: '' }));
    expect((await post(sandbox(), '/v1/sms/contact', smsBody({ clientDedup: '' }))).status).toBe(
      200,
    );
  });

  it('answers 404 to unknown paths and 405 to the wrong method', async () => {
    expect((await get(sandbox(), '/v1/sms/contact')).status).toBe(405);
    expect((await post(sandbox(), '/v1/sms/contacts', smsBody())).status).toBe(404);
  });
});
