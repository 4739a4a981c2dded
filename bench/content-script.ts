/**
 * `npm run bench`: what the built content script costs the page, in Chromium and Firefox, on
 * synthetic CRM list pages of 100, 1,000 and 10,000 rows and on the record page, beside two
 * baselines measured in the same run on the same pages: from the load event to the first button
 * on screen, to all buttons on screen and to all buttons; how soon rows scrolled into view are
 * marked; the script's main-thread CPU (Chromium's trace) against a bare TreeWalker and a naive
 * libphonenumber findNumbers pass; the longest task; the cost of one appended row; the script's
 * gzip size. Prints a Markdown report; with `--write` it also replaces docs/performance.md.
 * Run `npm run build` first: the built extension is measured. With `--detect`, it measures
 * number detection on the CRM corpus instead (bench/detect.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_PATH, extensionServiceWorker, launchWithExtension } from '../tests/e2e/fixtures';
import { CRM_HOST, NON_CRM_HOST, startCrmServer } from '../tests/fixtures/crm/crm-server';
import { createPhoneDetector } from '../utils/detect/phone-detector';
import { HOST_SELECTOR } from '../utils/page/host-tag';
import { bundleNaiveFinder, runBareWalk, runNaiveFind } from './baselines';
import {
  APPENDS,
  BENCH_PAGES,
  median,
  medianOfJumps,
  SIZES,
  WARM_UP_PAGE,
  waitForMarks,
} from './bench-pages';
import { benchDetection } from './detect';
import { benchFirefox, FIREFOX_SCRIPT_PATH } from './firefox';
import { describeMachine } from './machine';
import { compareMetadata } from './metadata-compare';
import { appendRowAndWait, countHosts } from './page-actions';
import {
  hitTestMicros,
  installProbe,
  readProbe,
  scrollAndWait,
  scrollFrameMs,
  waitForFrameAfterLoad,
  waitForRenderedFrame,
} from './page-probe';
import { type ChromiumFigures, type PageFloor, renderReport, type ScrollFigures } from './report';
import { BENCH_VALUES, listPage, rowHtml } from './synthetic-crm';
import { scriptCost, scriptCostPerMark, startTrace } from './trace';

const SCRIPT = 'content-scripts/crm.js';
const SCRIPT_PATH = path.join(EXTENSION_PATH, SCRIPT);

function checkSyntheticValues(): void {
  const reader = createPhoneDetector('PH');
  const phones = BENCH_VALUES.phones(Math.max(...SIZES) + APPENDS * 3);
  const unread = phones.filter((phone) => reader.readText(phone).length !== 1);
  const marked = BENCH_VALUES.TRAPS.filter((trap) => reader.readText(trap).length > 0);
  if (unread.length > 0 || marked.length > 0) {
    throw new Error(
      `The synthetic page is off: unread ${unread.slice(0, 3)}, traps marked ${marked.slice(0, 3)}`,
    );
  }
}

/** Loads the page with tracing on, waits for every number to be marked, and reads the trace. */
async function measureMarking(context: BrowserContext, url: string, expected?: number) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const stopTrace = await startTrace(session);
  const started = Date.now();
  await page.goto(url);
  const marks = await waitForMarks(() => page.evaluate(countHosts, HOST_SELECTOR), expected);
  const wallMs = Date.now() - started;
  const cost = scriptCost(await stopTrace(), SCRIPT);
  await session.detach();
  // The frame that shows the last batch of buttons, rendered before the probe is read.
  await page.evaluate(waitForRenderedFrame);
  return {
    page,
    cost,
    wallMs,
    marks,
    probe: await page.evaluate(readProbe),
    hitTestUs: await page.evaluate(hitTestMicros),
  };
}

/** Loads of the record page: its cost is a few milliseconds, so one load is too noisy a figure. */
const RECORD_LOADS = 5;

