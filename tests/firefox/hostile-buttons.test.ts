import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import {
  HOSTILE_HOST,
  type HostileServer,
  startHostileServer,
} from '../e2e/support/hostile-server';
import { API_HOST, TEST_TLS } from '../e2e/support/tls';
import { FirefoxComposerPage } from './pages/composer-page';
import { configureExtension, waitForContentScript } from './support/extension-state';
import {
  delay,
  EXTENSION_BASE,
  type FirefoxSession,
  launchFirefox,
  waitForPage,
} from './support/firefox';

/**
 * Issue 14, item 3 in Firefox, which has no IntersectionObserver v2: the fallback
 * (utils/page/visible-style.ts) refuses a real click on a button the page made invisible, and a
 * click in a CRM page framed by a site of another origin, whose styles it cannot read.
 * Pages from tests/fixtures/hostile; tests/e2e/hostile-buttons.spec.ts has the same in Chromium.
 */

const TARGET = '639171234567';
const CONTROL = '14155550132';
const DECOY_HOST = 'prizes.example.net';

let sandbox: Sandbox;
let hostile: HostileServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, tls: TEST_TLS, deliveryStepMs: 1_000 });
  hostile = await startHostileServer();
  firefox = await launchFirefox({
    [API_HOST]: sandbox.port,
    [HOSTILE_HOST]: hostile.port,
    [DECOY_HOST]: hostile.port,
  });
  // Set up, so the composer shows the number it was opened for (it travels under a token).
  await configureExtension(firefox.welcome);
  await waitForContentScript(firefox.welcome);
});

afterAll(async () => {
  await firefox?.close();
  await hostile?.close();
  await sandbox?.close();
});

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await delay(100);
  }
}

/** The centre of a number's button, in the coordinates of the page (frames here sit at 0, 0). */
async function buttonCentre(
  scope: Page | Frame,
  digits: string,
): Promise<{ x: number; y: number }> {
  const found = await until(
    () =>
      scope.evaluate((to) => {
        const box = document.querySelector(`span[data-sms-to="${to}"]`)?.getBoundingClientRect();
        return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
      }, digits),
    (centre) => centre !== null,
  );
  if (!found) throw new Error(`No button for ${digits}.`);
  return found;
}

/**
 * The user's click on a button they can see opens the composer for it, and the composer window
 * has shown nothing before (a composer the attack had opened would be the first page in it).
 */
async function expectOnlyComposerFor(page: Page, digits: string): Promise<void> {
  const { x, y } = await buttonCentre(page, digits);
  await page.mouse.click(x, y);
  const composer = await waitForPage(firefox.browser, (href) =>
    href.startsWith(`${EXTENSION_BASE}/popup.html?`),
  );
  expect(await new FirefoxComposerPage(composer).shownDigits()).toBe(digits);
  expect(await composer.evaluate(() => history.length)).toBe(1);
  await composer.close();
}

/** Tabs from `field` until the focus is on the button of `digits` (as a person would). */
async function tabTo(page: Page, field: string, digits: string): Promise<void> {
  await page.focus(field);
  for (let presses = 0; presses < 5; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-sms-to'));
    if (focused === digits) return;
  }
  throw new Error(`Tab never reached the button for ${digits}.`);
}

/** Like expectOnlyComposerFor, by the keyboard: the user tabs to a visible button, presses Enter. */
async function expectOnlyComposerByKeyboard(
  page: Page,
  field: string,
  digits: string,
): Promise<void> {
  await tabTo(page, field, digits);
  await page.keyboard.press('Enter');
  const composer = await waitForPage(firefox.browser, (href) =>
    href.startsWith(`${EXTENSION_BASE}/popup.html?`),
  );
  expect(await new FirefoxComposerPage(composer).shownDigits()).toBe(digits);
  expect(await composer.evaluate(() => history.length)).toBe(1);
  await composer.close();
}

async function hostClicks(scope: Page | Frame, count: number): Promise<unknown[]> {
  return until(
    () => scope.evaluate(() => (window as { __hostClicks?: unknown[] }).__hostClicks ?? []),
    (list) => list.length >= count,
  );
}

async function closeAllButWelcome(): Promise<void> {
  for (const page of await firefox.browser.pages())
    if (page !== firefox.welcome) await page.close();
}

describe('Firefox: a page that makes the button invisible', () => {
  for (const attack of ['filter-opacity', 'opacity-low', 'mask', 'blend']) {
    test(`${attack}: a real click on the invisible button opens nothing`, async () => {
      await closeAllButWelcome();
      const page = await firefox.browser.newPage();
      await page.goto(`https://${HOSTILE_HOST}/invisible.html?attack=${attack}`);
      await until(
        () => page.evaluate(() => document.body.dataset.attack),
        (state) => state === 'ready',
      );
      await buttonCentre(page, CONTROL);
      const { x, y } = await buttonCentre(page, TARGET);
      await page.mouse.click(x, y);
      if (attack === 'filter-opacity')
        await page.evaluate(() => (window as { __undo?: () => void }).__undo?.());
      await expectOnlyComposerFor(page, CONTROL);
    });
  }

  test('a page of another site framing the CRM at opacity 0: a real click opens nothing', async () => {
    await closeAllButWelcome();
    const page = await firefox.browser.newPage();
    const crm = `https://${HOSTILE_HOST}/framed.html`;
    await page.goto(`https://${DECOY_HOST}/decoy.html?crm=${encodeURIComponent(crm)}`);
    const frame = await until(
      async () => page.frames().find((candidate) => candidate.url() === crm),
      (found) => found !== undefined,
    );
    if (!frame) throw new Error('The CRM frame did not load.');
    const { x, y } = await buttonCentre(frame, TARGET);
    await page.mouse.click(x, y);
    // The click reached the button (the CRM page logs it) and was refused.
    const clicks = await hostClicks(frame, 1);
    expect(clicks).toEqual([{ to: TARGET, trusted: true, detail: 1 }]);
    // The same CRM page on its own: the user's click opens the composer, the first it has shown.
    const own = await firefox.browser.newPage();
    await own.goto(crm);
    await expectOnlyComposerFor(own, CONTROL);
  });
});

describe('Firefox: a page that steers the keyboard to a button the user cannot see', () => {
  for (const attack of ['offscreen', 'covered', 'focus']) {
    test(`${attack}: Enter and Space open nothing; the user's Tab and Enter on a visible button do`, async () => {
      await closeAllButWelcome();
      const page = await firefox.browser.newPage();
      await page.goto(`https://${HOSTILE_HOST}/keyboard.html?attack=${attack}`);
      await until(
        () => page.evaluate(() => document.body.dataset.attack),
        (state) => state === 'ready',
      );
      if (attack !== 'focus') await tabTo(page, '#field', TARGET);
      await page.keyboard.press('Enter');
      await page.keyboard.press(' ');
      if (attack !== 'focus') {
        // Both keys reached the button as clicks (the page logs them) and were refused.
        expect(await hostClicks(page, 2)).toEqual([
          { to: TARGET, trusted: true, detail: 0 },
          { to: TARGET, trusted: true, detail: 0 },
        ]);
      }
      await page.evaluate(() => {
        document.querySelector('dialog')?.close();
        if (document.body.lastElementChild?.textContent === 'Loading…')
          document.body.lastElementChild.remove();
      });
      await expectOnlyComposerByKeyboard(page, '#control-field', CONTROL);
    });
  }
});
