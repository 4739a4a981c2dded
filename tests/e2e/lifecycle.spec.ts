import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import {
  CRM_HOST,
  type CrmServer,
  NON_CRM_HOST,
  OTHER_CRM_HOST,
  startCrmServer,
} from '../fixtures/crm/crm-server';
import { launchWithExtension } from './fixtures';
import { CrmPage, LIST_NUMBERS, nextComposerTo } from './pages/crm-page';
import { configureExtension } from './support/configure-extension';
import { hostMappingArgs } from './support/tls';
import {
  type BareBrowser,
  type BuildCopy,
  copyBuild,
  launchBareBrowser,
  workerOf,
} from './support/unpacked-install';

const test = base.extend<
  { bare: BareBrowser; build: BuildCopy; hostArgs: string[] },
  { crm: CrmServer }
>({
  crm: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startCrmServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  hostArgs: async ({ crm }, use) => {
    await use(
      hostMappingArgs({
        [CRM_HOST]: crm.port,
        [OTHER_CRM_HOST]: crm.port,
        [NON_CRM_HOST]: crm.port,
      }),
    );
  },
  bare: async ({ hostArgs }, use) => {
    const bare = await launchBareBrowser(hostArgs);
    await use(bare);
    await bare.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  build: async ({}, use) => {
    const build = copyBuild();
    await use(build);
    build.remove();
  },
});

/**
 * Records, from the page's own world, the most buttons one number ever had at once (checked on
 * every change of the page), so a moment with two buttons for a number cannot go unseen.
 */
async function recordMostButtonsPerNumber(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const state = { most: 0 };
    (globalThis as { buttonRecord?: { most: number } }).buttonRecord = state;
    const count = (): void => {
      const seen = new Map<string, number>();
      for (const host of document.querySelectorAll('span[data-sms-to]')) {
        const digits = host.getAttribute('data-sms-to') ?? '';
        seen.set(digits, (seen.get(digits) ?? 0) + 1);
      }
      state.most = Math.max(state.most, ...seen.values(), 0);
    };
    new MutationObserver(count).observe(document, { childList: true, subtree: true });
    count();
  });
  return () =>
    page.evaluate(
      () => (globalThis as { buttonRecord?: { most: number } }).buttonRecord?.most ?? -1,
    );
}

test('install with CRM tabs open: the open tabs get their buttons without a reload', async ({
  bare,
  build,
  crm,
}) => {
  // A page the extension may not touch, open first: it is skipped without stopping the rest.
  const internal = await bare.context.newPage();
  await internal.goto('chrome://version');
  const list = await CrmPage.open(bare.context, crm.url('/list.html'));
  const other = await CrmPage.open(bare.context, crm.url('/frame.html', OTHER_CRM_HOST));
  await expect(list.page.locator('tbody tr')).toHaveCount(9);
  expect(await list.markedNumbers()).toEqual([]);

  await bare.loadUnpacked(build.folder);

  await list.expectMarked(LIST_NUMBERS);
  await other.expectMarked(['639177778888', '63287778889']);
});

test('update with a CRM tab open: one working button per number, new numbers marked', async ({
  bare,
  build,
  crm,
}) => {
  const list = await CrmPage.open(bare.context, crm.url('/list.html'));
  const id = await bare.loadUnpacked(build.folder);
  await list.expectMarked(LIST_NUMBERS);
  await list.page.evaluate(() => {
    for (const host of document.querySelectorAll('span[data-sms-to]'))
      host.setAttribute('data-before-update', '');
  });
  const mostButtons = await recordMostButtonsPerNumber(list.page);

  build.setVersion('0.1.1');
  const nextWorker = bare.context.waitForEvent('serviceworker');
  expect(await bare.loadUnpacked(build.folder)).toBe(id);
  const worker = await nextWorker;
  expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');

  // The old instance's buttons are gone and the new instance's are there, one per number.
  await expect(list.page.locator('span[data-sms-to][data-before-update]')).toHaveCount(0);
  await list.expectMarked(LIST_NUMBERS);
  expect(await mostButtons()).toBe(1);

  // The new instance follows the page: a number added now gets its button.
  await list.page.evaluate(() => {
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    cell.textContent = 'Call +63 917 555 0101';
    row.append(cell);
    document.querySelector('tbody')?.append(row);
  });
  await list.expectMarked([...LIST_NUMBERS, '639175550101']);
  expect(await mostButtons()).toBe(1);

  // And a click on a button after the update opens the composer (set up, so it shows the number).
  await configureExtension(worker);
  expect(await nextComposerTo(bare.context, () => list.clickButton('639171234567'))).toBe(
    '639171234567',
  );
});

test('"Disable on this site" and "Enable on this site" act on the open tab', async ({
  bare,
  build,
  crm,
}) => {
  const list = await CrmPage.open(bare.context, crm.url('/list.html'));
  const id = await bare.loadUnpacked(build.folder);
  await list.expectMarked(LIST_NUMBERS);
  const worker = await workerOf(bare.context, id);
  const site = `https://${CRM_HOST}`;

  // What the popup's button stores (utils/sites/site-actions.ts); the background does the rest.
  const started = Date.now();
  await worker.evaluate(
    (disabled) => chrome.storage.local.set({ sites: { enabled: [], disabled: [disabled] } }),
    site,
  );
  await expect(list.hosts()).toHaveCount(0);
  const disabledMs = Date.now() - started;

  await worker.evaluate(() => chrome.storage.local.set({ sites: { enabled: [], disabled: [] } }));
  await list.expectMarked(LIST_NUMBERS);
  const enabledMs = Date.now() - started - disabledMs;
  test.info().annotations.push({
    type: 'timing',
    description: `buttons gone ${disabledMs} ms after disabling, back ${enabledMs} ms after enabling`,
  });
});

test('an extension removed under the page takes its buttons with it', async ({
  bare,
  build,
  crm,
}) => {
  const list = await CrmPage.open(bare.context, crm.url('/list.html'));
  const id = await bare.loadUnpacked(build.folder);
  await list.expectMarked(LIST_NUMBERS);

  const started = Date.now();
  await bare.uninstall(id);

  // Chrome leaves the old content script running, cut off from the extension: it notices within
  // a second (utils/page/content-script-run.ts) and removes every button.
  await expect(list.hosts()).toHaveCount(0);
  test.info().annotations.push({
    type: 'timing',
    description: `buttons gone ${Date.now() - started} ms after the removal`,
  });
});

test('the first page after start-up is marked: fresh profile, no waiting', async ({
  crm,
  hostArgs,
}, testInfo) => {
  const userDataDir = testInfo.outputPath('profile');
  const url = crm.url('/list.html');

  // A fresh profile: the page is opened as soon as the browser is, with no wait for the
  // extension's worker or anything it registers.
  const first = await launchWithExtension(userDataDir, hostArgs);
  try {
    await (await CrmPage.open(first, url)).expectMarked(LIST_NUMBERS);
  } finally {
    await first.close();
  }

  // The next start restores that tab: the browser loads it while it starts, before the worker
  // has run at all, as an agent's CRM tab is every morning.
  const second = await launchWithExtension(userDataDir, [...hostArgs, '--restore-last-session']);
  try {
    const restored =
      second.pages().find((page) => page.url() === url) ??
      (await second.waitForEvent('page', { predicate: (page) => page.url() === url }));
    await new CrmPage(restored).expectMarked(LIST_NUMBERS);
  } finally {
    await second.close();
  }
});
