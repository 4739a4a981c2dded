/** A piece of work that runs a step at a time; `step()` answers whether more remains. */
export type Job = { step(): boolean };

/** Steps between two looks at the clock; a step is a few microseconds. */
const CLOCK_EVERY = 4;

/** Runs `run` later, off the critical path (an idle callback, a background task). */
export type Schedule = (run: () => void) => void;

export type SliceQueueOptions<T> = {
  /** Turns a queued item into a job when its turn comes. */
  start: (item: T) => Job;
  schedule: Schedule;
  now: () => number;
  /** The longest a slice may run before it yields to the page. */
  budgetMs: number;
  /** Runs a slice soon, for items added with `soon` (default: `schedule`). */
  soon?: Schedule;
  /** Schedules the next slice when a slice ends with work left (default: `schedule`). */
  resume?: Schedule;
  /**
   * Work that is not in the queue, asked for before each queued item and when the queue is empty
   * (`queueEmpty`): inserting the buttons made so far. Undefined when there is none due.
   */
  sideJob?: (queueEmpty: boolean) => Job | undefined;
  /** Called at the end of every slice (to take the observer's records of the slice's own edits). */
  afterSlice?: () => void;
};

export type SliceQueue<T> = {
  /**
   * Queues an item unless it is already waiting, and makes sure a slice is scheduled: with
   * `soon`, one that runs early (what the page just changed), else one for when the page is idle.
   */
  add(item: T, soon?: boolean): void;
  readonly pending: number;
  /** Drops everything and schedules nothing more. */
  stop(): void;
};

/**
 * A batched work queue that never holds the main thread longer than the budget: items wait in
 * insertion order, each becomes a job, and jobs are stepped until the slice's time is up, then the
 * rest waits for the next slice. An item queued twice before its turn runs once. The first slice
 * of a burst waits for `schedule` (the page being idle); the following ones for `resume`.
 */
export function createSliceQueue<T>(options: SliceQueueOptions<T>): SliceQueue<T> {
  const waiting = new Set<T>();
  let current: Job | undefined;
  /** What kind of run is scheduled: an early one wins over an idle one, which then does nothing. */
  let scheduled: 'none' | 'idle' | 'soon' = 'none';
  let ticket = 0;
  let stopped = false;

  function nextJob(): Job | undefined {
    const side = options.sideJob?.(waiting.size === 0);
    if (side) return side;
    const first = waiting.values().next();
    if (first.done) return undefined;
    waiting.delete(first.value);
    return options.start(first.value);
  }

  function runSlice(): void {
    scheduled = 'none';
    if (stopped) return;
    const end = options.now() + options.budgetMs;
    // Reading the clock costs about a microsecond in a content script: look every few steps.
    for (let steps = 1; ; steps++) {
      current ??= nextJob();
      if (!current) break;
      if (!current.step()) current = undefined;
      if (steps % CLOCK_EVERY === 0 && options.now() >= end) break;
    }
    options.afterSlice?.();
    current ??= nextJob();
    if (current) requestSlice(options.resume ?? options.schedule, 'soon');
  }

  function requestSlice(schedule: Schedule, kind: 'idle' | 'soon'): void {
    if (stopped || scheduled === 'soon' || scheduled === kind) return;
    scheduled = kind;
    const mine = ++ticket;
    schedule(() => {
      if (mine === ticket) runSlice();
    });
  }

  return {
    add(item, soon = false) {
      if (stopped) return;
      waiting.add(item);
      if (soon) requestSlice(options.soon ?? options.schedule, 'soon');
      else requestSlice(options.schedule, 'idle');
    },
    get pending() {
      return waiting.size + (current ? 1 : 0);
    },
    stop() {
      stopped = true;
      waiting.clear();
      current = undefined;
    },
  };
}
