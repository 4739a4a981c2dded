import { CrmPage, expect, crmTest as test } from './pages/crm-page';
import { configureExtension } from './support/configure-extension';

const SECRET_KEY = 'es-live-key-3f9a7c21d0b84e6f';
const REFUSED = JSON.stringify({
  ok: false,
  error: 'This request is only accepted from the extension itself.',
});

test('the API key cannot be read from the content script world, nor used through the background', async ({
  context,
  crm,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker, { apiKey: SECRET_KEY });
  const list = await CrmPage.open(context, crm.url('/list.html'));
  await expect(list.host('639171234567')).toBeVisible();
  const tabId = await serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id,
    list.page.url(),
  );

  // The probe runs in the extension's isolated world on the CRM page, which is the content
  // script's own world: whatever the content script could reach, the probe reaches.
  const [probe] = await serviceWorker.evaluate(
    async ({ tabId, secret }) => {
      const probe = async (secret: string) => {
        // The background keeps extension storage from content scripts (setup-storage-access.ts).
        const storage = await Promise.resolve()
          .then(() => chrome.storage.local.get(null))
          .then(
            (items) => JSON.stringify(items),
            (error: unknown) => `refused: ${String(error)}`,
          );
        const session = await chrome.storage.session.get(null).then(
          (items) => JSON.stringify(items),
          (error: unknown) => `refused: ${String(error)}`,
        );
        const databases = (await indexedDB.databases()).map((db) => db.name);
        const secretsInPageOrigin = await new Promise<unknown>((resolve) => {
          const request = indexedDB.open('click-to-sms-secrets');
          request.onupgradeneeded = () => request.transaction?.abort();
          request.onerror = () => resolve('no such database here');
          request.onsuccess = () => resolve('a database opened');
        });
        const reply = (name: string, data: unknown) =>
          chrome.runtime
            .sendMessage({ name, data })
            .then((answer: unknown) => JSON.stringify(answer));
        return {
          storageHasKey: storage.includes(secret),
          sessionHasKey: session.includes(secret),
          databases,
          secretsInPageOrigin,
          testConnection: await reply('testConnection', {
            apiUrl: 'https://api.engagespark.com',
            orgId: 1234,
          }),
          sendSms: await reply('sendSms', {
            id: 'from-content-script',
            recipient: { to: '639171234567' },
            from: '',
            message: 'x',
          }),
          pageConfig: await reply('getPageConfig', {}),
        };
      };
      return chrome.scripting.executeScript({
        target: { tabId: tabId as number },
        func: probe,
        args: [secret],
      });
    },
    { tabId, secret: SECRET_KEY },
  );

  expect(probe?.result).toEqual({
    storageHasKey: false,
    sessionHasKey: false,
    databases: [],
    secretsInPageOrigin: 'no such database here',
    testConnection: REFUSED,
    sendSms: REFUSED,
    pageConfig: JSON.stringify({ ok: true, result: { marking: true } }),
  });
  // The extension's own pages do hold the key: the probe was not simply blind.
  const stored = await serviceWorker.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open('click-to-sms-secrets');
        request.onsuccess = () => {
          request.result.transaction('secrets').objectStore('secrets').get('apiKey').onsuccess = (
            event,
          ) => resolve((event.target as IDBRequest).result);
        };
      }),
  );
  expect(stored).toBe(SECRET_KEY);
  expect(sandbox.state.requests).toHaveLength(0);
});
