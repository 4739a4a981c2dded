import path from 'node:path';
import type { Page } from '@playwright/test';
import { notificationText } from '@/utils/notifications/notification-text';
import { type MessageRecord, messageRecordSchema } from '@/utils/outbox/message-record';
import { HOST_ATTRIBUTE, HOST_SELECTOR } from '@/utils/page/host-tag';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { readStoredMessages } from '../../tests/e2e/support/extension-db';
import { injectReply } from '../../tests/e2e/support/sandbox-control';
import { DELIVERY_STEP_MS, type DemoEnvironment } from './environment';
import { renderNotificationCard } from './notification-card';
import { expectTo, TourError, type TourLog } from './tour-log';

/** The numbers on demo/index.html, as the digits engageSPARK receives. */
const LIST_NUMBERS = [
  '639171234567',
  '639187654321',
  '639192223344',
  '15125550147',
  '14155550132',
  '254712345678',
  '254733456789',
  '919876543210',
  '919123456789',
];
/** The numbers on demo/contact.html (Maria's mobile is there twice: a field and a note). */
const CONTACT_NUMBERS = [
  '639171234567',
  '639985551234',
  '254712345678',
  '15125550147',
  '919876543210',
];
/** Maria Santos's mobile, written "0917 123 4567" on the page: read as a Philippine number. */
const RECIPIENT = '639171234567';
const MESSAGE =
  'Hi Maria, thanks for your time today! The quote for 250 units (Q-2026-0117) is in your inbox. Reply here with any questions. - Alex, Acme Sales';
const COMPOSER_VIEWPORT = { width: 400, height: 640 };
const REPLY = 'Thanks Alex! Could you do 300 units at the same price? - Maria';

type Tour = { env: DemoEnvironment; log: TourLog; outDir: string };

/**
 * What a new user would do, in order: see the buttons on a CRM page, click one, write, send, get
 * the notification, watch the message turn "Delivered" in the history, get Maria's reply.
 * Screenshots on the way.
 */
export async function runTour(tour: Tour): Promise<void> {
  const { env, log } = tour;
  const crm = await env.context.newPage();
  let current: Page = crm;
  try {
    await log.step('Detect the numbers on a contact record (demo/contact.html)', () =>
      detectNumbers(tour, crm, '/contact.html', CONTACT_NUMBERS),
    );
    await log.step('Detect the numbers on the contact list (demo/index.html)', async () => {
      await detectNumbers(tour, crm, '/', LIST_NUMBERS);
      await shoot(tour, crm, '01-crm-page.png', { fullPage: true });
    });
    const composer = await log.step(
      "Click the send button beside Maria Santos's mobile, 0917 123 4567",
      () => openComposerFromButton(tour, crm),
    );
    current = composer;
    await log.step('Write the message and send it', () => send(tour, composer));
    await log.step('The notification', () => showNotification(tour));
    await log.step('The delivery receipt in the History tab', () => showDelivered(tour, composer));
    await log.step('Maria replies: a notification, the badge, the conversation', () =>
      showReply(tour, composer),
    );
  } catch (error) {
    await current
      .screenshot({ path: path.join(tour.outDir, 'failed-step.png') })
      .then(() => log.line('   the page at that moment: failed-step.png'))
      .catch(() => undefined);
    throw error;
  }
}

async function shoot(
  tour: Tour,
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({ path: path.join(tour.outDir, name), ...options });
  tour.log.line(`   screenshot: ${name}`);
}

function markedNumbers(page: Page): Promise<string[]> {
  return page
    .locator(HOST_SELECTOR)
    .evaluateAll(
      (hosts, attribute) => hosts.map((host) => host.getAttribute(attribute) ?? ''),
      HOST_ATTRIBUTE,
    );
}

/** Waits until every expected number has its button, then reports them and anything else marked. */
async function detectNumbers(
  tour: Tour,
  page: Page,
  pathname: string,
  expected: string[],
): Promise<void> {
  await expectTo(page.goto(tour.env.demo.url(pathname)), `The demo page ${pathname} did not load.`);
  const deadline = Date.now() + 10_000;
  let marked = await markedNumbers(page);
  while (expected.some((digits) => !marked.includes(digits)) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    marked = await markedNumbers(page);
  }
  const missing = expected.filter((digits) => !marked.includes(digits));
  if (missing.length > 0)
    throw new TourError(
      `No send button appeared beside ${missing.map(formatDigitsForDisplay).join(', ')} within 10 s.`,
    );
  await page.waitForTimeout(300); // let a last batch of buttons land before counting
  marked = await markedNumbers(page);
  tour.log.line(`   ${marked.length} send buttons, for ${new Set(marked).size} numbers:`);
  for (const digits of new Set(marked)) tour.log.line(`     ${formatDigitsForDisplay(digits)}`);
  const unexpected = [...new Set(marked)].filter((digits) => !expected.includes(digits));
  if (unexpected.length > 0)
    throw new TourError(
      `Buttons appeared on text that is not a phone number here: ${unexpected.join(', ')}.`,
    );
  tour.log.line('   not marked, as intended: dates, amounts, order and invoice numbers, ids');
}

