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
    if (urgent) this.urgentWaiting = true;
    this.pending.delete(source);
    this.pending.set(source, { key, hosts });
  }

  drop(source: Node): void {
    this.pending.delete(source);
  }

  clear(): void {
    this.pending.clear();
  }

  /** Inserts the waiting buttons, one source per step, in the order they were found. */
  insertJob(): Job {
    this.urgentWaiting = false;
    const entries = this.pending.entries();
    return {
      step: () => {
        const next = entries.next();
        if (next.done) return false;
        const [source, { key, hosts }] = next.value;
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
