import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { configureExtension } from './support/configure-extension';
import { sendRequests, sentDedups, sentMessages } from './support/sandbox-records';

const NUMBER = '639171234567';
const SHOWN = '+63 917 123 4567';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

test('opens by its URL, sends what was filled in by labels, shows the result and the history entry', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  test.setTimeout(120_000);
  await configureExtension(serviceWorker, { senderId: 'ACME' });
  const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);

  await expect(composer.phone).toHaveValue(SHOWN);
  await expect(composer.page.getByText(`Sends to ${SHOWN} · Philippines`)).toBeVisible();
  await expect(composer.from).toHaveValue('ACME');
  await composer.fill({ message: 'Hi Maria, your order ships today.' });
  await expect(composer.counter).toContainText('33 characters · 1 part · 127 left');
  const draftId = (await composer.storedDraft())?.id;
  await composer.send();

  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeFocused();
  await expect(composer.result).toContainText('Parts1');
  await expect(composer.result).toContainText('Estimated cost$0.02');
  await expect(composer.result).toContainText('Delivery by');
  await expect(composer.result).toContainText(/Message ID\S+/);
  const requests = sendRequests(sandbox);
  expect(requests).toHaveLength(1);
  expect(requests[0]?.body).toMatchObject({
    to: NUMBER,
    from: 'ACME',
    message: 'Hi Maria, your order ships today.',
    clientDedup: draftId,
  });

  // The draft is cleared only after a send, and the next message gets a new id.
  await expect(composer.message).toHaveValue('');
  expect((await composer.storedDraft())?.id).not.toBe(draftId);

  await composer.historyTab.click();
  const entry = composer.historyEntry(SHOWN);
  await expect(entry).toContainText('Hi Maria, your order ships today.');
  await expect(entry).toContainText(/Sent|Delivered/);
  // The entry follows the receipt in place; the background polls on an alarm, so give it time.
  await expect(entry).toContainText('Delivered', { timeout: 60_000 });

  await entry.getByRole('button', { name: 'Send again' }).click();
  await expect(composer.composeTab).toHaveAttribute('aria-selected', 'true');
  await expect(composer.phone).toHaveValue(SHOWN);
  await expect(composer.message).toHaveValue('Hi Maria, your order ships today.');
  await expect(
    composer.page.getByText(/You sent this same text to this recipient \d+ s ago/),
  ).toBeVisible();
});

test('Ctrl+Enter sends; a stray Enter does not', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId);
  await composer.fill({ phone: '0917-123-4567', message: 'Quick one' });
  await composer.phone.press('Enter');
  await composer.message.press('Control+Enter');
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  expect(sendRequests(sandbox)).toHaveLength(1);
  expect(sendRequests(sandbox)[0]?.body).toMatchObject({ to: NUMBER, message: 'Quick one' });
});

test('a draft survives closing the popup and comes back when it reopens', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const first = await ComposerPage.open(context, extensionId);
  await first.fill({ phone: '(02) 8123 4567', from: 'Sales', message: 'Half-written…' });
  await expect(first.page.getByText('Sends to +63 2 8123 4567')).toBeVisible();
  const { id } = (await first.storedDraft()) ?? {};
  await first.page.close();

  const reopened = await ComposerPage.open(context, extensionId);
  await expect(reopened.phone).toHaveValue('(02) 8123 4567');
  await expect(reopened.from).toHaveValue('Sales');
  await expect(reopened.message).toHaveValue('Half-written…');
  await expect(reopened.message).toBeFocused();
  expect((await reopened.storedDraft())?.id).toBe(id);
  expect(sendRequests(sandbox)).toHaveLength(0);

  // A click on another number starts clean for it; the draft written for the first one is kept.
  await reopened.goto('?to=639181112222');
  await expect(reopened.phone).toHaveValue('+63 918 111 2222');
  await expect(reopened.message).toHaveValue('');
  await expect(reopened.page.getByRole('note', { name: 'Kept drafts' })).toContainText(
    'Your unsent message to (02) 8123 4567 (“Half-written…”) is kept.',
  );
});

