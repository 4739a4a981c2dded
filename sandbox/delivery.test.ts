import { describe, expect, it } from 'vitest';
import { bodyOf, get, post, sandboxOnFakeClock, smsBody } from './sandbox-fixture.ts';

const STEP = 1000;
const { sandbox, clock } = sandboxOnFakeClock({ deliveryStepMs: STEP });

async function send(to: string): Promise<string> {
  const body = await bodyOf(
    await post(sandbox(), '/v1/sms/contact', smsBody({ to, clientRef: 'r1' })),
  );
  return String(body.messageId);
}

function status(messageId: string, orgId = 1234): Promise<Response> {
  return get(sandbox(), `/v1/organizations/${orgId}/messages/${encodeURIComponent(messageId)}/`);
}

describe('GET /v1/organizations/{orgId}/messages/{messageId}/', () => {
  it('advances from unknown to telco to phone confirmed, one step at a time', async () => {
    const id = await send('+639171234567');
    const pending = await bodyOf(await status(id));
    expect(pending).toMatchObject({
      id,
      direction: 'egress',
      created: '2019-07-23T15:44:25.000Z',
      recipient: '639171234567',
      contactId: 1,
      deliveredToTelco: false,
      deliveredToPhone: 'unknown',
      done: false,
      error: '',
      deliveryError: '',
      successPartCount: 0,
      client_ref: 'r1',
      chargedMicro: 20_000,
      chargedHuman: '0.02',
    });
    clock.advance(STEP);
    expect(await bodyOf(await status(id))).toMatchObject({
      deliveredToTelco: true,
      deliveredToPhone: 'unknown',
      done: false,
      successPartCount: 1,
      successT: '2019-07-23T15:44:26.000Z',
    });
    clock.advance(STEP);
    expect(await bodyOf(await status(id))).toMatchObject({
      deliveredToTelco: true,
      deliveredToPhone: 'confirmed',
      done: true,
    });
  });

  it('fails on the handset for numbers ending in 0000', async () => {
    const id = await send('+639170000000');
    clock.advance(STEP);
    expect(await bodyOf(await status(id))).toMatchObject({ deliveredToTelco: true, done: false });
    clock.advance(STEP);
    expect(await bodyOf(await status(id))).toMatchObject({
      deliveredToTelco: true,
      deliveredToPhone: 'failed',
      done: true,
      deliveryError: 'unreachable',
    });
  });

  it('says the recipient opted out for numbers ending in 7777', async () => {
    const id = await send('+639177777777');
    clock.advance(STEP * 2);
    expect(await bodyOf(await status(id))).toMatchObject({
      deliveredToTelco: true,
      deliveredToPhone: 'failed',
      done: true,
      deliveryError: 'opted out of promotional messaging',
    });
  });

  it('is refused by the telco for numbers ending in 9999', async () => {
    const id = await send('+639179999999');
    clock.advance(STEP);
    expect(await bodyOf(await status(id))).toMatchObject({
      deliveredToTelco: false,
      deliveredToPhone: 'unknown',
      done: true,
      error: 'rejected by telco',
    });
  });

  it('answers 404 for unknown ids', async () => {
    const response = await status('SMS20190723T154425-1234-9999');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found' });
  });

  it('answers 401 without a valid key and 403 for another organization', async () => {
    const id = await send('+639171234567');
    const path = `/v1/organizations/1234/messages/${id}/`;
    expect((await get(sandbox(), path, {})).status).toBe(401);
    expect(await bodyOf(await get(sandbox(), path, { Authorization: 'Token x' }))).toEqual({
      error: 'Invalid Token',
    });
    expect((await status(id, 999)).status).toBe(403);
  });
});
