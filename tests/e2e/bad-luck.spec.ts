import type { BrowserContext, Page } from '@playwright/test';
import type { FaultConfig } from '../../sandbox/faults';
import { expect, extensionServiceWorker, launchWithExtension, test } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { configureExtension } from './support/configure-extension';
import {
  type ExtensionBrowser,
  launchExtensionBrowser,
  mappedHostArgs,
} from './support/extension-browser';
import { readStoredMessages } from './support/extension-db';
import { sendRequests, sentDedups, sentMessages, setFault } from './support/sandbox-records';
import { killServiceWorker } from './support/service-worker';

/**
 * Part 3 of "Hostile world": the service worker killed before, during and after a send, the
 * browser closed with a message in the outbox, two entry points and repeated clicks on one draft.
 * The sandbox counts: every message arrives exactly once (a resend with the same clientDedup is
 * answered as a duplicate, never sent again), and none is lost.
 */

type StoredRecord = { id: string; status: string; attempts: number; outcomeUnknown?: boolean };

const TO = '639171234567';
const SEND = { recipient: { to: TO }, from: '', message: 'Bad luck' };

let browser: ExtensionBrowser;

test.beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

test.afterAll(async () => {
  await browser?.close();
});

function send(page: Page, id: string): Promise<unknown> {
  return page.evaluate((data) => chrome.runtime.sendMessage({ name: 'sendSms', data }), {
    id,
    ...SEND,
  });
}

/** Sends without waiting for the answer, which the test is about to cut off. */
function sendAndForget(page: Page, id: string): void {
  void page
    .evaluate(
      (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }).catch(() => undefined),
      { id, ...SEND },
    )
    .catch(() => undefined); // the page may be gone with its browser
}

async function recordStatus(reader: Page, id: string): Promise<string | undefined> {
  const messages = (await reader.evaluate(readStoredMessages)) as StoredRecord[];
  return messages.find((record) => record.id === id)?.status;
}

/** Any message to the background starts a worker; the history asks for receipts when it opens. */
async function wakeWorker(page: Page): Promise<void> {
  await page.evaluate(() => chrome.runtime.sendMessage({ name: 'checkDeliveries', data: {} }));
}

test.describe('the service worker killed', () => {
  test('before a send: the browser starts it again for the message, sent once', async () => {
    await browser.reset();
    const page = await browser.extensionPage();
    await killServiceWorker(browser.context, browser.extensionId);
    expect(await send(page, 'bad-luck-before-01')).toMatchObject({
      ok: true,
      result: { status: 'sent' },
    });
    expect(sentDedups(browser.sandbox)).toEqual(['bad-luck-before-01']);
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
  });

  test('after a send: the new worker sends nothing again', async () => {
    await browser.reset();
    const page = await browser.extensionPage();
    expect(await send(page, 'bad-luck-after-001')).toMatchObject({
      ok: true,
      result: { status: 'sent' },
    });
    await killServiceWorker(browser.context, browser.extensionId);
    await wakeWorker(page);
    await killServiceWorker(browser.context, browser.extensionId);
    await wakeWorker(page);
    // Long enough for a resumed send (it would go at once, at the worker's start).
    await page.waitForTimeout(2_000);
    expect(await recordStatus(page, 'bad-luck-after-001')).toBe('sent');
    expect(sentDedups(browser.sandbox)).toEqual(['bad-luck-after-001']);
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
  });

  test('during a send engageSPARK never processed: resent when it comes back, sent once', async () => {
    await browser.reset();
    setFault(browser.sandbox, { mode: 'hang', times: 1 });
    const page = await browser.extensionPage();
    sendAndForget(page, 'bad-luck-during-01');
    await expect.poll(() => sendRequests(browser.sandbox).length).toBe(1);
    expect(await recordStatus(page, 'bad-luck-during-01')).toBe('sending');

    await killServiceWorker(browser.context, browser.extensionId);
    const reader = await browser.extensionPage();
    await wakeWorker(reader);
    await expect.poll(() => recordStatus(reader, 'bad-luck-during-01')).toBe('sent');
    expect(sentDedups(browser.sandbox)).toEqual(['bad-luck-during-01', 'bad-luck-during-01']);
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
  });
});

test.describe('the service worker killed under the composer', () => {
  test('while its send waits for engageSPARK: Send pressed again sends nothing more', async () => {
    await browser.reset();
    setFault(browser.sandbox, { mode: 'hold', times: 1 });
    const composer = await ComposerPage.open(browser.context, browser.extensionId, `?to=${TO}`);
    await composer.fill({ message: 'Cut off' });
    const draftId = String((await composer.storedDraft())?.id);
    await composer.send();
    await expect.poll(() => sendRequests(browser.sandbox).length).toBe(1);
    await killServiceWorker(browser.context, browser.extensionId);

    // Whatever the composer says about the cut-off answer, the user may try again.
    await expect(composer.result).toBeVisible();
    const edit = composer.result.getByRole('button', { name: 'Edit message' });
    if (await edit.isVisible()) await edit.click();
    if (await composer.sendButton.isVisible()) await composer.send();
    await expect.poll(() => recordStatus(composer.page, draftId), { timeout: 20_000 }).toBe('sent');
    await composer.page.waitForTimeout(1_000);
    expect(new Set(sentDedups(browser.sandbox))).toEqual(new Set([draftId]));
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
  });
});