test('two composer windows on one draft send one SMS', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const a = await ComposerPage.open(context, extensionId);
  await a.fill({ phone: SHOWN, message: 'Only once, please' });
  const b = await ComposerPage.open(context, extensionId);
  await expect(b.message).toHaveValue('Only once, please');
  // Both clicks land before either answer: B's button may already have given way to A's result.
  await Promise.all([a.clickSendNow(), b.clickSendNow()]);
  await expect(a.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  await expect(b.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  expect(sentMessages(sandbox)).toHaveLength(1);
  expect(new Set(sentDedups(sandbox)).size).toBe(1);
});

test('engageSPARK refusing a contact (400) shows its words and keeps the draft', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId);
  await composer.fill({ contactId: '999999', message: 'Hello contact' });
  await composer.send();
  const alert = composer.result;
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(
    alert.getByRole('heading', { name: 'engageSPARK refused the message' }),
  ).toBeFocused();
  await expect(alert).toContainText('contact not found');
  await expect(alert).toContainText('Your message is still here');
  await expect(composer.message).toHaveValue('Hello contact');
  await alert.getByRole('button', { name: 'Edit message' }).click();
  await expect(composer.message).toBeFocused();
  await expect(composer.sendButton).toBeVisible();
});

test('a refused API key (401) says so and links to Settings', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await configureExtension(serviceWorker, { apiKey: 'wrong-key' });
  const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
  await composer.fill({ message: 'Hello' });
  await composer.send();
  await expect(
    composer.result.getByRole('heading', {
      name: 'The API key was refused — check it in Settings',
    }),
  ).toBeVisible();
  await expect(composer.result).toContainText(
    'The message was not sent. Check the API key and the organization ID in Settings.',
  );
  const optionsOpened = context.waitForEvent('page');
  await composer.result.getByRole('button', { name: 'Open Settings' }).click();
  expect((await optionsOpened).url()).toContain(`chrome-extension://${extensionId}/options.html`);
});

test('an empty account (402) says to top up', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  sandbox.state.setBalance(1234, 0);
  const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
  await composer.fill({ message: 'Hello' });
  await composer.send();
  await expect(
    composer.result.getByRole('heading', {
      name: 'Not enough funds in your engageSPARK organization',
    }),
  ).toBeVisible();
  await expect(composer.result).toContainText('Top up in engageSPARK, then send again.');
  await expect(composer.message).toHaveValue('Hello');

  // After a top-up, "Try again" in the history sends the same message (same clientDedup).
  sandbox.state.setBalance(1234, 10_000_000);
  const history = await ComposerPage.open(context, extensionId, '?tab=history');
  await expect(history.historyTab).toHaveAttribute('aria-selected', 'true');
  const entry = history.historyEntry(SHOWN);
  await expect(entry).toContainText('Failed: Not enough funds');
  await entry.getByRole('button', { name: 'Try again' }).click();
  await expect(entry).toContainText(/Sent|Delivered/);
  expect(sentMessages(sandbox)).toHaveLength(1);
  expect(new Set(sentDedups(sandbox)).size).toBe(1);
});

test('without an API key and organization the composer says what is missing and links to Settings', async ({
  context,
  extensionId,
}) => {
  const composer = await ComposerPage.open(context, extensionId);
  await expect(
    composer.page.getByText(
      'Not set up yet: add your API key and your organization ID in Settings.',
    ),
  ).toBeVisible();
  await expect(composer.message).toHaveCount(0);
  const optionsOpened = context.waitForEvent('page');
  await composer.page.getByRole('button', { name: 'Open Settings', exact: true }).click();
  expect((await optionsOpened).url()).toContain('/options.html');
  await expectNoAxeViolations(composer.page);
});

test('says why a number is not valid, and why the message is Unicode, with a one-click fix', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId, '?text=call%20me%20tomorrow');
  await expect(composer.phone).toHaveValue('call me tomorrow');
  await expect(composer.phone).toHaveAttribute('aria-invalid', 'true');
  await composer.message.fill('It’s ready — come by');
  await expect(
    composer.page.getByText(
      '“’” and “—” switched this message to Unicode: 70 characters per part.',
    ),
  ).toBeVisible();
  await expect(composer.counter).toContainText('Unicode');
  await composer.page.getByRole('button', { name: /^Use plain characters/ }).click();
  await expect(composer.message).toHaveValue("It's ready - come by");
  await expect(composer.counter).toContainText('GSM-7');
  await composer.send();
  await expect(composer.phone).toBeFocused();
  expect(sendRequests(sandbox)).toHaveLength(0);
});

test('templates: save, use and delete', async ({ context, extensionId, serviceWorker }) => {
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId);
  await composer.fill({ message: 'Thanks for your time today!' });
  await composer.templatesButton.click();
  await composer.templateName.fill('Thank you');
  await composer.page.getByRole('button', { name: 'Save as template' }).click();
  await expect(composer.page.getByText('Saved “Thank you”.')).toBeVisible();

  await composer.message.fill('Something else');
  await composer.page.getByRole('button', { name: 'Use template Thank you' }).click();
  await expect(composer.message).toHaveValue('Thanks for your time today!');
  await expect(composer.message).toBeFocused();

  await composer.templatesButton.click();
  await composer.page.getByRole('button', { name: 'Delete template Thank you' }).click();
  await expect(composer.page.getByText('No templates yet.')).toBeVisible();
});

