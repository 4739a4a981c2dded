import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngageSparkClient } from '@/utils/api/client';
import {
  deliveryFromStatus,
  nextPollDelayMs,
  pollDeliveries,
} from '@/utils/outbox/delivery-tracker';
import { createMessageStore } from '@/utils/outbox/message-store';
import { createSendService } from '@/utils/outbox/send-service';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import { type Sandbox, startSandbox } from '../../../sandbox/server';

describe('deliveryFromStatus', () => {
  it.each([
    [{ telco: 'unknown', phone: 'unknown', done: false }, 'pending', false],
    [{ telco: 'confirmed', phone: 'unknown', done: false }, 'delivered-to-telco', false],
    [{ telco: 'confirmed', phone: 'confirmed', done: true }, 'delivered', true],
    [{ telco: 'confirmed', phone: 'failed', done: true }, 'failed', true],
    [{ telco: 'failed', phone: 'unknown', done: true }, 'failed', true],
    [{ telco: 'confirmed', phone: 'unknown', done: true }, 'delivered-to-telco', true],
    [{ telco: 'unknown', phone: 'unknown', done: true }, 'unknown', true],
  ] as const)('%o → %s', (status, delivery, final) => {
    expect(deliveryFromStatus({ ...status, error: '' })).toEqual({ delivery, final });
  });
});

describe('nextPollDelayMs', () => {
  it('backs off from 5 seconds to at most 30 minutes', () => {
    expect([0, 1, 2, 3].map(nextPollDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(nextPollDelayMs(30)).toBe(30 * 60_000);
  });
});

describe('pollDeliveries against the sandbox', () => {
  let sandbox: Sandbox;
  let sandboxClock: number;
  let clock: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    sandboxClock = Date.now();
    clock = sandboxClock;
    sandbox = await startSandbox({ port: 0, deliveryStepMs: 1_000, now: () => sandboxClock });
  });
  afterEach(() => sandbox.close());

  async function sendOne(to: string) {
    const api = createEngageSparkClient({
      fetch,
      credentials: { apiUrl: sandbox.url, apiKey: 'sandbox-key', orgId: 1234 },
    });
    const settings = {
      ...DEFAULT_SETTINGS,
      orgId: 1234,
      apiUrl: sandbox.url,
      quietHours: false as const,
    };
    const store = createMessageStore();
    const service = createSendService({
      store,
      now: () => clock,
      connect: async () => ({ settings, api }),
      wakeAt: () => {},
      onFinished: () => {},
      requestTimeoutMs: 2_000,
      optOuts: { find: async () => undefined },
    });
    await service.submit(
      { id: `draft-${to}`, recipient: { to }, from: '', message: 'Hi' },
      settings,
    );
    return { api, store };
  }

  it('follows a sent message to "delivered", then stops asking', async () => {
    const { api, store } = await sendOne('639171234567');
    clock += 5_000;
    await pollDeliveries(store, api, () => clock);
    expect((await store.list())[0]).toMatchObject({
      delivery: 'pending',
      deliveryPolls: 1,
      nextDeliveryPollAt: clock + 10_000,
    });
    sandboxClock += 2_500;
    clock += 10_000;
    await pollDeliveries(store, api, () => clock);
    const [record] = await store.list();
    expect(record).toMatchObject({ delivery: 'delivered', deliveryPolls: 2 });
    expect(record?.nextDeliveryPollAt).toBeUndefined();
  });

  it('records a failed delivery with the reason', async () => {
    const { api, store } = await sendOne('639170000000');
    sandboxClock += 5_000;
    clock += 5_000;
    await pollDeliveries(store, api, () => clock);
    expect((await store.list())[0]).toMatchObject({
      delivery: 'failed',
      deliveryError: 'unreachable',
    });
  });

  it('gives up as "unknown" once the delivery deadline has passed', async () => {
    const { api, store } = await sendOne('639171234567');
    clock += 25 * 3_600_000;
    await pollDeliveries(store, api, () => clock);
    const [record] = await store.list();
    expect(record).toMatchObject({ delivery: 'unknown' });
    expect(record?.nextDeliveryPollAt).toBeUndefined();
  });
});
