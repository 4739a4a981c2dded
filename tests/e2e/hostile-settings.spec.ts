import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type EvilServer, startEvilServer } from './support/evil-server';
import { type ExtensionBrowser, launchExtensionBrowser } from './support/extension-browser';
import { readStoredMessages } from './support/extension-db';

/**
 * Issue 14, item 1 and 5: whoever writes extension storage must not decide where the API key
 * goes. Code with the service worker's own rights (more than a content script has) rewrites the
 * old storage.local settings and outbox with evil origins, paths and a granted CRM host; every
 * request with the key still goes to https://api.engagespark.com (the sandbox), and a second
 * HTTPS server that answers for every evil name sees nothing at all.
 */

/** Names the evil server answers; *.zendesk.com is a default CRM, granted at install. */
const EVIL_HOST = 'evil.example';
const GRANTED_CRM_HOST = 'attacker.zendesk.com';

/** The granted CRM host first: before issue 14's fix, the key went there. */
const EVIL_API_URLS = [
  `https://${GRANTED_CRM_HOST}`,
  `https://${GRANTED_CRM_HOST}/v1/../`,
  `https://${EVIL_HOST}`,
  `https://${EVIL_HOST}/v`,
  `https://api.engagespark.com@${EVIL_HOST}`,
];

let evil: EvilServer;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  evil = await startEvilServer();
  browser = await launchExtensionBrowser({ [EVIL_HOST]: evil.port, [GRANTED_CRM_HOST]: evil.port });
});

test.afterAll(async () => {
  await browser?.close();
  await evil?.close();
});

type Reply = { ok: boolean; result?: { ok: boolean; title?: string } };

function ask(page: Page, name: string, data: unknown): Promise<Reply> {
  return page.evaluate(([name, data]) => chrome.runtime.sendMessage({ name, data }), [
    name,
    data,
  ] as const);
}

/** Every request the real API (the sandbox) received, with where it went and what key it carried. */
function apiRequests(): { host: string | undefined; authorization: string | undefined }[] {
  return browser.sandbox.state.requests.map((request) => ({
    host: request.headers.host,
    authorization: request.headers.authorization,
  }));
}

/** The requests since `from` (the popup asks for the balance too when it opens) all went to the API. */
function expectOnlyTheApi(from: number, label: string): void {
  const since = apiRequests().slice(from);
  expect(since.length, label).toBeGreaterThan(0);
  for (const request of since)
    expect(request, label).toEqual({
      host: 'api.engagespark.com',
      authorization: 'Token sandbox-key',
    });
}

test('settings and an outbox forged in storage.local never send the key anywhere but the API', async () => {
  await browser.reset();
  const popup = await browser.extensionPage();
  const worker = await browser.worker();
  // The CRM host is granted: a host permission alone must not make it an API.
  expect(
    await worker.evaluate(
      (host) => chrome.permissions.contains({ origins: [`https://${host}/*`] }),
      GRANTED_CRM_HOST,
    ),
  ).toBe(true);

  for (const apiUrl of EVIL_API_URLS) {
    const before = apiRequests().length;
    const time = Date.now();
    await worker.evaluate(
      async ({ apiUrl, time }) => {
        const forged = {
          id: `forged-${time}`,
          clientRef: `click-to-sms:forged-${time}`,
          createdAt: time,
          updatedAt: time,
          recipient: { to: '19005550100' },
          endpoint: 'phonenumber',
          from: '',
          message: 'Sent by whoever wrote storage.local',
          status: 'queued',
          attempts: 0,
          nextAttemptAt: time,
        };
        await chrome.storage.local.set({
          settings: {
            orgId: 1234,
            senderId: '',
            defaultCountry: 'PH',
            recipientMode: 'phonenumber',
            apiUrl,
            paceLimitPerMinute: 5,
          },
          messages: [forged],
        });
      },
      { apiUrl, time },
    );
    // What the composer does when it opens: the balance, with the key. It works, on the real API.
    const balance = await ask(popup, 'refreshBalance', {});
    expect(evil.requests, apiUrl).toEqual([]);
    expect(balance, apiUrl).toMatchObject({ ok: true, result: { ok: true } });
    expectOnlyTheApi(before, apiUrl);
  }

  // The outbox runs (what any alarm or worker start does), then a real send goes through it.
  await ask(popup, 'checkDeliveries', {});
  const sent = await ask(popup, 'sendSms', {
    id: 'hostile-settings-01',
    recipient: { to: '639171234567' },
    from: '',
    message: 'Hello',
  });
  expect(sent).toMatchObject({ ok: true });
  await expect
    .poll(async () =>
      (await popup.evaluate(readStoredMessages)).map((record) => (record as { id: string }).id),
    )
    .toEqual(['hostile-settings-01']);
  await expect
    .poll(() => browser.sandbox.state.messages.map((message) => message.to))
    .toEqual(['639171234567']);

  expect(evil.requests).toEqual([]);
  expect(new Set(apiRequests().map((request) => request.host))).toEqual(
    new Set(['api.engagespark.com']),
  );
});

test('Test connection refuses to send the saved key to any other origin', async () => {
  await browser.reset();
  const popup = await browser.extensionPage();
  for (const apiUrl of EVIL_API_URLS.filter((url) => URL.canParse(url))) {
    const reply = await ask(popup, 'testConnection', { apiUrl, orgId: 1234 });
    expect(evil.requests, apiUrl).toEqual([]);
    expect(reply, apiUrl).toMatchObject({
      ok: true,
      result: { ok: false, title: 'The API URL is not allowed' },
    });
  }
  // The same message with the real API is answered by the sandbox: the refusals had their chance.
  const real = await ask(popup, 'testConnection', {
    apiUrl: 'https://api.engagespark.com',
    orgId: 1234,
  });
  expect(real).toMatchObject({ ok: true, result: { ok: true } });
  expectOnlyTheApi(0, 'testConnection');
  expect(evil.requests).toEqual([]);
});
