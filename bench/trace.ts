import type { CDPSession } from '@playwright/test';

/** A Chrome trace event (only the fields used here). Times are in microseconds. */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the main thread spent, whatever else the machine was doing. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
};

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/** Starts a trace of the page's renderer; the returned function stops it and gives the events. */
export async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }): void => {
    events.push(...(payload.value as TraceEvent[]));
  };
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, enableSampling: false },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      session.once('Tracing.tracingComplete', () => resolve()),
    );
    await session.send('Tracing.end');
    await done;
    session.off('Tracing.dataCollected', collect);
    return events;
  };
}

const cpuMs = (event: TraceEvent): number => (event.tdur ?? event.dur ?? 0) / 1000;
const wallMs = (event: TraceEvent): number => (event.dur ?? 0) / 1000;
const end = (event: TraceEvent): number => event.ts + (event.dur ?? 0);

export type ScriptCost = {
  /**
   * Main-thread CPU time inside the script's own calls (with the layout they forced) and in the
   * microtasks it caused, in ms.
   */
  scriptMs: number;
  /**
   * Of which in microtasks: promise continuations (a message's answer, what follows it) run after
   * the call or the task that settled them, in trace events that name no script.
   */
  microtasksMs: number;
  /** The longest single call into the script (a slice, an observer callback), CPU ms. */
  longestCallMs: number;
  /**
   * The longest task the script caused, CPU ms: a task of its own (an idle or background slice)
   * whole; in a task the page also used (a frame, or a page script whose change the observer
   * reported), the task less the page's own rendering and scripts. Wall ms of the same task.
   */
  longestTaskMs: number;
  longestTaskWallMs: number;
  /** Tasks whose share caused by the script is over 50 ms of CPU. */
  longTasks: number;
  /** How many tasks ran the script. */
  tasks: number;
  /** Style and layout CPU time in the thread's tasks outside the script's calls meanwhile. */
  renderingMs: number;
};

/** The page's own work inside a task: rendering steps and its scripts. */
const PAGE_WORK = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'UpdateLayer',
  'HitTest',
  'ParseHTML',
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'EventDispatch',
]);

/** The script's calls: trace events naming its URL, outermost only (a nested call is inside its caller). */
function scriptCalls(events: TraceEvent[], urlPart: string): TraceEvent[] {
  const calls = events
    .filter((event) => event.ph === 'X' && event.args?.data?.url?.includes(urlPart))
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const call of calls) {
    const last = outer[outer.length - 1];
    if (!last || call.ts >= end(last)) outer.push(call);
  }
  return outer;
}

const inside = (event: TraceEvent, container: TraceEvent): boolean =>
  event.ts >= container.ts && end(event) <= end(container);

