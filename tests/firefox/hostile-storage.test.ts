import { type EvilServer, startEvilServer } from '../e2e/support/evil-server';
import { API_HOST } from '../e2e/support/tls';
import { CRM_HOST, OTHER_CRM_HOST } from '../fixtures/crm/crm-server';
import { test as base, expect } from './fixtures';
import { FirefoxCrmPage } from './pages/crm-page';
import {
  configureExtension,
  storedMessages,
  waitForContentScript,
} from './support/extension-state';
import { EXTENSION_BASE, type FirefoxSession, launchFirefox, waitForPage } from './support/firefox';

/**
 * Issue 14, item 1, in the browser where it was found: Firefox cannot close storage.local to
 * content scripts. Code in a CRM tab's content-script world (scripting.executeScript runs in the
 * same sandbox as the content script) reads everything it can reach and rewrites it: the API URL
 * to an evil origin with a path, then to a granted CRM host, a forged message in the old outbox,
 * and the same names in its own IndexedDB. The history stays unreadable, the forged message is
 * never sent, and the key reaches only https://api.engagespark.com (the sandbox): a second HTTPS
 * server answering for every evil name sees nothing.
 */

const EVIL_HOST = 'evil.example';
/** A host of a default CRM (*.zendesk.com), which the extension may reach. */
const CRM_ATTACKER_HOST = 'attacker.zendesk.com';
const PRIVATE_TEXT = 'Private: your loan is approved';

type Extra = { evil: EvilServer; hostileFirefox: FirefoxSession };

/** The usual Firefox, with the evil names mapped to the evil server too. */
const test = base.extend<Extra>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring.
  evil: async ({}, use) => {
    const evil = await startEvilServer();
    await use(evil);
    await evil.close();
  },
  hostileFirefox: async ({ sandbox, crm, evil }, use) => {
    const firefox = await launchFirefox({
      [API_HOST]: sandbox.port,
      [CRM_HOST]: crm.port,
      [OTHER_CRM_HOST]: crm.port,
      [EVIL_HOST]: evil.port,
      [CRM_ATTACKER_HOST]: evil.port,
    });
    await use(firefox);
    await firefox.close();
  },
});

test('a content script that rewrites storage.local cannot redirect the key, queue an SMS or read the history', async ({
  hostileFirefox: firefox,
  crm,
  sandbox,
  evil,
}) => {
  const extension = firefox.welcome;
  await configureExtension(extension);
  await waitForContentScript(extension);

  // A message the user sent: its text is in the history.
  await extension.evaluate(
    (message) =>
      chrome.runtime.sendMessage({
        name: 'sendSms',
        data: { id: 'private-history-0001', recipient: { to: '639171234567' }, from: '', message },
      }),
    PRIVATE_TEXT,
  );
  await expect
    .poll(async () => (await storedMessages(extension))[0]?.status, { timeout: 20_000 })
    .toBe('sent');

  const list = new FirefoxCrmPage(await firefox.browser.newPage());
  await list.page.goto(crm.url('/list.html'));
  await list.waitForButtons(['639171234567']);

  const balanceRequests = (): number =>
    sandbox.state.requests.filter((request) => request.path.endsWith('/balance.json')).length;

  const rounds = [`https://${EVIL_HOST}/v`, `https://${CRM_ATTACKER_HOST}`];
  for (const [round, apiUrl] of rounds.entries()) {
    const seen = await extension.evaluate(
      async (pageUrl, apiUrl) => {
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        if (tab?.id === undefined) throw new Error('The CRM tab is not open.');
        const [injection] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          args: [apiUrl],
          func: async (apiUrl: string) => {
            const everything = await chrome.storage.local.get(null);
            const time = Date.now();
            const forged = {
              id: `forged-in-firefox-${time}`,
              clientRef: `click-to-sms:forged-in-firefox-${time}`,
              createdAt: time,
              updatedAt: time,
              recipient: { to: '19005550100' },
              endpoint: 'phonenumber',
              from: '',
              message: 'Sent by the page, paid by you',
              status: 'queued',
              attempts: 0,
              nextAttemptAt: time,
            };
            const settings = {
              orgId: 1234,
              senderId: '',
              defaultCountry: 'PH',
              recipientMode: 'phonenumber',
              apiUrl,
              paceLimitPerMinute: 5,
            };
            // Everything it can reach: every item it found, and the ones older versions used.
            const rewritten: Record<string, unknown> = {};
            for (const key of Object.keys(everything)) rewritten[key] = everything[key];
            await chrome.storage.local.set({ ...rewritten, settings, messages: [forged] });
            // The same names in "its" IndexedDB: the page's origin, not the extension's.
            await new Promise<void>((resolve, reject) => {
              const request = indexedDB.open('click-to-sms-secrets', 1);
              request.onupgradeneeded = () => request.result.createObjectStore('secrets');
              request.onerror = () => reject(request.error);
              request.onsuccess = () => {
                const transaction = request.result.transaction('secrets', 'readwrite');
                const store = transaction.objectStore('secrets');
                store.put(settings, 'settings');
                store.put([forged], 'messages');
                store.put(1, 'movedFromStorageLocal');
                transaction.oncomplete = () => resolve();
                transaction.onerror = () => reject(transaction.error);
              };
            });
            return { storage: JSON.stringify(everything), wrote: Object.keys(everything) };
          },
        });
        return injection?.result as { storage: string; wrote: string[] } | undefined;
      },
      crm.url('/list.html'),
      apiUrl,
    );
    expect(seen?.storage, apiUrl).not.toContain('loan');
    expect(seen?.storage, apiUrl).not.toContain('Private');
    // Before its own writes, it finds no settings either (they live beside the key).
    if (round === 0) {
      expect(seen?.storage).not.toContain('orgId');
      expect(seen?.storage).not.toContain('balanceMicro');
    }

    // The outbox's due work runs (what any alarm or start does), then the balance, with the key.
    await extension.evaluate(() =>
      chrome.runtime.sendMessage({ name: 'checkDeliveries', data: {} }),
    );
    const before = balanceRequests();
    const balance = await extension.evaluate(() =>
      chrome.runtime.sendMessage({ name: 'refreshBalance', data: {} }),
    );
    expect(evil.requests, apiUrl).toEqual([]);
    expect(balance, apiUrl).toMatchObject({ ok: true, result: { ok: true } });
    expect(balanceRequests(), apiUrl).toBe(before + 1);
  }

  // What the user did next: clicked a number. The composer refreshes the balance.
  const before = balanceRequests();
  await list.clickButton('639171234567');
  await waitForPage(firefox.browser, (href) => href.startsWith(`${EXTENSION_BASE}/popup.html?`));
  await expect.poll(balanceRequests, { timeout: 20_000 }).toBeGreaterThan(before);

  expect(evil.requests).toEqual([]);
  for (const request of sandbox.state.requests) {
    expect(request.headers.host).toBe(API_HOST);
    expect(request.headers.authorization).toBe('Token sandbox-key');
  }
  const sent = sandbox.state.requests
    .filter((request) => request.path.startsWith('/v1/sms/'))
    .map((request) => (request.body as { clientDedup?: string }).clientDedup);
  expect(sent).toEqual(['private-history-0001']);
  expect((await storedMessages(extension)).map((record) => record.id)).toEqual([
    'private-history-0001',
  ]);
});
