/*
 * Typed arrays a search request allocates in proportion to the catalog (a score per ordinal, the
 * candidate set split by keyword match, the ranking's columns), reused across requests. At 1M
 * candidates one cold hybrid request made ~40 MB of such arrays; their backing stores live outside
 * V8's heap and count as external memory, which triggers full collections of a heap that holds
 * the whole catalog (~1.1 GB): 36–38% of the CPU samples of a 1M run under load were the garbage
 * collector (README, `lat3`).
 *
 * Ownership is scoped: a request takes a `RequestArrays`, every array it gets from it belongs to
 * that request alone until `release()`, which executeSearch calls once the response is built (the
 * response holds plain objects only). Arrays that outlive the request — the keyword match cache,
 * its per-ordinal scores, the filter-set cache — never come from here. A request with no pool
 * (`unpooled`) allocates as before, for callers that keep a ranking.
 */

/** Below this many entries an array is allocated fresh: the young generation handles it cheaply. */
const POOL_MIN = 4096;
/** Capacities are rounded up to this many entries, so nearby sizes reuse one buffer. */
const GRAIN = 4096;

/** Free buffers of one element type: at most `keep` (the largest kept), best fit on take. */
class FreeList {
  private readonly buffers: ArrayBuffer[] = [];
  constructor(private readonly keep: number) {}

  take(bytes: number): ArrayBuffer | null {
    let best = -1;
    for (let i = 0; i < this.buffers.length; i++) {
      const b = this.buffers[i]!;
      if (b.byteLength >= bytes && (best < 0 || b.byteLength < this.buffers[best]!.byteLength)) best = i;
    }
    if (best < 0) return null;
    const [buffer] = this.buffers.splice(best, 1);
    return buffer!;
  }

  put(buffer: ArrayBuffer): void {
    this.buffers.push(buffer);
    if (this.buffers.length > this.keep) {
      // Drop the smallest: the catalog only grows, so the large ones are the ones that fit.
      let small = 0;
      for (let i = 1; i < this.buffers.length; i++) if (this.buffers[i]!.byteLength < this.buffers[small]!.byteLength) small = i;
      this.buffers.splice(small, 1);
    }
  }

  get size(): number {
    return this.buffers.length;
  }
}

/**
 * The shared pool. `int32` and `float64` buffers are scratch (their contents are whatever the last
 * owner left); `nan` arrays are kept all NaN between owners, at an exact length (a score per
 * ordinal of one catalog size), so a request writes only its matches instead of filling 8 MB.
 */
export class ArrayPool {
  /** Arrays shorter than this are allocated fresh (tests lower it to pool small catalogs; Infinity: never pool). */
  readonly minEntries: number;
  readonly int32 = new FreeList(6);
  readonly float64 = new FreeList(4);
  private readonly nan: Float64Array[] = [];

  constructor(opts: { minEntries?: number } = {}) {
    this.minEntries = opts.minEntries ?? POOL_MIN;
  }

  takeNaN(n: number): Float64Array | null {
    const i = this.nan.findIndex((a) => a.length === n);
    if (i < 0) return null;
    return this.nan.splice(i, 1)[0]!;
  }

  putNaN(a: Float64Array): void {
    this.nan.push(a);
    if (this.nan.length > 2) this.nan.shift();
  }

  /** Buffers and NaN arrays waiting for a request (tests). */
  get idle(): number {
    return this.int32.size + this.float64.size + this.nan.length;
  }
}

interface NaNLoan {
  array: Float64Array;
  /** Puts NaN back where the owner wrote; null: unknown, so the whole array is refilled. */
  restore: (() => void) | null;
}

/** The arrays of one request, from `pool` (null: allocate fresh, release does nothing). */
export class RequestArrays {
  private readonly int32s: ArrayBuffer[] = [];
  private readonly float64s: ArrayBuffer[] = [];
  private readonly nans: NaNLoan[] = [];
  private released = false;

  constructor(private readonly pool: ArrayPool | null) {}

  /** Whether an array of `n` entries comes from the pool (false: fresh, so a cached array is the cheaper choice). */
  pools(n: number): boolean {
    return this.pool !== null && n >= this.pool.minEntries;
  }

  /** Fresh arrays every time, never reused (a caller that keeps what it ranks). */
  static unpooled(): RequestArrays {
    return new RequestArrays(null);
  }

  /** `n` Int32 entries of unspecified contents: the caller writes every entry it reads. */
  int32(n: number): Int32Array {
    if (!this.pool || n < this.pool.minEntries) return new Int32Array(n);
    this.live();
    const buffer = this.pool.int32.take(n * 4) ?? new ArrayBuffer(roundUp(n) * 4);
    this.int32s.push(buffer);
    return new Int32Array(buffer, 0, n);
  }

  /** `n` Float64 entries of unspecified contents: the caller writes every entry it reads. */
  float64(n: number): Float64Array {
    if (!this.pool || n < this.pool.minEntries) return new Float64Array(n);
    this.live();
    const buffer = this.pool.float64.take(n * 8) ?? new ArrayBuffer(roundUp(n) * 8);
    this.float64s.push(buffer);
    return new Float64Array(buffer, 0, n);
  }

  /**
   * `n` NaNs. Call `written(array, restore)` once the writes are known, with a function that puts
   * NaN back at every entry written; without it the whole array is refilled on release.
   */
  nanFloat64(n: number): Float64Array {
    if (!this.pool || n < this.pool.minEntries) return new Float64Array(n).fill(Number.NaN);
    this.live();
    const array = this.pool.takeNaN(n) ?? new Float64Array(n).fill(Number.NaN);
    this.nans.push({ array, restore: null });
    return array;
  }

  /** How to put NaN back into `array` (from `nanFloat64`) before it is reused. */
  written(array: Float64Array, restore: () => void): void {
    const loan = this.nans.find((l) => l.array === array);
    if (loan) loan.restore = restore;
  }

  /**
   * Give every array back. Nothing the request returned may still be read: call it after the
   * response is built. Idempotent.
   */
  release(): void {
    if (this.released || !this.pool) return;
    this.released = true;
    // Restores first: they may read the request's other arrays (which rows were written).
    for (const loan of this.nans) {
      if (loan.restore) loan.restore();
      else loan.array.fill(Number.NaN);
      this.pool.putNaN(loan.array);
    }
    for (const b of this.int32s) this.pool.int32.put(b);
    for (const b of this.float64s) this.pool.float64.put(b);
    this.int32s.length = 0;
    this.float64s.length = 0;
    this.nans.length = 0;
  }

  private live(): void {
    if (this.released) throw new Error('RequestArrays used after release');
  }
}

const roundUp = (n: number) => Math.ceil(n / GRAIN) * GRAIN;
