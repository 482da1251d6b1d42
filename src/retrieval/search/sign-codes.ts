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

/** Hamming distance between the code `q` and the code at word `at` of `codes`. */
export function hamming(q: Uint32Array, codes: Uint32Array, at: number): number {
  let d = 0;
  for (let w = 0; w < q.length; w++) d += popcount32(q[w] ^ codes[at + w]);
  return d;
}
