import { addContact, injectReply } from '../e2e/support/sandbox-control';
import { expect, test } from './fixtures';
import { FirefoxComposerPage } from './pages/composer-page';
import { configureExtension, recordNotifications, storedMessages } from './support/extension-state';

const MARIA = '639171234567';

test('the composer names the contact; a reply arrives by itself as a notification and a badge, and shows in the conversation', {
  timeout: 120_000,
}, async ({ firefox, sandbox }) => {
  const { welcome } = firefox;
  await configureExtension(welcome);
  await addContact(sandbox, MARIA, 'Maria', 'Santos');
  const notifications = await recordNotifications(welcome);

  const composer = new FirefoxComposerPage(
    await firefox.openExtensionPage(`/popup.html?to=${MARIA}`),
  );
  expect(await composer.contactLine()).toBe('Maria Santos · +63 917 123 4567');
  await (await composer.textbox('Message')).type('Can you come on Monday?');
  await composer.clickSend();
  await expect
    .poll(async () => (await storedMessages(welcome)).map((record) => record.status), {
      timeout: 15_000,
    })
    .toEqual(['sent']);
  await composer.page.close();

  await injectReply(sandbox, MARIA, 'Yes, Monday works.');
  // The reply poll's alarm, fired now as the browser does once its minute is up.
  await welcome.evaluate(() => chrome.alarms.create('reply-poll', { when: Date.now() }));
  const badge = () => welcome.evaluate(() => chrome.action.getBadgeText({}));
  await expect.poll(badge, { timeout: 90_000, interval: 500 }).toBe('1');
  await expect
    .poll(notifications)
    .toContainEqual(expect.stringMatching(new RegExp(`^reply:${MARIA}:`)));

  // What the notification's click opens: the composer on that conversation; reading clears the badge.
  const opened = new FirefoxComposerPage(
    await firefox.openExtensionPage(`/popup.html?to=${MARIA}`),
  );
  const log = await opened.conversationWith('Yes, Monday works.');
  expect(log.indexOf('Can you come on Monday?')).toBeLessThan(log.indexOf('Yes, Monday works.'));
  await expect.poll(badge, { timeout: 10_000, interval: 250 }).toBe('');
});
