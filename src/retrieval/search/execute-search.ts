import crypto from 'node:crypto';
import { computeFacets } from '../facets/compute-facets.js';
import { describeFilters } from '../facets/apply-filters.js';
import type { MatchedFilter } from '../facets/filter-types.js';
import { SearchRequest, type SearchRequestInput, type SearchResponse, type SearchResult } from '../query/search-request.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { rankCandidates, type RankContext, type RankedCandidate } from './rank.js';

export interface SearchContext extends RankContext {
  /** Identity links: candidate id → ids of other records of the same person. */
  links: Map<string, Set<string>>;
  asOf: string | null;
  now: Date;
}

/** Run one SearchRequest against the catalog and index. */
export async function executeSearch(ctx: SearchContext, input: SearchRequestInput): Promise<SearchResponse> {
  const req = SearchRequest.parse(input);
  const ranking = await rankCandidates(ctx, req);
  const { cursor: _cursor, limit: _limit, ...rest } = req;
  const fingerprint = crypto.createHash('sha1').update(JSON.stringify(rest)).digest('hex').slice(0, 12);
  const offset = decodeCursor(req.cursor, fingerprint);

  // Folding duplicates depends on rank order, so it needs the full sort, but only when a linked
  // record is in the set; otherwise the set is the pool and the page a partial selection.
  const folds = req.collapseDuplicates && ctx.links.size > 0 && ranking.members.some((c) => ctx.links.has(c.id) || linkedTo(ctx.links).has(c.id));
  const { kept, duplicates } = folds ? collapse(ranking.ranked, ctx.links) : { kept: null, duplicates: new Map<string, string[]>() };
  const page = kept ? kept.slice(offset, offset + req.limit) : ranking.top(offset + req.limit).slice(offset);
  const keptCandidates = kept ? kept.map((r) => r.candidate) : ranking.members;
  if (req.collapseDuplicates && !folds) for (const r of page) duplicates.set(r.candidate.id, []);
  const snippets = ranking.highlightExpression ? ctx.keyword.snippets(ranking.highlightExpression, page.map((r) => r.candidate.id)) : new Map<string, string>();
  const filters = describeFilters(ranking.resolved);

  const results: SearchResult[] = page.map((r) => toResult(r, snippets.get(r.candidate.id) ?? null, filters, duplicates.get(r.candidate.id) ?? []));
  return {
    results,
    total: keptCandidates.length,
    facets: req.facets ? computeFacets(keptCandidates, ctx.now) : {},
    asOf: ctx.asOf,
    nextCursor: offset + req.limit < keptCandidates.length ? encodeCursor(offset + req.limit, fingerprint) : null,
    mode: req.mode,
  };
}

const linkTargets = new WeakMap<Map<string, Set<string>>, Set<string>>();

/** Every id some identity link points at (cached per links map). */
function linkedTo(links: Map<string, Set<string>>): Set<string> {
  let set = linkTargets.get(links);
  if (!set) {
    set = new Set();
    for (const others of links.values()) for (const id of others) set.add(id);
    linkTargets.set(links, set);
  }
  return set;
}

/** Fold other records of the same person into the best-ranked one. */
export function collapse(ranked: RankedCandidate[], links: Map<string, Set<string>>) {
  const kept: RankedCandidate[] = [];
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

function toResult(r: RankedCandidate, snippet: string | null, filters: MatchedFilter[], duplicateIds: string[]): SearchResult {
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
    applications: c.applications.map((a) => ({ applicationId: a.id, job: a.jobTitle, stage: a.currentStageTitle, status: a.status, updatedAt: a.updatedAt })),
    duplicateIds,
    why: {
      matchedTerms: terms,
      snippet,
      keywordScore: round(r.keywordScore),
      semanticSimilarity: round(r.similarity),
      filtersSatisfied: filters,
      summary: summarize(c.currentTitle, c.currentCompany, terms, r.similarity, filters),
    },
  };
}

function summarize(title: string | null, company: string | null, terms: string[], similarity: number | null, filters: MatchedFilter[]): string {
  const who = title ? `${title}${company ? ` at ${company}` : ''}` : company ? `Works at ${company}` : 'Candidate';
  const parts: string[] = [];
  if (terms.length) parts.push(`mentions ${terms.slice(0, 4).map((t) => `"${t}"`).join(', ')}`);
  if (similarity !== null) parts.push(`semantic similarity ${similarity.toFixed(2)}`);
  if (filters.length) parts.push(`meets ${filters.map((f) => `${f.filter} ${f.values.join('/')}`).join(', ')}`);
  return parts.length ? `${who}; ${parts.join('; ')}.` : `${who}.`;
}
