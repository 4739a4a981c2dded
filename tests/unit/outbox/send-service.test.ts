import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngageSparkClient } from '@/utils/api/client';
import type { SendSmsRequest } from '@/utils/messaging/protocol';
import { createMessageStore, messagesItem } from '@/utils/outbox/message-store';
import { MAX_ATTEMPTS } from '@/utils/outbox/retry-policy';
import { createSendService, OUTBOX_LIMIT, type SendServiceDeps } from '@/utils/outbox/send-service';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings-schema';
import { type Sandbox, startSandbox } from '../../../sandbox/server';

type SandboxRequest = {
  path: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
};

let sandbox: Sandbox;
let clock: number;
let wakes: number[];
let finished: string[];
let apiKey: string;

// Quiet hours off: these tests are about the outbox, at a fixed clock that is night in Manila
// (consent-guard.test.ts holds and releases by the recipient's hours).
const settings = (): Settings => ({
  ...DEFAULT_SETTINGS,
  orgId: 1234,
  apiUrl: sandbox.url,
  quietHours: false,
});

function makeService(overrides: Partial<SendServiceDeps> = {}) {
  return createSendService({
    store: createMessageStore(),
    now: () => clock,
    connect: async () => ({
      settings: settings(),
      api: createEngageSparkClient({
        fetch,
        credentials: { apiUrl: sandbox.url, apiKey, orgId: 1234 },
        timeoutMs: 2_000,
      }),
    }),
    wakeAt: (at) => wakes.push(at),
    onFinished: (record) => finished.push(`${record.id}:${record.status}`),
    requestTimeoutMs: 2_000,
    optOuts: { find: async () => undefined },
    ...overrides,
  });
}

const request = (
  id: string,
  to = '639171234567',
  message = 'Hello from the CRM',
): SendSmsRequest => ({
  id,
  recipient: { to },
  from: '',
  message,
});

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

const sendRequests = async () =>
  ((await control('requests')) as SandboxRequest[]).filter((entry) =>
    entry.path.startsWith('/v1/sms/'),
  );
const sentMessages = async () => (await control('messages')) as unknown[];

beforeEach(async () => {
  fakeBrowser.reset();
  sandbox = await startSandbox({ port: 0 });
  clock = 1_700_000_000_000;
  wakes = [];
  finished = [];
  apiKey = 'sandbox-key';
});

afterEach(async () => {
  await sandbox.close();
});

describe('sending', () => {
  it('writes the message down, posts it once with its id as clientDedup, and records the answer', async () => {
    const record = await makeService().submit(request('draft-0001'), settings());
    expect(record).toMatchObject({ status: 'sent', attempts: 1, parts: 1, delivery: 'pending' });
    expect(record.messageId).toMatch(/^SMS\d{8}T\d{6}-/);
    const [sent] = await sendRequests();
    expect(sent?.path).toBe('/v1/sms/contact');
    expect(sent?.headers.authorization).toBe('Token sandbox-key');
    expect(sent?.body).toMatchObject({
      orgId: 1234,
      to: '639171234567',
      message: 'Hello from the CRM',
      clientDedup: 'draft-0001',
    });
    expect(sent?.body).not.toHaveProperty('from');
    expect(sent?.body).not.toHaveProperty('contactId');
    expect(finished).toEqual(['draft-0001:sent']);
  });

  it('sends a draft once however often Send is pressed, even all at once', async () => {
    const service = makeService();
    const results = await Promise.all(
      [1, 2, 3].map(() => service.submit(request('draft-0002'), settings())),
    );
    await service.submit(request('draft-0002'), settings());
    expect(new Set(results.map((record) => record.id))).toEqual(new Set(['draft-0002']));
    expect(await sendRequests()).toHaveLength(1);
    expect(await sentMessages()).toHaveLength(1);
  });

  it('uses the phone-number endpoint when contacts are not to be created', async () => {
    const service = makeService({
      connect: async () => ({
        settings: { ...settings(), recipientMode: 'phonenumber' },
        api: createEngageSparkClient({
          fetch,
          credentials: { apiUrl: sandbox.url, apiKey, orgId: 1234 },
        }),
      }),
    });
    const record = await service.submit(request('draft-0003'), {
      ...settings(),
      recipientMode: 'phonenumber',
    });
    expect(record.status).toBe('sent');
    expect(record.contactId).toBeUndefined(); // the phone-number endpoint creates no contact
    expect((await sendRequests())[0]?.path).toBe('/v1/sms/phonenumber');
  });
});

