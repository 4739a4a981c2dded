import type { PhoneMatch, TextContext } from '@/utils/detect/find-phone-numbers';
import { isPhoneHref } from '@/utils/detect/phone-href';
import type { ValidNumber } from '@/utils/detect/phone-validity';
import { fieldLabel } from './field-label';
import { insertionPoint, placeAfter } from './insertion-point';
import { isInsideSkipped } from './inside-skipped';
import type { Job } from './slice-queue';
import { nodeAt, readRun, rememberRun, type TextRun } from './text-runs';
import { type PageTarget, TargetWalker } from './walk-targets';

export type ScanContext = {
  /** Undefined while a verdict it needs is not in yet (see utils/detect/page-detector.ts). */
  readText(text: string, context?: TextContext): PhoneMatch[] | undefined;
  readHref(href: string): ValidNumber[] | undefined;
  /** The node could not be read yet: read it again when the verdicts asked for are in. */
  waitFor(source: Node): void;
  createHost(number: ValidNumber): HTMLElement;
  /** True when the node was already read (or is waiting to be marked) with this text or href. */
  isCurrent(source: Node, key: string): boolean;
  /**
   * The node was read: these are its buttons (none: its old buttons, if any, go). A line of text
   * split across elements is read as one, under its first text node.
   */
  found(source: Node, key: string, hosts: HTMLElement[]): void;
  /** The node is now read as part of another node's line: its own buttons, if any, go. */
  forget(source: Node): void;
  /** An open shadow root was found: observe it and queue it to be walked. */
  onShadowRoot(root: ShadowRoot): void;
  /** A custom element without a shadow root: it may attach one later. */
  onUnshadowed?(element: Element): void;
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
  // The line read last: its other text nodes, met next in the walk, were read with it.
  let covered: readonly Text[] = [];
  return {
    step() {
      const target = walker.next();
      if (!target) return false;
      if (target.kind !== 'text') handleTarget(target, context);
      else if (!covered.includes(target.node)) covered = readText(target.node, context).nodes;
      return true;
    },
  };
}

function handleTarget(target: PageTarget, context: ScanContext): void {
  if (target.kind === 'text') readText(target.node, context);
  else if (target.kind === 'link') readLink(target.node, target.href, context);
  else if (target.kind === 'shadow') context.onShadowRoot(target.root);
  else context.onUnshadowed?.(target.element);
}

/**
 * One line of text is read in one step, so a giant one (a 1 MB blob of call notes) would block
 * the page for seconds: only its first MAX_RUN_LENGTH characters are read (text-runs.ts). Numbers
 * further in get no button (the right-click menu still works there); no real CRM field is
 * anywhere near this long.
 */
function readText(node: Text, context: ScanContext): TextRun {
  const run = readRun(node);
  const [source, ...others] = run.nodes as [Text, ...Text[]];
  for (const other of others) context.forget(other);
  if (context.isCurrent(source, run.text)) return run;
  rememberRun(run);
  const matches = context.readText(run.text, {
    boundaries: run.starts.slice(1),
    label: () => fieldLabel(source),
  });
  if (!matches) {
    context.waitFor(source);
    return run;
  }
  const hosts = matches.map((match) => {
    const host = context.createHost(match);
    placeAfter(host, insertionPoint(nodeAt(run, match.end - 1)));
    return host;
  });
  context.found(source, run.text, hosts);
  return run;
}

function readLink(link: Element, href: string, context: ScanContext): void {
  const key = `href:${href}`;
  if (context.isCurrent(link, key)) return;
  const numbers = context.readHref(href);
  if (!numbers) context.waitFor(link);
  else
    context.found(
      link,
      key,
      numbers.map((number) => context.createHost(number)),
    );
}

function enclosingPhoneLink(node: Node): Element | undefined {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const link = element?.closest('a[href]');
  return link && isPhoneHref(link.getAttribute('href')) ? link : undefined;
}
