import { describe, expect, it } from 'vitest';
import type { Columns } from './columns.js';
import { coarseShortlist, nearestRows, prefilterFor } from './nearest-rows.js';
import { disagreement, popcount32, querySigns, signCodeOf, signWords, writeSignCode } from './sign-codes.js';

/** Plain Hamming distance between two sign codes: the unweighted count the codes must reproduce. */
function hamming(q: Uint32Array, codes: Uint32Array, at: number): number {
  let d = 0;
  for (let w = 0; w < q.length; w++) d += popcount32(q[w] ^ codes[at + w]);
  return d;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Float columns of `n` random unit rows of `dim` components (only what nearest-rows reads). */
function columnsOf(n: number, dim: number, seed: number): { cols: Columns; rows: Float32Array[] } {
  const rand = prng(seed);
  const rows: Float32Array[] = [];
  const flat = new Float32Array(n * dim);
  const signs = new Uint32Array(n * signWords(dim));
  const ordOf = new Map<string, number>();
  for (let o = 0; o < n; o++) {
    const v = new Float32Array(dim);
    let norm = 0;
    for (let i = 0; i < dim; i++) norm += (v[i] = rand() * 2 - 1) ** 2;
    for (let i = 0; i < dim; i++) v[i] /= Math.sqrt(norm);
    rows.push(v);
    flat.set(v, o * dim);
    writeSignCode(signs, o * signWords(dim), v, 0, dim);
    ordOf.set(`c${String(o).padStart(6, '0')}`, o);
  }
  const cols = { size: n, ordOf, dim, rows: flat, quantized: false, hasRow: new Uint8Array(n).fill(1), signs } as unknown as Columns;
  return { cols, rows };
}

function exactTop(rows: Float32Array[], query: Float32Array, ords: Int32Array, n: number): number[] {
  const dot = (a: Float32Array, b: Float32Array) => {
    // The same four-accumulator order as columns.ts rowDot, so ties and values match it.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = 0; i < a.length; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    return s0 + s1 + (s2 + s3);
  };
  return [...ords.keys()].sort((i, j) => dot(query, rows[ords[j]]) - dot(query, rows[ords[i]]) || ords[i] - ords[j]).slice(0, n);
}

describe('sign codes', () => {
  it('count set bits and differing signs like a plain loop', () => {
    const rand = prng(7);
    for (let k = 0; k < 1000; k++) {
      const x = Math.floor(rand() * 2 ** 32) >>> 0;
      let naive = 0;
      for (let b = 0; b < 32; b++) naive += (x >>> b) & 1;
      expect(popcount32(x)).toBe(naive);
    }
    const a = Float32Array.from({ length: 70 }, () => rand() - 0.5);
    const b = Float32Array.from({ length: 70 }, () => rand() - 0.5);
    let differ = 0;
    for (let i = 0; i < 70; i++) if (a[i] > 0 !== b[i] > 0) differ++;
    expect(hamming(signCodeOf(a, 70), signCodeOf(b, 70), 0)).toBe(differ);
  });

  it('weigh a differing sign by the query component: 0 when zero, 2 when at or above the median magnitude, else 1', () => {
    const q = Float32Array.from([0, 0.1, -0.2, 0.3, -0.4, 0, 0.05, 0]);
    const c = Float32Array.from([1, -1, 1, -1, 1, -1, -1, 1]);
    // Non-zero magnitudes 0.05 0.1 0.2 0.3 0.4: median 0.2. Every non-zero component differs in sign.
    // Weights: 0.1 → 1, -0.2 → 2, 0.3 → 2, -0.4 → 2, 0.05 → 1; zeros → 0.
    expect(disagreement(querySigns(q, 8), signCodeOf(c, 8), 0)).toBe(8);
    expect(disagreement(querySigns(q, 8), signCodeOf(q, 8), 0)).toBe(0);
  });
});

describe('nearestRows', () => {
  const { cols, rows } = columnsOf(3000, 64, 11);
  const ords = Int32Array.from({ length: 2500 }, (_, i) => i * 1 + (i % 3 === 0 ? 500 : 0)).filter((o, i, a) => o < 3000 && a.indexOf(o) === i);
  const query = rows[42].map((x, i) => x + (i % 2 ? 0.05 : -0.05)) as Float32Array;

  it('is the exact top n (dot desc, id asc) when the prefilter is off or not reached', () => {
    const exact = exactTop(rows, query, ords, 50);
    expect(nearestRows(cols, query, ords, 50, prefilterFor('off'))).toEqual(exact);
    expect(nearestRows(cols, query, ords, 50, { shortlist: 400, above: ords.length })).toEqual(exact);
    // A shortlist as large as the set keeps everyone: still exact.
    expect(nearestRows(cols, query, ords, 50, { shortlist: ords.length, above: 0 })).toEqual(exact);
  });

  it('keeps every row tied at the cut, and at least the shortlist', () => {
    const kept = coarseShortlist(cols, query, ords, 300);
    expect(kept.length).toBeGreaterThanOrEqual(300);
    const q = querySigns(query, 64);
    const d = (i: number) => disagreement(q, cols.signs, ords[i] * signWords(64));
    const cut = Math.max(...Array.from(kept, d));
    const inside = new Set(kept);
    for (let i = 0; i < ords.length; i++) expect(inside.has(i)).toBe(d(i) <= cut);
  });

  it('finds most of the exact top n from a shortlist of a fifth of the rows (random 64-d rows: the worst case for sign codes)', () => {
    let found = 0;
    for (let k = 0; k < 10; k++) {
      const q = rows[k * 97].map((x, i) => x + ((i * 7 + k) % 5 === 0 ? 0.1 : 0)) as Float32Array;
      const exact = new Set(exactTop(rows, q, ords, 20));
      found += nearestRows(cols, q, ords, 20, { shortlist: 500, above: 0 }).filter((i) => exact.has(i)).length;
    }
    expect(found / 200).toBeGreaterThan(0.8);
  });
});
