import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BALANCE_MICRO, HUGE_BODY_BYTES, PRICE_PER_PART_MICRO } from './constants.ts';
import { bodyOf, get, post, sandboxPerTest, setFault, smsBody } from './sandbox-fixture.ts';
import type { Sandbox } from './server.ts';

const sandbox = sandboxPerTest();
/** Poll often: the server answers within milliseconds. */
const FAST = { interval: 5, timeout: 1000 };

const send = (fields: Record<string, unknown> = {}, signal?: AbortSignal): Promise<Response> =>
  post(sandbox(), '/v1/sms/contact', smsBody(fields), { signal });

const messages = async (box: Sandbox): Promise<unknown[]> =>
  (await (await fetch(`${box.url}/__sandbox/messages`)).json()) as unknown[];

describe('faults that fail in front of the API, sending nothing', () => {
  it('status500 answers 500 with the send structure', async () => {
    await setFault(sandbox(), { mode: 'status500' });
    const response = await send();
    expect(response.status).toBe(500);
    expect(await bodyOf(response)).toMatchObject({ error: 'internal server error', messageId: '' });
    expect(sandbox().state.messages).toHaveLength(0);
  });

  it('html answers a 502 HTML page, html200 a 200 one', async () => {
    await setFault(sandbox(), { mode: 'html' });
    const bad = await send();
    expect(bad.status).toBe(502);
    expect(bad.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await bad.text()).toMatch(/^<!DOCTYPE html>/);
    await setFault(sandbox(), { mode: 'html200' });
    const portal = await send();
    expect(portal.status).toBe(200);
    expect(portal.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(portal.json()).rejects.toThrow();
    expect(sandbox().state.messages).toHaveLength(0);
  });

  it('hang never answers, so the client has to time out', async () => {
    await setFault(sandbox(), { mode: 'hang' });
    await expect(send({}, AbortSignal.timeout(50))).rejects.toThrow(/timeout|aborted/i);
    expect(sandbox().state.messages).toHaveLength(0);
    expect(sandbox().state.requests[0]).toMatchObject({ fault: 'hang', status: null });
  });
});

describe('faults that process the message first', () => {
  it('jsonl answers the usual body as application/jsonl', async () => {
    await setFault(sandbox(), { mode: 'jsonl' });
    const response = await send();
    expect(response.headers.get('content-type')).toBe('application/jsonl');
    expect(JSON.parse(await response.text())).toMatchObject({ error: '', estimateParts: 1 });
  });

  it('slow answers after delayMs', async () => {
    await setFault(sandbox(), { mode: 'slow', delayMs: 40 });
    const started = performance.now();
    const response = await send();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(response.status).toBe(200);
  });

  it('dropAfterAccept sends and charges, then closes the connection unanswered', async () => {
    await setFault(sandbox(), { mode: 'dropAfterAccept', times: 1 });
    await expect(send({ clientDedup: 'd1' })).rejects.toThrow(TypeError);
    expect(await messages(sandbox())).toHaveLength(1);
    expect(sandbox().state.balanceOf(1234)).toBe(DEFAULT_BALANCE_MICRO - PRICE_PER_PART_MICRO);
    expect(sandbox().state.requests[0]).toMatchObject({
      fault: 'dropAfterAccept',
      status: null,
      closedUnanswered: true,
    });
    const retry = await send({ clientDedup: 'd1' });
    expect(retry.status).toBe(409);
  });

  it('hold keeps the answer until released; a repeat meanwhile gets 409 with the same id', async () => {
    await setFault(sandbox(), { mode: 'hold', times: 1 });
    const held = send({ clientDedup: 'h1' });
    await vi.waitFor(() => expect(sandbox().state.messages).toHaveLength(1), FAST);
    const repeat = await send({ clientDedup: 'h1' });
    expect(repeat.status).toBe(409);
    const original = sandbox().state.messages[0]?.messageId;
    expect(await bodyOf(repeat)).toMatchObject({ messageId: original, dedupMessageId: original });
    const release = await post(sandbox(), '/__sandbox/release', {}, { headers: {} });
    expect(await release.json()).toEqual({ released: 1 });
    const answer = await held;
    expect(answer.status).toBe(200);
    expect(await bodyOf(answer)).toMatchObject({ messageId: original });
    expect(sandbox().state.balanceOf(1234)).toBe(DEFAULT_BALANCE_MICRO - PRICE_PER_PART_MICRO);
  });

  it('hold survives the client going away before the release', async () => {
    await setFault(sandbox(), { mode: 'hold' });
    const controller = new AbortController();
    const held = send({}, controller.signal);
    await vi.waitFor(() => expect(sandbox().state.messages).toHaveLength(1), FAST);
    controller.abort();
    await expect(held).rejects.toThrow();
    await vi.waitFor(() => expect(sandbox().state.requests[0]?.closedUnanswered).toBe(true), FAST);
    expect(sandbox().release()).toBe(1);
    expect(sandbox().state.requests[0]?.status).toBeNull();
  });
});

describe('fault switching', () => {
  it('applies to the next N sends only, then reverts to none', async () => {
    await setFault(sandbox(), { mode: 'status500', times: 2 });
    expect((await send()).status).toBe(500);
    const current = await fetch(`${sandbox().url}/__sandbox/faults`);
    expect(await current.json()).toEqual({ mode: 'status500', times: 1 });
    expect((await send()).status).toBe(500);
    expect((await send()).status).toBe(200);
  });

  it('leaves balance and status alone by default, and hits them with scope "all"', async () => {
    const path = '/v1/organizations/1234/balance.json';
    await setFault(sandbox(), { mode: 'status500' });
    expect((await get(sandbox(), path)).status).toBe(200);
    await setFault(sandbox(), { mode: 'status500', scope: 'all' });
    expect((await get(sandbox(), path)).status).toBe(500);
    expect(await bodyOf(await get(sandbox(), path))).toEqual({ error: 'internal server error' });
  });

  it('hits the contact and SMS lists and the single contact with scope "all"', async () => {
    const paths = [
      '/v1/organizations/1234/contacts/?phonenumber=639171234567',
      '/v1/organizations/1234/contacts/1/',
      '/v1/organizations/1234/messages/?dir=inbound',
    ];
    await setFault(sandbox(), { mode: 'status500' });
    for (const path of paths) expect((await get(sandbox(), path)).status).not.toBe(500);
    await setFault(sandbox(), { mode: 'html', scope: 'all' });
    for (const path of paths) {
      const response = await get(sandbox(), path);
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    }
    await setFault(sandbox(), { mode: 'jsonl', scope: 'all', times: 1 });
    const jsonl = await get(sandbox(), paths[2] ?? '');
    expect(jsonl.headers.get('content-type')).toBe('application/jsonl');
    expect(await bodyOf(jsonl)).toMatchObject({ messages: [], paged: false });
  });

  it('huge answers the real body padded past HUGE_BODY_BYTES', async () => {
    await setFault(sandbox(), { mode: 'huge', scope: 'all', times: 1 });
    const response = await get(sandbox(), '/v1/organizations/1234/contacts/');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(HUGE_BODY_BYTES);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).toMatchObject({ total: 0, orgTotal: 0, contacts: [] });
    expect(String(body.padding)).toHaveLength(HUGE_BODY_BYTES);
    const next = await get(sandbox(), '/v1/organizations/1234/contacts/');
    expect(await bodyOf(next)).not.toHaveProperty('padding');
  });

  it('refuses unknown modes and bad counts', async () => {
    for (const config of [
      { mode: 'explode' },
      { mode: 'hang', times: 0 },
      { mode: 'slow', x: 1 },
    ]) {
      const response = await setFault(sandbox(), config);
      expect(response.status).toBe(400);
      expect(typeof (await bodyOf(response)).error).toBe('string');
    }
  });

  it('starts with the faults given as options, and reset brings them back', async () => {
    const box = await import('./server.ts').then(({ startSandbox }) =>
      startSandbox({ faults: { mode: 'html' } }),
    );
    try {
      expect((await post(box, '/v1/sms/contact', smsBody())).status).toBe(502);
      await setFault(box, { mode: 'none' });
      expect((await post(box, '/v1/sms/contact', smsBody())).status).toBe(200);
      await post(box, '/__sandbox/reset', {}, { headers: {} });
      expect((await post(box, '/v1/sms/contact', smsBody())).status).toBe(502);
      expect(await messages(box)).toHaveLength(0);
    } finally {
      await box.close();
    }
  });
});
