/**
 * `npm run bench -- --detect`: precision and recall of number detection on the CRM corpus pages
 * (tests/fixtures/crm/corpus.ts) in Chromium and Firefox, the extension beside a naive
 * libphonenumber `findPhoneNumbersInText` scan of the same pages. Run `npm run build` first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionServiceWorker, launchWithExtension } from '../tests/e2e/fixtures';
import {
  sandboxSettings,
  storeSettingsInExtension,
} from '../tests/e2e/support/configure-extension';
import {
  configureExtension,
  waitForContentScript as waitInFirefox,
} from '../tests/firefox/support/extension-state';
import { launchFirefox } from '../tests/firefox/support/firefox';
import {
  type CorpusBrowser,
  corpusPageOf,
  measureCorpus,
  type PageResult,
  renderCorpusTable,
} from '../tests/fixtures/crm/corpus';
import { CRM_HOST, type CrmServer, startCrmServer } from '../tests/fixtures/crm/crm-server';

async function inChromium(server: CrmServer): Promise<PageResult[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'click-to-sms-detect-'));
  const context = await launchWithExtension(profile, [
    `--host-resolver-rules=MAP ${CRM_HOST} 127.0.0.1:${server.port}`,
    '--ignore-certificate-errors',
  ]);
  try {
    const worker = await extensionServiceWorker(context);
    // The content script is declared in the manifest for the default CRMs: nothing to wait for.
    const browser: CorpusBrowser = {
      newPage: async () => corpusPageOf(await context.newPage()),
      setCountry: (country) =>
        worker.evaluate(storeSettingsInExtension, sandboxSettings({ defaultCountry: country })),
      url: (pathname) => server.url(pathname),
    };
    return await measureCorpus(browser);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function inFirefox(server: CrmServer): Promise<PageResult[]> {
  const firefox = await launchFirefox({ [CRM_HOST]: server.port });
  try {
    await waitInFirefox(firefox.welcome);
    return await measureCorpus({
      newPage: async () => corpusPageOf(await firefox.browser.newPage()),
      setCountry: (country) => configureExtension(firefox.welcome, { defaultCountry: country }),
      url: (pathname) => server.url(pathname),
    });
  } finally {
    await firefox.close();
  }
}

export async function benchDetection(): Promise<void> {
  const server = await startCrmServer();
  try {
    const chromium = await inChromium(server);
    const firefox = await inFirefox(server);
    process.stdout.write(
      [
        '## Number detection on the CRM corpus',
        '',
        'Precision: of the numbers found, how many are numbers a person sees there. Recall: of the',
        'numbers a person sees, how many were found. Naive: libphonenumber-js `findPhoneNumbersInText`',
        '(max metadata, the page’s default country) on every text node, open shadow roots and frames.',
        '',
        renderCorpusTable('Chromium', chromium),
        '',
        renderCorpusTable('Firefox', firefox),
        '',
      ].join('\n'),
    );
  } finally {
    await server.close();
  }
}
