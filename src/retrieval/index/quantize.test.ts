import { describe, expect, it } from 'vitest';
import { dot } from '../search/vector-similarity.js';
import { quantize, quantizedDot, quantizeInto } from './quantize.js';

/** Deterministic unit vectors (the encoder's are unit length). */
function unitVectors(n: number, dim: number, seed = 7): Float32Array[] {
  let s = seed;
  const r = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296) * 2 - 1;
  return Array.from({ length: n }, () => {
    const v = Float32Array.from({ length: dim }, r);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe('int8 vectors', () => {
  it('give the float dot product within half a quantization step per component', () => {
    const [query, ...docs] = unitVectors(201, 512);
    for (const d of docs) {
      const q = quantize(d);
      const bound = (q.scale / 2) * query.reduce((s, x) => s + Math.abs(x), 0);
      expect(Math.abs(quantizedDot(query, q.codes, 0, q.scale, 512) - dot(query, d))).toBeLessThanOrEqual(bound + 1e-6);
    }
  });

  it('keep the nearest neighbours of a query nearly unchanged', () => {
    const [query, ...docs] = unitVectors(2001, 512, 11);
    const top = (score: (i: number) => number) => docs.map((_, i) => i).sort((a, b) => score(b) - score(a)).slice(0, 10);
    const quantized = docs.map(quantize);
    const exact = top((i) => dot(query, docs[i]));
    const approx = top((i) => quantizedDot(query, quantized[i].codes, 0, quantized[i].scale, 512));
    expect(approx.filter((i) => exact.includes(i)).length).toBeGreaterThanOrEqual(8);
  });

  it('map the largest component to ±127 and the zero vector to zeros with scale 0', () => {
    const q = quantize(Float32Array.from([0.5, -1, 0.25]));
    expect(Array.from(q.codes)).toEqual([64, -127, 32]);
    expect(q.scale).toBeCloseTo(1 / 127, 9);
    const out = new Int8Array(4).fill(9);
    expect(quantizeInto(new Float32Array(2), out, 1)).toBe(0);
    expect(Array.from(out)).toEqual([9, 0, 0, 9]);
  });
});
