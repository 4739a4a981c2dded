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
const MESSAGES = '/v1/organizations/1234/messages/';

interface ListAnswer {
  messages: Array<Record<string, unknown>>;
  hasNextPage?: boolean;
  nextPage?: string;
  paged: boolean;
}

async function list(query = ''): Promise<ListAnswer> {
  const response = await get(sandbox(), `${MESSAGES}?${query}`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as ListAnswer;
}

function inbound(fields: Record<string, unknown>): Promise<Response> {
  return post(sandbox(), '/__sandbox/inbound', fields, { headers: {} });
}

async function send(fields: Record<string, unknown> = {}): Promise<string> {
  const body = await bodyOf(
    await post(sandbox(), '/v1/sms/contact', smsBody({ from: 'ACME', ...fields })),
  );
  return String(body.messageId);
}

/** Three SMS, one second apart: out (to PHONE), in (from PHONE), out (to a failing number). */
async function threeMessages(): Promise<string[]> {
  const first = await send({ message: 'Your order shipped' });
  clock.advance(1000);
  const reply = String((await bodyOf(await inbound({ from: DIGITS, text: 'Salamat po' }))).id);
  clock.advance(1000);
  const rejected = await send({ to: '+639170009999', message: 'Promo' });
  return [first, reply, rejected];
}

const ids = (answer: ListAnswer): unknown[] => answer.messages.map((sms) => sms.id);

describe('GET /v1/organizations/{orgId}/messages/', () => {
  it('lists both directions newest first, as schema_model_sms', async () => {
    await post(
      sandbox(),
      '/__sandbox/contacts',
      { orgId: 1234, phone: PHONE, firstName: 'Maria' },
      { headers: {} },
    );
    const [first, reply, rejected] = await threeMessages();
    const answer = await list();
    expect(ids(answer)).toEqual([rejected, reply, first]);
    expect(answer).toMatchObject({ hasNextPage: false, paged: false });
    expect(answer.nextPage).toBeUndefined();
    expect(answer.messages[1]).toEqual({
      id: reply,
      direction: 'ingress',
      created: '2019-07-23T15:44:26.000Z',
      sender: DIGITS,
      recipient: '639178880001',
      contactId: 1,
      pricePerPart: 0,
      successPartCount: 1,
      successT: '2019-07-23T15:44:26.000Z',
      message: 'Salamat po',
      deliveredToTelco: false,
      deliveredToPhone: 'unknown',
      done: true,
      error: '',
      deliveryError: '',
      client_ref: '',
      chargedMicro: 0,
      chargedHuman: '0.00',
    });
    expect(answer.messages[2]).toMatchObject({
      id: first,
      direction: 'egress',
      sender: 'ACME',
      recipient: DIGITS,
      contactId: 1,
    });
  });

  it('answers an outbound SMS exactly as the single-SMS endpoint does', async () => {
    const id = await send();
    clock.advance(1500);
    const single = await bodyOf(await get(sandbox(), `${MESSAGES}${id}/`));
    expect((await list()).messages).toEqual([single]);
    expect(single).toMatchObject({ deliveredToTelco: true, successT: '2019-07-23T15:44:26.500Z' });
  });

  it('omits successT while the telco has not taken the SMS (a date-time cannot be "")', async () => {
    await send();
    expect((await list()).messages[0]).not.toHaveProperty('successT');
  });

  it('filters by dir, failed, search, startDate (>=) and endDate (<)', async () => {
    const [first, reply, rejected] = await threeMessages();
    clock.advance(1500);
    expect(ids(await list('dir=inbound'))).toEqual([reply]);
    expect(ids(await list('dir=outbound'))).toEqual([rejected, first]);
    expect(ids(await list('dir='))).toEqual([rejected, reply, first]);
    expect(ids(await list('failed=true'))).toEqual([rejected]);
    expect(ids(await list('failed=false'))).toEqual([reply, first]);
    expect(ids(await list('search=salamat'))).toEqual([reply]);
    expect(ids(await list('search=0009999'))).toEqual([rejected]);
    expect(ids(await list('search=acme'))).toEqual([rejected, first]);
    expect(ids(await list('startDate=2019-07-23T15:44:26Z'))).toEqual([rejected, reply]);
    expect(ids(await list('endDate=2019-07-23T15:44:26Z'))).toEqual([first]);
    expect(
      ids(await list('startDate=2019-07-23T17:44:26%2B02:00&endDate=2019-07-23T15:44:27Z')),
    ).toEqual([reply]);
  });

  it('searches the fields of the SMS’s contact', async () => {
    await post(
      sandbox(),
      '/__sandbox/contacts',
      { orgId: 1234, phone: PHONE, firstName: 'Maria', lastName: 'Santos' },
      { headers: {} },
    );
    const [first, reply] = await threeMessages();
    expect(ids(await list('search=maria%20santos'))).toEqual([reply, first]);
  });

  it('walks a cursor with after/limit that new SMS do not shift', async () => {
    const [first, reply, rejected] = await threeMessages();
    const page1 = await list('limit=2');
    expect(ids(page1)).toEqual([rejected, reply]);
    expect(page1).toMatchObject({ hasNextPage: true, nextPage: reply, paged: false });
    clock.advance(1000);
    await send({ message: 'arrives between pages' });
    const page2 = await list(`limit=2&after=${page1.nextPage}`);
    expect(ids(page2)).toEqual([first]);
    expect(page2).toMatchObject({ hasNextPage: false, paged: false });
  });

  it('pages with page/size: paged true, no hasNextPage or nextPage', async () => {
    const [first, reply] = await threeMessages();
    const answer = await list('page=2&size=1');
    expect(answer).toEqual({ messages: [expect.objectContaining({ id: reply })], paged: true });
    expect(ids(await list('page=2&size=2'))).toEqual([first]);
  });

  it('answers 400 with error and errorCode for bad parameters', async () => {
    await send();
    for (const query of [
      'limit=101',
      'limit=0',
      'limit=x',
      'after=SMS-unknown',
      'dir=up',
      'failed=maybe',
      'startDate=yesterday',
      'endDate=2019-07-23',
      'page=0',
      'page=1&size=1001',
    ]) {
      const response = await get(sandbox(), `${MESSAGES}?${query}`);
      expect(response.status, query).toBe(400);
      const body = await bodyOf(response);
      expect(body.errorCode, query).toBe('request.invalid');
      expect(typeof body.error).toBe('string');
    }
  });

  it('keeps organizations apart', async () => {
    await inbound({ orgId: 777, from: DIGITS, text: 'other org' });
    expect((await list()).messages).toEqual([]);
    expect((await get(sandbox(), '/v1/organizations/777/messages/')).status).toBe(403);
  });
});

describe('POST /__sandbox/inbound', () => {
  it('takes "at" as the time, the default org, "+" numbers, and links no contact when none', async () => {
    const response = await inbound({
      from: PHONE,
      text: 'Hi',
      at: '2026-11-30T08:00:00+08:00',
      to: '+15550001111',
    });
    expect(response.status).toBe(201);
    expect(await bodyOf(response)).toMatchObject({
      id: 'SMS20261130T000000-1234-0001',
      direction: 'ingress',
      created: '2026-11-30T00:00:00.000Z',
      sender: DIGITS,
      recipient: '15550001111',
      contactId: 0,
    });
    expect(sandbox().state.inbound).toHaveLength(1);
  });

  it('links the newest contact with that number', async () => {
    for (const firstName of ['Old', 'New']) {
      await post(
        sandbox(),
        '/__sandbox/contacts',
        { orgId: 1234, phone: PHONE, firstName },
        { headers: {} },
      );
    }
    expect(await bodyOf(await inbound({ from: DIGITS, text: 'Hi' }))).toMatchObject({
      contactId: 2,
    });
  });

  it('refuses bad input with a clear error, storing nothing', async () => {
    const cases: Array<[unknown, RegExp]> = [
      ['not an object', /expected/],
      [{ text: 'Hi' }, /from must be/],
      [{ from: '12', text: 'Hi' }, /from must be/],
      [{ from: DIGITS }, /text must be/],
      [{ from: DIGITS, text: '' }, /text must be/],
      [{ from: DIGITS, text: 'Hi', at: 'tomorrow' }, /at must be/],
      [{ from: DIGITS, text: 'Hi', orgId: -1 }, /orgId must be/],
      [{ from: DIGITS, text: 'Hi', mesage: 'typo' }, /unknown field: mesage/],
    ];
    for (const [body, error] of cases) {
      const response = await inbound(body as Record<string, unknown>);
      expect(response.status).toBe(400);
      expect(String((await bodyOf(response)).error)).toMatch(error);
    }
    expect(sandbox().state.inbound).toEqual([]);
  });
});
