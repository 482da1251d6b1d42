import path from 'node:path';
import type { SearchRequestInput, SearchResponse, SearchResult } from '../../src/retrieval/query/search-request.js';
import { SearchRequest } from '../../src/retrieval/query/search-request.js';
import type { AppConfig } from '../../src/shared/config.js';
import type { Db } from '../../src/store/db.js';
import { readCandidate } from '../../src/store/read-model/index.js';
import type { SearchInsights as InsightsDetail } from '../../src/retrieval/insights/insights.js';
import { jobSpecOf, type CandidatesForJobResult } from '../../src/match/rediscover/index.js';
import type { ApplicationCreator } from '../../src/writes/add-candidate-to-job.js';
import type { FilterValue, FilterValueDimension, ProductApi } from '../../src/app/product-api.js';
import { createMirrorProductApi, type ProductEngines } from '../../src/app/mirror-product-api.js';
import { toExportInsights } from '../../src/app/export-insights.js';

/*
 * The product API over a mirror with stand-in engines: a search with plain SQL (substring match, a
 * few filters) and word-overlap matching, for the fast in-memory MCP protocol tests only (test/ is
 * never built into dist/). Views, export, audit and writes are the real ones (createMirrorProductApi).
 * The shipped doors (`rediscovery mcp`, `serve`'s /mcp) use the product's engines through
 * openProduct(); their tests are src/mcp/stdio-spawn.test.ts, src/mcp/inspector-check.test.ts,
 * src/app/one-story.test.ts and src/server/deployed.e2e.test.ts.
 */

interface Row {
  id: string;
  name: string;
  position: string | null;
  company: string | null;
  location: string | null;
  profileUrl: string | null;
  updatedAt: string;
  haystack: string;
}

function rows(db: Db): Row[] {
  return db.$client
    .prepare(
      `SELECT c.id, c.name, c.position, c.company, c.location_summary AS location, c.profile_url AS profileUrl, c.updated_at AS updatedAt,
              lower(c.name || ' ' || coalesce(c.position,'') || ' ' || coalesce(c.company,'') || ' ' || coalesce(c.location_summary,'') || ' ' ||
                    coalesce((SELECT group_concat(f.text, ' ') FROM files f WHERE f.candidate_id = c.id AND f.status = 'ok'), '')) AS haystack
         FROM candidates c ORDER BY c.updated_at DESC, c.id`,
    )
    .all() as Row[];
}

function apps(db: Db, id: string): SearchResult['applications'] {
  return (readCandidate(db, id)?.applications ?? []).map((a) => ({
    applicationId: a.id, job: a.jobTitle, stage: a.currentStageTitle, status: a.status, recruiter: a.recruiterName,
    archiveReason: a.archiveReasonText, appliedAt: a.createdAt, updatedAt: a.updatedAt,
  }));
}

function matching(db: Db, input: SearchRequestInput): { row: Row; apps: SearchResult['applications'] }[] {
  const req = SearchRequest.parse(input);
  const terms = `${req.text ?? ''} ${req.boolean ?? ''}`.toLowerCase().split(/\W+/).filter((t) => t.length > 1 && !['and', 'or', 'not'].includes(t));
  const inList = (want: string[] | undefined, v: string | null) => !want || (v !== null && want.some((w) => w.toLowerCase() === v.toLowerCase()));
  return rows(db)
    .filter((r) => terms.every((t) => r.haystack.includes(t)))
    .map((row) => ({ row, apps: apps(db, row.id) }))
    .filter(({ apps: a }) => (!req.filters.stage || a.some((x) => inList(req.filters.stage, x.stage))) && (!req.filters.job || a.some((x) => inList(req.filters.job, x.job))));
}

/** Substring search over the mirror with stage and job filters, paged by a numeric cursor. */
export function devSearch(db: Db): (input: SearchRequestInput) => Promise<SearchResponse> {
  return async (input): Promise<SearchResponse> => {
    const req = SearchRequest.parse(input);
    const all = matching(db, input);
    const start = Number(req.cursor ?? 0) || 0;
    const page = all.slice(start, start + req.limit);
    return {
      results: page.map(({ row, apps: a }, i) => ({
        candidateId: row.id,
        name: row.name,
        score: 1 / (start + i + 1),
        currentTitle: row.position,
        currentCompany: row.company,
        location: row.location,
        profileUrl: row.profileUrl,
        applications: a,
        duplicateIds: [],
        why: { matchedTerms: [], snippet: null, keywordScore: null, semanticSimilarity: null, filtersSatisfied: [], summary: 'Substring match (development search)' },
      })),
      total: all.length,
      facets: {},
      asOf: null,
      nextCursor: start + req.limit < all.length ? String(start + req.limit) : null,
      mode: req.mode,
    };
  };
}

function tally(values: (string | null)[], total: number) {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const buckets = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count, share: total ? count / total : 0 }));
  return { missing: total - values.filter(Boolean).length, buckets };
}