test('personalization is explained on the contact endpoint and refused on the phone-number endpoint', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker, { recipientMode: 'contact' });
  const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
  await composer.message.fill('Hi {{contact.firstName}}, see you at 3.');
  await expect(
    composer.page.getByText(
      /engageSPARK fills in \{\{contact.firstName\}\} from the contact’s details/,
    ),
  ).toBeVisible();

  await configureExtension(serviceWorker, { recipientMode: 'phonenumber' });
  await expect(
    composer.page.getByText(/cannot be filled in: your settings send without contacts/),
  ).toBeVisible();
  await expect(composer.message).toHaveAttribute('aria-invalid', 'true');
  await composer.send();
  await expect(composer.message).toBeFocused();
  expect(sendRequests(sandbox)).toHaveLength(0);
});

test('the pace guard warns before sending, holds the message with a countdown, and Cancel stops it', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker, { paceLimitPerMinute: 1 });
  const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
  await composer.fill({ message: 'First' });
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  await composer.result.getByRole('button', { name: 'New message' }).click();
  await expect(composer.phone).toBeFocused();
  await composer.fill({ phone: SHOWN, message: 'Second' });
  await expect(composer.page.getByText(/This would wait about \d+ s before it goes/)).toBeVisible();
  await composer.send();
  await expect(
    composer.result.getByRole('heading', { name: /^Held — sends in 0:[0-5]\d$/ }),
  ).toBeVisible();
  await composer.result.getByRole('button', { name: 'Cancel' }).click();
  await expect(composer.result.getByRole('heading', { name: 'Cancelled' })).toBeVisible();
  await expect(composer.message).toHaveValue('Second');
  expect(sentMessages(sandbox)).toHaveLength(1);
  // The History tab has one line per conversation: both messages are in this number's thread.
  await composer.historyTab.click();
  const line = composer.historyEntry(SHOWN);
  await expect(composer.history.getByRole('listitem')).toHaveCount(1);
  await expect(line).toContainText('Cancelled');
  await line.getByRole('button', { name: 'Show conversation' }).click();
  const thread = line.getByRole('log', { name: 'Conversation' }).getByRole('listitem');
  await expect(thread).toHaveCount(2);
  await expect(thread.first()).toContainText('First');
  await expect(thread.last()).toContainText('Cancelled');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the composer and the history (${colorScheme})`, async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await configureExtension(serviceWorker);
    const composer = await ComposerPage.open(context, extensionId);
    await composer.page.emulateMedia({ colorScheme });
    await composer.page.setViewportSize({ width: 380, height: 700 });
    await composer.fill({ phone: '0917 123 4567', message: 'It’s ready {{contact.firstName}} 🎉' });
    await composer.templatesButton.click();
    await expectNoAxeViolations(composer.page);

    await composer.fill({ message: 'Axe check' });
    await composer.send();
    await expect(composer.result).toBeVisible();
    await expectNoAxeViolations(composer.page);

    await composer.historyTab.click();
    await expect(composer.history.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(composer.page);
  });
}

test('screenshots for the README: the composer with a draft, and the history', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // `UPDATE_DOCS=1 npx playwright test -g screenshots` refreshes the README's pictures; any other
  // run writes them beside the test's results, so a test run never changes the work tree.
  const folder = process.env.UPDATE_DOCS === '1' ? 'docs' : test.info().outputDir;
  await configureExtension(serviceWorker, { senderId: 'ACME' });
  const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
  await composer.page.setViewportSize({ width: 380, height: 600 });
  await composer.fill({
    message:
      'Hi Maria, thanks for your time today! Your quote for 12 units is ready. Reply YES to confirm and we deliver on Friday.',
  });
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  await composer.result.getByRole('button', { name: 'New message' }).click();
  await composer.fill({
    phone: '0918 765 4321',
    message:
      'Hello Jun, following up on our call: the demo is booked for Tuesday at 10:00. See you then!',
  });
  await composer.message.blur();
  await composer.page.screenshot({ path: `${folder}/popup.png` });
  await composer.historyTab.click();
  await expect(composer.history.getByRole('listitem')).toHaveCount(1);
  await composer.page.screenshot({ path: `${folder}/history.png` });
});
