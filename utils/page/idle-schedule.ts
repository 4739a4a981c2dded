import type { Schedule } from './slice-queue';

/** The parts of WXT's ContentScriptContext used here: its timers stop when the script is unloaded. */
export type ScheduleContext = {
  readonly signal: AbortSignal;
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
 * Where slices run. A burst of work starts when the page is idle (the timeout guarantees progress
 * on a page that never idles) and continues in background-priority tasks, which the browser runs
 * after input and rendering; without `scheduler.postTask`, in zero-delay timers.
 */
export function pageSchedules(
  context: ScheduleContext,
  idleTimeoutMs = 200,
): { schedule: Schedule; resume: Schedule } {
  const tasks = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  return {
    schedule: (run) => {
      context.requestIdleCallback(() => run(), { timeout: idleTimeoutMs });
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
