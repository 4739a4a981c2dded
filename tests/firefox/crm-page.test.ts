import { type CrmServer, NON_CRM_HOST } from '../fixtures/crm/crm-server';
import { expect, test } from './fixtures';
import { FirefoxComposerPage } from './pages/composer-page';
import { FirefoxCrmPage, LIST_SAMPLE } from './pages/crm-page';
import { configureExtension, waitForContentScript } from './support/extension-state';
import {
  delay,
  EXTENSION_BASE,
  type FirefoxSession,
  GECKO_ID,
  waitForPage,
} from './support/firefox';

/** The extension set up, and the CRM list open with its buttons in. */
async function openMarkedList(firefox: FirefoxSession, crm: CrmServer): Promise<FirefoxCrmPage> {
  await configureExtension(firefox.welcome);
  await waitForContentScript(firefox.welcome);
  const list = new FirefoxCrmPage(await firefox.browser.newPage());
  await list.page.goto(crm.url('/list.html'));
  await list.waitForButtons(LIST_SAMPLE);
  return list;
}

test('a CRM page gets its send buttons, and a real click opens the composer with the number', async ({
  firefox,
  crm,
}) => {
  // Set up, so the composer shows the number (it comes from session storage, not from the URL).
  const list = await openMarkedList(firefox, crm);

  await list.clickButton('639171234567');
  const composer = await waitForPage(firefox.browser, (href) =>
    href.startsWith(`${EXTENSION_BASE}/popup.html?`),
  );
  // The number travels through session storage; the URL carries only a one-time token.
  const href = await composer.evaluate(() => location.href);
  expect([...new URL(href).searchParams.keys()]).toEqual(['prefill']);
  const phone = await new FirefoxComposerPage(composer).textbox('Phone number');
  await composer.waitForFunction(
    (input) => (input as HTMLInputElement).value === '+63 917 123 4567',
    { timeout: 10_000 },
    phone,
  );

  // A site that is not a CRM the user enabled gets nothing.
  const other = new FirefoxCrmPage(await firefox.browser.newPage());
  await other.page.goto(crm.url('/list.html', NON_CRM_HOST));
  await delay(1_500);
  expect(await other.markedNumbers()).toEqual([]);
});

test('a page that fires the events which end a content script keeps its buttons, and new rows are marked', async ({
  firefox,
  crm,
}) => {
  const list = await openMarkedList(firefox, crm);
  const before = await list.markedNumbers();
  // From the page's own world: WXT's context ends on this event (Firefox's Xrays let a content
  // script read the page's plain `detail`), and this extension's own start event.
  await list.page.evaluate((id) => {
    for (const name of [
      `${id}:crm:wxt:content-script-started`,
      'engagespark-click-to-sms:instance-started',
    ]) {
      const detail = { contentScriptName: 'crm', messageId: 'page' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }
    const row = document.createElement('p');
    row.textContent = 'Added after the attack: +44 20 7946 0123';
    document.body.append(row);
  }, GECKO_ID);
  const after = await list.waitForButtons([...before, '442079460123']);
  // None of the buttons went away (more may have come in meanwhile: open shadow roots are read later).
  expect(after).toEqual(expect.arrayContaining(before));
});

test('the content script’s world can neither read the API key nor make the background use it', async ({
  firefox,
  crm,
}) => {
  const list = await openMarkedList(firefox, crm);

  // Firefox runs a tab's content scripts and scripting.executeScript code of one extension in the
  // same sandbox: this is what the content script itself could do.
  const seen = await firefox.welcome.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error('The CRM tab is not open.');
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: async () => {
        const ask = async (name: string, data: unknown): Promise<unknown> => {
          try {
            return await chrome.runtime.sendMessage({ name, data });
          } catch (error) {
            return String(error);
          }
        };
        return {
          storage: JSON.stringify(await chrome.storage.local.get(null)),
          databases: (await indexedDB.databases()).map((database) => database.name),
          testConnection: await ask('testConnection', {
            apiUrl: 'https://collector.example',
            orgId: 1234,
          }),
          sendSms: await ask('sendSms', {
            id: 'from-content-script',
            recipient: { to: '639171234567' },
            from: '',
            message: 'x',
          }),
        };
      },
    });
    return injection?.result;
  }, crm.url('/list.html'));

  // Settings, like the key, live in the extension origin's IndexedDB, not in storage.local.
  expect(seen?.storage).not.toContain('orgId');
  expect(seen?.storage).not.toContain('sandbox-key');
  expect(seen?.databases).not.toContain('click-to-sms-secrets');
  const refusal = { ok: false, error: 'This request is only accepted from the extension itself.' };
  expect(seen?.testConnection).toEqual(refusal);
  expect(seen?.sendSms).toEqual(refusal);
  // And the page's own scripts see no extension API at all.
  expect(await list.page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage)).toBe(
    'undefined',
  );
});
