import { describe, expect, it } from 'vitest';
import { ItemQueue } from './item-queue.js';
import { item } from './router.test-helpers.js';

const ids = (q: ItemQueue) => [...q].map((i) => i.id);

describe('an arrival-ordered queue', () => {
  it('keeps arrival order whatever order items are put back in', () => {
    const q = new ItemQueue(1);
    for (const [id, at] of [
      ['c', 3],
      ['a', 1],
      ['d', 4],
      ['b', 1],
    ] as const)
      q.insert(item(id, at));
    expect(ids(q)).toEqual(['a', 'b', 'c', 'd']);
    expect(q.peek()?.id).toBe('a');
  });

  it('removes from the front or the middle, and ignores an item it does not hold', () => {
    const q = new ItemQueue(1);
    const [a, b, c] = [item('a', 1), item('b', 2), item('c', 3)];
    [a, b, c].forEach((i) => q.insert(i));
    expect(q.remove(b)).toBe(true);
    expect(q.remove(a)).toBe(true);
    expect(q.remove(item('x', 2))).toBe(false);
    expect(ids(q)).toEqual(['c']);
    expect(q.remove(c)).toBe(true);
    expect(q.size).toBe(0);
    expect(q.peek()).toBeUndefined();
  });

  it('stays in order after serving thousands from the front while others arrive', () => {
    const q = new ItemQueue(1);
    const all = Array.from({ length: 5000 }, (_, n) => item(`i${n}`, n));
    all.slice(0, 3000).forEach((i) => q.insert(i));
    for (let n = 0; n < 2500; n++) q.remove(q.peek()!);
    all.slice(3000).forEach((i) => q.insert(i));
    // One put back at its old place lands among the served ones' successors, in order.
    q.insert(item('back', 2600.5));
    expect(q.size).toBe(2501);
    expect(ids(q).slice(0, 3)).toEqual(['i2500', 'i2501', 'i2502']);
    expect(ids(q).indexOf('back')).toBe(101);
  });

  it('counts the prefix that comes before a given item by binary search', () => {
    const q = new ItemQueue(1);
    for (let n = 0; n < 100; n++) q.insert(item(`i${n}`, n));
    expect(q.countPrefix((i) => i.enqueuedAt < item('x', 42).enqueuedAt)).toBe(42);
    expect(q.countPrefix(() => false)).toBe(0);
    expect(q.countPrefix(() => true)).toBe(100);
  });
});
