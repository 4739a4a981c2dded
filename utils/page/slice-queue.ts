/** A piece of work that runs a step at a time; `step()` answers whether more remains. */
export type Job = { step(): boolean };

/** Steps between two looks at the clock; a step is a few microseconds. */
const CLOCK_EVERY = 4;

/** Runs `run` later, off the critical path (an idle callback, a background task). */
export type Schedule = (run: () => void) => void;

export type SliceQueueOptions<T> = {
  /** Turns a queued item into a job when its turn comes; `urgent` for items added as urgent. */
  start: (item: T, urgent: boolean) => Job;
  schedule: Schedule;
  now: () => number;
  /** The longest a slice may run before it yields to the page. */
  budgetMs: number;
  /** Runs a slice soon, for items added with `soon` (default: `schedule`). */
  soon?: Schedule;
  /** Schedules the next slice when a slice ends with work left (default: `schedule`). */
  resume?: Schedule;
  /**
   * Work that is not in the queue (inserting the buttons made so far), undefined when none is
   * due. Asked before each step: `betweenJobs` when no queued job is under way (a job's turn is
   * next), `queueEmpty` when nothing else waits either.
   */
  sideJob?: (queueEmpty: boolean, betweenJobs: boolean) => Job | undefined;
  /** Called at the end of every slice (to take the observer's records of the slice's own edits). */
  afterSlice?: () => void;
};

export type SliceQueue<T> = {
  /**
   * Queues an item unless it is already waiting, and makes sure a slice is scheduled: with
   * `soon`, one that runs early (what the page just changed), else one for when the page is idle.
   * An `urgent` item (what the user sees) runs soon, before everything else, even before the rest
   * of a job under way.
   */
  add(item: T, soon?: boolean, urgent?: boolean): void;
  /**
   * Runs a slice in this task, for urgent work found in a task that runs when the page is laid
   * out (what is on screen, its verdicts just in): waiting for the next frame to read it could
   * cost a long page a quarter of a second.
   */
  runNow(): void;
  readonly pending: number;
  /** Drops everything and schedules nothing more. */
  stop(): void;
};

function shift<T>(set: Set<T>): { item: T } | undefined {
  const first = set.values().next();
  if (first.done) return undefined;
  set.delete(first.value);
  return { item: first.value };
}

/**
 * A batched work queue that never holds the main thread longer than the budget: items wait in
 * insertion order, each becomes a job, and jobs are stepped until the slice's time is up, then the
 * rest waits for the next slice. An item queued twice before its turn runs once. The first slice
 * of a burst waits for `schedule` (the page being idle); the following ones for `resume`. Urgent
 * items have a lane of their own that goes first.
 */
export function createSliceQueue<T>(options: SliceQueueOptions<T>): SliceQueue<T> {
  const waiting = new Set<T>();
  const urgent = new Set<T>();
  let current: Job | undefined;
  let urgentJob: Job | undefined;
  let side: Job | undefined;
  /** What kind of run is scheduled: an early one wins over an idle one, which then does nothing. */
  let scheduled: 'none' | 'idle' | 'soon' = 'none';
  let ticket = 0;
  let stopped = false;

  /** The job to step next: urgent work, then due side work, then the queue in order. */
  function pick(): Job | undefined {
    if (urgentJob) return urgentJob;
    const next = shift(urgent);
    if (next) {
      urgentJob = options.start(next.item, true);
      return urgentJob;
    }
    side ??= options.sideJob?.(waiting.size === 0 && !current, !current);
    if (side) return side;
    if (!current) {
      const queued = shift(waiting);
      if (queued) current = options.start(queued.item, false);
    }
    return current;
  }

  function step(job: Job): void {
    if (job.step()) return;
    if (job === urgentJob) urgentJob = undefined;
    else if (job === side) side = undefined;
    else current = undefined;
  }

  function runSlice(): void {
    scheduled = 'none';
    if (stopped) return;
    const end = options.now() + options.budgetMs;
    // Reading the clock costs about a microsecond in a content script: look every few steps.
    for (let steps = 1; ; steps++) {
      const job = pick();
      if (!job) break;
      step(job);
      if (steps % CLOCK_EVERY === 0 && options.now() >= end) break;
    }
    options.afterSlice?.();
    if (pick()) requestSlice(options.resume ?? options.schedule, 'soon');
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
    add(item, soon = false, isUrgent = false) {
      if (stopped) return;
      if (isUrgent) {
        waiting.delete(item);
        urgent.add(item);
      } else if (!urgent.has(item)) {
        waiting.add(item);
      }
      if (soon || isUrgent) requestSlice(options.soon ?? options.schedule, 'soon');
      else requestSlice(options.schedule, 'idle');
    },
    runNow() {
      runSlice();
    },
    get pending() {
      return waiting.size + urgent.size + (current ? 1 : 0) + (urgentJob ? 1 : 0);
    },
    stop() {
      stopped = true;
      waiting.clear();
      urgent.clear();
      current = undefined;
      urgentJob = undefined;
      side = undefined;
    },
  };
}
