import { findDuplicateGroups } from './find-duplicates.js';
import { syntheticAccount } from './synthetic-account.js';

/*
 * Benchmark: `node --import tsx src/match/identity/bench-find-duplicates.ts [count]` (default 100000).
 * Prints timings and pair precision/recall against the synthetic account's true duplicates.
 */
const count = Number(process.argv[2] ?? 100_000);
const startGenerate = performance.now();
const account = syntheticAccount(count);
const generateMs = performance.now() - startGenerate;

const start = performance.now();
const result = findDuplicateGroups(account.candidates);
const detectMs = performance.now() - start;

const truePairs = new Set<string>();
for (const group of account.duplicateGroups) {
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) truePairs.add(`${group[i]}|${group[j]}`);
}
const found = new Set(result.pairs.map((p) => `${p.a}|${p.b}`));
let correct = 0;
for (const pair of found) if (truePairs.has(pair)) correct++;

process.stdout.write(
  JSON.stringify(
    {
      candidates: count,
      generateMs: Math.round(generateMs),
      detectMs: Math.round(detectMs),
      prepareMs: result.stats.prepareMs,
      compareMs: result.stats.compareMs,
      comparisons: result.stats.comparisons,
      oversizedBlocks: result.stats.oversizedBlocks,
      pairsFound: found.size,
      truePairs: truePairs.size,
      pairPrecision: round(correct / Math.max(1, found.size)),
      pairRecall: round(correct / Math.max(1, truePairs.size)),
      groups: result.groups.length,
    },
    null,
    2,
  ) + '\n',
);

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