/** Location, current company and stage distributions over the matching candidates. */
export function devInsights(db: Db): (input: SearchRequestInput) => Promise<InsightsDetail> {
  return async (input): Promise<InsightsDetail> => {
    const all = matching(db, input);
    const total = all.length;
    return {
      total,
      asOf: null,
      dimensions: [
        { dimension: 'location', label: 'Location', ...tally(all.map((m) => m.row.location), total) },
        { dimension: 'currentCompany', label: 'Current company', ...tally(all.map((m) => m.row.company), total) },
        { dimension: 'stage', label: 'Stage', ...tally(all.flatMap((m) => m.apps.map((a) => a.stage)), total) },
      ],
    };
  };
}

const DIM_SQL: Partial<Record<FilterValueDimension, string>> = {
  stage: `SELECT current_stage_title AS value, count(DISTINCT candidate_id) AS count FROM applications WHERE current_stage_title IS NOT NULL GROUP BY 1`,
  job: `SELECT j.title AS value, count(DISTINCT a.candidate_id) AS count FROM applications a JOIN jobs j ON j.id = a.job_id GROUP BY 1`,
  source: `SELECT s.title AS value, count(DISTINCT a.candidate_id) AS count FROM applications a JOIN sources s ON s.id = a.source_id GROUP BY 1`,
  applicationStatus: `SELECT status AS value, count(DISTINCT candidate_id) AS count FROM applications GROUP BY 1`,
  location: `SELECT location_summary AS value, count(*) AS count FROM candidates WHERE location_summary IS NOT NULL GROUP BY 1`,
};

/** Values with counts for the dimensions the mirror answers directly; others are empty here. */
export function devFilterValues(db: Db): (dimension: FilterValueDimension) => Promise<FilterValue[]> {
  return async (dimension): Promise<FilterValue[]> => {
    const q = DIM_SQL[dimension];
    return q ? (db.$client.prepare(`${q} ORDER BY count DESC, value`).all() as FilterValue[]) : [];
  };
}

/** Candidates whose text shares words with the job title or description. */
export function devCandidatesForJob(db: Db): ProductEngines['rediscover'] {
  return async ({ jobId, description, limit }): Promise<CandidatesForJobResult> => {
    const job = jobId ? (db.$client.prepare('SELECT id, title FROM jobs WHERE id = ?').get(jobId) as { id: string; title: string } | undefined) : undefined;
    const words = (job?.title ?? description ?? '').toLowerCase().split(/\W+/).filter((w) => w.length > 3);
    const scored = rows(db)
      .map((r) => ({ r, hits: words.filter((w) => r.haystack.includes(w)) }))
      .filter((x) => x.hits.length)
      .sort((a, b) => b.hits.length - a.hits.length)
      .slice(0, limit);
    const { description: _text, ...spec } = jobSpecOf({ id: job?.id, title: job?.title, description: description ?? job?.title ?? '' });
    return {
      job: spec,
      results: scored.map(({ r, hits }) => ({
        candidateId: r.id, name: r.name, score: hits.length / Math.max(1, words.length), currentTitle: r.position, currentCompany: r.company,
        location: r.location, profileUrl: r.profileUrl, reasons: [`Mentions ${hits.join(', ')}`], applications: [],
      })),
    } as unknown as CandidatesForJobResult; // the stand-in fills what the doors read, not matching's signal details
  };
}

/** The product API over a mirror with the stand-in engines: real views, export, audit and writes. */
export function createDevApi(
  db: Db,
  config: Pick<AppConfig, 'exportsDir' | 'REDISCOVERY_EXPORT_MAX_ROWS' | 'REDISCOVERY_ALLOW_WRITES'>,
  extra: { ashby?: ApplicationCreator; now?: () => Date; actor?: string } = {},
): ProductApi {
  const search = devSearch(db);
  const insights = devInsights(db);
  const filterValues = devFilterValues(db);
  return createMirrorProductApi({
    db,
    config: { ...config, dataDir: path.dirname(config.exportsDir), REDISCOVERY_CONFIDENTIAL_ACCESS: { all: false, actors: [] } },
    actor: extra.actor ?? 'mcp:test',
    ashby: extra.ashby,
    now: extra.now,
    engines: {
      search: (request) => search(request),
      insights: (request) => insights(request),
      // No relevance behind the stand-in search: an export lists, and its insights cover, every match.
      membersWithInsights: async (request, _visibility, { maxMembers }) => {
        const ids = matching(db, request).map((m) => m.row.id);
        const base = { count: ids.length, kind: 'all matches' as const, reached: ids.length, description: `all ${ids.length} candidates the request matches`, asOf: null };
        return ids.length > maxMembers ? { ...base, ids: [], insights: null } : { ...base, ids, insights: toExportInsights(await insights(request)) };
      },
      filterValues: (dimension) => filterValues(dimension),
      rediscover: devCandidatesForJob(db),
      // No index behind the stand-in: every outbox row counts as waiting.
      indexState: async () => ({ indexCheckpoint: 0, outboxHead: 0 }),
      parse: async (text) => ({ request: { text }, notes: [], unmapped: [] }),
    },
  });
}
