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
  /** Whether the page removed something, so the marks must be swept. */
  removed: boolean;
};

/**
 * Sorts the observer's records into what to read and whether to sweep for removed numbers.
 * The extension's own hosts being added are never page changes; one being removed is, unless
 * the records are of the extension's own edits (`ownEdits`): the page removed a button.
 */
export function readMutations(records: readonly MutationLike[], ownEdits = false): PageChanges {
  const changed: Node[] = [];
  let removed = false;
  for (const record of records) {
    if (record.type === 'childList') {
      const { addedNodes, removedNodes } = record;
      for (let index = 0; index < addedNodes.length; index++) {
        const node = addedNodes[index];
        if (node && !isOwnHost(node)) changed.push(node);
      }
      for (let index = 0; index < removedNodes.length && !removed; index++) {
        const node = removedNodes[index];
        removed = node !== undefined && (!ownEdits || !isOwnHost(node));
      }
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
