import { isPhoneHref } from '@/utils/detect/phone-href';
import { ANY_DIGIT } from '@/utils/detect/scan-text';
import { isSkippedElement } from './skip-rules';

/** What the walker hands on: text to read, a tel:/sms: link, or an open shadow root to walk too. */
export type PageTarget =
  | { kind: 'text'; node: Text }
  | { kind: 'link'; node: Element; href: string }
  | { kind: 'shadow'; root: ShadowRoot }
  /** A custom element with no shadow root yet: it may attach one later (late-shadows.ts). */
  | { kind: 'unshadowed'; element: Element };

/** The built-in elements that may have a shadow root (custom elements, with a "-", may too). */
const SHADOW_CAPABLE = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * Walks one subtree a step at a time, so the caller can stop when its time slice is up and resume
 * later. A skipped element (see skip-rules.ts) is passed over with everything inside it; a phone
 * link is handed on whole, its text not read again. The TreeWalker has no filter callback: the
 * skip decision is made here, which keeps the walk a tight loop.
 */
export class TargetWalker {
  private readonly walker: TreeWalker;
  private started = false;
  private skipInside = false;

  constructor(root: Node) {
    const document = root.ownerDocument ?? (root as Document);
    this.walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** The next target, or undefined when the subtree is done. */
  next(): PageTarget | undefined {
    for (let node = this.advance(); node; node = this.advance()) {
      const target = this.classify(node);
      if (target) return target;
    }
    return undefined;
  }

  private advance(): Node | null {
    if (!this.started) {
      this.started = true;
      return this.walker.currentNode;
    }
    if (!this.skipInside) return this.walker.nextNode();
    this.skipInside = false;
    while (!this.walker.nextSibling()) {
      if (!this.walker.parentNode()) return null;
    }
    return this.walker.currentNode;
  }

  private classify(node: Node): PageTarget | undefined {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      return ANY_DIGIT.test(text.data) ? { kind: 'text', node: text } : undefined;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
    const element = node as Element;
    if (isSkippedElement(element)) {
      this.skipInside = true;
      return undefined;
    }
    const name = element.localName;
    if (name === 'a') {
      const href = element.getAttribute('href');
      if (isPhoneHref(href)) {
        this.skipInside = true;
        return { kind: 'link', node: element, href };
      }
    }
    if (!SHADOW_CAPABLE.has(name) && !name.includes('-')) return undefined;
    const shadow = element.shadowRoot;
    if (shadow) return { kind: 'shadow', root: shadow };
    return name.includes('-') ? { kind: 'unshadowed', element } : undefined;
  }
}
