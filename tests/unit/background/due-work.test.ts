import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runDueWork } from '@/utils/background/due-work';
import { createOptOutService } from '@/utils/consent/opt-out-service';
import { createMessageStore } from '@/utils/outbox/message-store';
import { createSendService } from '@/utils/outbox/send-service';
import { makeRecord } from '../composer/make-record';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('runDueWork and receipts', () => {
  it('puts a number whose receipt says it opted out on the opt-out list, once, and no other', async () => {
    const store = createMessageStore();
    await store.mutate(() => ({
      records: [
        makeRecord({
          id: 'draft-optout',
          status: 'sent',
          recipient: { to: '639177777777' },
          delivery: 'failed',
          deliveryError: 'opted out of promotional messaging',
        }),
        makeRecord({
          id: 'draft-unreachable',
          status: 'sent',
          recipient: { to: '639170000000' },
          delivery: 'failed',
          deliveryError: 'unreachable',
        }),
      ],
      result: undefined,
    }));
    const optOuts = createOptOutService({ now: () => 1_000 });
    const sendService = createSendService({
      store,
      now: () => 1_000,
      connect: async () => ({ failure: { kind: 'settings-missing', missing: ['api-key'] } }),
      wakeAt: () => undefined,
      onFinished: () => undefined,
      requestTimeoutMs: 1_000,
      optOuts,
    });
    await runDueWork(store, sendService, {}, optOuts);
    await runDueWork(store, sendService, {}, optOuts);
    const { optOuts: list } = await optOuts.list();
    expect(list).toEqual([
      {
        number: '639177777777',
        at: 1_000,
        source: {
          kind: 'delivery-receipt',
          deliveryError: 'opted out of promotional messaging',
          recordId: 'draft-optout',
        },
      },
    ]);
  });
});
