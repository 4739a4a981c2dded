import type { StyleVerdict } from './visible-style';

/** The parts of a click the guard reads; a real MouseEvent has them all. */
export type ClickLike = Pick<MouseEvent, 'isTrusted' | 'detail' | 'clientX' | 'clientY'>;

type HitTestRoot = { elementFromPoint(x: number, y: number): Element | null };
export type HostLike = {
  getRootNode(): Node | HitTestRoot;
  getBoundingClientRect(): Pick<DOMRect, 'x' | 'y' | 'width' | 'height'>;
};

/** What the click listener learned about the button at the moment of the click. */
export type ClickFacts = {
  /** From visible-style.ts. */
  style: StyleVerdict;
  /** IntersectionObserver v2 will have the last word (Chromium), so `unknown` styles are left to it. */
  observerDecides: boolean;
  /**
   * The user moved focus to the button inside the closed shadow root (user-focus.ts), it is still
   * there, and the host carries no attribute the page added (an `accesskey` on the host makes the
   * browser click the host, not the button).
   */
  buttonFocused: boolean;
};

/**
 * Whether a click on the button came from the person using the page, as far as can be told now
 * (button-clicks.ts adds IntersectionObserver v2's verdict where there is one):
 * - `isTrusted`: the browser made it; a page's `click()` or `dispatchEvent()` never is.
 * - The button can be seen (visible-style.ts).
 * - A pointer click lands where the button is the topmost thing, so a layer over the button (or a
 *   button moved under another element) does not get the click passed through.
 * - A keyboard click (Enter or Space, `detail` 0) needs focus that the user's own Tab or mouse
 *   press put on the button itself, and the button on screen and topmost at its centre, as for a
 *   pointer: focus alone does not prove the user sees what has it.
 */
export function isGenuineClick(event: ClickLike, host: HostLike, facts: ClickFacts): boolean {
  if (!event.isTrusted) return false;
  if (facts.style === 'hidden' || (facts.style === 'unknown' && !facts.observerDecides))
    return false;
  if (event.detail !== 0) return isTopmostAt(host, event.clientX, event.clientY);
  if (!facts.buttonFocused) return false;
  const box = host.getBoundingClientRect();
  return isTopmostAt(host, box.x + box.width / 2, box.y + box.height / 2);
}

/** Off screen there is nothing at the point (`elementFromPoint` gives null), so this fails too. */
function isTopmostAt(host: HostLike, x: number, y: number): boolean {
  const root = host.getRootNode();
  if (!('elementFromPoint' in root)) return false;
  return root.elementFromPoint(x, y) === host;
}
