import type { Schedule } from './slice-queue';

/** The parts of WXT's ContentScriptContext used here: its timers stop when the script is unloaded. */
export type ScheduleContext = {
  readonly signal: AbortSignal;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  setTimeout(handler: () => void, timeout?: number): number;
};

type TaskScheduler = {
  postTask(
    callback: () => void,
    options: { priority: 'background'; signal?: AbortSignal },
  ): Promise<unknown>;
};

/**
 * Where slices run.
 * - `schedule` starts a burst of work when the page is idle (first reading of the page); the
 *   timeout guarantees progress on a page that never idles.
 * - `soon` starts work on what the page just changed in the next animation frame, before the
 *   browser lays the page out: a row the page adds is marked in the frame that shows it, instead
 *   of costing a second layout (on a 10,000-row table, a second or more). A hidden tab runs no
 *   frames, so an idle callback races it; whichever comes first runs the slice.
 * - `resume` continues a burst in background-priority tasks, which the browser runs after input
 *   and rendering; without `scheduler.postTask`, in zero-delay timers.
 * - `afterPaint` runs in the task after the next frame, when the page is laid out: asking what is
 *   on screen then costs no layout of our own (before it, on a 10,000-row table, it forced one of
 *   a quarter of a second). A hidden tab runs no frames: an idle callback races it.
 */
export function pageSchedules(
  context: ScheduleContext,
  idleTimeoutMs = 200,
): { schedule: Schedule; soon: Schedule; resume: Schedule; afterPaint: Schedule } {
  const tasks = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  const whenIdle = (run: () => void): void => {
    context.requestIdleCallback(() => run(), { timeout: idleTimeoutMs });
  };
  const firstOf = (run: () => void): (() => void) => {
    let ran = false;
    return () => {
      if (ran) return;
      ran = true;
      run();
    };
  };
  return {
    schedule: whenIdle,
    soon: (run) => {
      const once = firstOf(run);
      context.requestAnimationFrame(once);
      whenIdle(once);
    },
    afterPaint: (run) => {
      const once = firstOf(run);
      context.requestAnimationFrame(() => context.setTimeout(once, 0));
      whenIdle(once);
    },
    resume: tasks
      ? (run) => {
          tasks
            .postTask(run, { priority: 'background', signal: context.signal })
            .catch(() => undefined);
        }
      : (run) => {
          context.setTimeout(run, 0);
        },
  };
}
