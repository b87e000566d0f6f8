import { describe, expect, it } from 'vitest';
import { EventHeap } from './event-heap.js';
import { createRandom } from './sim-random.js';

describe('the simulator event heap', () => {
  it('hands events back earliest first, and those at the same minute in the order they came', () => {
    const heap = new EventHeap<string>();
    const rng = createRandom(7);
    const pushed = Array.from({ length: 500 }, (_, i) => ({
      at: Math.floor(rng.next() * 50),
      name: `e${i}`,
    }));
    for (const e of pushed) heap.push(e.at, e.name);
    const popped: string[] = [];
    for (let e = heap.pop(); e; e = heap.pop()) popped.push(e.event);
    const expected = [...pushed].sort((a, b) => a.at - b.at).map((e) => e.name);
    expect(popped).toEqual(expected);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });
});

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('seeded random numbers', () => {
  it('repeat for a seed and follow their distributions', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const draws = Array.from({ length: 20_000 }, () => a.logNormal(7, 0.8));
    expect(Array.from({ length: 20_000 }, () => b.logNormal(7, 0.8))).toEqual(draws);
    const sorted = [...draws].sort((x, y) => x - y);
    // Median 7 and mean 7·e^(0.8²/2) ≈ 9.64, each within 3% over 20,000 draws.
    const off = (x: number, target: number) => Math.abs(x / target - 1);
    expect(off(sorted[10_000]!, 7)).toBeLessThan(0.03);
    expect(off(mean(draws), 9.64)).toBeLessThan(0.03);
    expect(off(mean(Array.from({ length: 20_000 }, () => a.exponential(0.5))), 2)).toBeLessThan(
      0.03,
    );
  });
});
