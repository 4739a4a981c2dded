// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LateShadows } from '@/utils/page/late-shadows';

/** Timers run by hand: `due` lists the delays asked for, `fire()` runs the next one. */
function manualTimers() {
  const queue: { run: () => void; ms: number }[] = [];
  return {
    due: (): number[] => queue.map((timer) => timer.ms),
    fire: (): void => queue.shift()?.run(),
    later: (run: () => void, ms: number): number => queue.push({ run, ms }),
    cancel: (): void => {
      queue.length = 0;
    },
  };
}

describe('LateShadows', () => {
  it('hands on a shadow root attached after the first look, once', () => {
    const timers = manualTimers();
    const found: ShadowRoot[] = [];
    const late = new LateShadows((root) => found.push(root), timers.later, timers.cancel);
    const element = document.createElement('x-late-field');
    document.body.append(element);
    late.watch(element);
    expect(timers.due()).toEqual([250]);
    timers.fire();
    expect(found).toEqual([]);
    const root = element.attachShadow({ mode: 'open' });
    timers.fire();
    expect(found).toEqual([root]);
    late.check();
    expect(found).toEqual([root]);
  });

  it('looks less and less often, then stops until the page changes', () => {
    const timers = manualTimers();
    const late = new LateShadows(() => undefined, timers.later, timers.cancel);
    const element = document.createElement('x-never');
    document.body.append(element);
    late.watch(element);
    const delays: number[] = [];
    for (let step = 0; step < 10 && timers.due().length > 0; step++) {
      delays.push(...timers.due());
      timers.fire();
    }
    expect(delays).toEqual([250, 1_000, 3_000, 10_000, 30_000]);
    late.wake();
    expect(timers.due()).toEqual([250]);
  });

  it('forgets elements that left the page, and everything when stopped', () => {
    const timers = manualTimers();
    const late = new LateShadows(() => undefined, timers.later, timers.cancel);
    const element = document.createElement('x-gone');
    late.watch(element); // never connected
    timers.fire();
    late.wake();
    expect(timers.due()).toEqual([]);
    late.watch(element);
    late.stop();
    expect(timers.due()).toEqual([]);
  });
});