/** Of several measured loads, the one with the median script CPU; the others are closed. */
async function medianMarking(context: BrowserContext, url: string, loads: number) {
  const runs: Awaited<ReturnType<typeof measureMarking>>[] = [];
  for (let load = 0; load < loads; load++) runs.push(await measureMarking(context, url));
  runs.sort((a, b) => a.cost.scriptMs - b.cost.scriptMs);
  const middle = runs[Math.floor(runs.length / 2)] as (typeof runs)[number];
  for (const run of runs) if (run !== middle) await run.page.close();
  const cpuRange = {
    loads,
    low: runs[0]?.cost.scriptMs ?? 0,
    high: runs.at(-1)?.cost.scriptMs ?? 0,
  };
  return { ...middle, cpuRange };
}

/** Appends rows one at a time; each time, the script's CPU time and how long until the button shows. */
async function measureAppends(context: BrowserContext, page: Page, rows: number) {
  const session = await context.newCDPSession(page);
  const stopTrace = await startTrace(session);
  const latencies: number[] = [];
  for (let append = 0; append < APPENDS; append++) {
    const index = rows + 1 + append * 3; // never a multiple of 3: one phone, no tel: link
    latencies.push(
      await page.evaluate(appendRowAndWait, {
        html: rowHtml(index),
        mark: `bench-append-${append}`,
        hosts: HOST_SELECTOR,
      }),
    );
    await page.waitForTimeout(150);
  }
  const perRow = scriptCostPerMark(await stopTrace(), SCRIPT, 'bench-append-');
  await session.detach();
  return { latencyMs: median(latencies), scriptMsPerRow: median(perRow) };
}

/**
 * Fresh loads of the list; on each, once the first button is on screen, a jump to the page's
 * middle. The median jump, and the worst.
 */
async function measureScroll(context: BrowserContext, url: string): Promise<ScrollFigures> {
  return medianOfJumps(async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(HOST_SELECTOR, { state: 'attached', timeout: 60_000 });
    await page.evaluate(waitForRenderedFrame);
    const jump = await page.evaluate(scrollAndWait, { fraction: 0.5, hostSelector: HOST_SELECTOR });
    await page.close();
    return jump;
  });
}

/**
 * The baselines, each on a fresh copy of the same page where the content script does not run. On
 * the first, the page's own floor: when its first frame after the load event was rendered, and
 * (on a list of 1,000 rows or more) how long its own frame after a jump to its middle takes.
 */
async function measureBaselines(
  context: BrowserContext,
  url: string,
  naiveScript: string,
  scrolls: boolean,
) {
  const walkPage = await context.newPage();
  await walkPage.goto(url);
  await walkPage.evaluate(waitForFrameAfterLoad);
  const floor: PageFloor = {
    frameAfterLoadMs: (await walkPage.evaluate(readProbe)).firstFrameAfterLoadMs,
    hitTestUs: await walkPage.evaluate(hitTestMicros),
    scrollFrameMs: scrolls ? await walkPage.evaluate(scrollFrameMs, 0.5) : undefined,
  };
  const walk = await runBareWalk(await context.newCDPSession(walkPage), walkPage);
  await walkPage.close();
  const naivePage = await context.newPage();
  await naivePage.goto(url);
  // The page's CSP blocks inline scripts; evaluate does not go through it.
  await naivePage.evaluate(naiveScript);
  const naive = await runNaiveFind(await context.newCDPSession(naivePage), naivePage);
  await naivePage.close();
  return { walk, naive, floor };
}