describe('permanent refusals are not retried', () => {
  it('a wrong key fails at once as an auth problem', async () => {
    apiKey = 'wrong-key';
    const record = await makeService().submit(request('draft-0101'), settings());
    expect(record).toMatchObject({
      status: 'failed',
      outcomeUnknown: false,
      failure: { kind: 'auth' },
    });
    expect(wakes).toEqual([clock + 2_000 + 5_000]); // only the in-flight safety wake, no retry
  });

  it('no funds fails as a funds problem and is sent after "try again" once topped up', async () => {
    await control('balance', { orgId: 1234, micro: 0 });
    const service = makeService();
    const record = await service.submit(request('draft-0102'), settings());
    expect(record).toMatchObject({ status: 'failed', failure: { kind: 'funds' } });
    await control('balance', { orgId: 1234, micro: 1_000_000 });
    expect(await service.retry('draft-0102')).toMatchObject({ status: 'sent' });
    expect(await sentMessages()).toHaveLength(1);
  });

  it("a 400 keeps the server's own words", async () => {
    const record = await makeService().submit(
      { ...request('draft-0103'), recipient: { contactId: 987654 } },
      settings(),
    );
    expect(record.status).toBe('failed');
    expect(record.failure).toMatchObject({ kind: 'invalid', origin: 'server' });
    expect(JSON.stringify(record.failure)).toMatch(/contact/i);
  });

  it('missing settings fail without any request', async () => {
    const service = makeService({
      connect: async () => ({
        failure: { kind: 'settings-missing', missing: ['api-key'] },
      }),
    });
    expect(await service.submit(request('draft-0104'), settings())).toMatchObject({
      status: 'failed',
      failure: { kind: 'settings-missing' },
    });
    expect(await sendRequests()).toHaveLength(0);
  });
});

