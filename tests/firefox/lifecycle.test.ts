import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { test as base, expect } from 'vitest';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { API_HOST, TEST_TLS } from '../e2e/support/tls';
import { CRM_HOST, type CrmServer, startCrmServer } from '../fixtures/crm/crm-server';
import { FirefoxComposerPage } from './pages/composer-page';
import { FirefoxCrmPage, LIST_SAMPLE } from './pages/crm-page';
import { configureExtension } from './support/extension-state';
import { EXTENSION_BASE, EXTENSION_DIR, launchFirefox, waitForPage } from './support/firefox';

const test = base.extend<{ sandbox: Sandbox; crm: CrmServer; build: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring.
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, tls: TEST_TLS, deliveryStepMs: 1_000 });
    await use(sandbox);
    await sandbox.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring.
  crm: async ({}, use) => {
    const crm = await startCrmServer();
    await use(crm);
    await crm.close();
  },
  /** A copy of the build, so a test can write a new version into it and install it again. */
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring.
  build: async ({}, use) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'click-to-sms-ff-build-'));
    cpSync(EXTENSION_DIR, folder, { recursive: true });
    await use(folder);
    rmSync(folder, { recursive: true, force: true });
  },
});

function setVersion(folder: string, version: string): void {
  const file = path.join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  writeFileSync(file, JSON.stringify({ ...manifest, version }));
}

test('install with a CRM tab open: Firefox runs the content script there, buttons appear; an update leaves one working button per number', async ({
  sandbox,
  crm,
  build,
}) => {
  let list: FirefoxCrmPage | undefined;
  const firefox = await launchFirefox(
    { [API_HOST]: sandbox.port, [CRM_HOST]: crm.port },
    {
      extensionDir: build,
      beforeInstall: async (browser) => {
        const page: Page = await browser.newPage();
        await page.goto(crm.url('/list.html'));
        list = new FirefoxCrmPage(page);
        expect(await list.markedNumbers()).toEqual([]);
      },
    },
  );
  try {
    if (!list) throw new Error('The CRM tab was not opened.');
    await list.waitForButtons(LIST_SAMPLE);
    // Set up, so the composer shows the number it was opened for (it travels under a token).
    await configureExtension(firefox.welcome);

    // An update (a new version of the same add-on) while the tab stays open.
    const before = await list.markedNumbers();
    await list.page.evaluate(() => {
      for (const host of document.querySelectorAll('span[data-sms-to]'))
        host.setAttribute('data-before-update', '');
    });
    setVersion(build, '0.1.1');
    await firefox.browser.installExtension(build);
    // Firefox runs the new version's content script in the open tab by itself; it removes the
    // dead buttons the unloaded version left and marks the page again.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await list.page.evaluate(() => ({
        old: document.querySelectorAll('span[data-sms-to][data-before-update]').length,
        all: [...document.querySelectorAll('span[data-sms-to]')].map((host) =>
          host.getAttribute('data-sms-to'),
        ),
      }));
      if (state.old === 0 && state.all.length === before.length) break;
      if (Date.now() > deadline) throw new Error(`After the update: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await list.markedNumbers()).sort()).toEqual([...before].sort());
    await list.clickButton('639171234567');
    const composer = await waitForPage(firefox.browser, (href) =>
      href.startsWith(`${EXTENSION_BASE}/popup.html?`),
    );
    expect(await new FirefoxComposerPage(composer).shownDigits()).toBe('639171234567');
  } finally {
    await firefox.close();
  }
});

test('disabling and enabling a default CRM acts on its open tab', async ({ sandbox, crm }) => {
  const firefox = await launchFirefox({ [API_HOST]: sandbox.port, [CRM_HOST]: crm.port });
  try {
    const list = new FirefoxCrmPage(await firefox.browser.newPage());
    await list.page.goto(crm.url('/list.html'));
    await list.waitForButtons(LIST_SAMPLE);

    // What the popup's button stores (utils/sites/site-actions.ts); the background does the rest.
    await firefox.welcome.evaluate(
      (site) => chrome.storage.local.set({ sites: { enabled: [], disabled: [site] } }),
      `https://${CRM_HOST}`,
    );
    await list.waitForNoButtons();

    await firefox.welcome.evaluate(() =>
      chrome.storage.local.set({ sites: { enabled: [], disabled: [] } }),
    );
    await list.waitForButtons(LIST_SAMPLE);
  } finally {
    await firefox.close();
  }
});
