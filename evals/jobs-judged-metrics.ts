/*
 * Metrics of the judged rediscovery evaluation: precision and nDCG at 10 against graded judgements
 * (0 not a fit, 1 plausible, 2 a recruiter would reach out), and a paired comparison of two systems
 * over the same postings. Unjudged results count as 0 and are listed so they can be judged.
 */

export type Grade = 0 | 1 | 2;

interface PostingMetrics {
  precisionAt10: number;
  strictPrecisionAt10: number;
  ndcgAt10: number;
  unjudged: string[];
}

const gain = (g: number) => 2 ** g - 1;

/** P@10 (grade ≥ 1), strict P@10 (grade 2) and nDCG@10 (gain 2^g − 1; ideal from every judged resume of the posting). */
export function postingMetrics(ranked: string[], grades: Map<string, Grade>): PostingMetrics {
  const top = ranked.slice(0, 10);
  const unjudged = top.filter((id) => !grades.has(id));
  const g = top.map((id) => grades.get(id) ?? 0);
  const dcg = g.reduce<number>((sum, x, i) => sum + gain(x) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, 10);
  const idcg = ideal.reduce<number>((sum, x, i) => sum + gain(x) / Math.log2(i + 2), 0);
  return {
    precisionAt10: g.filter((x) => x >= 1).length / 10,
    strictPrecisionAt10: g.filter((x) => x === 2).length / 10,
    ndcgAt10: idcg > 0 ? dcg / idcg : 0,
    unjudged,
  };
}

export interface PairedComparison {
  wins: number;
  losses: number;
  ties: number;
  meanDifference: number;
  /** Two-sided sign test over non-tied postings. */
  signTestP: number;
  /** 95% bootstrap interval of the mean nDCG difference (postings resampled, fixed seed). */
  bootstrap95: [number, number];
}

function binomialTwoSided(k: number, n: number): number {
  if (n === 0) return 1;
  const logFact = (m: number) => {
    let s = 0;
    for (let i = 2; i <= m; i++) s += Math.log(i);
    return s;
  };
  const pmf = (i: number) => Math.exp(logFact(n) - logFact(i) - logFact(n - i) - n * Math.log(2));
  const extreme = Math.min(k, n - k);
  let tail = 0;
  for (let i = 0; i <= extreme; i++) tail += pmf(i);
  return Math.min(1, 2 * tail);
}

/** Deterministic PRNG (mulberry32) so a rerun prints the same interval. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paired comparison of per-posting scores `a` against `b` (same order). Differences under 1e-9 tie. */
export function pairedComparison(a: number[], b: number[]): PairedComparison {
  const diffs = a.map((x, i) => x - b[i]);
  const wins = diffs.filter((d) => d > 1e-9).length;
  const losses = diffs.filter((d) => d < -1e-9).length;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const random = rng(12);
  const means: number[] = [];
  for (let r = 0; r < 2000 && diffs.length; r++) means.push(mean(diffs.map(() => diffs[Math.floor(random() * diffs.length)])));
  means.sort((x, y) => x - y);
  return {
    wins,
    losses,
    ties: diffs.length - wins - losses,
    meanDifference: mean(diffs),
    signTestP: binomialTwoSided(wins, wins + losses),
    bootstrap95: means.length ? [means[Math.floor(0.025 * means.length)], means[Math.floor(0.975 * means.length) - 1]] : [0, 0],
  };
}
