/**
 * What the benchmark does inside a page, written once for Playwright (Chromium) and puppeteer
 * (Firefox): functions handed to `page.evaluate`, so they take no outside names.
 */

/** Appends one row to the list and resolves with the ms until the extension's button is in it. */
export function appendRowAndWait(args: {
  html: string;
  mark: string;
  hosts: string;
}): Promise<number> {
  const { html, mark, hosts } = args;
  return new Promise<number>((resolve, reject) => {
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
    setTimeout(() => reject(new Error('the appended row was not marked within 10 s')), 10_000);
    performance.mark(mark);
    const start = performance.now();
    body.append(row);
  });
}

/**
 * A baseline in one task: a TreeWalker over every text node, handing each to the naive finder
 * (bundled into the page beforehand) or only touching it. Wall time in the page and the count.
 */
export function runBaseline(useFinder: boolean): { wallMs: number; count: number } {
  performance.mark('bench-baseline');
  const find = (globalThis as unknown as { __naiveFind?: (text: string) => number }).__naiveFind;
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let total = 0;
  while (walker.nextNode()) {
    const text = (walker.currentNode as Text).data;
    total += useFinder && find ? find(text) : text.length > -1 ? 1 : 0;
  }
  return { wallMs: performance.now() - start, count: total };
}

export function countHosts(hosts: string): number {
  return document.querySelectorAll(hosts).length;
}
