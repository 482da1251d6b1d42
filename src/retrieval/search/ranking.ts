import type { ResolvedFilters } from '../facets/filter-types.js';
import type { CatalogCandidate } from '../catalog/types.js';
import type { Columns } from './columns.js';
import type { IdentityMatch } from './identity-lookup.js';
import { selectTop } from './select-top.js';

/*
 * A ranking as the search layers read it: the scored result set kept as typed columns, with
 * candidates made only for what is read (the best n, or the whole set on demand).
 */

export interface RankEntry {
  candidate: CatalogCandidate;
  score: number;
  keywordScore: number | null;
  similarity: number | null;
  /** Set when the free text named this person (name, e-mail or phone). */
  identity?: IdentityMatch;
}

export interface Ranking {
  /** The search columns the ordinals below index into. */
  columns: Columns;
  /** The result set as catalog ordinals, unordered. */
  ords: Int32Array;
  /** Score of each member, aligned with `ords`. */
  scores: Float64Array;
  /** The candidates of the result set, unordered (made on first read). */
  readonly members: CatalogCandidate[];
  /** The whole result set, best first (a full sort: prefer `top`). */
  readonly ranked: RankEntry[];
  /** The best `n` members in rank order (partial selection), skipping ordinals flagged in `skip`. */
  top(n: number, skip?: Uint8Array | null): RankEntry[];
  /** Indices into `ords` of members in rank order, restricted to `which` (for folding duplicates). */
  order(which: number[]): number[];
  resolved: ResolvedFilters;
  /** FTS expression used for snippets (free text, else the Boolean query). */
  highlightExpression: string | null;
  textTerms: string[];
}

interface RankingParts {
  cols: Columns;
  ords: Int32Array;
  scores: Float64Array;
  similarity: Map<number, number>;
  identified: Map<number, IdentityMatch> | null;
  keywordAt: (o: number) => number | null;
  resolved: ResolvedFilters;
  highlightExpression: string | null;
  textTerms: string[];
}

export function makeRanking(p: RankingParts): Ranking {
  const { cols, ords, scores, similarity, identified, keywordAt } = p;
  const make = (i: number): RankEntry => {
    const o = ords[i];
    const identity = identified?.get(o);
    return { candidate: cols.cands[o]!, score: scores[i], keywordScore: keywordAt(o), similarity: similarity.get(o) ?? null, ...(identity ? { identity } : {}) };
  };
  const before = (i: number, j: number) => rankedBefore(cols, scores, ords, i, j);
  const compare = (i: number, j: number) => (before(i, j) ? -1 : before(j, i) ? 1 : 0);
  let members: CatalogCandidate[] | null = null;
  let sorted: RankEntry[] | null = null;
  return {
    columns: cols,
    ords,
    scores,
    get members() {
      return (members ??= Array.from(ords, (o) => cols.cands[o]!));
    },
    get ranked() {
      return (sorted ??= Array.from(ords, (_, i) => i).sort(compare).map(make));
    },
    top: (n, skip) => selectTop(ords.length, n, before, skip ? (i) => skip[ords[i]] === 0 : undefined).map(make),
    order: (which) => [...which].sort(compare),
    resolved: p.resolved,
    highlightExpression: p.highlightExpression,
    textTerms: p.textTerms,
  };
}

/** byRank on members i and j of a ranking: score, then most recent activity, then id. */
function rankedBefore(cols: Columns, scores: Float64Array, ords: Int32Array, i: number, j: number): boolean {
  if (scores[i] !== scores[j]) return scores[i] > scores[j];
  const a = cols.cands[ords[i]]!;
  const b = cols.cands[ords[j]]!;
  if (a.lastActivityAt !== b.lastActivityAt) return a.lastActivityAt > b.lastActivityAt;
  return a.id < b.id;
}

/** Rank order: score, then most recent activity, then id (total, so paging is stable). */
export function byRank(a: RankEntry, b: RankEntry): number {
  return (
    b.score - a.score ||
    (b.candidate.lastActivityAt < a.candidate.lastActivityAt ? -1 : b.candidate.lastActivityAt > a.candidate.lastActivityAt ? 1 : 0) ||
    (a.candidate.id < b.candidate.id ? -1 : 1)
  );
}
