import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { configureExtension } from './support/configure-extension';
import { readDbEntries } from './support/extension-db';
import { addContact, injectReply } from './support/sandbox-control';
import { sendRequests, setFault } from './support/sandbox-records';
import { currentServiceWorker } from './support/service-worker';

const MARIA = '639171234567';
const SHOWN = '+63 917 123 4567';
const REPLY_ALARM = 'reply-poll';

/** What a send from an extension page does; the composer's own Send is covered below. */
async function sendFromExtension(
  composer: ComposerPage,
  id: string,
  message: string,
): Promise<void> {
  const reply = await composer.page.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id, recipient: { to: MARIA }, from: '', message },
  );
  expect(reply).toMatchObject({ ok: true, result: { status: 'sent' } });
}

/**
 * Fires the reply poll's alarm now, as the browser does once its minute is up: the worker's own
 * listener runs the round (unpacked extensions may set alarms under a minute).
 */
async function fireReplyAlarm(worker: Worker): Promise<void> {
  await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), REPLY_ALARM);
}

/** Records every notification the worker shows, title and text included (Chrome's getAll has ids only). */
async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { shownNotifications: unknown[] };
    scope.shownNotifications = [];
    const original = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = ((
      id: string,
      options: chrome.notifications.NotificationOptions,
    ) => {
      scope.shownNotifications.push({ id, title: options.title, message: options.message });
      return original(id, options as chrome.notifications.NotificationCreateOptions);
    }) as typeof chrome.notifications.create;
  });
}

function shownNotifications(
  worker: Worker,
): Promise<{ id: string; title: string; message: string }[]> {
  return worker.evaluate(
    () => (globalThis as unknown as { shownNotifications: never[] }).shownNotifications,
  );
}

function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

test('the composer names the contact, and a reply shows in the Conversation log', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker, { senderId: 'ACME' });
  await addContact(sandbox, MARIA, 'Maria', 'Santos');

  const composer = await ComposerPage.open(context, extensionId, `?to=${MARIA}`);
  await expect(composer.contactLine).toHaveText(`Maria Santos · ${SHOWN}`);

  await composer.fill({ message: 'Your order ships today.' });
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  await injectReply(sandbox, MARIA, 'Thank you! <b>See you</b> Monday');

  // A composer that opens asks for the replies at once.
  await composer.goto(`?to=${MARIA}`);
  const log = composer.conversation;
  await expect(log.getByRole('listitem').last()).toContainText('Thank you! <b>See you</b> Monday');
  await expect(log.getByRole('listitem').first()).toContainText('Your order ships today.');
  await expect(log.getByRole('listitem').first()).toContainText(/Sent|Delivered/);
  await expect(log.locator('b')).toHaveCount(0);
  // Shown is read: nothing is left for the badge.
  await expect.poll(() => badgeText(serviceWorker)).toBe('');

  // The History tab: one line for the conversation, with the name, the last message, no unread mark.
  await composer.historyTab.click();
  const line = composer.historyEntry('Maria Santos');
  await expect(line).toContainText('Reply: Thank you! <b>See you</b> Monday');
  await line.getByRole('button', { name: 'Show conversation' }).click();
  await expect(line.getByRole('log', { name: 'Conversation' })).toContainText(
    'Your order ships today.',
  );
});

test('a contact ID shows that contact’s name and number; a number without a contact says one will be made', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const maria = (await addContact(sandbox, MARIA, 'Maria', 'Santos')) as { id: number };
  const composer = await ComposerPage.open(context, extensionId);
  await composer.fill({ contactId: String(maria.id) });
  await expect(composer.contactLine).toHaveText(`Maria Santos · ${SHOWN}`);
  await composer.fill({ phone: '0918 111 2222' });
  await expect(composer.contactLine).toHaveText('New contact — engageSPARK will create one');
});

test('without opening anything, a reply arrives as a notification and a badge; opening the conversation clears it', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  await addContact(sandbox, MARIA, 'Maria', 'Santos');
  const page = await ComposerPage.open(context, extensionId);
  await sendFromExtension(page, 'e2e-conversation-01', 'Can you come on Monday?');
  await page.page.close();

  // A number this user never texted writes too: a teammate's conversation, not shown here.
  await injectReply(sandbox, '639998887777', 'Hello? Who is this?');
  await injectReply(sandbox, MARIA, 'Yes, Monday works for me. What time should I be there?');
  const worker = await currentServiceWorker(context, extensionId);
  await recordNotifications(worker);
  await fireReplyAlarm(worker);

  await expect.poll(() => badgeText(worker), { timeout: 90_000 }).toBe('1');
  const stored = await worker.evaluate(readDbEntries, ['replies']);
  expect((stored.replies as { from: string }[]).map((reply) => reply.from)).toEqual([MARIA]);
  await expect
    .poll(() => shownNotifications(worker))
    .toContainEqual({
      id: expect.stringMatching(new RegExp(`^reply:${MARIA}:`)),
      title: 'Reply from Maria Santos',
      message: 'Yes, Monday works for me. What time should I be there?',
    });
  // One request per round, inbound only, from the first message's time on.
  const listRequests = sandbox.state.requests.filter(
    (request) => request.path === '/v1/organizations/1234/messages/',
  );
  expect(listRequests.length).toBeGreaterThanOrEqual(1);
  const asked = new URL(listRequests.at(-1)?.url ?? '', 'https://api.engagespark.com');
  expect(asked.searchParams.get('dir')).toBe('inbound');
  expect(asked.searchParams.get('startDate')).not.toBeNull();

  // What the notification's click opens: the composer on that conversation.
  const composer = await ComposerPage.open(context, extensionId, `?to=${MARIA}`);
  await expect(composer.conversation).toContainText('Yes, Monday works for me.');
  await expect.poll(() => badgeText(worker)).toBe('');
});

test('names and replies that cannot be loaded are said in plain words, and sending still works', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker, { senderId: 'ACME' });
  const first = await ComposerPage.open(context, extensionId);
  await sendFromExtension(first, 'e2e-conversation-02', 'First message');
  await first.page.close();

  // Every API answer is now an HTML page with status 200: garbage where JSON belongs.
  setFault(sandbox, { mode: 'html200', scope: 'all' });
  const composer = await ComposerPage.open(context, extensionId, `?to=${MARIA}`);
  await expect(composer.contactLine).toHaveText(
    'Could not look up the contact name right now. Sending still works.',
  );
  await expect(
    composer.page.getByText('Replies could not be loaded right now. Sending still works.'),
  ).toBeVisible();
  await expect(composer.conversation).toContainText('First message');

  setFault(sandbox, { mode: 'none' });
  await composer.fill({ message: 'Second message' });
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  expect(sendRequests(sandbox)).toHaveLength(2);
});
