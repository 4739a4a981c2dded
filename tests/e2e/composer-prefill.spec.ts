import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CRM_HOST, type CrmServer, startCrmServer } from '../fixtures/crm/crm-server';
import { ComposerPage } from './pages/composer-page';
import { CrmPage, composerPages, waitForContentScript } from './pages/crm-page';
import { inContentScript } from './support/content-script-world';
import { type ExtensionBrowser, launchExtensionBrowser } from './support/extension-browser';
import { sendRequests, sentDedups, sentMessages, setFault } from './support/sandbox-records';

/**
 * Issue 14 (item 2, the composer's half, and item 4): whoever can open the composer cannot fill
 * it as if the user had written the text, and a composer opened for a number never takes over a
 * draft written for someone else. Issue 13 (item 5): what the composer says while a message is in
 * flight and while it is retried.
 */
const NUMBER = '639171234567';
const SHOWN = '+63 917 123 4567';
const PRIVATE = 'Hi Maria, your loan of PHP 50,000 is approved';

let crm: CrmServer;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  crm = await startCrmServer();
  browser = await launchExtensionBrowser({ [CRM_HOST]: crm.port });
  await waitForContentScript(await browser.worker());
});

test.afterAll(async () => {
  await browser?.close();
  await crm?.close();
});

test.beforeEach(async () => {
  await browser.reset();
});

async function openComposer(query = ''): Promise<ComposerPage> {
  return ComposerPage.open(browser.context, browser.extensionId, query);
}

/** Waits for the composer window the background opens, and gives it as a page object. */
async function nextComposerWindow(action: () => Promise<unknown>): Promise<ComposerPage> {
  const opened = browser.context.waitForEvent('page', {
    predicate: (page) => page.url().includes('/popup.html'),
    timeout: 10_000,
  });
  await action();
  const page = await opened;
  const composer = new ComposerPage(page, browser.extensionId);
  await composer.composeTab.waitFor();
  return composer;
}

