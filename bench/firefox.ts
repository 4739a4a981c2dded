import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { waitForContentScript } from '../tests/firefox/support/extension-state';
import { EXTENSION_DIR, launchFirefox } from '../tests/firefox/support/firefox';
import { CRM_HOST, type CrmServer, NON_CRM_HOST } from '../tests/fixtures/crm/crm-server';
import { HOST_SELECTOR } from '../utils/page/host-tag';
import {
  APPENDS,
  BENCH_PAGES,
  median,
  medianOfJumps,
  WARM_UP_PAGE,
  waitForMarks,
} from './bench-pages';
import { appendRowAndWait, countHosts, runBaseline } from './page-actions';
import {
  installProbe,
  readProbe,
  scrollAndWait,
  scrollFrameMs,
  waitForFrameAfterLoad,
  waitForRenderedFrame,
} from './page-probe';
import type { FirefoxFigures, PageFloor } from './report';
import { rowHtml } from './synthetic-crm';

export const FIREFOX_SCRIPT_PATH = path.join(EXTENSION_DIR, 'content-scripts/crm.js');

async function openProbed(
  browser: Awaited<ReturnType<typeof launchFirefox>>['browser'],
  url: string,
): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(installProbe, HOST_SELECTOR);
  await page.goto(url);
  return page;
}

/**
 * The same pages in Firefox ESR over WebDriver BiDi. Firefox offers no per-script CPU trace over
 * BiDi, so its figures are times from the load event (as in Chromium) and the baselines' wall time
 * in one task, not the script's CPU.
 */
export async function benchFirefox(
  server: CrmServer,
  naiveScript: string,
): Promise<{ version: string; pages: FirefoxFigures[] }> {
  const firefox = await launchFirefox({ [CRM_HOST]: server.port, [NON_CRM_HOST]: server.port });
  try {
    await waitForContentScript(firefox.welcome);
    const version = await firefox.browser.version();
    const warmUp = await firefox.browser.newPage();
    await warmUp.goto(server.url(WARM_UP_PAGE));
    await waitForMarks(() => warmUp.evaluate(countHosts, HOST_SELECTOR), undefined);
    await warmUp.close();
    const pages: FirefoxFigures[] = [];
    for (const spec of BENCH_PAGES) {
      const page = await openProbed(firefox.browser, server.url(spec.path));
      const marks = await waitForMarks(
        () => page.evaluate(countHosts, HOST_SELECTOR),
        spec.expected,
      );
      await page.evaluate(waitForRenderedFrame);
      const probe = await page.evaluate(readProbe);
      let appendMs: number | undefined;
      if (spec.rows !== undefined) {
        const latencies: number[] = [];
        for (let append = 0; append < APPENDS; append++) {
          latencies.push(
            await page.evaluate(appendRowAndWait, {
              html: rowHtml(spec.rows + 1 + append * 3),
              mark: `bench-append-${append}`,
              hosts: HOST_SELECTOR,
            }),
          );
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        appendMs = median(latencies);
      }
      await page.close();
      let scroll: FirefoxFigures['scroll'];
      if (spec.rows !== undefined && spec.rows >= 1_000) {
        scroll = await medianOfJumps(async () => {
          const scrolled = await firefox.browser.newPage();
          await scrolled.goto(server.url(spec.path));
          await scrolled.waitForSelector(HOST_SELECTOR, { timeout: 60_000 });
          await scrolled.evaluate(waitForRenderedFrame);
          const jump = await scrolled.evaluate(scrollAndWait, {
            fraction: 0.5,
            hostSelector: HOST_SELECTOR,
          });
          await scrolled.close();
          return jump;
        });
      }
      // The page alone: its first frame after the load event, its frame after a jump to the middle.
      const walkPage = await openProbed(firefox.browser, server.url(spec.path, NON_CRM_HOST));
      await walkPage.evaluate(waitForFrameAfterLoad);
      const floor: PageFloor = {
        frameAfterLoadMs: (await walkPage.evaluate(readProbe)).firstFrameAfterLoadMs,
        scrollFrameMs: scroll ? await walkPage.evaluate(scrollFrameMs, 0.5) : undefined,
      };
      const walk = await walkPage.evaluate(runBaseline, false);
      await walkPage.close();
      const naivePage = await firefox.browser.newPage();
      await naivePage.goto(server.url(spec.path, NON_CRM_HOST));
      await naivePage.evaluate(naiveScript);
      const naive = await naivePage.evaluate(runBaseline, true);
      await naivePage.close();
      pages.push({ spec, marks, probe, appendMs, scroll, walk, naive, floor });
      process.stderr.write(
        `Firefox, ${spec.label}: ${marks} marked, first visible +${probe.firstVisibleMs.toFixed(0)} ms, all +${probe.allMs.toFixed(0)} ms\n`,
      );
    }
    return { version, pages };
  } finally {
    await firefox.close();
  }
}
