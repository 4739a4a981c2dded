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
 */
export function pageSchedules(
  context: ScheduleContext,
  idleTimeoutMs = 200,
): { schedule: Schedule; soon: Schedule; resume: Schedule } {
  const tasks = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  const whenIdle = (run: () => void): void => {
    context.requestIdleCallback(() => run(), { timeout: idleTimeoutMs });
  };
  return {
    schedule: whenIdle,
    soon: (run) => {
      let ran = false;
      const once = (): void => {
        if (ran) return;
        ran = true;
        run();
      };
      context.requestAnimationFrame(once);
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
