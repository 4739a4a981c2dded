import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { OptionsPage } from './pages/options-page';
import { configureExtension } from './support/configure-extension';
import { readDbEntries, readStoredMessages, readStoredOptOuts } from './support/extension-db';
import { DAYTIME_WINDOW, numberInDaytime, numberInQuietHours } from './support/recipient-clock';
import { injectReply } from './support/sandbox-control';
import { sendRequests } from './support/sandbox-records';
import { currentServiceWorker } from './support/service-worker';

/** The sandbox's receipt for numbers ending in 7777 says "opted out of promotional messaging". */
const OPTED_OUT = '639177777777';
const OPTED_OUT_SHOWN = '+63 917 777 7777';

/** A number the user texts from the extension; its replies count (conversations' known numbers). */
const MARIA = '639171234567';
const MARIA_SHOWN = '+63 917 123 4567';
const REPLY_ALARM = 'reply-poll';

/** What a page that skips the composer's check sends; the outbox alone decides. */
function sendDirect(composer: ComposerPage, id: string, to: string, message: string) {
  return composer.page.evaluate((data) => chrome.runtime.sendMessage({ name: 'sendSms', data }), {
    id,
    recipient: { to },
    from: '',
    message,
  });
}

/**
 * Fires the reply poll's alarm now, as the browser does once its minute is up: the worker's own
 * listener runs the round; the caller waits for the state it expects.
 */
async function runReplyRound(worker: Worker): Promise<void> {
  await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), REPLY_ALARM);
}

function storedOptOutNumbers(worker: Worker): Promise<string[]> {
  return worker
    .evaluate(readStoredOptOuts)
    .then((stored) => stored.optOuts.map((optOut: { number: string }) => optOut.number));
}

type StoredRecord = { id: string; status: string; failure?: { kind: string } } & Record<
  string,
  unknown
>;

test('a receipt saying the recipient opted out refuses the next send to that number, from every road, until consent is given again', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  test.setTimeout(120_000);
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId, `?to=${OPTED_OUT}`);
  await composer.fill({ message: 'Your order ships today.' });
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  expect(sendRequests(sandbox)).toHaveLength(1);

  // The history asks for receipts when it opens; the receipt's error lands in the opt-out list.
  await composer.historyTab.click();
  await expect
    .poll(
      async () => {
        await composer.composeTab.click();
        await composer.historyTab.click();
        return (await serviceWorker.evaluate(readStoredOptOuts)).optOuts;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toEqual([expect.objectContaining({ number: OPTED_OUT, source: expect.anything() })]);

  // The composer says so before anything is sent, and Send goes nowhere.
  const next = await ComposerPage.open(context, extensionId, `?to=${OPTED_OUT}`);
  await next.fill({ message: 'One more thing' });
  await expect(next.warnings).toContainText(`${OPTED_OUT_SHOWN}'s carrier reported on`);
  await expect(next.warnings).toContainText('they asked not to get texts');
  await next.send();
  await expect(next.page.getByText(/they asked not to get texts/).first()).toBeVisible();
  expect(sendRequests(sandbox)).toHaveLength(1);

  // Any other road (a page that skips the composer's check) meets the outbox's refusal: no POST.
  const reply = await next.page.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id: 'e2e-optout-direct', recipient: { to: OPTED_OUT }, from: '', message: 'Direct' },
  );
  expect(reply).toMatchObject({
    ok: true,
    result: { status: 'failed', failure: { kind: 'opted-out', source: 'delivery-receipt' } },
  });
  expect(sendRequests(sandbox)).toHaveLength(1);

  // Options lists it; removal needs a confirmation and is recorded.
  const options = await OptionsPage.open(context, extensionId);
  const entry = options.optOut(OPTED_OUT_SHOWN);
  await expect(entry).toContainText('opted out of promotional messaging');
  await entry.getByRole('button', { name: 'Remove…' }).click();
  await entry.getByRole('button', { name: 'Yes, they consented again' }).click();
  await expect(options.page.getByText('Nobody has opted out.')).toBeVisible();
  const stored = await serviceWorker.evaluate(readStoredOptOuts);
  expect(stored.optOuts).toEqual([]);
  expect(stored.removals).toEqual([
    expect.objectContaining({
      optOut: expect.objectContaining({ number: OPTED_OUT }),
      lift: { kind: 'consent-in-person' },
    }),
  ]);

  const again = await next.page.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id: 'e2e-optout-again', recipient: { to: OPTED_OUT }, from: '', message: 'Welcome back' },
  );
  expect(again).toMatchObject({ ok: true, result: { status: 'sent' } });
  expect(sendRequests(sandbox)).toHaveLength(2);
});

