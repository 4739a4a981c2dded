import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageSchedules, type ScheduleContext } from '@/utils/page/page-schedules';

function fakeContext() {
  const frames: (() => void)[] = [];
  const idle: { run: () => void; options?: IdleRequestOptions }[] = [];
  const timers: (() => void)[] = [];
  const context: ScheduleContext = {
    signal: new AbortController().signal,
    requestAnimationFrame: (callback) => {
      frames.push(() => callback(0));
      return frames.length;
    },
    requestIdleCallback: (callback, options) => {
      idle.push({ run: () => callback({ didTimeout: false, timeRemaining: () => 10 }), options });
      return idle.length;
    },
    setTimeout: (handler) => {
      timers.push(handler);
      return timers.length;
    },
  };
  return { context, frames, idle, timers };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pageSchedules', () => {
  it('starts reading the page in an idle callback with a timeout, so a busy page still gets marked', () => {
    const { context, frames, idle } = fakeContext();
    const run = vi.fn();
    pageSchedules(context, 300).schedule(run);
    expect(frames).toHaveLength(0);
    expect(idle[0]?.options).toEqual({ timeout: 300 });
    idle[0]?.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('starts work on a change in the next frame, before layout, and runs it once', () => {
    const { context, frames, idle } = fakeContext();
    const run = vi.fn();
    pageSchedules(context).soon(run);
    frames[0]?.();
    idle[0]?.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('starts work on a change in an idle callback when no frame comes (a hidden tab)', () => {
    const { context, idle } = fakeContext();
    const run = vi.fn();
    pageSchedules(context).soon(run);
    idle[0]?.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('asks what is on screen in the task after the next frame, once, or when idle in a hidden tab', () => {
    const { context, frames, idle, timers } = fakeContext();
    const run = vi.fn();
    pageSchedules(context).afterPaint(run);
    frames[0]?.();
    expect(run).not.toHaveBeenCalled();
    timers[0]?.();
    idle[0]?.run();
    expect(run).toHaveBeenCalledOnce();

    const hidden = fakeContext();
    const later = vi.fn();
    pageSchedules(hidden.context).afterPaint(later);
    hidden.idle[0]?.run();
    expect(later).toHaveBeenCalledOnce();
  });

  it('continues in background-priority tasks where the browser has them', () => {
    const postTask = vi.fn((callback: () => void) => {
      callback();
      return Promise.resolve();
    });
    vi.stubGlobal('scheduler', { postTask });
    const { context } = fakeContext();
    const run = vi.fn();
    pageSchedules(context).resume(run);
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), {
      priority: 'background',
      signal: context.signal,
    });
    expect(run).toHaveBeenCalledOnce();
  });

  it('continues in zero-delay timers elsewhere', () => {
    vi.stubGlobal('scheduler', undefined);
    const { context, timers } = fakeContext();
    const run = vi.fn();
    pageSchedules(context).resume(run);
    timers[0]?.();
    expect(run).toHaveBeenCalledOnce();
  });
});
