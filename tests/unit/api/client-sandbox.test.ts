import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '@/sandbox/server.ts';
import { createEngageSparkClient, type EngageSparkClient } from '@/utils/api/client.ts';
import type { SendSmsInput } from '@/utils/api/endpoints/send.ts';
import { isOutcomeUnknown } from '@/utils/api/endpoints/send-outcome.ts';

/** The client against the sandbox server over real HTTP, with Node's own fetch. */

const API_KEY = 'sandbox-key';
const ORG_ID = 1234;
const DIGITS = '639171234567';
const DELIVERY_STEP_MS = 1000;

let sandbox: Sandbox;
let time: number;

beforeEach(async () => {
  time = Date.UTC(2024, 0, 1);
  sandbox = await startSandbox({
    port: 0,
    now: () => time,
    deliveryStepMs: DELIVERY_STEP_MS,
  });
});

afterEach(async () => {
  await sandbox.close();
});

function client(
  change: { apiKey?: string; orgId?: number; timeoutMs?: number } = {},
): EngageSparkClient {
  return createEngageSparkClient({
    fetch,
    credentials: {
      apiUrl: sandbox.url,
      apiKey: change.apiKey ?? API_KEY,
      orgId: change.orgId ?? ORG_ID,
    },
    timeoutMs: change.timeoutMs ?? 5000,
  });
}

function input(change: Partial<SendSmsInput> = {}): SendSmsInput {
  return {
    endpoint: 'contact',
    recipient: { to: `+${DIGITS}` },
    message: 'Hello from the CRM',
    clientDedup: crypto.randomUUID(),
    clientRef: 'crm:lead:42',
    ...change,
  };
}

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return response.json();
}

async function balanceMicro(): Promise<number> {
  const result = await client().getBalance();
  if (!result.ok) throw new Error(`balance failed: ${result.failure.kind}`);
  return result.balanceMicro;
}

describe('sending through the sandbox', () => {
  it('sends to a contact: 200 → sent, charged once', async () => {
    const outcome = await client().sendSms(input());
    expect(outcome).toMatchObject({ kind: 'sent', parts: 1, estimateMicro: 20_000, to: DIGITS });
    expect(outcome.kind === 'sent' && outcome.messageId).toMatch(/^SMS/);
    expect(outcome.kind === 'sent' && outcome.contactId).toBeGreaterThan(0);
    expect(await balanceMicro()).toBe(10_000_000 - 20_000);
  });

  it('sends to a phone number: 200 → sent, no contact', async () => {
    const outcome = await client().sendSms(input({ endpoint: 'phonenumber', from: 'ACME' }));
    expect(outcome).toMatchObject({ kind: 'sent', contactId: null, to: DIGITS });
  });

  it('the server receives the documented request', async () => {
    await client().sendSms(input({ clientDedup: 'dedup-shape', from: '' }));
    const requests = (await control('requests')) as {
      method: string;
      path: string;
      headers: Record<string, string>;
      body: unknown;
    }[];
    const [request] = requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/sms/contact' });
    expect(request?.headers.authorization).toBe('Token sandbox-key');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({
      orgId: ORG_ID,
      to: DIGITS,
      message: 'Hello from the CRM',
      clientDedup: 'dedup-shape',
      clientRef: 'crm:lead:42',
    });
  });

  it('a wrong key → auth', async () => {
    expect(await client({ apiKey: 'not-the-key' }).sendSms(input())).toEqual({ kind: 'auth' });
  });

  it('no money left → funds, and nothing is sent', async () => {
    await control('balance', { orgId: ORG_ID, micro: 0 });
    expect(await client().sendSms(input())).toEqual({ kind: 'funds' });
    expect(await control('messages')).toEqual([]);
  });

  it('the same clientDedup twice → duplicate with the original messageId, charged once', async () => {
    const first = await client().sendSms(input({ clientDedup: 'dedup-twice' }));
    const second = await client().sendSms(input({ clientDedup: 'dedup-twice' }));
    expect(first.kind).toBe('sent');
    expect(second.kind).toBe('duplicate');
    if (first.kind !== 'sent' || second.kind !== 'duplicate') return;
    expect(second.messageId).toBe(first.messageId);
    expect(await balanceMicro()).toBe(10_000_000 - 20_000);
  });

  it('an unknown contact → invalid with the server words', async () => {
    const outcome = await client().sendSms(input({ recipient: { contactId: 999 } }));
    expect(outcome).toEqual({
      kind: 'invalid',
      origin: 'server',
      serverError: 'contact not found',
    });
  });
});

