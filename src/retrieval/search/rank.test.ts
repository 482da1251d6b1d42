import { describe, expect, it } from 'vitest';
import { fuseScores, topN } from './fuse.js';
import { fuseOverScored, topIds } from './rank.js';

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

describe('rank shortcuts equal the full computations they replace', () => {
  it('fuseOverScored equals fuseScores over the whole pool', () => {
    const r = prng(3);
    for (let trial = 0; trial < 20; trial++) {
      const keyword = new Map<string, number>();
      const similarity = new Map<string, number>();
      const matched = Array.from({ length: 200 }, (_, i) => `k${i}`);
      for (const id of matched) keyword.set(id, r() * 20);
      const net = Array.from({ length: 10 }, (_, i) => `n${i}`);
      const shortlist = topN(new Map(matched.map((id) => [id, keyword.get(id)!])), 30);
      for (const id of [...shortlist, ...net]) if (r() < 0.9) similarity.set(id, r() * 2 - 1);
      const weights = { keyword: r(), vector: r() };
      const full = fuseScores([...matched, ...net], keyword, similarity, weights);
      const fast = fuseOverScored([...shortlist, ...net], keyword, similarity, weights);
      for (const [id, v] of full) expect(fast(id)).toBe(v);
    }
  });

  it('topIds equals fuse.ts topN, ties and exclusions included', () => {
    const r = prng(9);
    for (let trial = 0; trial < 20; trial++) {
      const scores = new Map<string, number>();
      for (let i = 0; i < 300; i++) scores.set(`c${Math.floor(r() * 1000)}`, Math.round(r() * 20) / 4);
      const exclude = new Set([...scores.keys()].filter(() => r() < 0.2));
      for (const n of [0, 1, 7, 50, 400]) {
        expect(topIds(scores, n)).toEqual(topN(scores, n));
        expect(topIds(scores, n, exclude)).toEqual(topN(scores, n, exclude));
      }
    }
  });
});