test.describe('the composer after its worker was killed', () => {
  test('does not tell the user a message engageSPARK took was "Not sent"', async () => {
    // Found by this suite: a rejected sendMessage (the worker died) used to read "Not sent".
    await browser.reset();
    setFault(browser.sandbox, { mode: 'hold', times: 1 });
    const composer = await ComposerPage.open(browser.context, browser.extensionId, `?to=${TO}`);
    await composer.fill({ message: 'Cut off' });
    await composer.send();
    await expect.poll(() => sentMessages(browser.sandbox).length).toBe(1);
    await killServiceWorker(browser.context, browser.extensionId);
    await expect(composer.result).toBeVisible();
    await expect(composer.result).not.toContainText('Not sent', { timeout: 5_000 });
    await expect(composer.result).not.toContainText('message channel closed');
  });
});

test.describe('the browser closed with a message in the outbox', () => {
  for (const [fault, processed] of [
    [{ mode: 'hold', times: 1 }, 1],
    [{ mode: 'hang', times: 1 }, 0],
  ] as [FaultConfig, number][]) {
    test(`sends it exactly once when it reopens (engageSPARK ${
      processed ? 'had sent it, its answer lost' : 'never got to it'
    })`, async ({ userDataDir, sandbox }) => {
      const id = `bad-luck-reopen-${fault.mode}`;
      const args = mappedHostArgs(sandbox);
      let context: BrowserContext | undefined = await launchWithExtension(userDataDir, args);
      try {
        const extensionId = new URL((await extensionServiceWorker(context)).url()).host;
        await configureExtension(await extensionServiceWorker(context));
        setFault(sandbox, fault);
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
        sendAndForget(page, id);
        await expect.poll(() => sendRequests(sandbox).length).toBe(1);
        expect(sentMessages(sandbox)).toHaveLength(processed);
        expect(await recordStatus(page, id)).toBe('sending');
        await context.close();

        // Nothing is opened: the worker that starts with the browser finds the message itself.
        context = await launchWithExtension(userDataDir, args);
        const worker = await extensionServiceWorker(context);
        await expect
          .poll(
            async () =>
              ((await worker.evaluate(readStoredMessages)) as StoredRecord[]).find(
                (record) => record.id === id,
              )?.status,
            { timeout: 20_000 },
          )
          .toBe('sent');
        expect(sentDedups(sandbox)).toEqual([id, id]);
        expect(sendRequests(sandbox)[1]?.status).toBe(processed ? 409 : 200);
        expect(sentMessages(sandbox)).toHaveLength(1);
      } finally {
        await context?.close();
      }
    });
  }
});

test.describe('one draft sent from several places at once', () => {
  test('two entry points (the composer and the settings page) send the same draft: one SMS', async () => {
    await browser.reset();
    setFault(browser.sandbox, { mode: 'slow', times: 1, delayMs: 1_000 });
    const composer = await browser.extensionPage('/popup.html');
    const options = await browser.extensionPage('/options.html');
    const replies = await Promise.all([
      send(composer, 'bad-luck-twice-001'),
      send(options, 'bad-luck-twice-001'),
    ]);
    for (const reply of replies) expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => recordStatus(composer, 'bad-luck-twice-001')).toBe('sent');
    expect(sentDedups(browser.sandbox)).toEqual(['bad-luck-twice-001']);
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
  });

  test('double and triple clicks on Send, and Ctrl+Enter pressed three times: one SMS each', async () => {
    await browser.reset();
    const composer = await ComposerPage.open(browser.context, browser.extensionId, `?to=${TO}`);
    const rounds: [string, () => Promise<void>][] = [
      ['triple click', () => composer.sendButton.click({ clickCount: 3 })],
      ['double click', () => composer.sendButton.dblclick()],
      [
        'Ctrl+Enter ×3',
        async () => {
          for (let presses = 0; presses < 3; presses++)
            await composer.message.press('Control+Enter');
        },
      ],
    ];
    for (const [index, [name, act]] of rounds.entries()) {
      // The answer takes a second, so every click and key press lands while the send is on its way.
      setFault(browser.sandbox, { mode: 'slow', times: 1, delayMs: 1_000 });
      await composer.goto(`?to=${TO}`);
      await composer.fill({ message: `Round ${index + 1}: ${name}` });
      const draftId = (await composer.storedDraft())?.id;
      await act();
      await expect(
        composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ }),
        name,
      ).toBeVisible();
      await composer.page.waitForTimeout(500);
      const requests = sendRequests(browser.sandbox);
      expect(requests, name).toHaveLength(index + 1);
      expect(requests.at(-1)?.body, name).toMatchObject({
        clientDedup: draftId,
        message: `Round ${index + 1}: ${name}`,
      });
    }
    expect(sentMessages(browser.sandbox)).toHaveLength(rounds.length);
  });
});