describe('sandbox faults', () => {
  it('a 500 is a server outcome, unknown', async () => {
    await control('faults', { mode: 'status500', times: 1 });
    const outcome = await client().sendSms(input());
    expect(outcome).toEqual({ kind: 'server', status: 500 });
    expect(isOutcomeUnknown(outcome)).toBe(true);
  });

  it('an HTML 502 from a proxy is a server outcome', async () => {
    await control('faults', { mode: 'html', times: 1 });
    expect(await client().sendSms(input())).toEqual({ kind: 'server', status: 502 });
  });

  it('an HTML 200 (captive portal) is malformed, unknown', async () => {
    await control('faults', { mode: 'html200', times: 1 });
    const outcome = await client().sendSms(input());
    expect(outcome).toMatchObject({ kind: 'malformed', status: 200 });
    expect(isOutcomeUnknown(outcome)).toBe(true);
  });

  it('a jsonl answer is read', async () => {
    await control('faults', { mode: 'jsonl', times: 1 });
    expect(await client().sendSms(input())).toMatchObject({ kind: 'sent' });
  });

  it('a server that never answers is a timeout', async () => {
    await control('faults', { mode: 'hang', times: 1 });
    expect(await client({ timeoutMs: 300 }).sendSms(input())).toEqual({ kind: 'timeout' });
  });

  it('sent but the connection dropped: unknown, and the retry with the same clientDedup is a duplicate', async () => {
    await control('faults', { mode: 'dropAfterAccept', times: 1 });
    const retryable = input();
    const lost = await client().sendSms(retryable);
    expect(lost.kind).toBe('network');
    expect(isOutcomeUnknown(lost)).toBe(true);
    const retried = await client().sendSms(retryable);
    expect(retried.kind).toBe('duplicate');
    expect(await balanceMicro()).toBe(10_000_000 - 20_000);
  });
});

describe('balance and delivery status through the sandbox', () => {
  it('reads the balance', async () => {
    expect(await client().getBalance()).toEqual({
      ok: true,
      balanceMicro: 10_000_000,
      display: '$10.00',
    });
  });

  it('a wrong key → auth; a key of another organization → wrong-org', async () => {
    expect(await client({ apiKey: 'not-the-key' }).getBalance()).toEqual({
      ok: false,
      failure: { kind: 'auth' },
    });
    expect(await client({ orgId: 999 }).getBalance()).toEqual({
      ok: false,
      failure: { kind: 'wrong-org', status: 403 },
    });
  });

  it('follows a message from sent to delivered', async () => {
    const outcome = await client().sendSms(input());
    if (outcome.kind !== 'sent') throw new Error(`not sent: ${outcome.kind}`);
    expect(await client().getDeliveryStatus(outcome.messageId)).toEqual({
      ok: true,
      status: { telco: 'unknown', phone: 'unknown', done: false, error: '' },
    });
    time += 2 * DELIVERY_STEP_MS;
    expect(await client().getDeliveryStatus(outcome.messageId)).toEqual({
      ok: true,
      status: { telco: 'confirmed', phone: 'confirmed', done: true, error: '' },
    });
  });

  it('a message the telco refuses ends as failed', async () => {
    const outcome = await client().sendSms(input({ recipient: { to: '639171239999' } }));
    if (outcome.kind !== 'sent') throw new Error(`not sent: ${outcome.kind}`);
    time += 2 * DELIVERY_STEP_MS;
    expect(await client().getDeliveryStatus(outcome.messageId)).toEqual({
      ok: true,
      status: { telco: 'failed', phone: 'unknown', done: true, error: 'rejected by telco' },
    });
  });

  it('an unknown message → not-found', async () => {
    expect(await client().getDeliveryStatus('SMS20240101T000000-1234-9999')).toEqual({
      ok: false,
      failure: { kind: 'not-found' },
    });
  });
});
