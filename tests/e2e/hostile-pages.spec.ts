import type { CDPSession, Page } from '@playwright/test';
import { formatDigitsForDisplay } from '../../utils/phone/format-digits-for-display';
import { expect, test } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { CrmPage, composerPages, nextComposerTo, waitForContentScript } from './pages/crm-page';
import { type ExtensionBrowser, launchExtensionBrowser } from './support/extension-browser';
import { readDbEntries } from './support/extension-db';
import { HOSTILE_HOST, type HostileServer, startHostileServer } from './support/hostile-server';
import { sendRequests } from './support/sandbox-records';

/**
 * Part 1 of "Hostile world": pages (tests/fixtures/hostile) that attack the extension, served on a
 * default CRM host to the production build, with no content security policy to hide behind.
 * Nothing a page does sends an SMS or opens the composer without the user's own click on the
 * button; the composer shows the number rebuilt from digits; page text never becomes HTML; and
 * the content script leaves the page responsive.
 */

/** A name the sandbox answers too: where a tampered API URL would send the key. */
const ATTACKER_HOST = 'attacker.zendesk.com';
const NUMBER = '639171234567';
/** How long "nothing happens" is watched for after an attack. */
const QUIET_MS = 1_500;
/**
 * The longest the page may go without running its own 16 ms timer. A behaviour check, not a
 * benchmark: on this shared two-core machine a page WITHOUT the extension showed gaps of up to
 * 300 ms under load, the storm below 80–600 ms. A page that froze would show seconds.
 */
const MAX_GAP_MS = 1_000;

