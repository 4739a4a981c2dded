import type { PhoneMatch } from '@/utils/detect/find-phone-numbers';
import { isPhoneHref } from '@/utils/detect/phone-href';
import type { ValidNumber } from '@/utils/detect/phone-validity';
import { isInsideSkipped } from './inside-skipped';
import type { Job } from './slice-queue';
import { type PageTarget, TargetWalker } from './walk-targets';

export type ScanContext = {
  readText(text: string): PhoneMatch[];
  readHref(href: string): ValidNumber[];
  createHost(number: ValidNumber): HTMLElement;
  /** True when the node was already read (or is waiting to be marked) with this text or href. */
  isCurrent(source: Node, key: string): boolean;
  /** The node was read: these are its buttons (none: its old buttons, if any, go). */
  found(source: Node, key: string, hosts: HTMLElement[]): void;
  /** An open shadow root was found: observe it and queue it to be walked. */
  onShadowRoot(root: ShadowRoot): void;
};

const DONE: Job = { step: () => false };

/** Reads one changed subtree, one target per step. Buttons are made here, inserted later. */
export function createScanJob(root: Node, context: ScanContext): Job {
  if (!root.isConnected || isInsideSkipped(root)) return DONE;
  const link = enclosingPhoneLink(root);
  if (link) {
    readLink(link, link.getAttribute('href') ?? '', context);
    return DONE;
  }
  if (root.nodeType === Node.TEXT_NODE) {
    // Changed text is read even without digits: its old buttons must go.
    readText(root as Text, context);
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
  if (target.kind === 'text') readText(target.node, context);
  else if (target.kind === 'link') readLink(target.node, target.href, context);
  else context.onShadowRoot(target.root);
}

/**
 * One text node is read in one step, so a giant one (a 1 MB blob of call notes) would block the page
 * for seconds: only its first MAX_TEXT_READ characters are read. Numbers further in get no button
 * (the right-click menu still works there); no real CRM field is anywhere near this long.
 */
export const MAX_TEXT_READ = 10_000;

function readText(node: Text, context: ScanContext): void {
  const text = node.data.length > MAX_TEXT_READ ? node.data.slice(0, MAX_TEXT_READ) : node.data;
  if (context.isCurrent(node, text)) return;
  context.found(
    node,
    text,
    context.readText(text).map((match) => context.createHost(match)),
  );
}

function readLink(link: Element, href: string, context: ScanContext): void {
  const key = `href:${href}`;
  if (context.isCurrent(link, key)) return;
  context.found(
    link,
    key,
    context.readHref(href).map((number) => context.createHost(number)),
  );
}

function enclosingPhoneLink(node: Node): Element | undefined {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const link = element?.closest('a[href]');
  return link && isPhoneHref(link.getAttribute('href')) ? link : undefined;
}
