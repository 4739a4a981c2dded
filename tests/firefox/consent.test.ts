import type { Page } from 'puppeteer-core';
import { readStoredOptOuts } from '../e2e/support/extension-db';
import { DAYTIME_WINDOW, numberInQuietHours } from '../e2e/support/recipient-clock';
import { injectReply } from '../e2e/support/sandbox-control';
import { sendRequests } from '../e2e/support/sandbox-records';
import { expect, test } from './fixtures';
import { FirefoxComposerPage } from './pages/composer-page';
import { configureExtension, storedMessages } from './support/extension-state';

const MARIA = '639171234567';

/** The page's visible text, to find the composer's words without depending on its markup. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

test('Firefox: a message in the recipient’s quiet hours is held with words and no POST', {
  timeout: 90_000,
}, async ({ firefox, sandbox }) => {
  const { welcome } = firefox;
  await configureExtension(welcome, { quietHours: DAYTIME_WINDOW });
  const quiet = numberInQuietHours();
  const composer = new FirefoxComposerPage(await firefox.openExtensionPage('/popup.html'));
  await composer.write({ to: `+${quiet.number}`, message: 'Your appointment is tomorrow' });
  const words = `for the recipient (${quiet.timeZone}). It goes out at 08:00 their time.`;
  await expect.poll(() => pageText(composer.page)).toContain(words);
  await (await composer.button('Send')).click();

  await expect
    .poll(async () => (await storedMessages(welcome)).map((record) => record.status), {
      timeout: 15_000,
    })
    .toEqual(['held']);
  await expect.poll(() => pageText(composer.page)).toMatch(/Held — sends in \d+:\d\d/);
  expect(await pageText(composer.page)).toContain(words);
  expect(sendRequests(sandbox)).toHaveLength(0);
});

test('Firefox: a reply "STOP", polled, refuses the next send before Send and in the outbox, with no POST', {
  timeout: 120_000,
}, async ({ firefox, sandbox }) => {
  const { welcome } = firefox;
  await configureExtension(welcome);
  const first = new FirefoxComposerPage(await firefox.openExtensionPage(`/popup.html?to=${MARIA}`));
  await (await first.textbox('Message')).type('Your order ships today');
  await first.clickSend();
  await expect
    .poll(async () => (await storedMessages(welcome)).map((record) => record.status), {
      timeout: 15_000,
    })
    .toEqual(['sent']);
  await first.page.close();

  await injectReply(sandbox, MARIA, 'STOP');
  // The reply poll's alarm, fired now as the browser does once its minute is up.
  await welcome.evaluate(() => chrome.alarms.create('reply-poll', { when: Date.now() }));
  await expect
    .poll(async () => (await welcome.evaluate(readStoredOptOuts)).optOuts, {
      timeout: 90_000,
      interval: 500,
    })
    .toEqual([
      expect.objectContaining({
        number: MARIA,
        source: expect.objectContaining({ keyword: 'STOP' }),
      }),
    ]);

  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  const composer = new FirefoxComposerPage(await firefox.openExtensionPage('/popup.html'));
  await composer.write({ to: '+63 917 123 4567', message: 'One more offer' });
  await expect
    .poll(() => pageText(composer.page))
    .toContain(`+63 917 123 4567 replied STOP on ${today}: they asked not to get texts.`);
  await (await composer.button('Send')).click();

  // A page that skips the composer's check meets the outbox's refusal.
  const reply = await composer.page.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id: 'firefox-optout-1', recipient: { to: MARIA }, from: '', message: 'Direct' },
  );
  expect(reply).toMatchObject({
    ok: true,
    result: { status: 'failed', failure: { kind: 'opted-out', source: 'reply', said: 'STOP' } },
  });
  expect(sendRequests(sandbox)).toHaveLength(1);
});