/** What one script cost the main thread; a task "ran the script" when one of its calls lies inside. */
export function scriptCost(events: TraceEvent[], urlPart: string): ScriptCost {
  const calls = scriptCalls(events, urlPart);
  const first = calls[0];
  const last = calls[calls.length - 1];
  if (!first || !last) {
    return {
      scriptMs: 0,
      microtasksMs: 0,
      longestCallMs: 0,
      longestTaskMs: 0,
      longestTaskWallMs: 0,
      longTasks: 0,
      tasks: 0,
      renderingMs: 0,
    };
  }
  const thread = events
    .filter((event) => event.pid === first.pid && event.tid === first.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = thread.filter(
    (event) => event.name === 'RunTask' && end(event) >= first.ts && event.ts <= end(last),
  );
  const pageWork = thread.filter(
    (event) =>
      PAGE_WORK.has(event.name) &&
      !event.args?.data?.url?.includes(urlPart) &&
      !calls.some((call) => inside(event, call)),
  );
  const shares: { cpu: number; wall: number }[] = [];
  for (const task of tasks) {
    if (!calls.some((call) => inside(call, task))) continue;
    let page = 0;
    let coveredUntil = 0;
    for (const work of pageWork) {
      if (!inside(work, task) || work.ts < coveredUntil) continue; // outermost page work only
      page += cpuMs(work);
      coveredUntil = end(work);
    }
    shares.push({ cpu: Math.max(0, cpuMs(task) - page), wall: wallMs(task) });
  }
  const longest = shares.reduce((best, share) => (share.cpu > best.cpu ? share : best), {
    cpu: 0,
    wall: 0,
  });
  const rendering = pageWork.filter(
    (event) => event.name === 'UpdateLayoutTree' || event.name === 'Layout',
  );
  const microtasks = ownMicrotasks(thread, tasks, calls, urlPart);
  const microtasksMs = microtasks.reduce((sum, event) => sum + cpuMs(event), 0);
  return {
    scriptMs: calls.reduce((sum, call) => sum + cpuMs(call), 0) + microtasksMs,
    microtasksMs,
    longestCallMs: Math.max(...calls.map(cpuMs)),
    longestTaskMs: longest.cpu,
    longestTaskWallMs: longest.wall,
    longTasks: shares.filter((share) => share.cpu > 50).length,
    tasks: shares.length,
    renderingMs: rendering.reduce((sum, event) => sum + cpuMs(event), 0),
  };
}

/** Script entry points other than microtasks: whose URL says whose code runs. */
const SCRIPT_ENTRIES = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction']);

/**
 * The microtask checkpoints that ran the script's code: outside its calls, in a task where its
 * code ran or where no script with a URL ran at all (the delivery of a message's answer to the
 * extension's own bindings). A checkpoint in a task where a page's script ran is left to the page:
 * on the benchmark's list pages, which have no scripts, that leaves nothing of the script's out.
 */
function ownMicrotasks(
  thread: TraceEvent[],
  tasks: TraceEvent[],
  calls: TraceEvent[],
  urlPart: string,
): TraceEvent[] {
  const microtasks = thread.filter(
    (event) =>
      event.name === 'RunMicrotasks' &&
      !calls.some((call) => inside(event, call)) &&
      tasks.some((task) => inside(event, task)),
  );
  const outer: TraceEvent[] = [];
  for (const microtask of microtasks) {
    const last = outer[outer.length - 1];
    if (last && inside(microtask, last)) continue;
    const task = tasks.find((candidate) => inside(microtask, candidate));
    if (!task) continue;
    const pageScript = thread.some(
      (event) =>
        SCRIPT_ENTRIES.has(event.name) &&
        inside(event, task) &&
        !!event.args?.data?.url &&
        !event.args.data.url.includes(urlPart),
    );
    if (!pageScript) outer.push(microtask);
  }
  return outer;
}

/** The script's CPU time between consecutive user-timing marks with this prefix, one figure per mark. */
export function scriptCostPerMark(
  events: TraceEvent[],
  urlPart: string,
  markPrefix: string,
): number[] {
  const marks = events
    .filter((event) => event.name.startsWith(markPrefix) && event.cat.includes('user_timing'))
    .sort((a, b) => a.ts - b.ts);
  const calls = scriptCalls(events, urlPart);
  return marks.map((mark, index) => {
    const until = marks[index + 1]?.ts ?? Number.POSITIVE_INFINITY;
    return calls
      .filter((call) => call.ts >= mark.ts && call.ts < until)
      .reduce((sum, call) => sum + cpuMs(call), 0);
  });
}

/** The CPU time of the main-thread task in which the user-timing mark was made. */
export function taskCpuAtMark(events: TraceEvent[], markName: string): number {
  const mark = events.find((event) => event.name === markName && event.cat.includes('user_timing'));
  if (!mark) throw new Error(`No mark ${markName} in the trace`);
  const task = events.find(
    (event) =>
      event.name === 'RunTask' &&
      event.pid === mark.pid &&
      event.tid === mark.tid &&
      event.ts <= mark.ts &&
      end(event) >= mark.ts,
  );
  if (!task) throw new Error(`No task around ${markName}`);
  return cpuMs(task);
}
