import { HOST_SELECTOR } from './host-tag';

/** Firefox gives content scripts a way into closed shadow roots; the page has no such property. */
type WithClosedRoot = Element & { readonly openOrClosedShadowRoot?: ShadowRoot | null };

/**
 * A host an earlier instance of this content script made: a `span[data-sms-to]` with a closed
 * shadow root holding a button. The host is a plain span (host-tag.ts), so the selector alone
 * would also match a page's own span that happens to carry the attribute.
 */
function isLeftoverHost(element: Element): boolean {
  const root = (element as WithClosedRoot).openOrClosedShadowRoot;
  return root?.mode === 'closed' && root.querySelector('button') !== null;
}

/**
 * Removes send buttons no running instance owns, in the document and its open shadow roots, and
 * says how many. Firefox unloads an updated or reloaded extension's content script without
 * letting it run again, so its buttons stay on the page, dead; the new instance takes them away
 * before it marks the page. (In Chrome the old instance is told to stop, and removes its own.)
 */
export function removeLeftoverButtons(document: Document): number {
  let removed = 0;
  const visit = (root: Document | ShadowRoot): void => {
    for (const host of root.querySelectorAll(HOST_SELECTOR)) {
      if (!isLeftoverHost(host)) continue;
      host.remove();
      removed++;
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  visit(document);
  return removed;
}
