import type { PhoneMatch } from '@/utils/detect/find-phone-numbers';
import { isPhoneHref } from '@/utils/detect/phone-href';
import type { ValidNumber } from '@/utils/detect/phone-validity';
import { isInsideSkipped } from './inside-skipped';
import type { MarkRegistry } from './mark-registry';
import type { Job } from './slice-queue';
import { type PageTarget, TargetWalker } from './walk-targets';

export type ScanContext = {
  readText(text: string): PhoneMatch[];
  readHref(href: string): ValidNumber[];
  createHost(number: ValidNumber): HTMLElement;
  registry: MarkRegistry<Node, HTMLElement>;
  /** An open shadow root was found: observe it and queue it to be walked. */
  onShadowRoot(root: ShadowRoot): void;
};

/**
 * Buttons go right after the number's text node, or after the link, button or label holding it:
 * a button nested in a link would be invalid HTML and its click would follow the link. The
 * page's own text is never split or rewritten.
 */
const INTERACTIVE = 'a[href], button, label, summary, [role="button" i], [role="link" i]';

const DONE: Job = { step: () => false };

/** Reads one changed subtree, one target per step. */
export function createScanJob(root: Node, context: ScanContext): Job {
  if (!root.isConnected || isInsideSkipped(root)) return DONE;
  const link = enclosingPhoneLink(root);
  if (link) {
    markLink(link, link.getAttribute('href') ?? '', context);
    return DONE;
  }
  const walker = new TargetWalker(root);
  return {
    step() {
      const target = walker.next();
      if (!target) return false;
      handleTarget(target, context);
      return true;
    },
  };
}

function handleTarget(target: PageTarget, context: ScanContext): void {
  if (target.kind === 'text') markText(target.node, context);
  else if (target.kind === 'link') markLink(target.node, target.href, context);
  else context.onShadowRoot(target.root);
}

function markText(node: Text, context: ScanContext): void {
  const text = node.data;
  if (context.registry.isCurrent(node, text)) return;
  const hosts = context.readText(text).map((match) => context.createHost(match));
  context.registry.set(node, text, hosts);
  if (hosts.length > 0) (node.parentElement?.closest(INTERACTIVE) ?? node).after(...hosts);
}

function markLink(link: Element, href: string, context: ScanContext): void {
  const key = `href:${href}`;
  if (context.registry.isCurrent(link, key)) return;
  const hosts = context.readHref(href).map((number) => context.createHost(number));
  context.registry.set(link, key, hosts);
  if (hosts.length > 0) link.after(...hosts);
}

function enclosingPhoneLink(node: Node): Element | undefined {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const link = element?.closest('a[href]');
  return link && isPhoneHref(link.getAttribute('href')) ? link : undefined;
}
