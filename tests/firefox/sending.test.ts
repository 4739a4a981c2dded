import { sendRequests, sentMessages } from '../e2e/support/sandbox-records';
import { expect, test } from './fixtures';
import { FirefoxComposerPage } from './pages/composer-page';
import { configureExtension, recordNotifications, storedMessages } from './support/extension-state';

test('the composer sends one SMS to the sandbox, once: one request, a notification, and "delivered" in the history', {
  timeout: 90_000,
}, async ({ firefox, sandbox }) => {
  const { welcome } = firefox;
  await configureExtension(welcome, { recipientMode: 'phonenumber' });
  const notifications = await recordNotifications(welcome);
  const composer = new FirefoxComposerPage(await firefox.openExtensionPage('/popup.html'));
  await composer.write({ to: '+63 917 123 4567', message: 'Hello from Firefox' });
  await composer.doubleClickSend();

  await expect
    .poll(async () => (await storedMessages(welcome)).map((record) => record.status), {
      timeout: 15_000,
    })
    .toEqual(['sent']);
  const [record] = await storedMessages(welcome);
  const requests = sendRequests(sandbox);
  expect(requests).toHaveLength(1);
  expect(requests[0]?.path).toBe('/v1/sms/phonenumber');
  expect(requests[0]?.headers.authorization).toBe('Token sandbox-key');
  expect(requests[0]?.body).toMatchObject({
    orgId: 1234,
    to: '639171234567',
    message: 'Hello from Firefox',
    clientDedup: record?.id,
  });
  expect(sentMessages(sandbox)).toHaveLength(1);

  await expect.poll(notifications).toEqual([`sms:history:${record?.id}`]);

  await expect
    .poll(async () => (await storedMessages(welcome))[0]?.delivery, {
      timeout: 45_000,
      interval: 500,
    })
    .toBe('delivered');
});
