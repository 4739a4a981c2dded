import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { composerPages, waitForContentScript } from './pages/crm-page';
import { type ExtensionBrowser, launchExtensionBrowser } from './support/extension-browser';
import { HOSTILE_HOST, type HostileServer, startHostileServer } from './support/hostile-server';
import { sendRequests } from './support/sandbox-records';

/**
 * Part 2 of "Hostile world" (issue 14, items 2 and 3): pages that reach for the button's insides,
 * steer the keyboard to a button the user cannot see, or make the button invisible while it still
 * takes a real click. Every attack ends with the user's own genuine action on a button they can
 * see, which must open the composer, and be the only thing that did: a composer opened by the
 * attack would have come first (the attack's click was earlier and is decided earlier).
 */

const TARGET = '639171234567';
const CONTROL = '14155550132';
/** Not a CRM: the content script does not run here. It frames a CRM page. */
const DECOY_HOST = 'prizes.example.net';

let server: HostileServer;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startHostileServer();
  browser = await launchExtensionBrowser({
    [HOSTILE_HOST]: server.port,
    [DECOY_HOST]: server.port,
  });
  await waitForContentScript(await browser.worker());
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Stands in the list until the composer shows which number it was opened for. */
const PENDING = 'pending';

/**
 * Every number a composer window was opened or pointed at, in order, from now on. The number
 * travels from the background under a one-time token, so it is read from the composer's phone
 * field; the entry is taken at once, so no opening is missed while the field fills in.
 */
function composerTargets(context: BrowserContext): string[] {
  const targets: string[] = [];
  const track = (page: Page): void => {
    let last = '';
    const note = (): void => {
      const url = new URL(page.url());
      if (url.pathname !== '/popup.html' || page.url() === last) return;
      last = page.url();
      const index = targets.push(PENDING) - 1;
      void shownNumber(page).then((digits) => {
        targets[index] = digits;
      });
    };
    note();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) note();
    });
  };
  context.on('page', track);
  return targets;
}

/** The digits in the composer's phone field once it has any ('' if the window went first). */
async function shownNumber(page: Page): Promise<string> {
  try {
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    await expect(phone).not.toHaveValue('', { timeout: 15_000 });
    return (await phone.inputValue()).replace(/\D/g, '');
  } catch {
    return '';
  }
}

function host(scope: Page | Frame, digits: string): Locator {
  return scope.locator(`span[data-sms-to="${digits}"]`);
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The button has no box.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A hostile page, on a CRM host unless `url` is a whole address elsewhere. */
async function openHostile(url: string): Promise<{ page: Page; targets: string[] }> {
  await browser.reset();
  const targets = composerTargets(browser.context);
  const page = await browser.context.newPage();
  await page.goto(url.startsWith('https:') ? url : server.url(url));
  return { page, targets };
}

/**
 * The user's own click on a visible button, repeated until the composer shows it: after a page
 * changes, IntersectionObserver v2 reports again at most every 100 ms.
 */
async function clickUntilComposer(
  page: Page,
  button: Locator,
  targets: string[],
  digits: string,
): Promise<void> {
  await expect(async () => {
    const { x, y } = await centreOf(button);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await expect.poll(() => targets.includes(digits), { timeout: 2_000 }).toBe(true);
  }).toPass({ timeout: 15_000 });
}

async function expectOnly(targets: string[], digits: string): Promise<void> {
  await expect.poll(() => targets.length > 0 && !targets.includes(PENDING)).toBe(true);
  expect(targets).toEqual([digits]);
  expect(composerPages(browser.context)).toHaveLength(1);
  expect(sendRequests(browser.sandbox)).toHaveLength(0);
}

/** Tabs from `field` until the focus is on the button of `digits` (as a person would). */
async function tabTo(page: Page, field: string, digits: string): Promise<void> {
  await page.locator(field).focus();
  for (let presses = 0; presses < 5; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-sms-to'));
    if (focused === digits) return;
  }
  throw new Error(`Tab never reached the button for ${digits}.`);
}

/**
 * Alt+K as the keyboard sends it: Playwright's `keyboard.press('Alt+k')` sends no character, and
 * Chromium starts an accesskey from the character event.
 */
async function pressAccessKey(page: Page, key: string): Promise<void> {
  const session = await browser.context.newCDPSession(page);
  const code = `Key${key.toUpperCase()}`;
  const windowsVirtualKeyCode = key.toUpperCase().charCodeAt(0);
  const alt = { key: 'Alt', code: 'AltLeft', windowsVirtualKeyCode: 18 };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 1, ...alt });
  await session.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    modifiers: 1,
    key,
    code,
    text: key,
    unmodifiedText: key,
    windowsVirtualKeyCode,
  });
  await session.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    modifiers: 1,
    key,
    code,
    windowsVirtualKeyCode,
  });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, ...alt });
  await session.detach();
}

test.describe('a page that reaches for the button’s insides', () => {
  test('defining the old and every plausible tag name, patching prototypes and probing every new element gets no reference', async () => {
    const { page, targets } = await openHostile('/grab.html');
    await expect(page.locator('body[data-grab="ready"]')).toBeAttached({ timeout: 15_000 });
    const button = host(page, TARGET);
    await expect(button).toBeVisible();
    // The page watches every event too: focus and click the button as a user would.
    await tabTo(page, 'body', TARGET);
    await clickUntilComposer(page, button, targets, TARGET);
    const { grabbed, log } = await page.evaluate(() => ({
      grabbed: (window as { __grabbed?: string[] }).__grabbed,
      log: (window as { __grabLog?: string[] }).__grabLog,
    }));
    expect(log).toContain('defined 14 names');
    expect(log).toContain('patched prototypes');
    expect(log).toContain('attachShadow on the host: refused');
    expect(log).not.toContain('attachShadow on the host: allowed');
    expect(grabbed).toEqual([]);
    // The host is a plain span: no custom element the page could have upgraded.
    expect(await button.evaluate((element) => element.constructor.name)).toBe('HTMLSpanElement');
    await expectOnly(targets, TARGET);
  });
});

