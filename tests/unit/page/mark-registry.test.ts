import { describe, expect, it } from 'vitest';
import { MarkRegistry } from '@/utils/page/mark-registry';

class FakeNode {
  isConnected = true;
}
class FakeHost {
  isConnected = true;
  removed = false;
  remove(): void {
    this.isConnected = false;
    this.removed = true;
  }
}

describe('MarkRegistry', () => {
  it('remembers what a node was read as, with or without buttons', () => {
    const registry = new MarkRegistry<FakeNode, FakeHost>();
    const marked = new FakeNode();
    const plain = new FakeNode();
    registry.set(marked, '0917 123 4567', [new FakeHost()]);
    registry.set(plain, '2024-01-15', []);
    expect(registry.isCurrent(marked, '0917 123 4567')).toBe(true);
    expect(registry.isCurrent(plain, '2024-01-15')).toBe(true);
    expect(registry.isCurrent(marked, '0918 765 4321')).toBe(false);
    expect(registry.size).toBe(1);
  });

  it('replaces a node’s buttons when it is read again', () => {
    const registry = new MarkRegistry<FakeNode, FakeHost>();
    const node = new FakeNode();
    const first = new FakeHost();
    registry.set(node, 'a', [first]);
    registry.set(node, 'b', [new FakeHost()]);
    expect(first.removed).toBe(true);
    expect(registry.size).toBe(1);
  });

  it('sweeps away buttons of nodes that left the page', () => {
    const registry = new MarkRegistry<FakeNode, FakeHost>();
    const gone = new FakeNode();
    const host = new FakeHost();
    registry.set(gone, 'a', [host]);
    gone.isConnected = false;
    expect(registry.sweep()).toEqual([]);
    expect(host.removed).toBe(true);
    expect(registry.size).toBe(0);
    expect(registry.isCurrent(gone, 'a')).toBe(false);
  });

  it('gives back nodes still on the page whose buttons the page removed', () => {
    const registry = new MarkRegistry<FakeNode, FakeHost>();
    const node = new FakeNode();
    const host = new FakeHost();
    registry.set(node, 'a', [host]);
    host.isConnected = false;
    expect(registry.sweep()).toEqual([node]);
    expect(registry.isCurrent(node, 'a')).toBe(false);
  });

  it('removes every button on clear', () => {
    const registry = new MarkRegistry<FakeNode, FakeHost>();
    const hosts = [new FakeHost(), new FakeHost(), new FakeHost()];
    registry.set(new FakeNode(), 'a', hosts.slice(0, 2));
    registry.set(new FakeNode(), 'b', hosts.slice(2));
    registry.clear();
    expect(hosts.every((host) => host.removed)).toBe(true);
    expect(registry.size).toBe(0);
  });
});
