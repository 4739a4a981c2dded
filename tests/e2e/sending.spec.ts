import { expect, test } from './fixtures';
import { configureExtension } from './support/configure-extension';
import { readStoredMessages } from './support/extension-db';
import { sendRequests, sentMessages, setFault } from './support/sandbox-records';
import { currentServiceWorker, killServiceWorker } from './support/service-worker';

type StoredRecord = {
  id: string;
  status: string;
  delivery?: string;
  messageId?: string;
  attempts: number;
};

const SEND = { recipient: { to: '639171234567' }, from: '', message: 'Hello from the e2e suite' };

test('an extension page sends one SMS: one request, a notification, a history entry that turns "delivered"', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await page.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id: 'e2e-draft-0001', ...SEND },
  );
  expect(reply).toMatchObject({ ok: true, result: { status: 'sent', id: 'e2e-draft-0001' } });

  const requests = sendRequests(sandbox);
  expect(requests).toHaveLength(1);
  expect(requests[0]?.path).toBe('/v1/sms/contact');
  expect(requests[0]?.headers.authorization).toBe('Token sandbox-key');
  expect(requests[0]?.headers['content-type']).toMatch(/^application\/json/);
  expect(requests[0]?.body).toEqual({
    orgId: 1234,
    to: '639171234567',
    message: 'Hello from the e2e suite',
    clientDedup: 'e2e-draft-0001',
    clientRef: 'click-to-sms:e2e-draft-0001',
  });

  // The notification is shown after the reply, asynchronously: wait for it, not for a time.
  await expect
    .poll(async () =>
      Object.keys(await serviceWorker.evaluate(() => chrome.notifications.getAll())),
    )
    .toEqual(['sms:history:e2e-draft-0001']);

  await expect
    .poll(
      async () => {
        const messages = await serviceWorker.evaluate(readStoredMessages);
        return (messages as StoredRecord[])[0]?.delivery;
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toBe('delivered');
});

test('a page that is not the extension cannot send, even with our extension id', async ({
  context,
  serviceWorker,
  sandbox,
  extensionId,
}) => {
  await configureExtension(serviceWorker);
  const page = await context.newPage();
  await page.goto(`data:text/html,<title>hostile</title>`);
  const result = await page.evaluate(async (id) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
      ?.runtime;
    if (typeof runtime?.sendMessage !== 'function') return 'no runtime.sendMessage for pages';
    try {
      return await (runtime.sendMessage as (id: string, message: unknown) => Promise<unknown>)(id, {
        name: 'sendSms',
        data: {
          id: 'hostile-0001',
          ...{ recipient: { to: '639171234567' }, from: '', message: 'x' },
        },
      });
    } catch (error) {
      return String(error);
    }
  }, extensionId);
  expect(String(result)).not.toContain('"ok":true');
  expect(sendRequests(sandbox)).toHaveLength(0);
});

test('a worker killed while engageSPARK holds the answer sends the message exactly once after it comes back', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  setFault(sandbox, { mode: 'hold', times: 1 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  void page.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }).catch(() => undefined),
    { id: 'e2e-draft-0002', ...SEND },
  );
  await expect.poll(() => sendRequests(sandbox).length).toBe(1);
  expect(sentMessages(sandbox)).toHaveLength(1); // engageSPARK took it; the answer is held

  await killServiceWorker(context, extensionId);
  // Any event starts a new worker; opening the composer is what a user would do.
  const reopened = await context.newPage();
  await reopened.goto(`chrome-extension://${extensionId}/popup.html`);
  await reopened.evaluate(() => chrome.runtime.sendMessage({ name: 'refreshBalance', data: {} }));
  const worker = await currentServiceWorker(context, extensionId);

  await expect
    .poll(async () => {
      const messages = await worker.evaluate(readStoredMessages);
      return (messages as StoredRecord[]).find((record) => record.id === 'e2e-draft-0002')?.status;
    })
    .toBe('sent');
  const requests = sendRequests(sandbox);
  expect(requests.map((request) => (request.body as { clientDedup: string }).clientDedup)).toEqual([
    'e2e-draft-0002',
    'e2e-draft-0002',
  ]);
  expect(requests[1]?.status).toBe(409);
  expect(sentMessages(sandbox)).toHaveLength(1);
});
