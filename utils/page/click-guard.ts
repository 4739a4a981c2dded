/** The parts of a click the guard reads; a real MouseEvent has them all. */
export type ClickLike = Pick<MouseEvent, 'isTrusted' | 'detail' | 'clientX' | 'clientY'>;

type HitTestRoot = { elementFromPoint(x: number, y: number): Element | null };
export type HostLike = {
  getRootNode(): Node | HitTestRoot;
  checkVisibility?(options?: { opacityProperty?: boolean; visibilityProperty?: boolean }): boolean;
};

/**
 * Whether a click on the button came from the person using the page:
 * - `isTrusted`: the browser made it; a page's `click()` or `dispatchEvent()` never is.
 * - Pointer clicks must land where the button is the topmost thing, so a page that lays something
 *   over the button (or moves it under another element) does not get the click passed through,
 *   and the button must not be see-through (opacity 0 or visibility hidden on it or a parent).
 * - Keyboard activation (Enter or Space, `detail` 0) needs focus on the button, which only the
 *   user can give it: the button is in a closed shadow root the page cannot reach.
 * An overlay with `pointer-events: none` is not seen by hit testing. That is acceptable because a
 * click only opens the extension's composer with the number; sending takes a second, deliberate
 * action in the extension's own window.
 */
export function isGenuineClick(event: ClickLike, host: HostLike): boolean {
  if (!event.isTrusted) return false;
  if (host.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false)
    return false;
  if (event.detail === 0) return true;
  const root = host.getRootNode();
  if (!('elementFromPoint' in root)) return false;
  return root.elementFromPoint(event.clientX, event.clientY) === host;
}