/** A real mouse click, as a person makes it: the extension ignores clicks made by page scripts. */
async function openComposerFromButton(tour: Tour, crm: Page): Promise<Page> {
  const box = await crm
    .locator(`${HOST_SELECTOR}[${HOST_ATTRIBUTE}="${RECIPIENT}"]`)
    .first()
    .boundingBox();
  if (!box) throw new TourError('The send button beside 0917 123 4567 is not visible.');
  const opened = tour.env.context.waitForEvent('page', {
    predicate: (page) => page.url().includes('/popup.html'),
    timeout: 10_000,
  });
  await crm.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const composer = await expectTo(opened, 'The click did not open the composer window.');
  await composer.setViewportSize(COMPOSER_VIEWPORT);
  await expectTo(
    composer.getByRole('tab', { name: 'Compose' }).waitFor(),
    'The composer did not show its form.',
  );
  // The number reaches the composer under a token (pending-prefill.ts), not in its URL: read the
  // field, once the prefill has filled it.
  const field = composer.getByRole('textbox', { name: 'Phone number' });
  await expectTo(
    composer.waitForFunction(
      ([input, digits]) => (input as HTMLInputElement).value.replace(/\D/g, '') === digits,
      [await field.elementHandle(), RECIPIENT] as const,
      { timeout: 10_000 },
    ),
    `The composer did not open for ${RECIPIENT}.`,
  );
  const phone = await field.inputValue();
  tour.log.line(`   the composer opened with the number filled in: ${phone}`);
  return composer;
}

async function send(tour: Tour, composer: Page): Promise<void> {
  const who = composer.getByTestId('contact-line').getByText(/^Maria Santos/);
  await expectTo(who.waitFor(), 'The composer did not name Maria Santos.');
  tour.log.line(`   the composer says who it is: ${await who.textContent()}`);
  await composer.getByRole('textbox', { name: 'Message' }).fill(MESSAGE);
  const counter = await composer
    .locator('#message-counter > *')
    .evaluateAll((parts) => parts.map((part) => part.textContent ?? '').join(' · '));
  tour.log.line(`   message: "${MESSAGE}"`);
  if (counter) tour.log.line(`   counter: ${counter.trim()}`);
  await shoot(tour, composer, '02-composer.png');
  await composer.getByRole('button', { name: 'Send', exact: true }).click();
  const heading = composer.locator('.send-area .result h2');
  await expectTo(
    heading.filter({ hasText: /^(Sent|Delivered to carrier|Delivered)$/ }).waitFor(),
    `The message was not sent: the composer says "${await heading.textContent().catch(() => 'nothing')}".`,
  );
  const facts = await composer
    .locator('.send-area .result dl > div')
    .evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
  tour.log.line(`   the composer says: ${await heading.textContent()}`);
  const received = tour.env.sandbox.state.messages;
  if (received.length !== 1)
    throw new TourError(`The sandbox received ${received.length} messages instead of one.`);
  tour.log.line(
    `   ${facts.map((fact) => fact.replace(/^(To|Message ID|Parts|Estimated cost|Delivery by)/, '$1: ')).join(' · ')}`,
  );
  await shoot(tour, composer, '03-sent.png', { fullPage: true });
}

