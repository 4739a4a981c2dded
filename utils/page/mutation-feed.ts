import { isOwnHost } from './host-tag';

/** The fields of a MutationRecord the feed reads. */
export type MutationLike = {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
};

export type PageChanges = {
  /** Subtrees to read: added nodes, text nodes whose text changed, links whose href changed. */
  changed: Node[];
  /** Whether the page removed anything (other than the extension's own buttons). */
  removed: boolean;
};

/**
 * Sorts the observer's records into what to read and whether to sweep for removed numbers.
 * The extension's own hosts, added or removed, are not page changes.
 */
export function readMutations(records: readonly MutationLike[]): PageChanges {
  const changed: Node[] = [];
  let removed = false;
  for (const record of records) {
    if (record.type === 'childList') {
      for (const node of Array.from(record.addedNodes)) if (!isOwnHost(node)) changed.push(node);
      removed ||= Array.from(record.removedNodes).some((node) => !isOwnHost(node));
    } else {
      changed.push(record.target);
    }
  }
  return { changed, removed };
}

export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['href'],
};
