import { describe, expect, it } from 'vitest';
import { createSliceQueue, type Job } from '@/utils/page/slice-queue';

/** A job of `steps` steps, each taking `stepMs` of fake time. */
function setup(stepMs: number, budgetMs = 8) {
  let time = 0;
  const scheduled: (() => void)[] = [];
  const log: string[] = [];
  let slices = 0;
  const queue = createSliceQueue<{ name: string; steps: number }>({
    start: ({ name, steps }): Job => {
      let left = steps;
      return {
        step() {
          time += stepMs;
          log.push(name);
          return --left > 0;
        },
      };
    },
    schedule: (run) => scheduled.push(run),
    now: () => time,
    budgetMs,
    afterSlice: () => slices++,
  });
  const runNext = (): boolean => {
    const run = scheduled.shift();
    run?.();
    return run !== undefined;
  };
  return { queue, log, scheduled, runNext, slices: () => slices, time: () => time };
}

describe('createSliceQueue', () => {
  it('runs urgent items (what is on screen) first, even in the middle of a long job', () => {
    const { queue, log, runNext } = setup(1, 4);
    const page = { name: 'page', steps: 12 };
    queue.add(page);
    runNext();
    expect(log).toEqual(['page', 'page', 'page', 'page']);
    queue.add({ name: 'screen', steps: 2 }, false, true);
    runNext();
    expect(log.slice(4)).toEqual(['screen', 'screen', 'page', 'page']);
    // An item already waiting that becomes urgent runs once, in the urgent lane.
    const later = { name: 'later', steps: 1 };
    queue.add(later);
    queue.add(later, true, true);
    runNext();
    expect(log.slice(8)).toEqual(['later', 'page', 'page', 'page']);
    while (runNext());
    expect(log.filter((name) => name === 'later')).toHaveLength(1);
    expect(log.filter((name) => name === 'page')).toHaveLength(12);
  });

  it('runs a slice in the calling task on runNow, without waiting for the scheduler', () => {
    const { queue, log, scheduled } = setup(1);
    queue.add({ name: 'screen', steps: 2 }, true, true);
    queue.runNow();
    expect(log).toEqual(['screen', 'screen']);
    // The slice that was scheduled finds nothing left to do.
    scheduled.shift()?.();
    expect(log).toHaveLength(2);
  });

  it('runs nothing until the scheduler calls back, then schedules one slice at a time', () => {
    const { queue, log, scheduled } = setup(1);
    queue.add({ name: 'a', steps: 2 });
    queue.add({ name: 'b', steps: 2 });
    expect(log).toEqual([]);
    expect(scheduled).toHaveLength(1);
  });

  it('stops each slice once the budget is spent and resumes the same job later', () => {
    const { queue, log, runNext, slices } = setup(1, 8);
    queue.add({ name: 'a', steps: 20 });
    runNext();
    expect(log).toHaveLength(8);
    runNext();
    expect(log).toHaveLength(16);
    runNext();
    expect(log).toHaveLength(20);
    expect(runNext()).toBe(false);
    expect(slices()).toBe(3);
  });

  it('never runs a slice longer than the budget and the few steps between looks at the clock', () => {
    const { queue, runNext, time } = setup(2, 8);
    for (let i = 0; i < 50; i++) queue.add({ name: `j${i}`, steps: 3 });
    let longest = 0;
    for (;;) {
      const before = time();
      if (!runNext()) break;
      longest = Math.max(longest, time() - before);
    }
    expect(longest).toBeLessThanOrEqual(8 + 3 * 2);
  });

  it('runs an item queued twice before its turn once', () => {
    const { queue, log, runNext } = setup(1);
    const item = { name: 'a', steps: 1 };
    queue.add(item);
    queue.add(item);
    while (runNext());
    expect(log).toEqual(['a']);
  });

  it('keeps insertion order', () => {
    const { queue, log, runNext } = setup(1, 100);
    for (const name of ['c', 'a', 'b']) queue.add({ name, steps: 1 });
    runNext();
    expect(log).toEqual(['c', 'a', 'b']);
  });

  it('does nothing more after stop', () => {
    const { queue, log, runNext } = setup(1);
    queue.add({ name: 'a', steps: 3 });
    queue.stop();
    queue.add({ name: 'b', steps: 1 });
    while (runNext());
    expect(log).toEqual([]);
    expect(queue.pending).toBe(0);
  });
});

describe('createSliceQueue, early runs', () => {
  it('runs what the page just changed early, and the idle run already scheduled does nothing', () => {
    let time = 0;
    const idle: (() => void)[] = [];
    const early: (() => void)[] = [];
    const log: string[] = [];
    const queue = createSliceQueue<string>({
      start: (name) => ({
        step() {
          time += 1;
          log.push(name);
          return false;
        },
      }),
      schedule: (run) => idle.push(run),
      soon: (run) => early.push(run),
      now: () => time,
      budgetMs: 100,
    });
    queue.add('page');
    queue.add('changed row', true);
    expect([idle.length, early.length]).toEqual([1, 1]);
    early.shift()?.();
    expect(log).toEqual(['page', 'changed row']);
    idle.shift()?.();
    expect(log).toEqual(['page', 'changed row']);
    queue.add('another change', true);
    queue.add('more', false);
    expect([idle.length, early.length]).toEqual([0, 1]);
  });
});