test.describe('a page that steers the keyboard to a button the user cannot see', () => {
  for (const attack of ['offscreen', 'covered'] as const) {
    test(`the user’s Tab reaches a ${attack} button: Enter and Space open nothing`, async () => {
      const { page, targets } = await openHostile(`/keyboard.html?attack=${attack}`);
      await expect(page.locator('body[data-attack="ready"]')).toBeAttached({ timeout: 15_000 });
      await expect(host(page, CONTROL)).toBeAttached();
      await tabTo(page, '#field', TARGET);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      await expect
        .poll(() => page.evaluate(() => (window as { __hostClicks?: object[] }).__hostClicks))
        .toEqual([
          { to: TARGET, trusted: true, detail: 0 },
          { to: TARGET, trusted: true, detail: 0 },
        ]);
      if (attack === 'covered') await page.evaluate(() => document.body.lastElementChild?.remove());
      await tabTo(page, '#control-field', CONTROL);
      await page.keyboard.press('Enter');
      await expectOnly(targets, CONTROL);
    });
  }

  test('an accesskey on the host, off screen under a full-page layer: Alt+K opens nothing', async () => {
    const { page, targets } = await openHostile('/keyboard.html?attack=accesskey');
    await expect(page.locator('body[data-attack="ready"]')).toBeAttached({ timeout: 15_000 });
    await pressAccessKey(page, 'k');
    await expect
      .poll(() => page.evaluate(() => (window as { __hostClicks?: object[] }).__hostClicks))
      .toEqual([{ to: TARGET, trusted: true, detail: 0 }]);
    await page.evaluate(() => document.body.lastElementChild?.remove());
    await tabTo(page, '#control-field', CONTROL);
    await page.keyboard.press('Enter');
    await expectOnly(targets, CONTROL);
  });

  test('focus the page puts on the button (focus(), autofocus, a popover, a modal dialog left open) does not make Enter or Space open it', async () => {
    const { page, targets } = await openHostile('/keyboard.html?attack=focus');
    await expect(page.locator('body[data-attack="ready"]')).toBeAttached({ timeout: 15_000 });
    const log = await page.evaluate(() => (window as { __attackLog?: string[] }).__attackLog);
    expect(log).toContain('host.focus(): host');
    // The button is on screen, in the open modal dialog: with focus on it, these keys would open it.
    await expect(host(page, TARGET)).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await page.evaluate(() => document.querySelector('dialog')?.close());
    await tabTo(page, '#control-field', CONTROL);
    await page.keyboard.press('Enter');
    await expectOnly(targets, CONTROL);
  });

  test('a visible button the user tabbed to opens the composer with Enter and with Space', async () => {
    const { page, targets } = await openHostile('/keyboard.html?attack=none');
    await expect(page.locator('body[data-attack="ready"]')).toBeAttached({ timeout: 15_000 });
    await tabTo(page, '#field', TARGET);
    await page.keyboard.press('Enter');
    await expect.poll(() => targets).toEqual([TARGET]);
    await tabTo(page, '#control-field', CONTROL);
    await page.keyboard.press('Space');
    await expect.poll(() => targets).toEqual([TARGET, CONTROL]);
  });
});

test.describe('a page that makes the button invisible', () => {
  for (const attack of ['filter-opacity', 'opacity-low', 'mask', 'blend', 'overlay-pe-none']) {
    test(`${attack}: a real click on the invisible button opens nothing`, async () => {
      const { page, targets } = await openHostile(`/invisible.html?attack=${attack}`);
      await expect(page.locator('body[data-attack="ready"]')).toBeAttached({ timeout: 15_000 });
      await expect(host(page, CONTROL)).toBeAttached();
      const { x, y } = await centreOf(host(page, TARGET));
      await page.mouse.move(x - 30, y);
      await page.mouse.move(x, y, { steps: 3 });
      await page.mouse.click(x, y);
      if (attack === 'filter-opacity')
        await page.evaluate(() => (window as { __undo?: () => void }).__undo?.());
      await clickUntilComposer(page, host(page, CONTROL), targets, CONTROL);
      await expectOnly(targets, CONTROL);
    });
  }

  test('a page of another site framing the CRM at opacity 0 over a decoy: a real click opens nothing', async () => {
    const crm = server.url('/framed.html');
    const { page, targets } = await openHostile(
      `https://${DECOY_HOST}/decoy.html?crm=${encodeURIComponent(crm)}`,
    );
    const frame = page.frameLocator('#crm');
    const button = frame.locator(`span[data-sms-to="${TARGET}"]`);
    await expect(button).toBeAttached({ timeout: 15_000 });
    await expect(frame.locator(`span[data-sms-to="${CONTROL}"]`)).toBeAttached();
    // The user aims at the decoy; the invisible CRM button is what is under the cursor.
    const { x, y } = await centreOf(button);
    await page.mouse.move(x - 30, y);
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
    await page.mouse.click(x, y);
    // The same frame shown: the user's click on a button they now see opens the composer.
    await page.locator('#crm').evaluate((element: HTMLElement) => {
      element.style.opacity = '1';
    });
    await clickUntilComposer(
      page,
      frame.locator(`span[data-sms-to="${CONTROL}"]`),
      targets,
      CONTROL,
    );
    await expectOnly(targets, CONTROL);
  });
});
