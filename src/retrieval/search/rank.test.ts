import { describe, expect, it } from 'vitest';
import { fuseScores, topN } from './fuse.js';
import { fuseTyped } from './strategies/hybrid.js';
import { selectTop } from './select-top.js';

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

describe('rank shortcuts equal the full computations they replace', () => {
  it('fuseTyped (scored few + keyword tail) equals fuseScores over the whole pool', () => {
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
      // The same pool as ordinals and a keyword column (NaN: no match), as search holds it.
      const ids = [...matched, ...net];
      const ord = new Map(ids.map((id, o) => [id, o]));
      const kw = Float64Array.from(ids, (id) => keyword.get(id) ?? Number.NaN);
      const sim = new Map([...similarity].map(([id, v]) => [ord.get(id)!, v]));
      const fast = fuseTyped([...shortlist, ...net].map((id) => ord.get(id)!), kw, sim, weights);
      const at = (id: string) => fast.fused.get(ord.get(id)!) ?? fast.tail(keyword.get(id));
      for (const [id, v] of full) expect(at(id)).toBe(v);
    }
  });

  it('selectTop by (value desc, id asc) equals fuse.ts topN, ties and exclusions included', () => {
    const topIds = (scores: Map<string, number>, n: number, exclude?: Set<string>) => {
      const entries = [...scores].filter(([id]) => !exclude?.has(id));
      return selectTop(entries.length, n, (i, j) => entries[i][1] > entries[j][1] || (entries[i][1] === entries[j][1] && entries[i][0] < entries[j][0])).map((i) => entries[i][0]);
    };
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
