import type { CatalogCandidate } from '../catalog/types.js';
import type { Ranking } from '../search/rank.js';

/*
 * Insights for a free-text query describe the people who match it, not everyone the hybrid ranking
 * touched: the semantic recall net makes "product designer" reach 526 of 2,000 demo people, mostly
 * engineers (issue 15). With text, only members whose fused score is at least RELEVANCE_FLOOR of the
 * best score count, and the answer says how many of how many. Filters-only requests keep every match
 * (filters are exact; there is no relevance to cut on). `allReached` (an export of everyone the search
 * reached) keeps every match too, and says so with the best matches' count beside it.
 */
const RELEVANCE_FLOOR = 0.5;

/** The lowest score a best match may have, over the unfolded members (plain loops: this runs on every text search). */
function scoreFloor(ranking: Ranking, skip: Uint8Array | null): number {
  let best = -Infinity;
  for (let i = 0; i < ranking.ords.length; i++) if (!skip || skip[ranking.ords[i]!] === 0) best = Math.max(best, ranking.scores[i]!);
  // Scores can be negative (people only the profile vectors reached sit below the shortlist): a floor
  // relative to a non-positive best would keep everyone, so then only the best score's holders count.
  return best > 0 ? best * RELEVANCE_FLOOR : best;
}

/**
 * How many of the unfolded members are best matches of free text (what an export lists and insights
 * describe), counted without making candidates; undefined without text. A search answer carries it so
 * a door can offer "export everyone" only when it would list more people.
 */
export function bestMatchCount(ranking: Ranking, skip: Uint8Array | null, text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined;
  const floor = scoreFloor(ranking, skip);
  let n = 0;
  for (let i = 0; i < ranking.ords.length; i++) if ((!skip || skip[ranking.ords[i]!] === 0) && ranking.scores[i]! >= floor) n++;
  return n;
}

export function relevantMembers(ranking: Ranking, skip: Uint8Array | null, text: string | undefined, opts: { allReached?: boolean } = {}) {
  const kept: number[] = [];
  for (let i = 0; i < ranking.ords.length; i++) if (!skip || skip[ranking.ords[i]!] === 0) kept.push(i);
  const all = () => kept.map((i) => ranking.columns.cands[ranking.ords[i]!]!);
  const query = text?.trim();
  if (!query || kept.length === 0) {
    return { set: all(), basis: { kind: 'all matches' as const, matched: kept.length, description: `all ${kept.length} candidates the request matches` } };
  }
  const floor = scoreFloor(ranking, skip);
  const floorWords = `score at least ${RELEVANCE_FLOOR * 100}% of the best`;
  if (opts.allReached) {
    let above = 0;
    for (const i of kept) if (ranking.scores[i]! >= floor) above++;
    return {
      set: all(),
      basis: {
        kind: 'all matches' as const,
        matched: kept.length,
        description: `everyone the search for "${query}" reached: all ${kept.length} candidates, of whom ${above === 1 ? 'the best match scores' : `the ${above} best matches score`} ${floorWords.replace(/^score /, '')}`,
      },
    };
  }
  const set: CatalogCandidate[] = [];
  for (const i of kept) if (ranking.scores[i]! >= floor) set.push(ranking.columns.cands[ranking.ords[i]!]!);
  return {
    set,
    basis: {
      kind: 'relevant matches' as const,
      matched: kept.length,
      description: `${set.length === 1 ? 'the best match' : `the ${set.length} best matches`} of "${query}" (${floorWords}), of ${kept.length} candidates the search reached`,
    },
  };
}
