import { expect, test } from './fixtures';

test('the extension loads and its three surfaces answer', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const pong = await serviceWorker.evaluate(() => chrome.runtime.id);
  expect(pong).toBe(extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Send SMS' })).toBeVisible();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
