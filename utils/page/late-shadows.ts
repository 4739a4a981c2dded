/** Custom elements watched at most; a page with more gets the first ones watched. */
const MAX_WATCHED = 5_000;
/** When to look again after the last element was added: soon, then less and less often. */
const DELAYS_MS = [250, 1_000, 3_000, 10_000, 30_000];

/**
 * Custom elements seen without a shadow root. A component can attach its root after the page's
 * first pass over it (lazy-loaded code, a late upgrade), and attaching one makes no DOM mutation
 * the observer could see, so they are looked at again a few times, less and less often (and
 * again when the page changes), and each root that appeared is handed on to be walked and
 * observed.
 */
export class LateShadows {
  private readonly watched = new Set<Element>();
  private step = 0;
  private timer: number | undefined;

  constructor(
    private readonly found: (root: ShadowRoot) => void,
    private readonly later: (run: () => void, ms: number) => number,
    private readonly cancel: (timer: number) => void,
  ) {}

  watch(element: Element): void {
    if (this.watched.size >= MAX_WATCHED) return;
    this.watched.add(element);
    this.step = 0;
    if (this.timer === undefined) this.arm();
  }

  /**
   * The page changed: look again soon if no look is due (a component often attaches its root
   * when the page does other work). At most one look per first delay, whatever the page does.
   */
  wake(): void {
    if (this.timer !== undefined || this.watched.size === 0) return;
    this.step = 0;
    this.arm();
  }

  /** Looks at every watched element now. */
  check(): void {
    for (const element of this.watched) {
      const root = element.shadowRoot;
      if (root) {
        this.watched.delete(element);
        this.found(root);
      } else if (!element.isConnected) {
        this.watched.delete(element);
      }
    }
  }

  stop(): void {
    if (this.timer !== undefined) this.cancel(this.timer);
    this.timer = undefined;
    this.watched.clear();
  }

  private arm(): void {
    const delay = DELAYS_MS[this.step];
    if (delay === undefined || this.watched.size === 0) {
      this.timer = undefined;
      return;
    }
    this.timer = this.later(() => {
      this.step++;
      this.check();
      this.arm();
    }, delay);
  }
}
