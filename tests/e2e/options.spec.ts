import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Worker } from '@playwright/test';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { defaultCountryFor } from '../../utils/settings/default-country';
import { expect, test } from './fixtures';
import { grantHostAccessLikeAUser, OptionsPage } from './pages/options-page';
import { readDbEntries, writeDbEntries } from './support/extension-db';

const SANDBOX_KEY = 'sandbox-key';
const SANDBOX_ORG = '1234';

async function storedSettings(serviceWorker: Worker): Promise<unknown> {
  return (await serviceWorker.evaluate(readDbEntries, ['settings'])).settings;
}

async function everythingInStorage(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

test.describe('options page', () => {
  test('a new user fills the form by its labels, saves, and sees it again after a reload, the key only masked', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const options = await OptionsPage.open(context, extensionId, '?welcome=1');
    const { page } = options;
    await expect(page.getByText("Welcome! Three things and you're sending")).toBeVisible();

    // Nothing saved yet: the country comes from the browser's languages.
    const languages = await page.evaluate(() => [...navigator.languages]);
    await expect(options.defaultCountry).toHaveValue(defaultCountryFor(languages));
    await expect(options.recipients('Create or update contacts')).toBeChecked();
    await expect(options.pace).toHaveValue('5');
    // Quiet hours are on by default, 08:00 to 21:00 in the recipient's time.
    await expect(options.quietHoursOn).toBeChecked();
    await expect(options.quietHoursStart).toHaveValue('08:00');
    await expect(options.quietHoursEnd).toHaveValue('21:00');
    await expect(options.forgetKeyButton).toBeHidden();

    await options.fill({
      apiKey: `  ${SANDBOX_KEY}\n`,
      orgId: SANDBOX_ORG,
      senderId: 'ACME',
      countrySearch: '+254',
      recipients: "Don't create contacts",
      pace: '3',
    });
    await expect(options.defaultCountry).toHaveValue('KE');
    // A night-shift window crosses midnight.
    await options.quietHoursStart.fill('22:00');
    await options.quietHoursEnd.fill('06:30');

    // Show/Hide toggles the key's visibility and says so.
    await expect(options.apiKey).toHaveAttribute('type', 'password');
    await options.showKeyButton.click();
    await expect(options.apiKey).toHaveAttribute('type', 'text');
    await expect(page.getByRole('button', { name: 'Hide' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await options.showKeyButton.click();
    await expect(options.apiKey).toHaveAttribute('type', 'password');
    await expect(page.getByRole('button', { name: 'Show' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    if (process.env.OPTIONS_SCREENSHOT) {
      await page.screenshot({ path: process.env.OPTIONS_SCREENSHOT, fullPage: true });
    }

    await options.save();
    await expect(options.statuses.filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(options.statuses).toContainText([
      'Removed spaces and line breaks around the API key.',
    ]);
    await expect(options.apiKey).toHaveValue('');
    await expect(options.apiKey).toHaveAttribute('placeholder', 'Saved: •••• -key');

    expect(await storedSettings(serviceWorker)).toEqual({
      orgId: 1234,
      senderId: 'ACME',
      defaultCountry: 'KE',
      recipientMode: 'phonenumber',
      apiUrl: 'https://api.engagespark.com',
      paceLimitPerMinute: 3,
      quietHours: { start: '22:00', end: '06:30' },
    });
    expect(await options.storedApiKey()).toBe(SANDBOX_KEY);
    expect(await everythingInStorage(serviceWorker)).not.toContain(SANDBOX_KEY);

    await options.reload();
    await expect(options.orgId).toHaveValue(SANDBOX_ORG);
    await expect(options.senderId).toHaveValue('ACME');
    await expect(options.defaultCountry).toHaveValue('KE');
    await expect(options.recipients("Don't create contacts")).toBeChecked();
    await expect(options.pace).toHaveValue('3');
    await expect(options.quietHoursStart).toHaveValue('22:00');
    await expect(options.quietHoursEnd).toHaveValue('06:30');
    await expect(options.apiKey).toHaveValue('');
    await expect(page.getByText('Saved: •••• -key.')).toBeVisible();
    await expect(options.forgetKeyButton).toBeVisible();
    // The saved key is nowhere in the page: not in the DOM, not in any attribute or value.
    expect(await page.content()).not.toContain(SANDBOX_KEY);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('input')].map((input) => input.value),
      ),
    ).not.toContain(SANDBOX_KEY);

    // Saving again with the key field empty keeps the saved key; quiet hours switched off save false.
    await options.fill({ senderId: 'NEWCO' });
    await options.quietHoursOn.uncheck();
    await expect(options.quietHoursStart).toBeDisabled();
    await options.save();
    await expect(options.statuses.filter({ hasText: 'Saved.' })).toBeVisible();
    expect(await options.storedApiKey()).toBe(SANDBOX_KEY);
    expect(await storedSettings(serviceWorker)).toMatchObject({ quietHours: false });
  });

  test('the country list is searchable and works with the keyboard', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.countryFilter.fill('phil');
    await options.countryFilter.press('Enter');
    await expect(options.defaultCountry).toHaveValue('PH');
    await expect(options.defaultCountry.locator('option')).toHaveText(['Philippines (+63)']);

    await options.countryFilter.fill('guinea');
    await options.countryFilter.press('ArrowDown');
    await expect(options.defaultCountry).toBeFocused();
    await options.page.keyboard.press('ArrowDown');
    await expect(options.defaultCountry).not.toHaveValue('PH');

    await options.countryFilter.fill('xyzzy');
    await expect(options.page.getByText('No country matches “xyzzy”.')).toBeVisible();
  });

  test('bad inputs show messages beside their fields and nothing is saved', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fill({
      apiKey: 'abc',
      orgId: 'acme',
      senderId: 'ACME-SHOP-TOO-LONG',
      pace: '0',
      apiUrl: 'http://api.example.com',
    });
    await options.save();

    await expect(options.alerts.filter({ hasText: 'Not saved.' })).toBeVisible();
    const expectations = [
      [options.apiKey, 'This does not look like an engageSPARK API key.'],
      [options.orgId, 'The organization ID is a whole number, digits only.'],
      [options.senderId, 'A sender ID is up to 11 letters'],
      [options.pace, 'Enter a whole number from 1 to 60.'],
      [options.apiUrl, 'Plain http:// would send your API key unencrypted.'],
    ] as const;
    for (const [field, message] of expectations) {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(message)}`));
    }
    await expect(options.apiKey).toBeFocused();

    expect(await storedSettings(serviceWorker)).toBeUndefined();
    expect(await options.storedApiKey()).toBeUndefined();

    // One field still bad: still nothing saved.
    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG, senderId: '', pace: '5' });
    await options.save();
    await expect(options.apiUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(options.apiKey).not.toHaveAttribute('aria-invalid');
    expect(await storedSettings(serviceWorker)).toBeUndefined();
    expect(await options.storedApiKey()).toBeUndefined();
  });

  test('a damaged stored value shows a warning instead of crashing', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(writeDbEntries, { settings: { orgId: 'not a number' } });
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.alerts.filter({ hasText: 'could not be read (orgId)' })).toBeVisible();
    await expect(options.orgId).toHaveValue('');

    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG });
    await options.save();
    await expect(options.statuses.filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(options.alerts.filter({ hasText: 'could not be read' })).toBeHidden();
  });

  test('Forget key removes the key from this browser', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG });
    await options.save();
    await expect(options.forgetKeyButton).toBeVisible();

    await options.forgetKeyButton.click();
    await expect(
      options.statuses.filter({ hasText: 'The API key was removed from this browser.' }),
    ).toBeVisible();
    await expect(options.forgetKeyButton).toBeHidden();
    await expect(options.apiKey).toBeFocused();
    expect(await options.storedApiKey()).toBeUndefined();

    // Without a key, saving asks for one.
    await options.save();
    await expect(options.apiKey).toHaveAccessibleDescription(/Profile > Info > API Key/);
  });

  test('settings saved in another tab update untouched fields and keep what is being typed', async ({
    context,
    extensionId,
  }) => {
    const first = await OptionsPage.open(context, extensionId);
    await first.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG, senderId: 'ACME' });
    await first.save();
    await expect(first.statuses.filter({ hasText: 'Saved.' })).toBeVisible();

    const second = await OptionsPage.open(context, extensionId);
    await second.fill({ senderId: 'TYPING' });

    await first.fill({ orgId: '5678', senderId: 'OTHER' });
    await first.save();
    await expect(first.statuses.filter({ hasText: 'Saved.' })).toBeVisible();

    await expect(second.orgId).toHaveValue('5678');
    await expect(second.senderId).toHaveValue('TYPING');
    await expect(second.statuses).toContainText(['Settings were changed in another window.']);
  });

  test('the page has no accessibility violations axe can find', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId, '?welcome=1');
    await options.openAdvanced();
    await options.save();
    await expect(options.orgId).toHaveAttribute('aria-invalid', 'true');
    const results = await new AxeBuilder({ page: options.page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

test.describe('options page against the sandbox', () => {
  let sandbox: Sandbox;

  test.beforeEach(async () => {
    sandbox = await startSandbox({ port: 0 });
  });

  test.afterEach(async () => {
    await sandbox.close();
  });

  test('Test connection shows the balance, and a wrong key a plain-words error, saving nothing', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await grantHostAccessLikeAUser(context, extensionId, 'http://127.0.0.1/*');
    const options = await OptionsPage.open(context, extensionId);
    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG, apiUrl: sandbox.url });

    await options.testButton.click();
    await expect(options.statuses.filter({ hasText: 'Balance: $10.00' })).toBeVisible();

    await options.fill({ apiKey: 'wrong-key-1234' });
    await options.testButton.click();
    const problem = options.alerts.filter({ hasText: /\w/ }).last();
    await expect(problem).toBeVisible();
    await expect(options.statuses.filter({ hasText: 'Balance:' })).toBeHidden();
    // Plain words, not a status code dump or JSON.
    await expect(problem).not.toContainText('{');
    await expect(problem).not.toContainText('wrong-key-1234');

    expect(await storedSettings(serviceWorker)).toBeUndefined();
    expect(await options.storedApiKey()).toBeUndefined();
  });

  test('a custom API URL is saved once the extension may reach it', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await grantHostAccessLikeAUser(context, extensionId, 'http://127.0.0.1/*');
    const options = await OptionsPage.open(context, extensionId);
    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG, apiUrl: `${sandbox.url}/` });
    await options.save();
    await expect(options.statuses.filter({ hasText: 'Saved.' })).toBeVisible();
    expect(await storedSettings(serviceWorker)).toMatchObject({ apiUrl: sandbox.url });

    // Saved with the saved key: Test connection leaves the key out and the background uses it.
    await options.reload();
    await expect(options.advanced).toHaveAttribute('open', '');
    await options.testButton.click();
    await expect(options.statuses.filter({ hasText: 'Balance: $10.00' })).toBeVisible();
  });

  test('a server the extension may not reach is not saved, and the page says why', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    // http://[::1] passes the URL check but is not among the manifest's optional hosts, so the
    // browser refuses at once; a refusal by the user in the prompt takes the same path.
    const options = await OptionsPage.open(context, extensionId);
    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG, apiUrl: 'http://[::1]:8787' });
    await options.save();
    await expect(
      options.alerts.filter({
        hasText:
          'Without access to http://[::1]:8787 the extension cannot reach that server. Click Save again and allow it.',
      }),
    ).toBeVisible();
    expect(await storedSettings(serviceWorker)).toBeUndefined();
    expect(await options.storedApiKey()).toBeUndefined();
  });
});

test.describe('the API key from a web page', () => {
  let server: Server;
  let pageUrl: string;

  test.beforeEach(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Some CRM</title><p>Call +63 917 123 4567</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  test.afterEach(async () => {
    // The browser keeps connections alive; close them, or close() waits for them.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  // The page's side only; the proof from a content script's own world is still to be added.
  test('is not readable from an ordinary page, even on a host the extension may reach', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.fill({ apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG });
    await options.save();
    await expect(options.statuses.filter({ hasText: 'Saved.' })).toBeVisible();

    const page = await context.newPage();
    await page.goto(pageUrl);
    const seen = await page.evaluate(async () => {
      const globals = globalThis as { chrome?: { storage?: unknown }; browser?: unknown };
      const databases = (await indexedDB.databases()).map((database) => database.name);
      const opened = await new Promise<{ created: boolean; stores: string[] }>(
        (resolve, reject) => {
          let created = false;
          const request = indexedDB.open('click-to-sms-secrets');
          request.onupgradeneeded = () => {
            created = true;
          };
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const stores = [...request.result.objectStoreNames];
            request.result.close();
            resolve({ created, stores });
          };
        },
      );
      return {
        databases,
        opened,
        chromeStorage: typeof globals.chrome?.storage,
        browserGlobal: typeof globals.browser,
        html: document.documentElement.outerHTML,
      };
    });
    expect(seen.databases).not.toContain('click-to-sms-secrets');
    // The page gets its own, new and empty database of that name: the extension's is out of reach.
    expect(seen.opened).toEqual({ created: true, stores: [] });
    expect(seen.chromeStorage).toBe('undefined');
    expect(seen.browserGlobal).toBe('undefined');
    expect(seen.html).not.toContain(SANDBOX_KEY);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
