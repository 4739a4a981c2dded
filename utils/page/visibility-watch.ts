/** How many buttons are watched at once: the ones the user pointed at or focused last. */
const MAX_WATCHED = 16;
/** How long a click waits for the first report on a button nobody had pointed at before. */
const FIRST_REPORT_MS = 1_000;

/** IntersectionObserver v2's options, which the DOM typings do not have yet. */
type VisibilityOptions = IntersectionObserverInit & { trackVisibility: true; delay: number };

export type VisibilityWatch = {
  /** Starts watching a button the user points at or focuses (the watch is not free: few at once). */
  watch(host: Element): void;
  /**
   * Whether the browser last saw the button as visible. Without a report yet, `waitForFirst` waits
   * for the first one; otherwise the answer is no.
   */
  isVisible(host: Element, waitForFirst: boolean): Promise<boolean>;
};

/**
 * IntersectionObserver v2 (Chromium): `isVisible` is true only when the browser itself checked that
 * nothing covers the button (`pointer-events: none` layers included) and that neither it nor any
 * ancestor, in this document or in the frames around it, has opacity below 1, a filter, a mask or a
 * distorting transform. The only primitive that sees past a frame of another origin. Undefined
 * where the browser does not have it (Firefox): visible-style.ts is then all there is.
 */
export function createVisibilityWatch(
  view: Window & typeof globalThis,
): VisibilityWatch | undefined {
  const Entry = view.IntersectionObserverEntry;
  if (!Entry || !('isVisible' in Entry.prototype)) return undefined;
  const reported = new Map<Element, boolean>();
  const waiting = new Map<Element, ((visible: boolean) => void)[]>();
  const watched: Element[] = [];

  const answer = (host: Element, visible: boolean): void => {
    for (const resolve of waiting.get(host) ?? []) resolve(visible);
    waiting.delete(host);
  };
  const options: VisibilityOptions = { trackVisibility: true, delay: 100 };
  const observer = new view.IntersectionObserver((entries) => {
    for (const entry of entries) {
      const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
      reported.set(entry.target, visible === true);
      answer(entry.target, visible === true);
    }
  }, options);

  function watch(host: Element): void {
    const index = watched.indexOf(host);
    if (index >= 0) watched.splice(index, 1);
    else observer.observe(host);
    watched.push(host);
    if (watched.length <= MAX_WATCHED) return;
    const oldest = watched.shift();
    if (!oldest) return;
    observer.unobserve(oldest);
    reported.delete(oldest);
    answer(oldest, false);
  }

  return {
    watch,
    isVisible(host, waitForFirst) {
      watch(host);
      const known = reported.get(host);
      if (known !== undefined) return Promise.resolve(known);
      if (!waitForFirst) return Promise.resolve(false);
      return new Promise((resolve) => {
        waiting.set(host, [...(waiting.get(host) ?? []), resolve]);
        view.setTimeout(() => answer(host, false), FIRST_REPORT_MS);
      });
    },
  };
}
