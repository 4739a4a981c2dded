import { HOST_TAG } from './host-tag';

/**
 * Removes send buttons no running instance owns, in the document and its open shadow roots, and
 * says how many. Firefox unloads an updated or reloaded extension's content script without
 * letting it run again, so its buttons stay on the page, dead; the new instance takes them away
 * before it marks the page. (In Chrome the old instance is told to stop, and removes its own.)
 */
export function removeLeftoverButtons(document: Document): number {
  let removed = 0;
  const visit = (root: Document | ShadowRoot): void => {
    for (const host of root.querySelectorAll(HOST_TAG)) {
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
