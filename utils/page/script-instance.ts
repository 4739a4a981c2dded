import type { RunContext } from './content-script-run';
import type { ScheduleContext } from './page-schedules';

/** One content script instance's life: its timers, listeners and work end together. */
export type InstanceContext = RunContext & ScheduleContext;

/**
 * Where the running instance leaves its stop function: a property of the content script's own
 * global, which the page cannot see or write (Chromium's isolated world, Firefox's sandbox), and
 * which a later instance of this extension's script in the same frame shares.
 */
const RUNNING = Symbol.for('engagespark-click-to-sms:running-instance');
/**
 * Dispatched on the document when an instance starts, so an instance whose extension was
 * reloaded or updated notices at once (its own check of `runtime.id`). Anyone may dispatch it,
 * the page too: it only makes instances look whether their extension is still there.
 */
export const INSTANCE_STARTED_EVENT = 'engagespark-click-to-sms:instance-started';

type World = { [RUNNING]?: () => void };

/**
 * The context a content script instance runs in, instead of WXT's: WXT's ends when any script
 * in the page dispatches its "content script started" event on the document, so a hostile page
 * could take every button away with one line. This one ends only when the extension is gone
 * (`extensionAlive` answers false when asked) or when a newer instance of this script starts in
 * the same frame (an injection after an update or when a site is turned on), which it learns
 * through the content script's own global, out of the page's reach.
 */
export function startInstance(
  view: Window & typeof globalThis,
  extensionAlive: () => boolean,
  world: World = globalThis as World,
): InstanceContext {
  const controller = new AbortController();
  const { signal } = controller;
  const stop = (): void => controller.abort();
  world[RUNNING]?.();
  world[RUNNING] = stop;
  signal.addEventListener('abort', () => {
    if (world[RUNNING] === stop) delete world[RUNNING];
  });

  // What is scheduled and has not run yet, cancelled at the end. A set, not a listener on the
  // signal per timer: a page open all day schedules hundreds of thousands of slices.
  const pending = new Map<number, () => void>();
  let next = 0;
  signal.addEventListener('abort', () => {
    for (const cancel of pending.values()) cancel();
    pending.clear();
  });
  /** Runs `run` through `schedule` unless the instance has ended by then; `cancel` undoes it. */
  function track<T>(
    schedule: (fire: (value: T) => void) => number,
    cancel: (id: number) => void,
    run: (value: T) => void,
  ): number {
    const key = ++next;
    const id = schedule((value) => {
      pending.delete(key);
      if (!context.isInvalid) run(value);
    });
    pending.set(key, () => cancel(id));
    return id;
  }

  const context: InstanceContext = {
    signal,
    get isInvalid() {
      if (!signal.aborted && !extensionAlive()) stop();
      return signal.aborted;
    },
    onInvalidated(callback) {
      signal.addEventListener('abort', callback);
      return () => signal.removeEventListener('abort', callback);
    },
    setInterval(handler, timeout) {
      const id = view.setInterval(() => {
        if (!context.isInvalid) handler();
      }, timeout);
      pending.set(++next, () => view.clearInterval(id));
      return id;
    },
    setTimeout: (handler, timeout) =>
      track<void>(
        (fire) => view.setTimeout(fire, timeout),
        (id) => view.clearTimeout(id),
        handler,
      ),
    requestAnimationFrame: (callback) =>
      track<number>(
        (fire) => view.requestAnimationFrame(fire),
        (id) => view.cancelAnimationFrame(id),
        callback,
      ),
    requestIdleCallback: (callback, options) =>
      track<IdleDeadline>(
        (fire) => view.requestIdleCallback(fire, options),
        (id) => view.cancelIdleCallback(id),
        callback,
      ),
  };

  const document = view.document;
  document.addEventListener(INSTANCE_STARTED_EVENT, () => void context.isInvalid, { signal });
  // Dispatched after listening: this instance checks itself too, which costs one look at runtime.id.
  document.dispatchEvent(new Event(INSTANCE_STARTED_EVENT));
  return context;
}