let server: HostileServer;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startHostileServer();
  // The sandbox also answers the attacker's host name: a key sent there would be seen.
  browser = await launchExtensionBrowser({ [HOSTILE_HOST]: server.port }, [ATTACKER_HOST]);
  await waitForContentScript(await browser.worker());
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openHostile(pathname: string): Promise<CrmPage> {
  const page = await browser.context.newPage();
  await page.goto(server.url(pathname));
  return new CrmPage(page);
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

type Heartbeat = { max: number; count: number; longTasks: number[] };

/** The page's own measure of itself (tests/fixtures/hostile/heartbeat.js), up to this moment. */
async function heartbeat(page: Page): Promise<Heartbeat> {
  return page.evaluate(() => {
    const beats = (window as unknown as { __heartbeat: Heartbeat & { last: number } }).__heartbeat;
    return { ...beats, max: Math.max(beats.max, performance.now() - beats.last) };
  });
}

/** Closes the composer windows, so that the next click opens a new one (and a `page` event). */
async function closeComposers(): Promise<void> {
  for (const page of composerPages(browser.context)) await page.close();
}

async function expectNothingOpenedOrSent(page: Page): Promise<void> {
  await page.waitForTimeout(QUIET_MS);
  expect(composerPages(browser.context)).toHaveLength(0);
  expect(sendRequests(browser.sandbox)).toHaveLength(0);
}

test.describe('pages that click, dispatch events and forge messages', () => {
  test('open nothing and send nothing; the user’s own click still opens the real number', async () => {
    await browser.reset();
    const crm = await openHostile(`/attack-clicks.html?id=${browser.extensionId}`);
    await expect(crm.page.locator('body[data-attacks="done"]')).toBeAttached({ timeout: 15_000 });
    // A real click on the page's own button, which the page spends on clicking ours.
    await crm.page.getByRole('button', { name: 'Continue' }).click();
    await expectNothingOpenedOrSent(crm.page);

    const log = await crm.page.evaluate(() => (window as { __attackLog?: string[] }).__attackLog);
    expect(log).toContain('shadowRoot: hidden');
    expect(log).toContain('attachShadow: refused');
    expect(log).toContain('borrowed a user click');
    expect(log).not.toContain('runtime.sendMessage: function');

    // The page rewrote the first button's data-sms-to; a real click still gets the number read.
    const forged = crm.host('19005550100');
    const box = await forged.boundingBox();
    if (!box) throw new Error('The forged button is not visible.');
    const to = await nextComposerTo(browser.context, () =>
      crm.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    );
    expect(to).toBe(NUMBER);
    expect(sendRequests(browser.sandbox)).toHaveLength(0);
  });
});

test.describe('pages that try to end the content script', () => {
  test('forged "content script started" events leave the buttons, and the extension never announces itself', async () => {
    await browser.reset();
    const crm = await openHostile(`/attack-lifecycle.html?id=${browser.extensionId}`);
    await expect(crm.page.locator('body[data-attacks="done"]')).toBeAttached({ timeout: 15_000 });
    // The row added after a second of attacks is marked: the script still runs.
    await expect(crm.host('254712345678')).toBeAttached();
    expect(await crm.markedNumbers()).toEqual(['639171234567', '14155550132', '254712345678']);
    const messages = await crm.page.evaluate(
      () => (window as { __messages?: string[] }).__messages ?? [],
    );
    // Only the page's own forgeries: nothing from the extension names its id or its events.
    expect(messages.filter((message) => !message.includes('page-'))).toEqual([]);
  });
});

test.describe('pages that hide or cover the button', () => {
  for (const attack of ['opacity', 'overlay', 'popover'] as const) {
    test(`a real click through ${attack === 'opacity' ? 'html { opacity: 0 }' : `a full-page ${attack}`} opens nothing`, async () => {
      await browser.reset();
      const crm = await openHostile(`/cover.html?attack=${attack}`);
      await expect(crm.page.locator('body[data-attack="ready"]')).toBeAttached();
      await crm.clickButton(NUMBER);
      await expectNothingOpenedOrSent(crm.page);
    });
  }

  test('a button moved under the cursor only opens the composer with its own number: nothing is sent', async () => {
    await browser.reset();
    const crm = await openHostile('/cover.html?attack=move');
    await expect(crm.page.locator('body[data-attack="ready"]')).toBeAttached();
    const decoy = await crm.page.getByRole('button', { name: 'Download report' }).boundingBox();
    if (!decoy) throw new Error('The decoy is not visible.');
    const x = decoy.x + decoy.width / 2;
    const y = decoy.y + decoy.height / 2;
    // The button really is the topmost thing under the cursor: no hit test can tell this click
    // from a wanted one. What protects the user is that a click only opens the composer.
    const to = await nextComposerTo(browser.context, async () => {
      await crm.page.mouse.move(x - 20, y - 20);
      await crm.page.mouse.move(x, y, { steps: 4 });
      await crm.page.mouse.click(x, y);
    });
    expect(to).toBe(NUMBER);
    const [window] = composerPages(browser.context);
    if (!window) throw new Error('No composer window.');
    const composer = new ComposerPage(window, browser.extensionId);
    await expect(composer.phone).toHaveValue('+63 917 123 4567');
    await expect(composer.sendButton).toBeVisible();
    await window.waitForTimeout(QUIET_MS);
    expect(sendRequests(browser.sandbox)).toHaveLength(0);
  });
});

test.describe('pages whose numbers carry payloads', () => {
  /**
   * Row → the digits its button must carry. Text payloads never run; a tel: link's address wins
   * over its text. A number broken up by a bidi override is not marked (the page shows its digits
   * in another order); zero-width characters, full-width and Arabic-Indic digits are read as the
   * digits shown (issue 20): never marked with other digits.
   */
  const EXPECTED: Record<string, string | undefined> = {
    html: '639171000001',
    script: '639171000002',
    'href-markup': '639171000003',
    'bidi-whole': '639171000004',
    'bidi-inside': undefined,
    'zero-width': '639171000006',
    fullwidth: '639171000007',
    'arabic-indic': '639171000008',
    'tel-differs': '639171000009',
    attribute: '639171000012',
    'label-markup': '639171000013',
  };

  test('buttons carry only the digits read, named from those digits; no payload runs', async () => {
    await browser.reset();
    const crm = await openHostile('/payloads.html');
    const expected = Object.values(EXPECTED).filter((digits) => digits !== undefined);
    await crm.expectMarked(expected);
    const perRow = await crm.page
      .locator('tr[data-case]')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.getAttribute('data-case'),
            [...row.querySelectorAll('span[data-sms-to]')].map((host) =>
              host.getAttribute('data-sms-to'),
            ),
          ]),
        ),
      );
    expect(perRow).toEqual(
      Object.fromEntries(
        Object.entries(EXPECTED).map(([row, digits]) => [row, digits ? [digits] : []]),
      ),
    );
    expect((await crm.buttonNames()).sort()).toEqual(
      expected.map((digits) => `Send SMS to ${formatDigitsForDisplay(digits)}`).sort(),
    );
    // Nothing of the page's text became markup: no image, button or inline script appeared.
    expect(await crm.page.locator('img, button, script:not([src])').count()).toBe(0);
    await crm.page.waitForTimeout(QUIET_MS); // an image's onerror would have fired by now
    expect(await pwned(crm.page)).toBeUndefined();
  });

  for (const [row, digits] of [
    ['bidi-whole', '639171000004'],
    ['tel-differs', '639171000009'],
    ['html', '639171000001'],
  ] as const) {
    test(`a real click on the ${row} row’s button shows the number rebuilt from its digits`, async () => {
      await browser.reset();
      const crm = await openHostile('/payloads.html');
      await expect(crm.host(digits)).toBeVisible();
      await closeComposers();
      expect(await nextComposerTo(browser.context, () => crm.clickButton(digits))).toBe(digits);
      const [window] = composerPages(browser.context);
      if (!window) throw new Error('No composer window.');
      const composer = new ComposerPage(window, browser.extensionId);
      const shown = formatDigitsForDisplay(digits);
      await expect(composer.phone).toHaveValue(shown);
      await expect(window.getByText(`Sends to ${shown} · Philippines`)).toBeVisible();
      expect(await pwned(window)).toBeUndefined();
      expect(await pwned(crm.page)).toBeUndefined();
      expect(sendRequests(browser.sandbox)).toHaveLength(0);
    });
  }
});

