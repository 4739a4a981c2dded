import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngageSparkClient } from '@/utils/api/client';
import { createOptOutService, type OptOutService } from '@/utils/consent/opt-out-service';
import { knownDigits } from '@/utils/outbox/consent-guard';
import { createMessageStore } from '@/utils/outbox/message-store';
import { createSendService } from '@/utils/outbox/send-service';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings-schema';
import { type Sandbox, startSandbox } from '../../../sandbox/server';
import { makeRecord } from '../composer/make-record';

const MANILA = '639171234567';
/** 22:14 in Manila (UTC+8, no DST): quiet under the default 08:00–21:00. */
const NIGHT_IN_MANILA = Date.parse('2026-11-30T14:14:00Z');
/** 08:00 the next morning in Manila. */
const NEXT_OPENING = Date.parse('2026-12-01T00:00:00Z');
const DAY_IN_MANILA = Date.parse('2026-11-30T03:00:00Z');

let sandbox: Sandbox;
let clock: number;
let wakes: number[];
let finished: string[];
let optOuts: OptOutService;

const settings = (): Settings => ({ ...DEFAULT_SETTINGS, orgId: 1234, apiUrl: sandbox.url });

/** A fresh service over the same stored outbox: what a restarted worker makes. */
function startWorker() {
  return createSendService({
    store: createMessageStore(),
    now: () => clock,
    connect: async () => ({
      settings: settings(),
      api: createEngageSparkClient({
        fetch,
        credentials: { apiUrl: sandbox.url, apiKey: 'sandbox-key', orgId: 1234 },
        timeoutMs: 2_000,
      }),
    }),
    wakeAt: (at) => wakes.push(at),
    onFinished: (record) => finished.push(`${record.id}:${record.status}`),
    requestTimeoutMs: 2_000,
    optOuts,
  });
}

const request = (id: string, to = MANILA) => ({
  id,
  recipient: { to },
  from: '',
  message: 'Your order is ready',
});

async function posts(): Promise<unknown[]> {
  const response = await fetch(`${sandbox.url}/__sandbox/requests`);
  const requests = (await response.json()) as { path: string }[];
  return requests.filter((entry) => entry.path.startsWith('/v1/sms/'));
}

async function optOutByReply(number = MANILA): Promise<void> {
  await optOuts.applyReplies([
    { id: 'reply-1', from: number, text: 'STOP', receivedAt: '2026-11-28T09:00:00Z' },
  ]);
}

beforeEach(async () => {
  fakeBrowser.reset();
  sandbox = await startSandbox({ port: 0 });
  clock = DAY_IN_MANILA;
  wakes = [];
  finished = [];
  optOuts = createOptOutService({ now: () => clock });
});

afterEach(async () => {
  await sandbox.close();
});

describe('opt-outs', () => {
  it('refuses at submit with the reason as a code, and nothing is posted', async () => {
    await optOutByReply();
    const record = await startWorker().submit(request('draft-optout-1'), settings());
    expect(record).toMatchObject({
      status: 'failed',
      outcomeUnknown: false,
      failure: {
        kind: 'opted-out',
        number: MANILA,
        at: Date.parse('2026-11-28T09:00:00Z'),
        source: 'reply',
        said: 'STOP',
      },
    });
    expect(await posts()).toEqual([]);
    expect(finished).toEqual(['draft-optout-1:failed']);
  });

  it('checks again right before the POST: an opt-out learnt while it waited refuses it', async () => {
    clock = NIGHT_IN_MANILA;
    const held = await startWorker().submit(request('draft-optout-2'), settings());
    expect(held.status).toBe('held');
    await optOutByReply();
    clock = NEXT_OPENING + 1_000;
    await startWorker().processDue({ startup: true });
    const [record] = await createMessageStore().list();
    expect(record).toMatchObject({ status: 'failed', failure: { kind: 'opted-out' } });
    expect(await posts()).toEqual([]);
  });

  it('refuses "Try again" on a refused message too', async () => {
    await optOutByReply();
    const worker = startWorker();
    await worker.submit(request('draft-optout-3'), settings());
    const again = await worker.retry('draft-optout-3');
    expect(again).toMatchObject({ status: 'failed', failure: { kind: 'opted-out' } });
    expect(await posts()).toEqual([]);
  });

  it('sends again once the person texts START', async () => {
    await optOutByReply();
    await optOuts.applyReplies([
      { id: 'reply-2', from: MANILA, text: 'start', receivedAt: '2026-11-29T09:00:00Z' },
    ]);
    const record = await startWorker().submit(request('draft-optout-4'), settings());
    expect(record.status).toBe('sent');
    expect(await posts()).toHaveLength(1);
  });

  it('refuses a contact whose number, learnt from an earlier send, opted out', async () => {
    await createMessageStore().mutate(() => ({
      records: [
        makeRecord({
          id: 'draft-earlier',
          status: 'sent',
          recipient: { contactId: 42 },
          contactId: 42,
          sentTo: MANILA,
        }),
      ],
      result: undefined,
    }));
    await optOutByReply();
    const record = await startWorker().submit(
      { id: 'draft-contact-1', recipient: { contactId: 42 }, from: '', message: 'Hi' },
      settings(),
    );
    expect(record).toMatchObject({ status: 'failed', failure: { kind: 'opted-out' } });
    expect(await posts()).toEqual([]);
  });

  it('knows a contact’s number only once engageSPARK said where it sent', () => {
    const earlier = makeRecord({ recipient: { contactId: 42 }, contactId: 42, sentTo: MANILA });
    expect(knownDigits([earlier], { contactId: 42 })).toBe(MANILA);
    expect(knownDigits([earlier], { contactId: 43 })).toBeUndefined();
    expect(knownDigits([], { to: MANILA })).toBe(MANILA);
  });
});

