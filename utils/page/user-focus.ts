/**
 * Which buttons the user moved focus to. Focus alone proves nothing: the page holds no reference
 * to the button, yet Chromium's focusing steps for a modal `<dialog>` find it inside the closed
 * shadow root (tests/e2e/hostile-buttons.spec.ts). Focus counts when it arrives as the default
 * action of the user's own Tab or mouse press: the browser made that event, no listener cancelled
 * it, and its dispatch is over (focus moved by a page listener during the dispatch does not
 * count). The cause is dropped at the next focus change, so a page timer cannot borrow it.
 * Focus that comes back when the window is activated again needs a new Tab or press.
 */
export function trackUserFocus(
  target: Window,
  hostIn: (event: Event) => Element | undefined,
  signal: AbortSignal,
): (host: Element) => boolean {
  const focusedByUser = new WeakSet<Element>();
  let cause: Event | undefined;
  const options = { capture: true, signal };
  const forget = (): void => {
    cause = undefined;
  };
  const remember = (event: Event): void => {
    if (event.isTrusted) cause = event;
  };
  target.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Tab') remember(event);
    },
    options,
  );
  target.addEventListener('mousedown', remember, options);
  target.addEventListener('keyup', forget, options);
  target.addEventListener('mouseup', forget, options);
  // The window itself losing focus; a capture listener also hears every element's blur.
  target.addEventListener(
    'blur',
    (event) => {
      if (event.target === target) forget();
    },
    options,
  );
  target.addEventListener(
    'focusin',
    (event) => {
      if (!event.isTrusted) return;
      const host = hostIn(event);
      if (host && byUser(cause)) focusedByUser.add(host);
      else if (host) focusedByUser.delete(host);
      forget();
    },
    options,
  );
  target.addEventListener(
    'focusout',
    (event) => {
      const host = event.isTrusted ? hostIn(event) : undefined;
      if (host) focusedByUser.delete(host);
    },
    options,
  );
  return (host) => focusedByUser.has(host);
}

function byUser(cause: Event | undefined): boolean {
  return cause !== undefined && cause.eventPhase === Event.NONE && !cause.defaultPrevented;
}
