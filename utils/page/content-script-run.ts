import type { MessageResults } from '@/utils/messaging/protocol';
import type { PageMarker } from './page-marker';

export type PageConfig = MessageResults['getPageConfig'];

/** What a run needs of WXT's ContentScriptContext. */
export type RunContext = {
  /** Reading it makes WXT check `runtime.id`, and fire `onInvalidated` once the extension is gone. */
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): () => void;
  setInterval(handler: () => void, timeout?: number): number;
};

export type ContentScriptRun = {
  context: RunContext;
  document: Document;
  /** The background's answer for this frame; undefined when it cannot be asked. */
  askPageConfig(): Promise<PageConfig | undefined>;
  startMarker(): PageMarker;
  /** Calls back when the background says the site choices changed; returns the unsubscribe. */
  onSitesChanged(callback: () => void): () => void;
  /** Clears buttons a dead instance left (Firefox); absent where the old instance cleans up. */
  removeLeftovers?(document: Document): void;
};

/**
 * How often a content script checks whether its extension is still there. Chrome leaves the
 * script of a disabled, removed or reloaded extension running, with its buttons, but without a
 * way to talk to the extension; WXT's context notices only when asked. Once a second costs
 * nothing, and a hidden tab (where the browser slows timers) is checked again when it is shown
 * and before any click or key press reaches a button.
 */
export const ORPHAN_CHECK_MS = 1_000;

/**
 * One content script instance's life: start reading the page and ask the background whether this
 * frame gets buttons, at once; keep marking if so, follow the user's site choices while the page
 * stays open, and remove every button, observer and listener at once when the instance is
 * replaced (a new one starts in the frame: update, reload, injection) or the extension goes away.
 *
 * Reading starts before the answer, so the first screen's candidates reach the background while
 * it is asked (two round trips at once instead of one after the other: on a long list, the
 * difference between buttons in the page's first frame after load and a second full layout).
 * Nothing shows before the background agrees: it answers candidates only from a frame whose site
 * gets buttons, and a frame it says no to stops reading.
 */
export async function runContentScript(run: ContentScriptRun): Promise<void> {
  const { context, document } = run;
  let marker: PageMarker | undefined;
  let asked = 0;

  const stopMarking = (): void => {
    marker?.stop();
    marker = undefined;
  };

  async function follow(): Promise<void> {
    const question = ++asked;
    const config = await run.askPageConfig();
    // Only the latest answer counts; a replaced instance does nothing more.
    if (question !== asked || context.isInvalid) return;
    if (config?.marking) marker ??= run.startMarker();
    else stopMarking();
  }

  context.onInvalidated(stopMarking);
  context.onInvalidated(run.onSitesChanged(() => void follow()));
  watchForOrphaning(context, document);
  run.removeLeftovers?.(document);
  if (!context.isInvalid) marker = run.startMarker();
  await follow();
}

function watchForOrphaning(context: RunContext, document: Document): void {
  const check = (): void => {
    void context.isInvalid;
  };
  context.setInterval(check, ORPHAN_CHECK_MS);
  const options = { capture: true, signal: context.signal };
  document.addEventListener('visibilitychange', check, options);
  // Before the click: a button whose extension is gone is removed, not clicked in vain.
  document.defaultView?.addEventListener('pointerdown', check, options);
  document.defaultView?.addEventListener('keydown', check, options);
}
