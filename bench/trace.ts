import type { CDPSession } from '@playwright/test';

/** A Chrome trace event (only the fields used here). Times are in microseconds. */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
};

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Starts a trace of the page's renderer: every task, script call, style and layout. */
export async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }): void => {
    events.push(...(payload.value as TraceEvent[]));
  };
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await done;
    session.off('Tracing.dataCollected', collect);
    return events;
  };
}

export type ScriptCost = {
  /** Main-thread time inside the script's own calls (including layout they forced), in ms. */
  scriptMs: number;
  /** The longest main-thread task that ran the script, in ms. */
  longestTaskMs: number;
  /** Tasks over 50 ms that ran the script. */
  longTasks: number;
  /** How many tasks ran the script. */
  tasks: number;
  /** Style and layout work on the same thread in tasks that did not run the script, in ms. */
  renderingMs: number;
  /** From the script's first call to its last, in ms. */
  spanMs: number;
};

/**
 * What one script cost the main thread: its calls are the trace events that name its URL; the
 * calls nested inside another of its calls are not counted twice. A task "ran the script" when
 * one of those calls lies inside it.
 */
export function scriptCost(events: TraceEvent[], urlPart: string, after = 0): ScriptCost {
  const ours = events
    .filter((event) => event.ph === 'X' && event.ts >= after && event.args?.data?.url?.includes(urlPart))
    .sort((a, b) => a.ts - b.ts);
  const first = ours[0];
  if (!first) return { scriptMs: 0, longestTaskMs: 0, longTasks: 0, tasks: 0, renderingMs: 0, spanMs: 0 };
  const onThread = events.filter((event) => event.pid === first.pid && event.tid === first.tid && event.ph === 'X');

  let scriptUs = 0;
  let coveredUntil = 0;
  for (const event of ours) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts >= coveredUntil) scriptUs += event.dur ?? 0;
    else if (end > coveredUntil) scriptUs += end - coveredUntil;
    coveredUntil = Math.max(coveredUntil, end);
  }

  const last = ours[ours.length - 1] ?? first;
  const windowEnd = last.ts + (last.dur ?? 0);
  const tasks = onThread
    .filter((event) => event.name === 'RunTask' && event.ts + (event.dur ?? 0) >= first.ts && event.ts <= windowEnd)
    .sort((a, b) => a.ts - b.ts);
  const ran = tasks.filter((task) => ours.some((call) => call.ts >= task.ts && call.ts <= task.ts + (task.dur ?? 0)));
  const other = tasks.filter((task) => !ran.includes(task));
  const rendering = onThread.filter(
    (event) =>
      (event.name === 'UpdateLayoutTree' || event.name === 'Layout') &&
      other.some((task) => event.ts >= task.ts && event.ts <= task.ts + (task.dur ?? 0)),
  );
  const durations = ran.map((task) => (task.dur ?? 0) / 1000);
  return {
    scriptMs: scriptUs / 1000,
    longestTaskMs: Math.max(0, ...durations),
    longTasks: durations.filter((ms) => ms > 50).length,
    tasks: ran.length,
    renderingMs: rendering.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000,
    spanMs: (windowEnd - first.ts) / 1000,
  };
}