test.describe('pages that are heavy', () => {
  test('a mutation storm (thousands of nodes a second for 3 s): the page stays responsive, the buttons keep up', async () => {
    await browser.reset();
    const crm = await openHostile('/storm.html');
    await expect(crm.page.locator('body[data-storm="done"]')).toBeAttached({ timeout: 20_000 });
    const beats = await heartbeat(crm.page);
    const mutations = Number(await crm.page.locator('body').getAttribute('data-mutations'));
    expect(mutations).toBeGreaterThan(6_000);
    expect(beats.max, `long tasks: ${beats.longTasks.join(', ')} ms`).toBeLessThan(MAX_GAP_MS);
    await expect(crm.host('639173000001')).toBeVisible();
    // Once the storm is over, every row left on the page gets its button.
    await expect
      .poll(() => crm.page.locator('#storm span[data-sms-to]').count(), { timeout: 15_000 })
      .toBe(await crm.page.locator('#storm > div').count());
  });

  test('a single 1 MB text node of call notes: the page stays responsive', async () => {
    // Found by this suite: the whole node was read in one step (2.8 s here); now only its first
    // MAX_TEXT_READ characters are (utils/page/scan-job.ts).
    await browser.reset();
    const crm = await openHostile('/big-text.html?every=50');
    await expect(crm.page.locator('body[data-length]')).toBeAttached({ timeout: 15_000 });
    await crm.page.waitForTimeout(4_000);
    const beats = await heartbeat(crm.page);
    expect(beats.max, `long tasks: ${beats.longTasks.join(', ')} ms`).toBeLessThan(MAX_GAP_MS);
  });
});

test.describe('a compromised content script', () => {
  /** Runs code in the extension's content-script world of `page`, as a renderer exploit could. */
  async function inContentScript(page: Page, expression: string): Promise<unknown> {
    const session: CDPSession = await browser.context.newCDPSession(page);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await session.send('Runtime.enable');
    const world = worlds.find(
      (context) =>
        context.auxData?.type === 'isolated' &&
        context.origin === `chrome-extension://${browser.extensionId}`,
    );
    if (!world) throw new Error('The content script is not running in this page.');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    await session.detach();
    return exceptionDetails ? `threw: ${exceptionDetails.exception?.description}` : result.value;
  }

  test('cannot queue an SMS, read the history or redirect the key through extension storage', async () => {
    await browser.reset();
    // A message sent by the user, in the history the content script must not read.
    const popup = await browser.extensionPage();
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        name: 'sendSms',
        data: {
          id: 'private-history-01',
          recipient: { to: '639171234567' },
          from: '',
          message: 'Private',
        },
      }),
    );
    const crm = await openHostile('/payloads.html');
    await expect(crm.host('639171000001')).toBeVisible();
    const time = Date.now();
    const forged = {
      id: 'forged-in-storage-01',
      clientRef: 'click-to-sms:forged-in-storage-01',
      createdAt: time,
      updatedAt: time,
      recipient: { to: '19005550100' },
      endpoint: 'phonenumber',
      from: '',
      message: 'Sent by the page, paid by you',
      status: 'queued',
      attempts: 0,
      nextAttemptAt: time,
    };
    const attempt = await inContentScript(
      crm.page,
      `(async () => {
        const results = [];
        try {
          const { messages = [], settings } = await chrome.storage.local.get(['messages', 'settings']);
          results.push('read ' + messages.length + ' messages');
          await chrome.storage.local.set({ messages: [...messages, ${JSON.stringify(forged)}] });
          await chrome.storage.local.set({ settings: { ...settings, apiUrl: 'https://${ATTACKER_HOST}' } });
          results.push('wrote');
        } catch (error) {
          results.push('refused: ' + error.message);
        }
        return results;
      })()`,
    );
    // Wake the background's due work (what any alarm or worker start does).
    await popup.evaluate(() => chrome.runtime.sendMessage({ name: 'checkDeliveries', data: {} }));
    await popup.waitForTimeout(QUIET_MS);
    const requests = sendRequests(browser.sandbox).map((request) => ({
      host: request.headers.host,
      dedup: (request.body as { clientDedup?: string } | null)?.clientDedup,
    }));
    expect(requests, `content script: ${JSON.stringify(attempt)}`).toEqual([
      { host: 'api.engagespark.com', dedup: 'private-history-01' },
    ]);
    expect(String(attempt)).not.toMatch(/read \d+ messages/);
    const { settings } = await popup.evaluate(readDbEntries, ['settings']);
    expect(settings).toMatchObject({ apiUrl: 'https://api.engagespark.com' });
  });
});
