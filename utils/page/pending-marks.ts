import { insertHosts } from './insertion-point';
import type { MarkRegistry } from './mark-registry';
import type { Job } from './slice-queue';
import { isRunUnchanged } from './text-runs';

type Pending = { key: string; hosts: HTMLElement[] };

/**
 * Buttons made but not yet on the page. Inserting changes the page's layout, and on a long page
 * every frame that follows a change costs a full layout and paint, so buttons are inserted in a
 * few large batches (when the reading is done, or when the oldest has waited long enough) rather
 * than after every slice.
 */
export class PendingMarks {
  private readonly pending = new Map<Node, Pending>();
  /** Of the waiting sources, those the user sees: inserted first. */
  private readonly seen = new Set<Node>();
  private since = 0;
  private urgentWaiting = false;

  constructor(
    private readonly registry: MarkRegistry<Node, HTMLElement>,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** How long the oldest waiting button has waited, in ms (0 when none wait). */
  age(): number {
    return this.pending.size === 0 ? 0 : this.now() - this.since;
  }

  /** True when a button the user can see waits: the batch goes in now, not later. */
  get urgent(): boolean {
    return this.urgentWaiting && this.pending.size > 0;
  }

  has(source: Node, key: string): boolean {
    return this.pending.get(source)?.key === key;
  }

  add(source: Node, key: string, hosts: HTMLElement[], urgent = false): void {
    if (this.pending.size === 0) this.since = this.now();
    this.pending.delete(source);
    this.pending.set(source, { key, hosts });
    if (urgent) this.markSeen(source);
    else this.seen.delete(source);
  }

  /**
   * A waiting source turned out to be on screen (read earlier in idle time, its batch not in yet):
   * the batch goes in now, this source first.
   */
  markSeen(source: Node): void {
    if (!this.pending.has(source)) return;
    this.seen.add(source);
    this.urgentWaiting = true;
  }

  drop(source: Node): void {
    this.pending.delete(source);
    this.seen.delete(source);
  }

  clear(): void {
    this.pending.clear();
    this.seen.clear();
  }

  /**
   * Inserts the waiting buttons, one source per step: those on screen first, then the rest in the
   * order they were found.
   */
  insertJob(): Job {
    this.urgentWaiting = false;
    const first = [...this.seen];
    this.seen.clear();
    let firstDone = 0;
    const entries = this.pending.entries();
    const next = (): [Node, Pending] | undefined => {
      while (firstDone < first.length) {
        const source = first[firstDone++] as Node;
        const entry = this.pending.get(source);
        if (entry) return [source, entry];
      }
      const entry = entries.next();
      return entry.done ? undefined : entry.value;
    };
    return {
      step: () => {
        const entry = next();
        if (!entry) return false;
        const [source, { key, hosts }] = entry;
        this.pending.delete(source);
        // A node that left, or whose text changed since it was read, is read again anyway.
        if (
          source.isConnected &&
          (source.nodeType !== Node.TEXT_NODE || isRunUnchanged(source as Text, key))
        ) {
          insertHosts(source, hosts);
          this.registry.set(source, key, hosts);
        }
        return this.pending.size > 0;
      },
    };
  }
}
