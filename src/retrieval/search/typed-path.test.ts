import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { seedFixtureAccount, upsertCandidates, DEFAULT_ACCOUNT } from '../../../test/support/search-mirror.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { computeFacets } from '../facets/compute-facets.js';
import { SearchRequest } from '../query/search-request.js';
import { createRetrievalService, DEFAULT_TUNING, type RetrievalService } from '../service.js';
import { openSearchIndex } from '../index/search-index.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { loadIdentityLinks } from '../catalog/mirror-facts.js';
import { byRank, rankCandidates, type RankContext } from './rank.js';
import { collapse, executeSearch, type SearchContext } from './execute-search.js';
import { keywordByOrdinal } from './keyword-ordinals.js';
import { columnsFor } from './columns.js';
import { freeTextQuery } from './free-text-query.js';
import { ArrayPool } from './request-arrays.js';
import { selectTop } from './select-top.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';

/*
 * The search path works on ordinals and typed arrays (partial selection, folding only linked
 * records, facets over contiguous codes). These tests hold it to the plain computations it
 * replaces: a full sort by byRank, collapse over the whole ranked list, facets counted per object.
 */

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

describe('selectTop', () => {
  it('equals the head of a full sort, ties broken by the order', () => {
    const r = prng(5);
    for (let trial = 0; trial < 30; trial++) {
      const values = Array.from({ length: Math.floor(r() * 300) }, () => Math.round(r() * 10));
      const before = (i: number, j: number) => values[i] > values[j] || (values[i] === values[j] && i < j);
      const sorted = values.map((_, i) => i).sort((i, j) => (before(i, j) ? -1 : 1));
      for (const n of [0, 1, 5, 50, 1000]) {
        expect(selectTop(values.length, n, before)).toEqual(sorted.slice(0, n));
        const odd = (i: number) => i % 2 === 1;
        expect(selectTop(values.length, n, before, odd)).toEqual(sorted.filter(odd).slice(0, n));
      }
    }
  });
});

