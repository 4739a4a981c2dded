import type { PhoneMatch, TextContext } from '@/utils/detect/find-phone-numbers';
import type { ValidNumber } from '@/utils/detect/phone-validity';
import { listenForButtonClicks } from './button-clicks';
import { LateShadows } from './late-shadows';
import { MarkRegistry } from './mark-registry';
import { OBSERVE_OPTIONS, readMutations } from './mutation-feed';
import { PendingMarks } from './pending-marks';
import { createPhoneButton } from './phone-button';
import { createScanJob } from './scan-job';
import { createSliceQueue, type Job, type Schedule } from './slice-queue';
import { leadingTargets, nearTargets, visibleTargets } from './visible-targets';

export type PageMarkerOptions = {
  document: Document;
  /** Undefined while a verdict is missing: asked with `flush`, the text is read again after. */
  readText(text: string, context?: TextContext): PhoneMatch[] | undefined;
  readHref(href: string): ValidNumber[] | undefined;
  /**
   * Asks for the verdicts the readers missed since the last call, `urgent` ones first
   * (utils/detect/page-detector.ts); resolves when they are in.
   */
  flush?(urgent: boolean): Promise<void>;
  /** The elements on screen, read before the rest (default: visible-targets.ts). */
  findVisible?(document: Document): Element[];
  /** Runs when the page is laid out, to ask what is on screen (default: `soon`). */
  afterPaint?: Schedule;
  /**
   * A page with more elements than this is not read whole: only what is on screen or within a
   * screen of it, again after each scroll, click or key (and whatever the page changes).
   */
  readWholeUpTo?: number;
  /** A page with at most this many elements is read whole at once, without looking first. */
  readAtOnceUpTo?: number;
  /** On a bigger page, how many texts with digits from its start are read at once. */
  leadingTargets?: number;
  /** A genuine click on a button (see click-guard.ts). */
  onActivate(digits: string): void;
  /** Starts work when the page is idle. */
  schedule: Schedule;
  /** Starts work on what the page just changed, early (default: `schedule`). */
  soon?: Schedule;
  /** Continues work that did not fit in one slice (default: `schedule`). */
  resume?: Schedule;
  /** At most this long on the main thread at a time. */
  budgetMs?: number;
  /**
   * Buttons found are inserted when reading is done, when this many wait, or once the oldest has
   * waited this long.
   */
  maxPending?: number;
  maxWaitMs?: number;
};

export type PageMarker = {
  /** How many nodes currently have buttons on the page. */
  readonly marked: number;
  /** Disconnects the observer, drops queued work and removes every button. */
  stop(): void;
};

/**
 * A page this big (a 10,000-row list has 120,000 elements) is read only where the user looks:
 * reading it whole would cost the page's thread about as much as libphonenumber's own scan, and
 * its buttons, one closed shadow root each, as much again (docs/performance.md).
 */
export const READ_WHOLE_UP_TO_ELEMENTS = 15_000;
/** Up to this many elements (a record page has a few hundred) a page is read whole, early. */
const SMALL_PAGE_ELEMENTS = 2_000;
/**
 * On a bigger page, the texts with digits read at once from its start, before it is laid out:
 * about 65 rows of a CRM list (nine such texts a row), the screen and the one below it on a
 * 720-pixel window, so the look at the screen after the first frame finds them all read.
 */
const LEADING_TARGETS = 600;

/**
 * Marks the phone numbers in the document and keeps the marks in step with the page: what is on
 * screen first (and again after each scroll), then what is within a screen of it, then, on a page
 * of ordinary size, the whole page when it is idle; the observer queues what the page changes.
 * Reading and marking run in time slices; the observer callback only sorts records.
 */