describe('quiet hours', () => {
  it('holds a message at 22:14 for the recipient until 08:00 their time, with no POST', async () => {
    clock = NIGHT_IN_MANILA;
    const record = await startWorker().submit(request('draft-quiet-1'), settings());
    expect(record).toMatchObject({
      status: 'held',
      heldUntil: NEXT_OPENING,
      failure: {
        kind: 'quiet-hours',
        timeZone: 'Asia/Manila',
        localTime: '22:14',
        opensAt: '08:00',
      },
    });
    expect(wakes).toContain(NEXT_OPENING);
    expect(await posts()).toEqual([]);
  });

  it('sends a message in the recipient’s daytime at once', async () => {
    const record = await startWorker().submit(request('draft-quiet-2'), settings());
    expect(record.status).toBe('sent');
    expect(await posts()).toHaveLength(1);
  });

  it('sends a held message exactly once when the window opens, after a worker restart', async () => {
    clock = NIGHT_IN_MANILA;
    await startWorker().submit(request('draft-quiet-3'), settings());
    clock = NEXT_OPENING - 60_000;
    await startWorker().processDue({ startup: true }); // 07:59: still held
    expect(await posts()).toEqual([]);
    clock = NEXT_OPENING + 5_000;
    const worker = startWorker();
    await worker.processDue({ startup: true });
    await worker.processDue();
    await startWorker().processDue({ startup: true });
    expect(await posts()).toHaveLength(1);
    const [record] = await createMessageStore().list();
    expect(record).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('holds to the next window when the browser was closed past the whole window', async () => {
    clock = NIGHT_IN_MANILA;
    await startWorker().submit(request('draft-quiet-4'), settings());
    // The browser starts again at 22:30 the next evening: too late today, so tomorrow 08:00.
    clock = Date.parse('2026-12-01T14:30:00Z');
    await startWorker().processDue({ startup: true });
    const [record] = await createMessageStore().list();
    expect(record).toMatchObject({
      status: 'held',
      heldUntil: Date.parse('2026-12-02T00:00:00Z'),
      failure: { kind: 'quiet-hours', localTime: '22:30' },
    });
    expect(await posts()).toEqual([]);
  });

  it('"Send now anyway" sends it once and records that the user chose it', async () => {
    clock = NIGHT_IN_MANILA;
    const worker = startWorker();
    await worker.submit(request('draft-quiet-5'), settings());
    clock += 60_000;
    const sent = await worker.sendHeldNow('draft-quiet-5');
    expect(sent).toMatchObject({ status: 'sent', quietHoursOverriddenAt: clock });
    await expect(worker.sendHeldNow('draft-quiet-5')).rejects.toThrow(/held for quiet hours/);
    await worker.processDue({ startup: true });
    expect(await posts()).toHaveLength(1);
  });

  it('"Send now anyway" never overrides an opt-out', async () => {
    clock = NIGHT_IN_MANILA;
    const worker = startWorker();
    await worker.submit(request('draft-quiet-6'), settings());
    await optOutByReply();
    const record = await worker.sendHeldNow('draft-quiet-6');
    expect(record).toMatchObject({ status: 'failed', failure: { kind: 'opted-out' } });
    expect(await posts()).toEqual([]);
  });
});
