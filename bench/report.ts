import type { Baseline } from './baselines';
import type { Machine } from './machine';
import type { MetadataFigures } from './metadata-compare';
import type { ScriptCost } from './trace';

export type PageFigures = {
  rows: number;
  expected: number;
  marks: number;
  wallMs: number;
  cost: ScriptCost;
  walk: Baseline;
  naive: Baseline;
  append: { latencyMs: number; scriptMsPerRow: number };
};

export type Report = {
  machine: Machine;
  builtAt: Date;
  pages: PageFigures[];
  bundle: { rawKb: number; gzipKb: number };
  metadata: MetadataFigures[];
};

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)}×`;
const kb = (value: number): string => `${value.toFixed(1)} KB`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The benchmark's figures as Markdown, for the terminal and docs/performance.md. */
export function renderReport(report: Report): string {
  const { machine, pages } = report;
  const small = pages[0];
  const large = pages[pages.length - 1];
  const marking = table(
    [
      'Rows',
      'Buttons',
      'Content script',
      'Bare TreeWalker',
      'Naive findNumbers',
      'vs walk',
      'vs naive',
      'All marked after',
    ],
    pages.map((page) => [
      page.rows.toLocaleString('en'),
      `${page.marks}/${page.expected}`,
      ms(page.cost.scriptMs),
      `${ms(page.walk.ms)} (${page.walk.count.toLocaleString('en')} nodes)`,
      `${ms(page.naive.ms)} (${page.naive.count.toLocaleString('en')} found)`,
      ratio(page.cost.scriptMs / page.walk.ms),
      ratio(page.cost.scriptMs / page.naive.ms),
      ms(page.wallMs),
    ]),
  );
  const tasks = table(
    [
      'Rows',
      'Tasks',
      'Longest call',
      'Longest task caused (CPU)',
      'Same task (wall)',
      'Tasks over 50 ms',
      'Style + layout meanwhile',
    ],
    pages.map((page) => [
      page.rows.toLocaleString('en'),
      String(page.cost.tasks),
      ms(page.cost.longestCallMs),
      ms(page.cost.longestTaskMs),
      ms(page.cost.longestTaskWallMs),
      String(page.cost.longTasks),
      ms(page.cost.renderingMs),
    ]),
  );
  const appends = table(
    ['Rows', 'Script time per appended row', 'Until its button is on the page (median)'],
    pages.map((page) => [
      page.rows.toLocaleString('en'),
      ms(page.append.scriptMsPerRow),
      ms(page.append.latencyMs),
    ]),
  );
  const appendRatio =
    small && large ? ratio(large.append.scriptMsPerRow / small.append.scriptMsPerRow) : 'n/a';
  const latencyRatio =
    small && large ? ratio(large.append.latencyMs / small.append.latencyMs) : 'n/a';
  const metadata = table(
    [
      'Metadata',
      'Detection bundle',
      'gzip',
      'Corpus numbers found',
      'Corpus traps marked',
      'Random bare ids taken as numbers (PH)',
    ],
    report.metadata.map((entry) => [
      `libphonenumber-js/${entry.name}`,
      kb(entry.rawKb),
      kb(entry.gzipKb),
      entry.numbersFound,
      entry.trapsMarked,
      entry.bareIdsValid,
    ]),
  );
  return `# Content script performance

Measured by \`npm run bench\` (bench/content-script.ts) on the production build
(\`.output/chrome-mv3/content-scripts/crm.js\`, built ${report.builtAt.toISOString()}), loaded in headless
Chromium on \`https://${'acme.lightning.force.com'}\` (served locally, host mapped with \`--host-resolver-rules\`).

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; ${machine.chromium}; Node ${machine.node}.
Load average when the run started: ${machine.load}. Times are main-thread **CPU** time from the Chromium trace
(\`tdur\`), which other work on a busy machine does not inflate; wall times are given where they matter and
are not comparable between machines. One run: expect ±30% between runs on a shared machine.

## The pages

Synthetic Salesforce-like list views: 9 cells a row (name link, account, phone, mobile \`tel:\` link every third
row, e-mail, a date, an amount, an order/ticket/version/IP/card/ISBN reference, a record id and a postal code),
one distinct phone number a row in ten formats and six countries. The page sends a strict CSP.

## Time to mark every number

"Content script" is the main-thread CPU time inside the script's own calls (its first evaluation, every
time slice, the observer callbacks), including any style or layout they forced. The baselines run in one
task each on a fresh copy of the same page where the content script does not run (host mapped but not a CRM),
so both start cold like the content script: a bare \`TreeWalker\` reading every text node, and
libphonenumber-js's \`findPhoneNumbersInText\` (same "max" metadata, country PH) on every text node (it
"finds" more than there are numbers: it takes some traps). "All marked after" is wall time from navigation
until the last button is on the page, on this busy machine.

${marking}

## Main-thread tasks

Reading runs in slices of about 8 ms: the first pass over the page when it is idle, then in
background-priority tasks; what the page changes later is read in the next animation frame, before layout,
so a row the page adds is marked in the frame that shows it (an idle callback stands in when a hidden tab
runs no frames). Buttons are inserted in batches (when reading is done, or 4,000 at a time), because every
frame after a change to a long table costs the page a full layout and paint.

"Longest call" is the longest single call into the script. "Longest task caused" is the longest task the
script caused: a slice of its own whole (including V8 compiling the script and garbage collection), or, in a
task the page also used (a frame whose first step ran a slice, a page script whose change the observer
reported), that task less the page's own rendering and scripts. The last column is the style and layout the
browser did outside the script while the page was being marked: the buttons' share and the page's own first
render together (a 10,000-row table costs a full layout on every frame after any change, the page's own
included).

${tasks}

## One row appended

Ten rows appended one at a time to the marked page (medians). Script CPU time per row, 10,000 rows vs 100 rows:
**${appendRatio}** (the goal is ~1: the cost does not grow with the page). The time until the button is on the
page is measured from the append to the button's insertion; it is mostly the wait for the next frame,
which on a long page comes late because the page is still busy (${latencyRatio}); the script's work does not grow.

${appends}

## Size

The content script is **${kb(report.bundle.rawKb)}** raw, **${kb(report.bundle.gzipKb)}** gzipped (libphonenumber-js core and "max"
metadata are most of it; the WebExtension polyfill and the detection and marking code the rest).

Metadata compared (detection code alone, minified, with each metadata set; accuracy on
tests/unit/detect/corpus):

${metadata}

"max" is the choice: it finds every number of the corpus and marks no trap, and it is the metadata the
composer's parser uses, so every number that gets a button is one the composer accepts with the same
digits (with "min", "0712 345 678" on a Philippine page got a button the composer then refused:
tests/unit/detect/agrees-with-composer.test.ts). It also takes half as many random bare digit strings for
phone numbers. "min" would save about 70 KB raw (20 KB gzipped).
"mobile" is smaller than "max" but rejects landlines, which CRMs are full of.
`;
}
