import { describe, expect, it } from 'vitest';
import { bodyOf, get, post, sandboxPerTest, smsBody } from './sandbox-fixture.ts';

const sandbox = sandboxPerTest(() => ({
  keys: { 'sandbox-key': 1234, 'other-key': 42 },
  balances: { 42: 50_000 },
}));

const balance = (orgId = 1234, key = 'sandbox-key'): Promise<Response> =>
  get(sandbox(), `/v1/organizations/${orgId}/balance.json`, { Authorization: `Token ${key}` });

describe('GET /v1/organizations/{orgId}/balance.json', () => {
  it('answers the documented shape, starting at $10.00', async () => {
    const response = await balance();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      balance: 10,
      balanceMicro: 10_000_000,
      balanceHuman: '10.00',
      autoRecharge: false,
      autoRechargeThreshold: 0,
      autoRechargeAmount: 0,
    });
  });

  it('goes down with every part sent', async () => {
    await post(sandbox(), '/v1/sms/contact', smsBody({ message: 'a'.repeat(161) }));
    expect(await bodyOf(await balance())).toMatchObject({
      balance: 9.96,
      balanceMicro: 9_960_000,
      balanceHuman: '9.96',
    });
  });

  it('keeps organizations apart, each with its own key and balance', async () => {
    expect(await bodyOf(await balance(42, 'other-key'))).toMatchObject({ balanceMicro: 50_000 });
    expect((await balance(42)).status).toBe(403);
  });

  it('rounds balanceHuman down to the cent', async () => {
    await post(sandbox(), '/__sandbox/balance', { orgId: 1234, micro: 19_999 }, { headers: {} });
    expect(await bodyOf(await balance())).toMatchObject({
      balance: 0.019999,
      balanceHuman: '0.01',
    });
  });

  it('answers 401 to a missing or unknown key', async () => {
    expect((await get(sandbox(), '/v1/organizations/1234/balance.json', {})).status).toBe(401);
    expect((await balance(1234, 'nope')).status).toBe(401);
  });
});

describe('POST /__sandbox/balance', () => {
  it('sets a balance, so that the next send gets 402', async () => {
    const set = await post(
      sandbox(),
      '/__sandbox/balance',
      { orgId: '1234', micro: 0 },
      { headers: {} },
    );
    expect(await set.json()).toEqual({ orgId: 1234, micro: 0 });
    expect((await post(sandbox(), '/v1/sms/contact', smsBody())).status).toBe(402);
  });

  it('refuses anything but a non-negative whole number of micro-dollars', async () => {
    for (const micro of [-1, 1.5, '10']) {
      const response = await post(
        sandbox(),
        '/__sandbox/balance',
        { orgId: 1234, micro },
        { headers: {} },
      );
      expect(response.status).toBe(400);
    }
  });
});
