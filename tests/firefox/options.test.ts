import { readDbEntries } from '../e2e/support/extension-db';
import { expect, test } from './fixtures';
import { FirefoxOptionsPage } from './pages/options-page';

test('the settings page opens by itself after install; the key and organization are saved, and Test connection reaches the sandbox', async ({
  firefox,
  sandbox,
}) => {
  const options = new FirefoxOptionsPage(firefox.welcome);
  await options.waitForText("Three things and you're sending");
  await options.fill({ apiKey: 'sandbox-key', orgId: '1234' });
  await options.save();
  await options.waitForText('Saved.');

  await (await options.button('Test connection')).click();
  expect(await options.waitForText('$10.00')).toContain('$10.00');
  // The saved key, read back by the background from the extension's own IndexedDB.
  expect(sandbox.state.requests.map((request) => request.headers.authorization)).toEqual([
    'Token sandbox-key',
  ]);

  // Beside the key in the extension's IndexedDB; storage.local, open to content scripts, has neither.
  const { settings } = await firefox.welcome.evaluate(readDbEntries, ['settings']);
  expect(settings).toMatchObject({ orgId: 1234, apiUrl: 'https://api.engagespark.com' });
  const stored = await firefox.welcome.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain('sandbox-key');
  expect(stored.settings).toBeUndefined();
});
