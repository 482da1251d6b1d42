/*
 * Partial selection: the best `n` of `count` items under a total order, in that order, with a
 * bounded heap (O(count · log n)) instead of sorting everything. Pages are 20 rows out of tens of
 * thousands, so this is the difference between sorting 90k objects and touching each score once.
 */

/**
 * Indices 0..count-1 of the `n` best items, best first. `before(i, j)` is true when item i ranks
 * strictly before item j; it must be a strict total order (break ties on ids), so the result is
 * exactly the first `n` of a full sort by the same order.
 */
export function selectTop(count: number, n: number, before: (i: number, j: number) => boolean, include?: (i: number) => boolean): number[] {
  if (n <= 0 || count === 0) return [];
  // Max-heap on "worst first": heap[0] is the worst of the kept items.
  const heap: number[] = [];
  const worse = (a: number, b: number) => before(b, a);
  const siftUp = (k: number) => {
    const x = heap[k];
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!worse(x, heap[p])) break;
      heap[k] = heap[p];
      k = p;
    }
    heap[k] = x;
  };
  const siftDown = (k: number) => {
    const x = heap[k];
    const size = heap.length;
    for (;;) {
      const l = 2 * k + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && worse(heap[r], heap[l]) ? r : l;
      if (!worse(heap[c], x)) break;
      heap[k] = heap[c];
      k = c;
    }
    heap[k] = x;
  };
  for (let i = 0; i < count; i++) {
    if (include && !include(i)) continue;
    if (heap.length < n) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (before(i, heap[0])) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}
