import type { CDPSession, Page } from '@playwright/test';
import { build } from 'esbuild';
import { runBaseline } from './page-actions';
import { startTrace, taskCpuAtMark } from './trace';

/**
 * The naive baseline: libphonenumber-js's own findPhoneNumbersInText over every text node, with
 * the same "max" metadata and default country as the content script. Bundled for the page.
 */
export async function bundleNaiveFinder(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { findPhoneNumbersInText } from 'libphonenumber-js/max';
        globalThis.__naiveFind = (text) => findPhoneNumbersInText(text, 'PH').length;`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced nothing');
  return output.text;
}

export type Baseline = { ms: number; wallMs: number; count: number };

/**
 * Runs one baseline in the page as a single task, traced: its CPU time, its wall time, its count.
 * Now and then the trace comes back without the task around the mark: the run is repeated.
 */
async function traced(session: CDPSession, page: Page, naive: boolean): Promise<Baseline> {
  for (let attempt = 1; ; attempt++) {
    const stop = await startTrace(session);
    const { wallMs, count } = await page.evaluate(runBaseline, naive);
    const events = await stop();
    try {
      return { ms: taskCpuAtMark(events, 'bench-baseline'), wallMs, count };
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** A bare TreeWalker pass reading every text node; `count` is the number of text nodes. */
export async function runBareWalk(session: CDPSession, page: Page): Promise<Baseline> {
  return traced(session, page, false);
}

/** The same walk handing every text node to findPhoneNumbersInText; `count` is the numbers found. */
export async function runNaiveFind(session: CDPSession, page: Page): Promise<Baseline> {
  return traced(session, page, true);
}
