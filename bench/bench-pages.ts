import type { BenchPage, ScrollFigures } from './report';
import { expectedMarks } from './synthetic-crm';

export const SIZES = [100, 1_000, 10_000];
/** Rows appended one at a time to a marked list, for the cost of one more row. */
export const APPENDS = 10;

/** The pages measured: the lists, then a record page (its button count is read when it settles). */
export const BENCH_PAGES: BenchPage[] = [
  ...SIZES.map((rows) => ({
    label: `${rows.toLocaleString('en')} rows`,
    path: `/bench/list?rows=${rows}`,
    rows,
    expected: expectedMarks(rows),
  })),
  { label: 'record page', path: '/record.html' },
];

/**
 * Polls the page's button count until it reaches `expected`, or until it has stayed the same for
 * 2 s (the record page, whose count is not known here; a list too long to be read whole, where
 * only the rows on and near the screen get buttons). Polling from outside, four times a second.
 */
export async function waitForMarks(
  count: () => Promise<number>,
  expected: number | undefined,
): Promise<number> {
  const deadline = Date.now() + 120_000;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await count();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    if ((expected !== undefined && now >= expected) || (now > 0 && Date.now() - since >= 2_000))
      return now;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`marking did not finish in 120 s (${last} buttons)`);
}

/** The CRM page a run opens first, so the measured pages find the extension settled. */
export const WARM_UP_PAGE = '/record.html';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Jumps to the middle of a list, each on a fresh load: one jump is too noisy a figure. */
const SCROLL_JUMPS = 5;

type Jump = { ms: number; rows: number; alreadyMarked: number };

/** Makes `jumpOnce` (a fresh load and one jump) several times: the median jump, the worst beside it. */
export async function medianOfJumps(jumpOnce: () => Promise<Jump>): Promise<ScrollFigures> {
  const jumps: Jump[] = [];
  for (let jump = 0; jump < SCROLL_JUMPS; jump++) jumps.push(await jumpOnce());
  const sorted = jumps.sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no jumps measured');
  return { ...middle, worstMs: sorted.at(-1)?.ms ?? middle.ms, jumps: sorted.length };
}
