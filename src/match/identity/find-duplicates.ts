import { blockingKeys, isNameKey } from './blocking.js';
import { comparePrepared } from './compare-candidates.js';
import { prepareCandidate, type PreparedCandidate } from './prepare.js';
import type { IdentityInput, IdentityPair } from './types.js';
import { UnionFind } from './union-find.js';

interface DuplicateDetection {
  /** Every pair judged the same person, `a < b` by id. */
  pairs: IdentityPair[];
  /** Connected groups of two or more records (ids sorted; groups sorted by first id). */
  groups: string[][];
  stats: { candidates: number; comparisons: number; oversizedBlocks: number; prepareMs: number; compareMs: number };
}

interface FindDuplicateOptions {
  /**
   * Blocks larger than this are skipped (counted in `stats.oversizedBlocks`): an identifier shared by
   * hundreds of records (an agency phone or mailbox) cannot identify anyone, and comparing all of its
   * pairs would be quadratic. Default 200.
   */
  maxBlockSize?: number;
  /**
   * The same for name keys (default 50): "smith|j" holds thousands of records in a large account.
   * The exact-name and nickname keys of the same records are far smaller and still meet there.
   */
  maxNameBlockSize?: number;
}

/** Find the records of the account that are the same person, with blocking and union-find. */
export function findDuplicateGroups(candidates: IdentityInput[], options: FindDuplicateOptions = {}): DuplicateDetection {
  const maxBlockSize = options.maxBlockSize ?? 200;
  const maxNameBlockSize = options.maxNameBlockSize ?? 50;
  const prepareStart = performance.now();
  const prepared: PreparedCandidate[] = candidates.map((c) => prepareCandidate(c));
  const blocks = new Map<string, number[]>();
  prepared.forEach((c, index) => {
    for (const key of new Set(blockingKeys(c))) {
      const block = blocks.get(key);
      if (block) block.push(index);
      else blocks.set(key, [index]);
    }
  });

  const prepareMs = performance.now() - prepareStart;
  const compareStart = performance.now();
  const seen = new Set<number>();
  const pairs: IdentityPair[] = [];
  const unionFind = new UnionFind(candidates.length);
  let comparisons = 0;
  let oversizedBlocks = 0;
  const n = candidates.length;
  for (const [key, block] of blocks) {
    if (block.length < 2) continue;
    if (block.length > (isNameKey(key) ? maxNameBlockSize : maxBlockSize)) {
      oversizedBlocks++;
      continue;
    }
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x];
        const j = block[y];
        const pairKey = i < j ? i * n + j : j * n + i;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        comparisons++;
        const decision = comparePrepared(prepared[i], prepared[j]);
        if (!decision.same) continue;
        const [idA, idB] = [candidates[i].id, candidates[j].id].sort();
        pairs.push({ a: idA, b: idB, confidence: decision.confidence, reasons: decision.reasons });
        unionFind.union(i, j);
      }
    }
  }
  const compareMs = performance.now() - compareStart;
  return {
    pairs,
    groups: collectGroups(candidates, unionFind),
    stats: { candidates: n, comparisons, oversizedBlocks, prepareMs: Math.round(prepareMs), compareMs: Math.round(compareMs) },
  };
}

function collectGroups(candidates: IdentityInput[], unionFind: UnionFind): string[][] {
  const byRoot = new Map<number, string[]>();
  candidates.forEach((c, index) => {
    const root = unionFind.find(index);
    const group = byRoot.get(root);
    if (group) group.push(c.id);
    else byRoot.set(root, [c.id]);
  });
  return [...byRoot.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