async function storedMessages(tour: Tour): Promise<MessageRecord[]> {
  const worker = await tour.env.serviceWorker();
  const stored = await worker.evaluate(readStoredMessages);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = messageRecordSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The notification the background created (chrome.notifications.getAll lists it by id), with the
 * text the background gives it: notificationText() of the stored message.
 */
async function showNotification(tour: Tour): Promise<void> {
  const [record] = await storedMessages(tour);
  if (!record) throw new TourError('The history has no message.');
  const deadline = Date.now() + 5_000;
  let ids: string[] = [];
  while (Date.now() < deadline) {
    const worker = await tour.env.serviceWorker();
    ids = Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
    if (ids.some((id) => id.endsWith(`:${record.id}`))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const id = ids.find((candidate) => candidate.endsWith(`:${record.id}`));
  if (!id) throw new TourError('The extension showed no notification for the message.');
  const { title, message } = notificationText(record, formatDigitsForDisplay);
  tour.log.line(`   notification ${id}: "${title}" - "${message}"`);
  const file = path.join(tour.outDir, '04-notification.png');
  await renderNotificationCard(tour.env.context, { id, title, message }, file);
  tour.log.line(
    '   screenshot: 04-notification.png (a rendering of its text: headless shows none)',
  );
}

/** Opens the History once the sandbox's receipt says "delivered"; opening it asks for receipts. */
async function showDelivered(tour: Tour, composer: Page): Promise<void> {
  const [sent] = tour.env.sandbox.state.messages;
  if (sent) {
    const deliveredAt = sent.sentAt + 2 * DELIVERY_STEP_MS + 100;
    await composer.waitForTimeout(Math.max(0, deliveredAt - Date.now()));
  }
  const status = composer
    .getByRole('list', { name: 'Conversations' })
    .getByRole('listitem')
    .first()
    .locator('.status');
  for (let attempt = 1; attempt <= 3; attempt++) {
    await composer.getByRole('tab', { name: 'History' }).click();
    const delivered = await status
      .filter({ hasText: /^Delivered$/ })
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (delivered) {
      tour.log.line('   History: Delivered (engageSPARK delivery receipt)');
      // The line names the contact once engageSPARK has answered who the number is.
      await expectTo(
        composer
          .getByRole('list', { name: 'Conversations' })
          .getByText(/^Maria Santos · /)
          .waitFor({ timeout: 10_000 }),
        'The History did not name Maria Santos.',
      );
      tour.log.line('   History: one line for the conversation with Maria Santos');
      await shoot(tour, composer, '05-history-delivered.png');
      return;
    }
    await composer.getByRole('tab', { name: 'Compose' }).click(); // reopening asks again
  }
  const shown = await status.textContent().catch(() => null);
  throw new TourError(`The history did not show "Delivered" (it shows "${shown ?? 'nothing'}").`);
}

/**
 * Maria answers (the sandbox's inbound control). The background's reply poll runs on an alarm at
 * most once a minute; the tour fires that alarm now, as the browser would when its minute is up.
 */
async function showReply(tour: Tour, composer: Page): Promise<void> {
  await injectReply(tour.env.sandbox, RECIPIENT, REPLY);
  tour.log.line(`   Maria writes back: "${REPLY}"`);
  const worker = await tour.env.serviceWorker();
  await worker.evaluate(() => chrome.alarms.create('reply-poll', { when: Date.now() }));
  const prefix = `reply:${RECIPIENT}:`;
  const deadline = Date.now() + 10_000;
  let badge = '';
  let id: string | undefined;
  while (Date.now() < deadline && (badge !== '1' || !id)) {
    const current = await tour.env.serviceWorker();
    badge = await current.evaluate(() => chrome.action.getBadgeText({}));
    const ids = Object.keys(await current.evaluate(() => chrome.notifications.getAll()));
    id = ids.find((candidate) => candidate.startsWith(prefix));
    if (badge !== '1' || !id) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!id) throw new TourError('The extension showed no notification for the reply.');
  if (badge !== '1') throw new TourError(`The toolbar badge shows "${badge}", not 1 unread reply.`);
  tour.log.line(`   notification ${id}: "Reply from Maria Santos" - "${REPLY}"`);
  tour.log.line('   toolbar badge: 1 (one unread reply)');
  await renderNotificationCard(
    tour.env.context,
    { id, title: 'Reply from Maria Santos', message: REPLY },
    path.join(tour.outDir, '06-reply-notification.png'),
  );
  tour.log.line('   screenshot: 06-reply-notification.png (a rendering of its text)');
  // What the notification's click opens: the composer on Maria's conversation.
  await composer.goto(composer.url().replace(/popup\.html.*$/, `popup.html?to=${RECIPIENT}`));
  const log = composer.getByRole('log', { name: 'Conversation' });
  await expectTo(
    log.getByText(REPLY).waitFor({ timeout: 10_000 }),
    'The reply did not show in the conversation.',
  );
  const line = composer.getByTestId('contact-line');
  await expectTo(
    line.filter({ hasText: 'Maria Santos' }).waitFor({ timeout: 10_000 }),
    'The composer did not name Maria Santos as the recipient.',
  );
  tour.log.line(`   the composer names the recipient: ${await line.textContent()}`);
  tour.log.line('   the conversation shows the message sent and the reply, newest at the bottom');
  await shoot(tour, composer, '07-conversation.png');
}
