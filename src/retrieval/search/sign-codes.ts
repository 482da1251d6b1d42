/*
 * One sign bit per vector component (component > 0), 32 components a word: the coarse pass of
 * nearest-rows.ts. Hamming distance between two sign codes tracks the angle between the vectors
 * (each component whose sign differs is a vote against), at 16 XOR + popcounts for 512 dimensions
 * instead of 512 multiply-adds: ~10× cheaper than an int8 dot product. At 1M candidates the codes
 * are 64 MB (512 dimensions), an eighth of the int8 profile codes.
 */

/** Words of one sign code for `dim` components. */
export const signWords = (dim: number): number => (dim + 31) >>> 5;

/** Write the sign code of `v[offset .. offset + dim)` at word `at` of `out`. */
export function writeSignCode(out: Uint32Array, at: number, v: ArrayLike<number>, offset: number, dim: number): void {
  const words = signWords(dim);
  for (let w = 0; w < words; w++) {
    let bits = 0;
    const start = offset + w * 32;
    const end = Math.min(offset + dim, start + 32);
    for (let i = start; i < end; i++) if (v[i] > 0) bits |= 1 << (i - start);
    out[at + w] = bits >>> 0;
  }
}

/** The sign code of `v` as a new array. */
export function signCodeOf(v: ArrayLike<number>, dim: number): Uint32Array {
  const out = new Uint32Array(signWords(dim));
  writeSignCode(out, 0, v, 0, dim);
  return out;
}

/** Number of set bits of a 32-bit word (SWAR: no table, all in int32 registers). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * A query's side of the coarse pass: its sign code, and two masks of the components that count.
 * A zero component adds nothing to a dot product, so it casts no vote (a short query's hash vector
 * is mostly zeros: unmasked, the distance measured each candidate's own signs, not the query); a
 * component of above-median magnitude votes twice, so the vote leans towards the dot product.
 */
interface QuerySigns {
  code: Uint32Array;
  /** Components that are not zero. */
  some: Uint32Array;
  /** Components at or above the median magnitude of the non-zero ones. */
  strong: Uint32Array;
}

export function querySigns(q: ArrayLike<number>, dim: number): QuerySigns {
  const words = signWords(dim);
  const code = signCodeOf(q, dim);
  const some = new Uint32Array(words);
  const strong = new Uint32Array(words);
  const mags: number[] = [];
  for (let i = 0; i < dim; i++) if (q[i] !== 0) mags.push(Math.abs(q[i]));
  mags.sort((a, b) => a - b);
  const median = mags.length ? mags[mags.length >> 1] : Infinity;
  for (let i = 0; i < dim; i++) {
    const a = Math.abs(q[i]);
    if (a === 0) continue;
    some[i >>> 5] |= 1 << (i & 31);
    if (a >= median) strong[i >>> 5] |= 1 << (i & 31);
  }
  return { code, some, strong };
}

/**
 * Weighted disagreement of the code at word `at` of `codes` with the query: 1 for each non-zero
 * component whose sign differs, 2 when that component is strong (0 … 2 × dim; lower is nearer).
 */
export function disagreement(q: QuerySigns, codes: Uint32Array, at: number): number {
  let d = 0;
  for (let w = 0; w < q.code.length; w++) {
    const x = q.code[w] ^ codes[at + w];
    d += popcount32(x & q.some[w]) + popcount32(x & q.strong[w]);
  }
  return d;
}
