import { describe, expect, it } from 'vitest';
import { ArrayPool, RequestArrays } from './request-arrays.js';

describe('RequestArrays', () => {
  it('never hands an array held by one request to another; a released one is reused', () => {
    const pool = new ArrayPool({ minEntries: 0 });
    const a = new RequestArrays(pool);
    const held = a.int32(5000);
    held.fill(7);
    const b = new RequestArrays(pool);
    const other = b.int32(5000);
    expect(other.buffer).not.toBe(held.buffer);
    other.fill(1);
    expect([...held].every((x) => x === 7)).toBe(true);
    a.release();
    const c = new RequestArrays(pool);
    expect(c.int32(4000).buffer).toBe(held.buffer);
    // b still holds its own: c's next array is new.
    expect(c.int32(4000).buffer).not.toBe(other.buffer);
    b.release();
    c.release();
  });

  it('gives NaN arrays back all NaN: restored where written, refilled without a restore', () => {
    const pool = new ArrayPool({ minEntries: 0 });
    const a = new RequestArrays(pool);
    const x = a.nanFloat64(10_000);
    expect(x.every(Number.isNaN)).toBe(true);
    const at = [3, 9_999, 512];
    for (const o of at) x[o] = o;
    a.written(x, () => {
      for (const o of at) x[o] = Number.NaN;
    });
    a.release();
    const b = new RequestArrays(pool);
    const y = b.nanFloat64(10_000);
    expect(y).toBe(x);
    expect(y.every(Number.isNaN)).toBe(true);
    y[42] = 1; // no restore registered: the release refills the whole array
    b.release();
    const c = new RequestArrays(pool);
    const z = c.nanFloat64(10_000);
    expect(z).toBe(x);
    expect(z.every(Number.isNaN)).toBe(true);
    // Another length is another array (a score per ordinal of another catalog size).
    expect(c.nanFloat64(9_000)).not.toBe(x);
    c.release();
  });

  it('refuses use after release, releases once, and allocates fresh without a pool or below the floor', () => {
    const pool = new ArrayPool({ minEntries: 100 });
    const a = new RequestArrays(pool);
    a.float64(200);
    a.release();
    a.release();
    expect(pool.idle).toBe(1);
    expect(() => a.float64(200)).toThrow(/after release/);
    const small = new RequestArrays(pool);
    small.int32(10);
    small.release();
    expect(pool.idle).toBe(1);
    const fresh = RequestArrays.unpooled();
    const f1 = fresh.float64(200);
    fresh.release();
    expect(fresh.float64(200).buffer).not.toBe(f1.buffer);
  });

  it('keeps a bounded number of idle buffers', () => {
    const pool = new ArrayPool({ minEntries: 0 });
    const a = new RequestArrays(pool);
    for (let i = 0; i < 20; i++) a.int32(5000 + i * 4096);
    a.release();
    expect(pool.idle).toBe(6);
    // The largest are kept.
    const b = new RequestArrays(pool);
    expect(b.int32(5000 + 19 * 4096).length).toBe(5000 + 19 * 4096);
    b.release();
  });

  it('says which sizes come from the pool (a caller picks a cached array over a fresh one otherwise)', () => {
    expect(RequestArrays.unpooled().pools(1_000_000)).toBe(false);
    const arrays = new RequestArrays(new ArrayPool({ minEntries: 100 }));
    expect(arrays.pools(99)).toBe(false);
    expect(arrays.pools(100)).toBe(true);
  });
});
