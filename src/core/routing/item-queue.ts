import { compareArrival } from './priority.js';
import type { WorkItem } from './types.js';

/** Past this many consumed slots at the front, the array is compacted (amortised O(1)). */
const COMPACT_AFTER = 1024;

/**
 * Items of one base priority in arrival order. New items almost always arrive last, so insert
 * is an append; an item put back at its original time is inserted by binary search. Taking the
 * head only moves an index, so a long line never pays for shifting its array.
 */
export class ItemQueue {
  /** @param base the rank of the base priority all its items share. */
  constructor(readonly base: number) {}

  private items: (WorkItem | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  /** The oldest item. */
  peek(): WorkItem | undefined {
    return this.items[this.head];
  }

  insert(item: WorkItem): void {
    const last = this.items[this.items.length - 1];
    if (this.size === 0 || compareArrival(last!, item) < 0) this.items.push(item);
    else this.items.splice(this.lowerBound(item), 0, item);
  }

  /** Removes the item if it is here; true when it was. */
  remove(item: WorkItem): boolean {
    // Taking the head is the common case (the next item is served); no search needed.
    const i = this.items[this.head]?.id === item.id ? this.head : this.lowerBound(item);
    if (this.items[i]?.id !== item.id) return false;
    if (i !== this.head) {
      this.items.splice(i, 1);
      return true;
    }
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= COMPACT_AFTER && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return true;
  }

  /**
   * How many items from the front satisfy `before`, which must hold for a prefix of the line
   * and then never again (binary search).
   */
  countPrefix(before: (item: WorkItem) => boolean): number {
    let lo = this.head;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.items[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo - this.head;
  }

  *[Symbol.iterator](): Iterator<WorkItem> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }

  private lowerBound(item: WorkItem): number {
    let lo = this.head;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareArrival(this.items[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