test.describe('text the user did not write', () => {
  test('popup.html?to=…&message=<30 lines> from another page: shown whole, marked, and Ctrl+Enter does not send it', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the injected text`);
    const injected = lines.join('\n');
    const composer = await openComposer(
      `?to=${NUMBER}&message=${encodeURIComponent(`\u202E${injected}\u200B`)}`,
    );
    // Whole, with the bidi override and the zero-width space gone.
    await expect(composer.message).toHaveValue(injected);
    await expect(composer.suggestedNote).toBeVisible();
    const box = await composer.message.evaluate((element) => ({
      scroll: element.scrollHeight,
      client: element.clientHeight,
    }));
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);

    await composer.message.press('Control+Enter');
    await expect(composer.confirmSuggested).toBeVisible();
    // The mark and the question are as accessible as the rest of the composer.
    const { violations } = await new AxeBuilder({ page: composer.page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    await composer.page.keyboard.press('Control+Enter');
    await composer.page.keyboard.press('Enter');
    await composer.confirmSuggested.getByRole('button', { name: 'Not yet' }).click();
    // Send is back: nothing went (a send would have put its result in Send's place).
    await expect(composer.sendButton).toBeVisible();
    expect(sendRequests(browser.sandbox)).toHaveLength(0);

    await composer.send();
    await expect(composer.confirmSuggested).toBeVisible();
    await composer.confirmSuggested.getByRole('button', { name: 'Yes, send this text' }).click();
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
    expect(sendRequests(browser.sandbox)[0]?.body).toMatchObject({ to: NUMBER, message: injected });
  });

  test('a content script may pass the number only: composeFromPage with a message is refused', async () => {
    const list = await CrmPage.open(browser.context, crm.url('/list.html'));
    await expect(list.host(NUMBER)).toBeVisible();
    const refused = await inContentScript(
      browser.context,
      browser.extensionId,
      list.page,
      `chrome.runtime.sendMessage({ name: 'composeFromPage', data: { to: '19005550100', message: ${JSON.stringify(PRIVATE)} } })`,
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid request/) });

    // The same channel with the number alone works: one window, the number, no text.
    const composer = await nextComposerWindow(() =>
      inContentScript(
        browser.context,
        browser.extensionId,
        list.page,
        `chrome.runtime.sendMessage({ name: 'composeFromPage', data: { to: '${NUMBER}' } })`,
      ),
    );
    await expect(composer.phone).toHaveValue(SHOWN);
    await expect(composer.message).toHaveValue('');
    expect(composerPages(browser.context)).toHaveLength(1);
    // The window's address carries a one-time token, not the number or any text.
    expect([...new URL(composer.page.url()).searchParams.keys()]).toEqual(['prefill']);
  });
});

test.describe('drafts and recipients', () => {
  test('a stored draft for number A, then the page button for number B: B starts clean, A is kept', async () => {
    const first = await openComposer();
    await first.fill({ phone: '0918 111 2222', message: PRIVATE });
    await expect.poll(async () => (await first.storedDraft())?.message).toBe(PRIVATE);
    await first.page.close();

    const list = await CrmPage.open(browser.context, crm.url('/list.html'));
    await expect(list.host(NUMBER)).toBeVisible();
    const composer = await nextComposerWindow(() => list.clickButton(NUMBER));
    await expect(composer.phone).toHaveValue(SHOWN);
    await expect(composer.message).toHaveValue('');
    const kept = composer.page.getByRole('note', { name: 'Kept drafts' });
    await expect(kept).toContainText('Your unsent message to 0918 111 2222');
    await composer.message.press('Control+Enter');
    await expect(composer.page.getByText('Write the message.')).toBeVisible();
    expect(sendRequests(browser.sandbox)).toHaveLength(0);
    expect(await composer.storedDrafts()).toContainEqual(
      expect.objectContaining({ phone: '0918 111 2222', message: PRIVATE }),
    );

    // A's draft comes back, as it was, for A.
    await kept.getByRole('button', { name: 'Open it' }).click();
    await expect(composer.phone).toHaveValue('0918 111 2222');
    await expect(composer.message).toHaveValue(PRIVATE);
  });

  test('opening another composer with a prefill never changes an open composer’s draft', async () => {
    const mine = await openComposer();
    await mine.fill({ phone: '0918 111 2222', message: 'Mine' });
    await expect.poll(async () => (await mine.storedDraft())?.message).toBe('Mine');

    const other = await openComposer(`?to=${NUMBER}&message=Injected`);
    await expect(other.message).toHaveValue('Injected');
    await expect(other.phone).toHaveValue(SHOWN);
    const list = await CrmPage.open(browser.context, crm.url('/list.html'));
    await expect(list.host(NUMBER)).toBeVisible();
    const fromPage = await nextComposerWindow(() => list.clickButton(NUMBER));
    await expect(fromPage.phone).toHaveValue(SHOWN);

    // The open composer saw the new draft arrive (it now mentions it as kept) and kept its own.
    await expect(mine.page.getByRole('note', { name: 'Kept drafts' })).toContainText('“Injected”');
    await expect(mine.phone).toHaveValue('0918 111 2222');
    await expect(mine.message).toHaveValue('Mine');
    await expect(mine.suggestedNote).toHaveCount(0);
  });
});

test.describe('what the composer says while it sends (issue 13)', () => {
  test('a message in flight does not warn that it repeats itself', async () => {
    setFault(browser.sandbox, { mode: 'hold', times: 1 });
    const composer = await openComposer(`?to=${NUMBER}`);
    await composer.fill({ message: 'Only this once' });
    await composer.send();
    await expect.poll(() => sendRequests(browser.sandbox).length).toBe(1);
    // The composer has the outbox record (the history shows it) while the answer is held.
    await composer.historyTab.click();
    await expect(composer.historyEntry(SHOWN)).toContainText('Sending');
    await composer.composeTab.click();
    await expect(composer.page.getByRole('button', { name: 'Sending…' })).toBeVisible();
    await expect(composer.page.getByText(/same text to this recipient/)).toHaveCount(0);
    await expect(composer.page.getByText(/This would wait about/)).toHaveCount(0);
    browser.sandbox.release();
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
  });

  test('during automatic retries after a 500 it says it is retrying and cannot arrive twice', async () => {
    test.setTimeout(90_000);
    // Two 500s: the outbox retries after 5 s and 10 s, so the retrying state lasts long enough to
    // read on a loaded machine; the third attempt succeeds.
    setFault(browser.sandbox, { mode: 'status500', times: 2 });
    const composer = await openComposer(`?to=${NUMBER}`);
    await composer.fill({ message: 'Retried by itself' });
    await composer.send();
    await expect(
      composer.result.getByRole('heading', {
        name: /^(Not confirmed yet — trying again|Trying again…)$/,
      }),
    ).toBeVisible();
    await expect(composer.result).toContainText('trying again by itself');
    await expect(composer.result).toContainText('cannot send it twice');
    await expect(composer.result).not.toContainText('message log');
    await expect(composer.result).not.toContainText('not known whether');
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible({
      timeout: 60_000,
    });
    expect(sentMessages(browser.sandbox)).toHaveLength(1);
    expect(new Set(sentDedups(browser.sandbox)).size).toBe(1);
    expect(sendRequests(browser.sandbox)).toHaveLength(3);
  });
});
