import { describe, expect, it } from 'vitest';
import { registerOwnHost } from '@/utils/page/host-tag';
import { type MutationLike, readMutations } from '@/utils/page/mutation-feed';

const node = (nodeName: string): Node => ({ nodeName }) as Node;
/** One of the extension's hosts: known by identity, not by name (a page's span is not one). */
const host = node('SPAN');
registerOwnHost(host as Element, {} as Parameters<typeof registerOwnHost>[1]);
const record = (
  type: string,
  target: Node,
  added: Node[] = [],
  removed: Node[] = [],
): MutationLike => ({
  type,
  target,
  addedNodes: added,
  removedNodes: removed,
});

describe('readMutations', () => {
  it('queues added subtrees, changed text and changed links', () => {
    const row = node('TR');
    const text = node('#text');
    const link = node('A');
    const changes = readMutations([
      record('childList', node('TBODY'), [row]),
      record('characterData', text),
      record('attributes', link),
    ]);
    expect(changes).toEqual({ changed: [row, text, link], removed: false });
  });

  it('does not read the extension’s own buttons', () => {
    const changes = readMutations([record('childList', node('TD'), [host])]);
    expect(changes).toEqual({ changed: [], removed: false });
  });

  it('reports that the page removed something, so the marks are swept', () => {
    const changes = readMutations([record('childList', node('UL'), [], [node('LI')])]);
    expect(changes.removed).toBe(true);
  });
});

describe('readMutations, for a button removed', () => {
  it('sweeps when the page removed one of the extension’s buttons', () => {
    expect(readMutations([record('childList', node('TD'), [], [host])]).removed).toBe(true);
  });

  it('does not sweep for the extension’s own edits', () => {
    expect(readMutations([record('childList', node('TD'), [], [host])], true).removed).toBe(false);
    expect(readMutations([record('childList', node('TD'), [], [node('P')])], true).removed).toBe(
      true,
    );
  });
});
