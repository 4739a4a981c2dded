// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { INSTANCE_STARTED_EVENT, startInstance } from '@/utils/page/script-instance';

/** The content script's own global, shared by the instances of one frame (a fresh one per test). */
const freshWorld = () => ({});

// happy-dom has no idle callbacks; the browsers both do.
window.requestIdleCallback ??= (callback) =>
  window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 1);
window.cancelIdleCallback ??= (id) => window.clearTimeout(id);

describe('startInstance', () => {
  it('ends when a newer instance starts in the same frame, timers and all', async () => {
    const world = freshWorld();
    const first = startInstance(window, () => true, world);
    const ended = vi.fn();
    first.onInvalidated(ended);
    const ticks = vi.fn();
    first.setTimeout(ticks, 0);
    first.requestAnimationFrame(ticks);
    first.requestIdleCallback(ticks);
    const second = startInstance(window, () => true, world);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(first.isInvalid).toBe(true);
    expect(second.isInvalid).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ticks).not.toHaveBeenCalled();
    second.setTimeout(ticks, 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ticks).toHaveBeenCalledTimes(1);
  });

  it('is not ended by anything the page can dispatch (WXT ended its context on such an event)', () => {
    const world = freshWorld();
    const instance = startInstance(window, () => true, world);
    const name = 'ameddameljonpbjdmljlbijdhegdbmii:crm:wxt:content-script-started';
    document.dispatchEvent(
      new CustomEvent(name, { detail: { contentScriptName: 'crm', messageId: 'page' } }),
    );
    window.postMessage({ type: name, contentScriptName: 'crm', messageId: 'page' }, '*');
    document.dispatchEvent(new Event(INSTANCE_STARTED_EVENT));
    expect(instance.isInvalid).toBe(false);
  });

  it('ends once its extension is gone, as soon as any instance starts in the frame or it is asked', () => {
    let alive = true;
    const old = startInstance(window, () => alive, freshWorld());
    const ended = vi.fn();
    old.onInvalidated(ended);
    alive = false; // reloaded or updated: the old script's runtime.id is gone
    // The new instance runs in a world of its own here (a new extension context).
    startInstance(window, () => true, freshWorld());
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('forgets timers that ran, so a page open all day does not pile them up', async () => {
    const world = freshWorld();
    const instance = startInstance(window, () => true, world);
    const ran = vi.fn();
    for (let slice = 0; slice < 1_000; slice++) instance.setTimeout(ran, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toHaveBeenCalledTimes(1_000);
    instance.setTimeout(ran, 10_000);
    const cancel = vi.spyOn(window, 'clearTimeout');
    startInstance(window, () => true, world);
    // Ending cancels the one timer still waiting, not the thousand that ran.
    expect(cancel).toHaveBeenCalledTimes(1);
    cancel.mockRestore();
  });
});
