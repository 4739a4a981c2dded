/**
 * A probe installed in the measured page before its own scripts (Playwright's addInitScript,
 * puppeteer's evaluateOnNewDocument; both get past the page's CSP): from DOMContentLoaded on, it
 * notes when each button host is added. Afterwards `readProbe` says, relative to the load event,
 * when the first and the last button the user could see without scrolling went in, and the last
 * of all. Both functions run in the page, so they take no outside names.
 */
export type ProbeFigures = {
  /** ms from the load event (negative: before it). */
  firstVisibleMs: number;
  allVisibleMs: number;
  allMs: number;
  visible: number;
  total: number;
  /** The page's own first contentful paint, ms from the load event: no button can show before. */
  firstPaintMs: number;
};

export function installProbe(hostSelector: string): void {
  const seen: { host: Element; at: number }[] = [];
  (globalThis as { __benchProbe?: unknown }).__benchProbe = { seen, hostSelector };
  const observer = new MutationObserver((records) => {
    const at = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.matches(hostSelector)) seen.push({ host: node, at });
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { childList: true, subtree: true }),
  );
}

export function readProbe(): ProbeFigures {
  const probe = (globalThis as { __benchProbe?: { seen: { host: Element; at: number }[] } })
    .__benchProbe;
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const load = navigation?.loadEventStart ?? 0;
  const entries = (probe?.seen ?? []).filter((entry) => entry.host.isConnected);
  // Measured at the end with the page scrolled to the top: which buttons were in the first screen.
  const visible = entries.filter(({ host }) => {
    const box = host.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
  });
  // No named inner functions: the bundler would wrap them in a helper the page does not have.
  return {
    firstVisibleMs: Math.min(...visible.map((entry) => entry.at)) - load,
    allVisibleMs: Math.max(...visible.map((entry) => entry.at)) - load,
    allMs: Math.max(...entries.map((entry) => entry.at)) - load,
    visible: visible.length,
    total: entries.length,
    firstPaintMs:
      (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN) - load,
  };
}

/**
 * Scrolls to `fraction` of the page and answers, in ms, how long until every phone cell and
 * mobile link of the rows now on screen has its button, and how many of them already had one.
 * Polled every frame: cheap, a screen holds some twenty rows.
 */
export async function scrollAndWait(args: {
  fraction: number;
  hostSelector: string;
}): Promise<{ ms: number; rows: number; alreadyMarked: number }> {
  const { fraction, hostSelector } = args;
  window.scrollTo(0, document.documentElement.scrollHeight * fraction);
  const start = performance.now();
  const onScreen = [...document.querySelectorAll('#rows tr')].filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  const cells = onScreen.flatMap((row) =>
    [row.children[2], row.children[3]?.querySelector('a') ? row.children[3] : undefined].filter(
      (cell): cell is Element => cell !== undefined,
    ),
  );
  // No named inner functions: the bundler would wrap them in a helper the page does not have.
  const alreadyMarked = cells.filter((cell) => cell.querySelector(hostSelector)).length;
  while (!cells.every((cell) => cell.querySelector(hostSelector))) {
    if (performance.now() - start > 10_000) throw new Error('scrolled rows not marked in 10 s');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return { ms: performance.now() - start, rows: onScreen.length, alreadyMarked };
}
