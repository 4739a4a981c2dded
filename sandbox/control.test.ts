import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE_MICRO } from './constants.ts';
import {
  bodyOf,
  DIGITS,
  fakeClock,
  get,
  post,
  sandboxPerTest,
  smsBody,
} from './sandbox-fixture.ts';

const sandbox = sandboxPerTest(() => ({ now: fakeClock().now }));

const control = async (path: string, body?: unknown): Promise<unknown> => {
  const url = `${sandbox().url}/__sandbox/${path}`;
  const init = body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) };
  return (await fetch(url, init)).json();
};

describe('control endpoints', () => {
  it('records every API request with headers, parsed body, time and status', async () => {
    await post(sandbox(), '/v1/sms/contact', smsBody({ clientRef: 'c1' }));
    await post(sandbox(), '/v1/sms/contact', 'not json', { headers: {} });
    await get(sandbox(), '/v1/organizations/1234/balance.json');
    const requests = (await control('requests')) as Array<Record<string, unknown>>;
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/sms/contact',
      headers: expect.objectContaining({ authorization: 'Token sandbox-key' }),
      body: smsBody({ clientRef: 'c1' }),
      time: '2019-07-23T15:44:25.000Z',
      fault: 'none',
      status: 200,
      closedUnanswered: false,
    });
    expect(requests[1]).toMatchObject({ body: null, rawBody: 'not json', status: 401 });
    expect(requests[2]).toMatchObject({ method: 'GET', status: 200 });
  });

  it('does not record its own control requests', async () => {
    await control('faults');
    expect(await control('requests')).toEqual([]);
  });

  it('lists the messages actually sent, after dedup', async () => {
    await post(sandbox(), '/v1/sms/contact', smsBody({ clientDedup: 'a', from: 'ACME' }));
    await post(sandbox(), '/v1/sms/contact', smsBody({ clientDedup: 'a' }));
    await post(sandbox(), '/v1/sms/contact', smsBody({ to: undefined }));
    const messages = (await control('messages')) as Array<Record<string, unknown>>;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      messageId: 'SMS20190723T154425-1234-0001',
      orgId: 1234,
      endpoint: 'contact',
      contactId: 1,
      to: DIGITS,
      from: 'ACME',
      clientDedup: 'a',
      encoding: 'GSM-7',
      parts: 1,
      costMicro: 20_000,
    });
  });

  it('resets balances, contacts, messages, requests and faults', async () => {
    await post(sandbox(), '/v1/sms/contact', smsBody());
    await control('faults', { mode: 'status500' });
    await control('contacts', { orgId: 1234, phone: '+14155550123' });
    expect(await control('reset', {})).toEqual({ ok: true });
    expect(await control('messages')).toEqual([]);
    expect(await control('requests')).toEqual([]);
    expect(await control('contacts')).toEqual([]);
    expect(await control('faults')).toEqual({ mode: 'none' });
    expect(sandbox().state.balanceOf(1234)).toBe(DEFAULT_BALANCE_MICRO);
    const body = await bodyOf(await post(sandbox(), '/v1/sms/contact', smsBody()));
    expect(body).toMatchObject({ contactId: 1, messageId: 'SMS20190723T154425-1234-0001' });
  });

  it('creates contacts on request, checking orgId and phone', async () => {
    expect(await control('contacts', { orgId: 1234, phone: '+14155550123' })).toMatchObject({
      id: 1,
      orgId: 1234,
      phone: '14155550123',
    });
    const bad = await fetch(`${sandbox().url}/__sandbox/contacts`, {
      method: 'POST',
      body: JSON.stringify({ orgId: 1234, phone: '12' }),
    });
    expect(bad.status).toBe(400);
  });

  it('answers 404 to unknown control paths', async () => {
    expect((await fetch(`${sandbox().url}/__sandbox/nothing`)).status).toBe(404);
  });
});
