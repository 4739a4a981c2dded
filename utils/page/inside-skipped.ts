import { SKIP_SELECTOR } from './skip-rules';

/**
 * True when a changed node sits inside something the walker skips, looking through the shadow
 * roots it is nested in (a web component inside an editable note is still in the note).
 */
export function isInsideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  let current: Node | null = node;
  while (current) {
    const element =
      current.nodeType === Node.ELEMENT_NODE ? (current as Element) : current.parentElement;
    if (element?.closest(SKIP_SELECTOR)) return true;
    const root = current.getRootNode();
    current =
      root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
  }
  return false;
}