describe('unknown outcomes are retried with the same clientDedup', () => {
  it('a 500 is retried after a backoff and sent once', async () => {
    await control('faults', { mode: 'status500', times: 1 });
    const service = makeService();
    const first = await service.submit(request('draft-0201'), settings());
    expect(first).toMatchObject({
      status: 'queued',
      attempts: 1,
      outcomeUnknown: true,
      failure: { kind: 'server' },
    });
    expect(first.nextAttemptAt).toBe(clock + 5_000);
    expect(wakes).toContain(clock + 5_000);
    await service.processDue(); // not due yet: nothing is sent
    expect(await sendRequests()).toHaveLength(1);
    clock += 5_000;
    await service.processDue();
    const dedups = (await sendRequests()).map((entry) => entry.body.clientDedup);
    expect(dedups).toEqual(['draft-0201', 'draft-0201']);
    expect(await sentMessages()).toHaveLength(1);
    expect(finished).toEqual(['draft-0201:sent']);
  });

  it('a connection dropped after the server accepted it ends as one SMS (409 on the retry)', async () => {
    await control('faults', { mode: 'dropAfterAccept', times: 1 });
    const service = makeService();
    expect(await service.submit(request('draft-0202'), settings())).toMatchObject({
      status: 'queued',
      failure: { kind: 'network' },
    });
    clock += 5_000;
    await service.processDue();
    const [record] = await createMessageStore().list();
    expect(record).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await sentMessages()).toHaveLength(1);
  });

  it('a server that never answers times out and is retried', async () => {
    await control('faults', { mode: 'hang', times: 1 });
    const record = await makeService().submit(request('draft-0203'), settings());
    expect(record).toMatchObject({ status: 'queued', failure: { kind: 'timeout' } });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and says it may have been sent`, async () => {
    await control('faults', { mode: 'status500' });
    const service = makeService();
    await service.submit(request('draft-0204'), settings());
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      clock += 10 * 60_000;
      await service.processDue();
    }
    const [record] = await createMessageStore().list();
    expect(record).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      outcomeUnknown: true,
    });
    expect(await sendRequests()).toHaveLength(MAX_ATTEMPTS);
  });

  it('resumes a send left "sending" by a killed worker, and the message still arrives once', async () => {
    // The previous worker posted it (the sandbox sent it) and died before the answer was stored.
    await fetch(`${sandbox.url}/v1/sms/contact`, {
      method: 'POST',
      headers: { Authorization: 'Token sandbox-key', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        orgId: 1234,
        to: '639171234567',
        message: 'Hi',
        clientDedup: 'draft-0205',
      }),
    });
    await messagesItem.area.setValue([
      {
        ...request('draft-0205'),
        message: 'Hi',
        clientRef: 'click-to-sms:draft-0205',
        createdAt: clock,
        updatedAt: clock,
        endpoint: 'contact',
        status: 'sending',
        attempts: 1,
      },
    ]);
    await makeService().processDue({ startup: true });
    const [record] = await createMessageStore().list();
    expect(record).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await sentMessages()).toHaveLength(1);
  });
});

describe('the per-number pace guard', () => {
  it('holds the 6th message to a number within a minute, then sends it when the minute is over', async () => {
    const service = makeService();
    for (let i = 0; i < 5; i++) {
      clock += 1_000;
      expect((await service.submit(request(`draft-030${i}`), settings())).status).toBe('sent');
    }
    const firstSentAt = clock - 4_000;
    const held = await service.submit(request('draft-0305'), settings());
    expect(held).toMatchObject({
      status: 'held',
      heldUntil: firstSentAt + 60_000,
      failure: { kind: 'pace' },
    });
    expect(await sendRequests()).toHaveLength(5);
    // Another number is not held.
    expect((await service.submit(request('draft-0306', '14155550132'), settings())).status).toBe(
      'sent',
    );
    clock = firstSentAt + 60_000;
    await service.processDue();
    expect(
      (await createMessageStore().list()).find((record) => record.id === 'draft-0305')?.status,
    ).toBe('sent');
  });

  it('a held message can be cancelled and is never sent', async () => {
    const service = makeService();
    const strict = { ...settings(), paceLimitPerMinute: 1 };
    await service.submit(request('draft-0401'), strict);
    expect((await service.submit(request('draft-0402'), strict)).status).toBe('held');
    expect(await service.cancel('draft-0402')).toMatchObject({ status: 'cancelled' });
    clock += 120_000;
    await service.processDue();
    expect(await sentMessages()).toHaveLength(1);
  });
});

describe('the outbox budget', () => {
  it(`takes at most ${OUTBOX_LIMIT} waiting messages, refusing the next before writing it`, async () => {
    const waiting = Array.from({ length: OUTBOX_LIMIT }, (_, i) => ({
      ...request(`waiting-${String(i).padStart(4, '0')}`),
      clientRef: `click-to-sms:waiting-${i}`,
      createdAt: clock,
      updatedAt: clock,
      endpoint: 'contact',
      status: 'held',
      heldUntil: clock + 60_000,
      attempts: 0,
    }));
    await messagesItem.area.setValue(waiting);
    await expect(makeService().submit(request('one-too-many'), settings())).rejects.toThrow(
      `${OUTBOX_LIMIT} messages are still waiting`,
    );
    const stored = await createMessageStore().list();
    expect(stored).toHaveLength(OUTBOX_LIMIT);
    expect(stored.map((record) => record.id)).not.toContain('one-too-many');
    expect(await sentMessages()).toHaveLength(0);
  });
});
