import { isGenuineClick } from './click-guard';
import { HOST_ATTRIBUTE, isOwnHost, ownParts } from './host-tag';
import { trackUserFocus } from './user-focus';
import { createVisibilityWatch } from './visibility-watch';
import { styleVerdict } from './visible-style';

/**
 * One set of listeners for every button, in the capture phase on the window. The click listener
 * finds the host in the event's path (through the page's open shadow roots), takes the number from
 * the extension's own records, never from the host's attribute (the page can change that), and
 * keeps the click from the page's handlers. A host the extension did not make is ignored.
 * Pointing at or focusing a button starts IntersectionObserver v2 on it (visibility-watch.ts),
 * so that its verdict is in before the click.
 */
export function listenForButtonClicks(
  target: Window & typeof globalThis,
  digitsOf: (host: Element) => string | undefined,
  onActivate: (digits: string) => void,
  signal: AbortSignal,
): void {
  const visibility = createVisibilityWatch(target);
  // In the top frame a click on a button not yet watched (the pointer came and clicked within one
  // frame) waits for the first report: its styles and the hit test were checked at the click, and
  // nothing outside this document can hide it. In a frame, the parent could show the frame again
  // right after the click, so only a report from before the click counts there. Asked at the
  // click, not here: in a frame, `parent` is another window, and reaching it from the content
  // script's world costs every frame over a millisecond at start-up.
  const inTopFrame = (): boolean => target.parent === target;
  const options = { capture: true, signal };
  const hostIn = (event: Event): Element | undefined =>
    event.composedPath().find((node) => isOwnHost(node)) as Element | undefined;
  const focusedByUser = trackUserFocus(target, hostIn, signal);

  if (visibility) {
    const watch = (event: Event): void => {
      const host = hostIn(event);
      if (host) visibility.watch(host);
    };
    target.addEventListener('pointerover', watch, { ...options, passive: true });
    target.addEventListener('focusin', watch, options);
  }

  target.addEventListener(
    'click',
    (event) => {
      const host = hostIn(event);
      const digits = host && digitsOf(host);
      if (!host || !digits) return;
      event.preventDefault();
      event.stopPropagation();
      const facts = {
        style: styleVerdict(host),
        observerDecides: visibility !== undefined,
        buttonFocused: focusedByUser(host) && isButtonFocused(host),
      };
      if (!isGenuineClick(event, host, facts)) return;
      if (!visibility) {
        onActivate(digits);
        return;
      }
      void visibility.isVisible(host, inTopFrame()).then((visible) => {
        if (visible) onActivate(digits);
      });
    },
    options,
  );
}

/** Focus is on our button, and the page has not added attributes (accesskey, tabindex) to the host. */
function isButtonFocused(host: Element): boolean {
  const parts = ownParts(host);
  if (!parts || parts.shadow.activeElement !== parts.button) return false;
  return host.getAttributeNames().every((name) => name === HOST_ATTRIBUTE);
}