describe('search over ordinals equals the plain computation', () => {
  let dir: string;
  let db: Db;
  let service: RetrievalService;
  const words = ['payroll', 'benefits', 'nurse', 'kubernetes', 'python', 'chef', 'sales', 'excel', 'teacher', 'audit'];
  const stages = ['Application Review', 'Phone Screen', 'Onsite', 'Offer'];
  const ids = Array.from({ length: 240 }, (_, i) => `c${String(i).padStart(3, '0')}`);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typed-path-'));
    db = openDb(path.join(dir, 'mirror.db'));
    seedFixtureAccount(db);
    const r = prng(11);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    upsertCandidates(
      db,
      ids.map((id, i) => ({
        id,
        name: `Person ${i}`,
        position: `${pick(words)} specialist`,
        // Few distinct timestamps and repeated texts, so scores and activity tie often.
        updatedAt: pick(['2024-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z']),
        resume: Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(words)).join(' '),
        sourceId: pick(DEFAULT_ACCOUNT.sources).id,
        applications: r() < 0.8 ? [{ id: `a${i}`, jobId: pick(DEFAULT_ACCOUNT.jobs).id, stage: pick(stages), history: stages.slice(0, Math.floor(r() * 3)) }] : [],
      })),
    );
    // Identity links: pairs and a chain, so folding has owners, chains and links to non-members.
    const link = db.$client.prepare(`INSERT INTO identity_links (candidate_id, other_candidate_id, confidence, reasons, updated_at) VALUES (?, ?, 0.99, '["email"]', '2025-01-01')`);
    for (let i = 0; i < 60; i++) link.run(ids[Math.floor(r() * ids.length)], ids[Math.floor(r() * ids.length)]);
    service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder: createHashEmbedder(64), now: () => new Date('2025-10-01T00:00:00Z') });
    await service.drain();
  });

  afterAll(async () => {
    await service.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const requests = [
    { text: 'payroll benefits' },
    { text: 'nurse', mode: 'keyword' as const },
    { text: 'kubernetes python engineer', mode: 'vector' as const },
    { text: 'chef', filters: { stageReached: ['Phone Screen'] } },
    { boolean: 'payroll OR nurse' },
    { boolean: '-sales' },
    { filters: { stage: ['Onsite'] } },
    {},
  ];

  it('pages, totals, duplicates and facets equal a full sort + collapse over the whole result set', async () => {
    const index = await openSearchIndex({ dir: path.join(dir, 'index'), embedder: createHashEmbedder(64), now: () => new Date() });
    try {
      const catalog = loadCatalog(db);
      const links = loadIdentityLinks(db);
      const ctx: RankContext = { catalog, keyword: index.keyword, vectors: await index.vectors.load(), embedder: createHashEmbedder(64), tuning: DEFAULT_TUNING };
      let folded = 0;
      for (const input of requests) {
        const req = SearchRequest.parse({ ...input, limit: 7, facets: true });
        const ranking = await rankCandidates(ctx, req);
        const sorted = [...ranking.ranked].sort(byRank);
        expect(ranking.ranked.map((r) => r.candidate.id)).toEqual(sorted.map((r) => r.candidate.id));
        expect(ranking.top(25).map((r) => r.candidate.id)).toEqual(sorted.slice(0, 25).map((r) => r.candidate.id));
        const { kept, duplicates } = collapse(sorted, links);
        folded += sorted.length - kept.length;
        // Walk every page through the service and compare with the plain collapse.
        const seen: string[] = [];
        let cursor: string | undefined;
        let first = true;
        do {
          const res = await service.search({ ...input, limit: 7, facets: true, cursor });
          expect(res.total).toBe(kept.length);
          if (first) expect(res.facets).toEqual(computeFacets(kept.map((r) => r.candidate), new Date('2025-10-01T00:00:00Z')));
          first = false;
          for (const r of res.results) {
            seen.push(r.candidateId);
            expect(r.duplicateIds).toEqual(duplicates.get(r.candidateId) ?? []);
          }
          cursor = res.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toEqual(kept.map((r) => r.candidate.id));
      }
      expect(folded).toBeGreaterThan(20);
    } finally {
      index.close();
    }
  });

  it('pooled request arrays give the answers fresh ones give, in any order, and never reach the match cache', async () => {
    const index = await openSearchIndex({ dir: path.join(dir, 'index'), embedder: createHashEmbedder(64), now: () => new Date() });
    try {
      const catalog = loadCatalog(db);
      const ctx: SearchContext = {
        catalog, keyword: index.keyword, vectors: await index.vectors.load(), embedder: createHashEmbedder(64), tuning: DEFAULT_TUNING,
        links: loadIdentityLinks(db), asOf: null, now: new Date('2025-10-01T00:00:00Z'),
      };
      // Selective filters (under half the catalog) take the restricted keyword path, whose per-ordinal
      // scores are pooled; the unfiltered 'payroll benefits' puts its whole match set (and its cached
      // per-ordinal scores) in the keyword cache, which the filtered request after it then reads.
      const filtered = { filters: { stageReached: ['Phone Screen'] }, facets: true, limit: 9 };
      const sequence = [
        { text: 'nurse teacher', ...filtered },
        { text: 'payroll benefits', facets: true, limit: 9 },
        { text: 'payroll benefits', ...filtered },
        { text: 'chef audit', ...filtered },
        { text: 'sales', mode: 'keyword' as const, ...filtered },
        { text: 'python excel', mode: 'vector' as const, ...filtered },
        { text: 'payroll benefits', ...filtered },
        { text: 'nurse teacher', ...filtered },
        { text: 'chef audit', filters: { stage: ['Onsite'] }, facets: true },
        { text: 'chef', boolean: 'payroll OR nurse', facets: true },
        { text: 'python teacher', boolean: '-sales', ...filtered },
        { text: 'payroll benefits', ...filtered },
      ];
      const pooled = new ArrayPool({ minEntries: 0 });
      const fresh = new ArrayPool({ minEntries: Infinity });
      const cols = columnsFor(catalog, ctx.vectors);
      const cachedBefore = Float64Array.from(keywordByOrdinal(cols, index.keyword, freeTextQuery('payroll benefits').expression!));
      for (const input of sequence) {
        const want = await executeSearch(ctx, input, fresh);
        expect(await executeSearch(ctx, input, pooled)).toEqual(want);
      }
      expect(pooled.idle).toBeGreaterThan(0);
      expect(fresh.idle).toBe(0);
      // Two requests at once share the pool without sharing an array.
      const [a, b] = await Promise.all([executeSearch(ctx, sequence[0]!, pooled), executeSearch(ctx, sequence[3]!, pooled)]);
      expect(a).toEqual(await executeSearch(ctx, sequence[0]!, fresh));
      expect(b).toEqual(await executeSearch(ctx, sequence[3]!, fresh));
      expect(keywordByOrdinal(cols, index.keyword, freeTextQuery('payroll benefits').expression!)).toEqual(cachedBefore);
    } finally {
      index.close();
    }
  });
});
