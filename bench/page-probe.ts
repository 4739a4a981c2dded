/**
 * A probe installed in the measured page before its own scripts (Playwright's addInitScript,
 * puppeteer's evaluateOnNewDocument; both get past the page's CSP): from DOMContentLoaded on, it
 * notes when each button host is added, and when the frame that first shows it has been rendered;
 * from the load event, when the page's own first frame after load has been rendered. Afterwards
 * `readProbe` says, relative to the load event, when the first and the last button the user could
 * see without scrolling went in, and the last of all. The probe runs in every page, also in the
 * baselines' copies where the content script does not run: there its frame time is the page's own,
 * the floor no button can beat. These functions run in the page, so they take no outside names.
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
  /**
   * When the first frame after the load event was rendered (the task after its rendering on the
   * main thread: style, layout, paint), ms from the load event.
   */
  firstFrameAfterLoadMs: number;
  /** When the frame that showed the first button on screen was rendered, ms from the load event. */
  firstVisiblePaintedMs: number;
};

type Probe = {
  seen: { host: Element; at: number; painted: number }[];
  hostSelector: string;
  frameAfterLoad: number;
};

export function installProbe(hostSelector: string): void {
  const probe: Probe = { seen: [], hostSelector, frameAfterLoad: Number.NaN };
  (globalThis as { __benchProbe?: unknown }).__benchProbe = probe;
  const observer = new MutationObserver((records) => {
    const at = performance.now();
    const batch: { host: Element; at: number; painted: number }[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.matches(hostSelector))
          batch.push({ host: node, at, painted: Number.NaN });
      }
    }
    if (batch.length === 0) return;
    probe.seen.push(...batch);
    // The task after the next frame: by then the frame's style, layout and paint are done. (No
    // named inner functions: the bundler would wrap them in a helper the page does not have.)
    requestAnimationFrame(() =>
      setTimeout(() => {
        const painted = performance.now();
        for (const entry of batch) entry.painted = painted;
      }, 0),
    );
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { childList: true, subtree: true }),
  );
  addEventListener('load', () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe.frameAfterLoad = performance.now();
      }, 0),
    ),
  );
}

/** Resolves once the page's first frame after the load event has been rendered. */
export async function waitForFrameAfterLoad(): Promise<void> {
  const probe = (globalThis as { __benchProbe?: Probe }).__benchProbe;
  if (!probe) throw new Error('no probe in the page');
  const started = performance.now();
  while (Number.isNaN(probe.frameAfterLoad)) {
    if (performance.now() - started > 30_000) throw new Error('no frame after load in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function readProbe(): ProbeFigures {
  const probe = (globalThis as { __benchProbe?: Probe }).__benchProbe;
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
    firstFrameAfterLoadMs: (probe?.frameAfterLoad ?? Number.NaN) - load,
    firstVisiblePaintedMs: Math.min(...visible.map((entry) => entry.painted)) - load,
  };
}

/**
 * In a page without the content script: scrolls to `fraction` of the page and answers, in ms, how
 * long until the page's own next frame has been rendered, the floor for marking what the scroll
 * showed.
 */
export async function scrollFrameMs(fraction: number): Promise<number> {
  window.scrollTo(0, document.documentElement.scrollHeight * fraction);
  const start = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
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

/**
 * What one hit test costs the page, in µs: the browser does one for every mouse move (hover
 * styles, the cursor). Timed over a grid of points on the laid-out page; beside the same on the
 * page alone, it shows what the buttons add (a positioned box in each button, for one, gave every
 * button a paint layer of its own for each hit test to visit).
 */
export function hitTestMicros(): number {
  document.documentElement.getBoundingClientRect(); // layout done before the clock starts
  let tests = 0;
  const start = performance.now();
  for (let round = 0; round < 5; round++) {
    for (let y = 5; y < innerHeight; y += 40) {
      for (let x = 5; x < innerWidth; x += 80) {
        document.elementFromPoint(x, y);
        tests++;
      }
    }
  }
  return ((performance.now() - start) * 1000) / tests;
}

/**
 * Resolves once the frame after now has been rendered: a button just inserted is then on screen
 * (the user cannot scroll to the middle of a page whose first rows they have not seen yet).
 */
export async function waitForRenderedFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
