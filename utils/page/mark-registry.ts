/** What the registry needs of a marked node (a text node or a tel:/sms: link). */
export type SourceLike = { readonly isConnected: boolean };
/** What it needs of a button host. */
export type HostLike = { readonly isConnected: boolean; remove(): void };

/**
 * Which buttons belong to which page node, and what text each node had when it was read.
 * A node read again with the same text is skipped, so nothing is processed twice; a node whose
 * text changed gets new buttons; a node that left the page takes its buttons with it.
 * Only nodes with buttons are held strongly (and swept); the rest are remembered weakly.
 */
export class MarkRegistry<S extends SourceLike & WeakKey, H extends HostLike> {
  private readonly readAs = new WeakMap<S, string>();
  private readonly marks = new Map<S, H[]>();

  /** How many nodes have buttons. */
  get size(): number {
    return this.marks.size;
  }

  /** True when the node was already read with exactly this text (or href). */
  isCurrent(source: S, key: string): boolean {
    return this.readAs.get(source) === key;
  }

  /** Records what the node was read as and its buttons, removing the buttons it had before. */
  set(source: S, key: string, hosts: H[]): void {
    this.forget(source);
    this.readAs.set(source, key);
    if (hosts.length > 0) this.marks.set(source, hosts);
  }

  forget(source: S): void {
    this.readAs.delete(source);
    const hosts = this.marks.get(source);
    if (!hosts) return;
    for (const host of hosts) host.remove();
    this.marks.delete(source);
  }

  /**
   * After the page removed nodes: drops the marks of nodes that left (removing their buttons) and
   * returns the nodes still on the page whose buttons the page removed, to be read again.
   */
  sweep(): S[] {
    const reread: S[] = [];
    for (const [source, hosts] of this.marks) {
      if (!source.isConnected) {
        this.forget(source);
      } else if (hosts.some((host) => !host.isConnected)) {
        this.forget(source);
        reread.push(source);
      }
    }
    return reread;
  }

  /** Removes every button (the extension is being unloaded). */
  clear(): void {
    for (const source of [...this.marks.keys()]) this.forget(source);
  }
}