test('in the recipient’s quiet hours a message is held with words and no POST; "Send now anyway", confirmed, sends it once', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  test.setTimeout(90_000);
  await configureExtension(serviceWorker, { quietHours: DAYTIME_WINDOW });
  const quiet = numberInQuietHours();
  const composer = await ComposerPage.open(context, extensionId, `?to=${quiet.number}`);
  await composer.fill({ message: 'Your appointment is tomorrow.' });
  const saysTheirTime = new RegExp(
    `It is \\d\\d:\\d\\d for the recipient \\(${quiet.timeZone}\\)\\. It goes out at 08:00 their time\\.`,
  );
  await expect(composer.warnings).toContainText(saysTheirTime);
  await composer.send();

  await expect(composer.result).toContainText(/Held — sends in \d+:\d\d/);
  await expect(composer.result).toContainText(saysTheirTime);
  expect(sendRequests(sandbox)).toHaveLength(0);
  const [held] = (await serviceWorker.evaluate(readStoredMessages)) as StoredRecord[];
  expect(held).toMatchObject({ status: 'held', failure: { kind: 'quiet-hours' } });

  // One press only asks; the confirmation sends.
  await composer.result.getByRole('button', { name: 'Send now anyway' }).click();
  expect(sendRequests(sandbox)).toHaveLength(0);
  await composer.result.getByRole('button', { name: 'Yes, send now' }).click();
  await expect
    .poll(async () => ((await serviceWorker.evaluate(readStoredMessages)) as StoredRecord[])[0])
    .toMatchObject({ status: 'sent', quietHoursOverriddenAt: expect.any(Number) });
  expect(sendRequests(sandbox)).toHaveLength(1);

  await composer.historyTab.click();
  await expect(composer.history).toContainText('you chose “Send now anyway”');
  // Waking the outbox again sends nothing more.
  await composer.page.evaluate(() =>
    chrome.runtime.sendMessage({ name: 'resumeOutbox', data: {} }),
  );
  expect(sendRequests(sandbox)).toHaveLength(1);
});

test('in the recipient’s daytime a message goes at once', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker, { quietHours: DAYTIME_WINDOW });
  const day = numberInDaytime();
  const composer = await ComposerPage.open(context, extensionId, `?to=${day.number}`);
  await composer.fill({ message: 'Your appointment is tomorrow.' });
  await expect(composer.sendButton).toBeEnabled();
  await expect(composer.page.getByText(/for the recipient/)).toHaveCount(0);
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  expect(sendRequests(sandbox)).toHaveLength(1);
});

test('a reply "STOP" refuses the next send to that number with words and no POST; "START" lifts it', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  test.setTimeout(120_000);
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId, `?to=${MARIA}`);
  await composer.fill({ message: 'Your order ships today.' });
  await composer.send();
  await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  await composer.page.close();
  expect(sendRequests(sandbox)).toHaveLength(1);

  await injectReply(sandbox, MARIA, ' Stop. ');
  const worker = await currentServiceWorker(context, extensionId);
  await runReplyRound(worker);
  await expect.poll(() => storedOptOutNumbers(worker), { timeout: 60_000 }).toEqual([MARIA]);
  expect((await worker.evaluate(readStoredOptOuts)).optOuts[0]).toMatchObject({
    source: { kind: 'reply', keyword: 'STOP' },
  });

  // The composer says so before anything is sent, and Send goes nowhere.
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  const words = `${MARIA_SHOWN} replied STOP on ${today}: they asked not to get texts.`;
  const next = await ComposerPage.open(context, extensionId, `?to=${MARIA}`);
  await next.fill({ message: 'One more offer' });
  await expect(next.warnings).toContainText(words);
  await next.send();
  await expect(next.page.getByText(/they asked not to get texts/).first()).toBeVisible();
  const refused = await sendDirect(next, 'e2e-stop-direct', MARIA, 'Direct');
  expect(refused).toMatchObject({
    ok: true,
    result: { status: 'failed', failure: { kind: 'opted-out', source: 'reply', said: 'STOP' } },
  });
  expect(sendRequests(sandbox)).toHaveLength(1);

  // START from the same number lifts it (recorded), and a send goes.
  await injectReply(sandbox, MARIA, 'START');
  await runReplyRound(worker);
  await expect.poll(() => storedOptOutNumbers(worker), { timeout: 60_000 }).toEqual([]);
  expect((await worker.evaluate(readStoredOptOuts)).removals).toEqual([
    expect.objectContaining({
      optOut: expect.objectContaining({ number: MARIA }),
      lift: expect.objectContaining({ kind: 'reply', keyword: 'START' }),
    }),
  ]);
  await next.goto(`?to=${MARIA}`);
  await next.fill({ message: 'Welcome back' });
  await expect(next.page.getByText(/they asked not to get texts/)).toHaveCount(0);
  await next.send();
  await expect(next.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
  expect(sendRequests(sandbox)).toHaveLength(2);
});

test('a reply that only mentions "stop" in a sentence is kept as a reply and opts nobody out', async ({
  context,
  extensionId,
  serviceWorker,
  sandbox,
}) => {
  await configureExtension(serviceWorker);
  const composer = await ComposerPage.open(context, extensionId);
  expect(await sendDirect(composer, 'e2e-stop-sentence', MARIA, 'Can you come?')).toMatchObject({
    ok: true,
    result: { status: 'sent' },
  });
  await injectReply(sandbox, MARIA, 'Please stop by the store on Monday');
  const worker = await currentServiceWorker(context, extensionId);
  await runReplyRound(worker);
  await expect
    .poll(
      async () =>
        ((await worker.evaluate(readDbEntries, ['replies'])).replies as { text: string }[]) ?? [],
      { timeout: 60_000 },
    )
    .toEqual([expect.objectContaining({ text: 'Please stop by the store on Monday' })]);
  expect(await storedOptOutNumbers(worker)).toEqual([]);
  expect(await sendDirect(composer, 'e2e-stop-sentence-2', MARIA, 'See you then')).toMatchObject({
    ok: true,
    result: { status: 'sent' },
  });
  expect(sendRequests(sandbox)).toHaveLength(2);
});
