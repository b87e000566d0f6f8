/** The `k` slots with the highest scores, best first (a small min-heap over the candidates). */
export function topK(slots: Int32Array, count: number, scores: Float64Array, k: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => scores[a]! < scores[b]!;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    if (heap.length < k) {
      heap.push(slot);
      siftUp(heap, heap.length - 1, less);
    } else if (less(heap[0]!, slot)) {
      heap[0] = slot;
      siftDown(heap, 0, less);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

function siftUp(h: number[], i: number, less: (a: number, b: number) => boolean) {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(h[i]!, h[parent]!)) return;
    [h[i], h[parent]] = [h[parent]!, h[i]!];
    i = parent;
  }
}

function siftDown(h: number[], i: number, less: (a: number, b: number) => boolean) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && less(h[l]!, h[m]!)) m = l;
    if (r < h.length && less(h[r]!, h[m]!)) m = r;
    if (m === i) return;
    [h[i], h[m]] = [h[m]!, h[i]!];
    i = m;
  }
}
