/** Fields every stored record carries so lists can page by creation order and sync by change sequence. */
export interface Stamped {
  id: string;
  /** Creation order; list pages walk it, so a cursor stays valid when other records change or go. */
  ord: number;
  /** Global change sequence at the last mutation; syncTokens compare against it. */
  seq: number;
  createdAt: number;
  updatedAt: number;
}

/** An insertion-ordered set of records with O(log n) "page after ord" lookups that tolerate deletions. */
export class Collection<T extends Stamped> {
  private readonly byId = new Map<string, T>();
  private ordered: T[] = [];
  private removedCount = 0;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Records must be added in increasing `ord`. */
  add(record: T): void {
    const last = this.ordered[this.ordered.length - 1];
    if (last && last.ord >= record.ord) throw new Error(`Collection.add: ord ${record.ord} not after ${last.ord}`);
    this.byId.set(record.id, record);
    this.ordered.push(record);
  }

  remove(id: string): T | undefined {
    const record = this.byId.get(id);
    if (!record) return undefined;
    this.byId.delete(id);
    this.removedCount++;
    // Compact lazily: tombstones keep `ordered` sorted, so binary search still works in between.
    if (this.removedCount > 1000 && this.removedCount > this.ordered.length / 4) {
      this.ordered = this.ordered.filter((r) => this.byId.get(r.id) === r);
      this.removedCount = 0;
    }
    return record;
  }

  /** Live records in creation order. */
  *values(): IterableIterator<T> {
    for (const r of this.ordered) if (this.byId.get(r.id) === r) yield r;
  }

  all(): T[] {
    return [...this.values()];
  }

  /** Up to `limit` live records with ord > afterOrd that pass `keep`, plus whether more remain. */
  pageAfter(afterOrd: number, limit: number, keep: (r: T) => boolean): { items: T[]; more: boolean } {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ordered[mid].ord <= afterOrd) lo = mid + 1;
      else hi = mid;
    }
    const items: T[] = [];
    for (let i = lo; i < this.ordered.length; i++) {
      const r = this.ordered[i];
      if (this.byId.get(r.id) !== r || !keep(r)) continue;
      if (items.length === limit) return { items, more: true };
      items.push(r);
    }
    return { items, more: false };
  }

  /** How many live records pass `keep` (used for the incremental page cap). */
  count(keep: (r: T) => boolean): number {
    let n = 0;
    for (const r of this.values()) if (keep(r)) n++;
    return n;
  }
}