async function benchChromium(
  server: Awaited<ReturnType<typeof startCrmServer>>,
  naiveScript: string,
) {
  const profile = mkdtempSync(path.join(tmpdir(), 'click-to-sms-bench-'));
  const rules = [CRM_HOST, NON_CRM_HOST]
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .join(', ');
  const context = await launchWithExtension(profile, [
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ]);
  try {
    // The measured pages do not pay for the worker's start, nor for the injection into open tabs
    // that follows an install: one CRM page is marked first.
    await extensionServiceWorker(context);
    const warmUp = await context.newPage();
    await warmUp.goto(server.url(WARM_UP_PAGE));
    await waitForMarks(() => warmUp.evaluate(countHosts, HOST_SELECTOR), undefined);
    await warmUp.close();
    await context.addInitScript(installProbe, HOST_SELECTOR);
    const versionPage = await context.newPage();
    const { product } = (await (
      await context.newCDPSession(versionPage)
    ).send('Browser.getVersion')) as { product: string };
    await versionPage.close();

    const pages: ChromiumFigures[] = [];
    for (const spec of BENCH_PAGES) {
      const marking =
        spec.rows === undefined
          ? await medianMarking(context, server.url(spec.path), RECORD_LOADS)
          : { ...(await measureMarking(context, server.url(spec.path), spec.expected)) };
      const append =
        spec.rows === undefined
          ? undefined
          : await measureAppends(context, marking.page, spec.rows);
      await marking.page.close();
      const scrolls = spec.rows !== undefined && spec.rows >= 1_000;
      const scroll = scrolls ? await measureScroll(context, server.url(spec.path)) : undefined;
      const { walk, naive, floor } = await measureBaselines(
        context,
        server.url(spec.path, NON_CRM_HOST),
        naiveScript,
        scrolls,
      );
      const { cost, wallMs, marks, probe, hitTestUs } = marking;
      const cpuRange = 'cpuRange' in marking ? marking.cpuRange : undefined;
      pages.push({
        spec,
        marks,
        wallMs,
        cost,
        cpuRange,
        walk,
        naive,
        append,
        scroll,
        probe,
        floor,
        hitTestUs,
      });
      process.stderr.write(
        `Chromium, ${spec.label}: ${marks} marked, ${cost.scriptMs.toFixed(0)} ms CPU (naive ${naive.ms.toFixed(0)} ms), first visible +${probe.firstVisibleMs.toFixed(0)} ms (rendered +${probe.firstVisiblePaintedMs.toFixed(0)} ms; the page alone: first frame after load +${floor.frameAfterLoadMs.toFixed(0)} ms)\n`,
      );
    }
    return { product, pages };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const gzipKb = (file: string): { rawKb: number; gzipKb: number } => {
  const script = readFileSync(file);
  return {
    rawKb: script.byteLength / 1024,
    gzipKb: gzipSync(script, { level: 9 }).byteLength / 1024,
  };
};

async function main(): Promise<void> {
  for (const file of [SCRIPT_PATH, FIREFOX_SCRIPT_PATH]) {
    if (!existsSync(file)) throw new Error(`No ${file}: run npm run build first.`);
  }
  checkSyntheticValues();
  const naiveScript = await bundleNaiveFinder();
  const server = await startCrmServer((url) =>
    url.pathname === '/bench/list'
      ? { type: 'text/html; charset=utf-8', body: listPage(Number(url.searchParams.get('rows'))) }
      : undefined,
  );
  try {
    const loadAtStart = describeMachine('').load;
    const chromium = await benchChromium(server, naiveScript);
    const firefox = process.argv.includes('--no-firefox')
      ? undefined
      : await benchFirefox(server, naiveScript);
    const report = renderReport({
      machine: { ...describeMachine(chromium.product), load: loadAtStart },
      firefoxVersion: firefox?.version,
      builtAt: statSync(SCRIPT_PATH).mtime,
      chromium: chromium.pages,
      firefox: firefox?.pages,
      bundle: { chromium: gzipKb(SCRIPT_PATH), firefox: gzipKb(FIREFOX_SCRIPT_PATH) },
      metadata: await compareMetadata(),
      loadAtEnd: describeMachine('').load,
    });
    process.stdout.write(report);
    if (process.argv.includes('--write'))
      writeFileSync(path.resolve('docs/performance.md'), report);
  } finally {
    await server.close();
  }
}

if (process.argv.includes('--detect')) await benchDetection();
else await main();
