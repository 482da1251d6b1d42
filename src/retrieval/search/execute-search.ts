import crypto from 'node:crypto';
import { computeFacetsOver } from '../facets/compute-facets.js';
import { describeFilters } from '../facets/apply-filters.js';
import type { MatchedFilter } from '../facets/filter-types.js';
import { SearchRequest, type SearchRequestInput, type SearchResponse, type SearchResult } from '../query/search-request.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Columns } from './columns.js';
import { rankCandidates, type RankContext, type RankEntry, type Ranking } from './rank.js';
import { ArrayPool, RequestArrays } from './request-arrays.js';
import { whySentence } from './why-words.js';
import { bestMatchCount } from '../insights/relevance-floor.js';

export interface SearchContext extends RankContext {
  /** Identity links: candidate id → ids of other records of the same person. */
  links: Map<string, Set<string>>;
  asOf: string | null;
  now: Date;
}

/** The catalog-sized arrays of search requests in this thread (request-arrays.ts), reused across requests. */
const pool = new ArrayPool();

/**
 * Run one SearchRequest against the catalog and index. The ranking's arrays come from the pool and
 * go back once the response is built: the response holds plain values only, and the ranking is not
 * kept past this call.
 */
export async function executeSearch(ctx: SearchContext, input: SearchRequestInput, arrayPool: ArrayPool = pool): Promise<SearchResponse> {
  const req = SearchRequest.parse(input);
  const arrays = new RequestArrays(arrayPool);
  try {
    const ranking = await rankCandidates(ctx, req, arrays);
    return respond(ctx, req, ranking);
  } finally {
    arrays.release();
  }
}

function respond(ctx: SearchContext, req: SearchRequest, ranking: Ranking): SearchResponse {
  const { cursor: _cursor, limit: _limit, ...rest } = req;
  const fingerprint = crypto.createHash('sha1').update(JSON.stringify(rest)).digest('hex').slice(0, 12);
  const offset = decodeCursor(req.cursor, fingerprint);

  const folded = req.collapseDuplicates ? foldDuplicates(ranking, ctx.links) : nothingFolded();
  const page = ranking.top(offset + req.limit, folded.skip).slice(offset);
  const total = ranking.ords.length - folded.dropped;
  const bestMatches = bestMatchCount(ranking, folded.skip, req.text);
  const snippets = ranking.highlightExpression ? ctx.keyword.snippets(ranking.highlightExpression, page.map((r) => r.candidate.id)) : new Map<string, string>();
  const filters = describeFilters(ranking.resolved);

  const results: SearchResult[] = page.map((r) => toResult(r, snippets.get(r.candidate.id) ?? null, filters, folded.duplicates.get(r.candidate.id) ?? [], req.text?.trim() ?? ''));
  return {
    results,
    total,
    ...(bestMatches !== undefined ? { bestMatches } : {}),
    facets: req.facets ? computeFacetsOver(ranking.columns, ranking.ords, ctx.now, folded.skip) : {},
    asOf: ctx.asOf,
    nextCursor: offset + req.limit < total ? encodeCursor(offset + req.limit, fingerprint) : null,
    mode: req.mode,
  };
}

interface Folded {
  /** Ordinals folded into a better-ranked record of the same person (null: none). */
  skip: Uint8Array | null;
  /** Kept candidate id → ids folded into it (only for kept records that have links). */
  duplicates: Map<string, string[]>;
  dropped: number;
}

/**
 * Fold other records of the same person into the best-ranked one (`collapse` over the ranked set).
 * Only members with identity links can fold or be folded, and the outcome depends only on their
 * order among themselves, so just those few are sorted; everyone else is kept untouched.
 */
export function foldDuplicates(ranking: Ranking, links: Map<string, Set<string>>): Folded {
  if (links.size === 0) return nothingFolded();
  const cols = ranking.columns;
  const flags = linkedOrdinals(cols, links);
  const linked: number[] = [];
  for (let i = 0; i < ranking.ords.length; i++) if (flags[ranking.ords[i]]) linked.push(i);
  if (linked.length < 2) return nothingFolded();
  const ranked = ranking.order(linked).map((i) => ({ candidate: cols.cands[ranking.ords[i]]! }));
  const { duplicates } = collapse(ranked, links);
  let skip: Uint8Array | null = null;
  let dropped = 0;
  for (const ids of duplicates.values()) {
    for (const other of ids) {
      skip ??= new Uint8Array(cols.size);
      skip[cols.ordOf.get(other)!] = 1;
      dropped++;
    }
  }
  return { skip, duplicates, dropped };
}

const nothingFolded = (): Folded => ({ skip: null, duplicates: new Map(), dropped: 0 });

/**
 * Per ordinal: does the candidate have identity links? Cached per links map; an id keeps its
 * ordinal for good, so only new ordinals (a larger size) call for a rebuild.
 */
const linkFlags = new WeakMap<Map<string, Set<string>>, { size: number; flags: Uint8Array }>();

function linkedOrdinals(cols: Columns, links: Map<string, Set<string>>): Uint8Array {
  let entry = linkFlags.get(links);
  if (!entry || entry.size !== cols.size) {
    const flags = new Uint8Array(cols.size);
    for (const id of links.keys()) {
      const o = cols.ordOf.get(id);
      if (o !== undefined) flags[o] = 1;
    }
    entry = { size: cols.size, flags };
    linkFlags.set(links, entry);
  }
  return entry.flags;
}

/** Fold other records of the same person into the best-ranked one. */
export function collapse<R extends { candidate: { id: string } }>(ranked: R[], links: Map<string, Set<string>>) {
  const kept: R[] = [];
  const duplicates = new Map<string, string[]>();
  const ownerOf = new Map<string, string>();
  for (const r of ranked) {
    const id = r.candidate.id;
    const owner = ownerOf.get(id);
    if (owner) {
      duplicates.get(owner)!.push(id);
      continue;
    }
    kept.push(r);
    duplicates.set(id, []);
    for (const other of links.get(id) ?? []) if (!ownerOf.has(other)) ownerOf.set(other, id);
  }
  return { kept, duplicates };
}

function matchedTerms(snippet: string | null): string[] {
  if (!snippet) return [];
  const out = new Set<string>();
  for (const m of snippet.matchAll(/\*\*(.+?)\*\*/g)) out.add(m[1].toLowerCase());
  return [...out];
}

function toResult(r: RankEntry, snippet: string | null, filters: MatchedFilter[], duplicateIds: string[], text: string): SearchResult {
  const c = r.candidate;
  const terms = matchedTerms(snippet);
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
  return {
    candidateId: c.id,
    name: c.name,
    score: Math.round(r.score * 10000) / 10000,
    currentTitle: c.currentTitle,
    currentCompany: c.currentCompany,
    location: c.location,
    profileUrl: c.profileUrl,
    applications: c.applications.map((a) => ({
      applicationId: a.id, job: a.jobTitle, stage: a.currentStageTitle, status: a.status, recruiter: a.recruiterName, archiveReason: a.archiveReasonText,
      appliedAt: a.createdAt, updatedAt: a.updatedAt, stagesReached: a.stagesReached,
    })),
    duplicateIds,
    why: {
      matchedTerms: terms,
      snippet,
      keywordScore: round(r.keywordScore),
      semanticSimilarity: round(r.similarity),
      filtersSatisfied: filters,
      summary: whySentence({
        title: c.currentTitle, company: c.currentCompany, terms, similarity: r.similarity, filters, identity: r.identity ? { kind: r.identity.kind, query: text } : null,
      }),
    },
  };
}
