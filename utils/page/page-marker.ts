import type { PhoneMatch } from '@/utils/detect/find-phone-numbers';
import type { ValidNumber } from '@/utils/detect/phone-validity';
import { MarkRegistry } from './mark-registry';
import { OBSERVE_OPTIONS, readMutations } from './mutation-feed';
import { createPhoneButton } from './phone-button';
import { createScanJob } from './scan-job';
import { createSliceQueue, type Schedule } from './slice-queue';

export type PageMarkerOptions = {
  document: Document;
  readText(text: string): PhoneMatch[];
  readHref(href: string): ValidNumber[];
  /** A genuine click on a button (see click-guard.ts). */
  onActivate(digits: string): void;
  schedule: Schedule;
  /** At most this long on the main thread at a time. */
  budgetMs?: number;
};

export type PageMarker = {
  /** How many nodes currently have buttons. */
  readonly marked: number;
  /** Disconnects the observer, drops queued work and removes every button. */
  stop(): void;
};

/**
 * Marks every phone number in the document and keeps the marks in step with the page: the whole
 * page is queued once, then the observer queues only what changed. All reading and marking runs
 * in time slices; the observer callback only sorts records.
 */
export function startPageMarker(options: PageMarkerOptions): PageMarker {
  const { document } = options;
  const registry = new MarkRegistry<Node, HTMLElement>();
  const observed = new WeakSet<Node>();
  let sweepScheduled = false;

  const observer = new MutationObserver((records) => onRecords(records));
  const queue = createSliceQueue<Node>({
    start: (root) =>
      createScanJob(root, {
        readText: options.readText,
        readHref: options.readHref,
        createHost: (number) => createPhoneButton(document, number, options.onActivate),
        registry,
        onShadowRoot: observe,
      }),
    schedule: options.schedule,
    now: () => performance.now(),
    budgetMs: options.budgetMs ?? 8,
    // The slice's own insertions are the only records queued while it ran: read them now (they
    // are all our hosts and are dropped), so the observer callback does not wake up for them.
    afterSlice: () => onRecords(observer.takeRecords()),
  });

  function observe(root: Document | ShadowRoot): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVE_OPTIONS);
    queue.add(root === document ? (document.body ?? document.documentElement) : root);
  }

  function onRecords(records: MutationRecord[]): void {
    if (records.length === 0) return;
    const { changed, removed } = readMutations(records);
    for (const node of changed) queue.add(node);
    if (removed) scheduleSweep();
  }

  function scheduleSweep(): void {
    if (sweepScheduled) return;
    sweepScheduled = true;
    options.schedule(() => {
      sweepScheduled = false;
      for (const source of registry.sweep()) queue.add(source);
    });
  }

  observe(document);
  return {
    get marked() {
      return registry.size;
    },
    stop() {
      observer.disconnect();
      queue.stop();
      registry.clear();
    },
  };
}
