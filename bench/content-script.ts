/**
 * `npm run bench`: how much main-thread time the built content script takes to mark synthetic CRM
 * list pages of 100, 1,000 and 10,000 rows, against two baselines on the same pages, plus the cost
 * of marking one appended row and the script's size. Prints a Markdown report; with `--write` it
 * also replaces docs/performance.md. Run `npm run build` first: the built extension is measured.
 * With `--detect`, it measures number detection on the CRM corpus instead (bench/detect.ts).
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
import { benchDetection } from './detect';
import { describeMachine } from './machine';
import { compareMetadata } from './metadata-compare';
import { type PageFigures, renderReport } from './report';
import { BENCH_VALUES, expectedMarks, listPage, rowHtml } from './synthetic-crm';
import { scriptCost, scriptCostPerMark, startTrace } from './trace';

const SIZES = [100, 1_000, 10_000];
const APPENDS = 10;
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

async function countMarks(page: Page): Promise<number> {
  return page.evaluate((hosts) => document.querySelectorAll(hosts).length, HOST_SELECTOR);
}

/** Loads the page with tracing on, waits for every number to be marked, and reads the trace. */
async function measureMarking(context: BrowserContext, url: string, expected: number) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const stopTrace = await startTrace(session);
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    ({ count, hosts }) => document.querySelectorAll(hosts).length >= count,
    { count: expected, hosts: HOST_SELECTOR },
    {
      polling: 250,
      timeout: 120_000,
    },
  );
  const wallMs = Date.now() - started;
  const cost = scriptCost(await stopTrace(), SCRIPT);
  await session.detach();
  return { page, cost, wallMs, marks: await countMarks(page) };
}

/** Appends rows one at a time; each time, the script's CPU time and how long until the button shows. */
async function measureAppends(context: BrowserContext, page: Page, rows: number) {
  const session = await context.newCDPSession(page);
  const stopTrace = await startTrace(session);
  const latencies: number[] = [];
  for (let append = 0; append < APPENDS; append++) {
    const index = rows + 1 + append * 3; // never a multiple of 3: one phone, no tel: link
    const latency = await page.evaluate(
      ({ html, mark, hosts }) =>
        new Promise<number>((resolve, reject) => {
          const body = document.getElementById('rows') as HTMLElement;
          const parsed = new DOMParser().parseFromString(
            `<table><tbody>${html}</tbody></table>`,
            'text/html',
          );
          const row = document.adoptNode(parsed.querySelector('tr') as HTMLElement);
          const observer = new MutationObserver(() => {
            if (!row.querySelector(hosts)) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(row, { childList: true, subtree: true });
          setTimeout(
            () => reject(new Error('the appended row was not marked within 10 s')),
            10_000,
          );
          performance.mark(mark);
          const start = performance.now();
          body.append(row);
        }),
      { html: rowHtml(index), mark: `bench-append-${append}`, hosts: HOST_SELECTOR },
    );
    latencies.push(latency);
    await page.waitForTimeout(150);
  }
  const perRow = scriptCostPerMark(await stopTrace(), SCRIPT, 'bench-append-');
  await session.detach();
  return { latencyMs: median(latencies), scriptMsPerRow: median(perRow) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The baselines, each on a fresh copy of the same page where the content script does not run. */
async function measureBaselines(context: BrowserContext, url: string, naiveScript: string) {
  const walkPage = await context.newPage();
  await walkPage.goto(url);
  const walk = await runBareWalk(await context.newCDPSession(walkPage), walkPage);
  await walkPage.close();
  const naivePage = await context.newPage();
  await naivePage.goto(url);
  // The page's CSP blocks inline scripts; evaluate does not go through it.
  await naivePage.evaluate(naiveScript);
  const naive = await runNaiveFind(await context.newCDPSession(naivePage), naivePage);
  await naivePage.close();
  return { walk, naive };
}

async function main(): Promise<void> {
  if (!existsSync(SCRIPT_PATH)) throw new Error(`No ${SCRIPT_PATH}: run npm run build first.`);
  checkSyntheticValues();
  const naiveScript = await bundleNaiveFinder();
  const server = await startCrmServer((url) =>
    url.pathname === '/bench/list'
      ? { type: 'text/html; charset=utf-8', body: listPage(Number(url.searchParams.get('rows'))) }
      : undefined,
  );
  const profile = mkdtempSync(path.join(tmpdir(), 'click-to-sms-bench-'));
  const rules = [CRM_HOST, NON_CRM_HOST]
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .join(', ');
  const context = await launchWithExtension(profile, [
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ]);
  try {
    // The measured pages do not pay for the worker's start.
    await extensionServiceWorker(context);
    const versionPage = await context.newPage();
    const { product } = (await (
      await context.newCDPSession(versionPage)
    ).send('Browser.getVersion')) as { product: string };
    await versionPage.close();
    const machine = describeMachine(product);

    const pages: PageFigures[] = [];
    for (const rows of SIZES) {
      const expected = expectedMarks(rows);
      const marking = await measureMarking(
        context,
        server.url(`/bench/list?rows=${rows}`),
        expected,
      );
      const append = await measureAppends(context, marking.page, rows);
      await marking.page.close();
      const { walk, naive } = await measureBaselines(
        context,
        server.url(`/bench/list?rows=${rows}`, NON_CRM_HOST),
        naiveScript,
      );
      const { cost, wallMs, marks } = marking;
      pages.push({ rows, expected, marks, wallMs, cost, walk, naive, append });
      process.stderr.write(
        `${rows} rows: ${marking.marks}/${expected} marked, ${marking.cost.scriptMs.toFixed(0)} ms\n`,
      );
    }

    const script = readFileSync(SCRIPT_PATH);
    const report = renderReport({
      machine,
      builtAt: statSync(SCRIPT_PATH).mtime,
      pages,
      bundle: {
        rawKb: script.byteLength / 1024,
        gzipKb: gzipSync(script, { level: 9 }).byteLength / 1024,
      },
      metadata: await compareMetadata(),
    });
    process.stdout.write(report);
    if (process.argv.includes('--write'))
      writeFileSync(path.resolve('docs/performance.md'), report);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv.includes('--detect')) await benchDetection();
else await main();
