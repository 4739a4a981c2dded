/** A piece of work that runs a step at a time; `step()` answers whether more remains. */
export type Job = { step(): boolean };

/** Runs `run` later, off the critical path (an idle callback, a background task). */
export type Schedule = (run: () => void) => void;

export type SliceQueueOptions<T> = {
  /** Turns a queued item into a job when its turn comes. */
  start: (item: T) => Job;
  schedule: Schedule;
  now: () => number;
  /** The longest a slice may run before it yields to the page. */
  budgetMs: number;
  /** Called at the end of every slice (to take the observer's records of the slice's own edits). */
  afterSlice?: () => void;
};

export type SliceQueue<T> = {
  /** Queues an item unless it is already waiting; starts a slice if none is scheduled. */
  add(item: T): void;
  readonly pending: number;
  /** Drops everything and schedules nothing more. */
  stop(): void;
};

/**
 * A batched work queue that never holds the main thread longer than the budget: items wait in
 * insertion order, each becomes a job, and jobs are stepped until the slice's time is up, then the
 * rest waits for the next slice. An item queued twice before its turn runs once.
 */
export function createSliceQueue<T>(options: SliceQueueOptions<T>): SliceQueue<T> {
  const waiting = new Set<T>();
  let current: Job | undefined;
  let scheduled = false;
  let stopped = false;

  function nextJob(): Job | undefined {
    const first = waiting.values().next();
    if (first.done) return undefined;
    waiting.delete(first.value);
    return options.start(first.value);
  }

  function runSlice(): void {
    scheduled = false;
    if (stopped) return;
    const end = options.now() + options.budgetMs;
    do {
      current ??= nextJob();
      if (!current) break;
      if (!current.step()) current = undefined;
    } while (options.now() < end);
    options.afterSlice?.();
    if (current || waiting.size > 0) requestSlice();
  }

  function requestSlice(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    options.schedule(runSlice);
  }

  return {
    add(item) {
      if (stopped) return;
      waiting.add(item);
      requestSlice();
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
