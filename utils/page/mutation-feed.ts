import { isOwnHost } from './host-tag';
import { isInlineLevel } from './text-runs';

/** The fields of a MutationRecord the feed reads. */
export type MutationLike = {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
  previousSibling?: Node | null;
  nextSibling?: Node | null;
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
 * Text or an inline element added or removed can join or split the line of text around it
 * ("+44" and "20 7946 0000" as two text nodes): the nodes beside it are read again too.
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
      if (!ownEdits && changesLine(record)) addNeighbours(record, changed);
    } else {
      changed.push(record.target);
    }
  }
  return { changed, removed };
}

function changesLine(record: MutationLike): boolean {
  for (const nodes of [record.addedNodes, record.removedNodes]) {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index];
      if (node && !isOwnHost(node) && isInlineLevel(node)) return true;
    }
  }
  return false;
}

/** The nodes around the change, or the changed element itself when it has none (a new child). */
function addNeighbours(record: MutationLike, changed: Node[]): void {
  let before = record.previousSibling ?? null;
  while (before && isOwnHost(before)) before = before.previousSibling;
  let after = record.nextSibling ?? null;
  while (after && isOwnHost(after)) after = after.nextSibling;
  if (before) changed.push(before);
  if (after) changed.push(after);
  if (!before && !after) changed.push(record.target);
}

export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['href'],
};
