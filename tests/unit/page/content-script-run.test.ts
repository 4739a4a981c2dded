// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  ORPHAN_CHECK_MS,
  type PageConfig,
  type RunContext,
  runContentScript,
} from '@/utils/page/content-script-run';
import type { PageMarker } from '@/utils/page/page-marker';

/** Like WXT's context: invalid once aborted, or once `runtime.id` is gone and someone asks. */
class FakeContext implements RunContext {
  extensionGone = false;
  readonly controller = new AbortController();
  readonly intervals: { handler: () => void; timeout?: number }[] = [];
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get isInvalid(): boolean {
    if (this.extensionGone && !this.signal.aborted) this.controller.abort();
    return this.signal.aborted;
  }
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
  setInterval(handler: () => void, timeout?: number): number {
    this.intervals.push({ handler, timeout });
    return this.intervals.length;
  }
}

function setup(answers: (PageConfig | undefined)[]) {
  const context = new FakeContext();
  const markers: { stop: ReturnType<typeof vi.fn> }[] = [];
  let notify: (() => void) | undefined;
  const unsubscribe = vi.fn();
  const queue = [...answers];
  const run = {
    context,
    document,
    askPageConfig: vi.fn(async () => queue.shift()),
    startMarker: vi.fn((): PageMarker => {
      const marker = { marked: 0, stop: vi.fn() };
      markers.push(marker);
      return marker;
    }),
    onSitesChanged: (callback: () => void) => {
      notify = callback;
      return unsubscribe;
    },
    removeLeftovers: vi.fn(),
  };
  const sitesChanged = async (): Promise<void> => {
    notify?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { context, markers, run, sitesChanged, unsubscribe };
}

const ON = { marking: true };
const OFF = { marking: false };

describe('runContentScript', () => {
  it('starts reading while it asks, after clearing leftovers, and goes on when the frame is covered', async () => {
    const { run, markers } = setup([ON]);
    const running = runContentScript(run);
    // Before the answer: the first screen's candidates go out beside the question.
    expect(run.startMarker).toHaveBeenCalledTimes(1);
    expect(run.askPageConfig).toHaveBeenCalledTimes(1);
    expect(run.removeLeftovers.mock.invocationCallOrder[0]).toBeLessThan(
      run.startMarker.mock.invocationCallOrder[0] ?? 0,
    );
    await running;
    expect(markers).toHaveLength(1);
    expect(markers[0]?.stop).not.toHaveBeenCalled();
  });

  it('stops reading, buttons and all, on a site switched off, or when the background cannot be asked', async () => {
    for (const answer of [OFF, undefined]) {
      const { run, markers } = setup([answer]);
      await runContentScript(run);
      expect(markers).toHaveLength(1);
      expect(markers[0]?.stop).toHaveBeenCalledTimes(1);
    }
  });

  it('follows the site choices: off removes the buttons, on marks again, once', async () => {
    const { run, markers, sitesChanged } = setup([ON, OFF, ON, ON]);
    await runContentScript(run);
    await sitesChanged();
    expect(markers[0]?.stop).toHaveBeenCalledTimes(1);
    await sitesChanged();
    await sitesChanged();
    expect(run.startMarker).toHaveBeenCalledTimes(2);
  });

  it('stops marking, and listening, when a new instance replaces it', async () => {
    const { run, markers, context, unsubscribe } = setup([ON]);
    await runContentScript(run);
    context.controller.abort();
    expect(markers[0]?.stop).toHaveBeenCalledTimes(1);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('notices the extension is gone: on its timer, or before a click lands', async () => {
    const { run, markers, context } = setup([ON]);
    await runContentScript(run);
    expect(context.intervals).toEqual([
      { handler: expect.any(Function), timeout: ORPHAN_CHECK_MS },
    ]);
    context.extensionGone = true;
    window.dispatchEvent(new Event('pointerdown'));
    expect(markers[0]?.stop).toHaveBeenCalledTimes(1);

    const second = setup([ON]);
    await runContentScript(second.run);
    second.context.extensionGone = true;
    second.context.intervals[0]?.handler();
    expect(second.markers[0]?.stop).toHaveBeenCalledTimes(1);
  });

  it('stops reading when it was replaced while waiting for the answer, and does not start again', async () => {
    const { run, context, markers } = setup([ON]);
    const running = runContentScript(run);
    context.controller.abort();
    await running;
    expect(markers[0]?.stop).toHaveBeenCalledTimes(1);
    expect(run.startMarker).toHaveBeenCalledTimes(1);
  });

  it('starts nothing in an instance whose extension is already gone', async () => {
    const { run, context } = setup([undefined]);
    context.extensionGone = true;
    await runContentScript(run);
    expect(run.startMarker).not.toHaveBeenCalled();
  });
});