export function startPageMarker(options: PageMarkerOptions): PageMarker {
  const { document } = options;
  const now = (): number => performance.now();
  // A count, not only a time: on a busy machine a time limit alone would mean more batches, and
  // every batch costs a long page a full layout.
  const maxPending = options.maxPending ?? 4000;
  const maxWaitMs = options.maxWaitMs ?? 5000;
  const registry = new MarkRegistry<Node, HTMLElement>();
  const pending = new PendingMarks(registry, now);
  const observed = new WeakSet<Node>();
  const roots: WeakRef<Document | ShadowRoot>[] = [];
  let paused = false;
  const digitsOf = new WeakMap<Element, string>();
  const listening = new AbortController();
  let sweepScheduled = false;
  /** Nodes read while a verdict was missing, to read again when it is in; on screen or not. */
  let waitingUrgent = new Set<Node>();
  let waiting = new Set<Node>();
  let visiblePassScheduled = false;
  /**
   * Batches of verdicts for what is on screen that are asked and not in yet. While there are any,
   * no button goes in: those on screen and those near go in together once they are answered, in
   * one change of the page's layout (on a 10,000-row table, each change costs a layout of the whole
   * table and a paint of the screen, a quarter of a second on a 2-core machine).
   */
  let urgentAsked = 0;
  /** Runs once the first verdicts asked are in (the page's start, on a big page). */
  let afterFirstVerdicts: (() => void) | undefined;
  let stopped = false;

  function createHost(number: ValidNumber): HTMLElement {
    const host = createPhoneButton(document, number);
    digitsOf.set(host, number.digits);
    return host;
  }

  const view = document.defaultView;
  const late = new LateShadows(
    (root) => observe(root),
    (run, ms) => view?.setTimeout(run, ms) ?? 0,
    (timer) => view?.clearTimeout(timer),
  );
  const observer = new MutationObserver((records) => onRecords(records));
  const queue = createSliceQueue<Node>({
    start: (root, urgent) =>
      createScanJob(root, {
        readText: options.readText,
        readHref: options.readHref,
        waitFor: (source) => (urgent ? waitingUrgent : waiting).add(source),
        createHost,
        isCurrent: (source, key) => {
          if (registry.isCurrent(source, key)) return true;
          if (!pending.has(source, key)) return false;
          // Read in idle time and waiting for its batch, now on screen: it goes in now.
          if (urgent) pending.markSeen(source);
          return true;
        },
        found: (source, key, hosts) => {
          if (hosts.length > 0) {
            pending.add(source, key, hosts, urgent);
          } else {
            pending.drop(source);
            registry.set(source, key, hosts);
          }
        },
        forget: (source) => {
          pending.drop(source);
          registry.forget(source);
        },
        onShadowRoot: observe,
        onUnshadowed: (element) => late.watch(element),
      }),
    sideJob: (queueEmpty, betweenJobs) =>
      pending.size > 0 &&
      waitingUrgent.size === 0 &&
      urgentAsked === 0 &&
      (pending.urgent ||
        (betweenJobs && (queueEmpty || pending.size >= maxPending || pending.age() >= maxWaitMs)))
        ? unobserved(pending.insertJob())
        : undefined,
    schedule: options.schedule,
    soon: options.soon,
    resume: options.resume,
    now,
    budgetMs: options.budgetMs ?? 8,
    // The records queued while a slice ran are of the slice's own edits: take them now, so the
    // observer does not wake up for them and a button we removed is not taken for the page's doing.
    afterSlice: () => {
      resumeObserving();
      onRecords(observer.takeRecords(), true);
      askVerdicts();
    },
  });

  /** Sends what the slice could not decide; what waited is read again once it is answered. */
  function askVerdicts(): void {
    if (!options.flush || (waiting.size === 0 && waitingUrgent.size === 0)) return;
    const urgent = waitingUrgent;
    const later = waiting;
    const then = afterFirstVerdicts;
    waitingUrgent = new Set();
    waiting = new Set();
    afterFirstVerdicts = undefined;
    if (urgent.size > 0) urgentAsked++;
    void options.flush(urgent.size > 0).then(() => {
      if (urgent.size > 0) urgentAsked--;
      for (const source of urgent) queue.add(source, true, true);
      for (const source of later) queue.add(source, true);
      if (urgent.size > 0) queue.runNow();
      if (!stopped) then?.();
    });
  }

  /**
   * Queues what is on screen ahead of everything else, then what is near; once per frame. At the
   * start, after the next paint (the page laid out); after a scroll, a click or a key, in the
   * next frame, before it is painted: a scroll leaves the layout as it was.
   */
  function readVisibleFirst(when: Schedule = options.soon ?? options.schedule): void {
    if (visiblePassScheduled) return;
    visiblePassScheduled = true;
    when(() => {
      visiblePassScheduled = false;
      if (stopped) return;
      const onScreen = (options.findVisible ?? visibleTargets)(document);
      for (const element of onScreen) queue.add(element, true, true);
      for (const element of nearTargets(onScreen)) queue.add(element, true);
      if (onScreen.length > 0) queue.runNow();
    });
  }

  /**
   * Inserting thousands of buttons would queue thousands of records of our own edits, so the
   * observer is disconnected while buttons go in (after taking the page's records so far) and
   * reconnected at the end of the slice. No page script runs inside a slice to be missed.
   */
  function unobserved(job: Job): Job {
    return {
      step: () => {
        if (!paused) {
          onRecords(observer.takeRecords());
          observer.disconnect();
          paused = true;
        }
        return job.step();
      },
    };
  }

  function resumeObserving(): void {
    if (!paused) return;
    paused = false;
    for (const root of roots) {
      const target = root.deref();
      if (target) observer.observe(target, OBSERVE_OPTIONS);
    }
  }

  function observe(root: Document | ShadowRoot): void {
    if (observed.has(root)) return;
    observed.add(root);
    roots.push(new WeakRef(root));
    if (!paused) observer.observe(root, OBSERVE_OPTIONS);
    if (root !== document) queue.add(root);
  }

  function onRecords(records: MutationRecord[], ownEdits = false): void {
    if (records.length === 0) return;
    const { changed, removed } = readMutations(records, ownEdits);
    if (!ownEdits) late.wake();
    for (const node of changed) queue.add(node, !ownEdits);
    if (removed) scheduleSweep();
  }

  function scheduleSweep(): void {
    if (sweepScheduled) return;
    sweepScheduled = true;
    options.schedule(() => {
      sweepScheduled = false;
      for (const source of registry.sweep()) queue.add(source);
      onRecords(observer.takeRecords(), true);
    });
  }

  if (view) {
    listenForButtonClicks(view, (host) => digitsOf.get(host), options.onActivate, listening.signal);
    // Capturing: a scroll inside the page's own scrolling box (a CRM's list) does not bubble.
    const passive = { capture: true, passive: true, signal: listening.signal };
    // After a scroll, and after a click or a key that may have shown hidden content (a tab, an
    // accordion) without changing the page's nodes.
    for (const type of ['scroll', 'resize', 'pointerup', 'keyup'])
      view.addEventListener(type, () => readVisibleFirst(), passive);
  }
  observe(document);
  const elements = document.getElementsByTagName('*').length;
  const whole = document.body ?? document.documentElement;
  // A small page (a record) is read whole at once: a few milliseconds, what is on screen included,
  // so looking for the screen first would only cost more. Read now, not in the next frame, and as
  // what the user sees: its candidates go out at once, and its buttons go in as soon as their
  // verdicts are in, instead of waiting for a frame before and after the round trip.
  if (elements <= (options.readAtOnceUpTo ?? SMALL_PAGE_ELEMENTS)) {
    queue.add(whole, true, true);
    queue.runNow();
  } else {
    // The page's start now, as what the user sees (most pages load at their top): its candidates
    // go out at once and its buttons can go into the page's first frame; the hit-test grid then
    // finds what is really on screen, once the page is laid out.
    for (const target of leadingTargets(whole, options.leadingTargets ?? LEADING_TARGETS))
      queue.add(target, true, true);
    // The look at the screen waits for the start's verdicts: its hit tests (on a long table, tens
    // of milliseconds) would hold up their answer, and the buttons would miss the first frame.
    afterFirstVerdicts = () => readVisibleFirst(options.afterPaint);
    queue.runNow();
    // Nothing to ask (no digits at the start, or every verdict known): look now.
    afterFirstVerdicts?.();
    afterFirstVerdicts = undefined;
    if (elements <= (options.readWholeUpTo ?? READ_WHOLE_UP_TO_ELEMENTS)) queue.add(whole);
  }
  return {
    get marked() {
      return registry.size;
    },
    stop() {
      stopped = true;
      listening.abort();
      late.stop();
      observer.disconnect();
      queue.stop();
      pending.clear();
      registry.clear();
      waiting.clear();
      waitingUrgent.clear();
    },
  };
}
