import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticMirror } from '../../bench/search.js';
import { defaultFilters, generateRequests } from '../../bench/search-queries.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';
import { openDb, type Db } from '../../store/db.js';
import { reindex } from '../index/reindex.js';
import { createRetrievalService, type RetrievalService } from '../service.js';

/*
 * int8 profile vectors (REDISCOVERY_VECTOR_PRECISION=int8, for memory at 1M candidates) change only
 * similarities: keyword answers are identical (results and facets), every answer keeps its exact
 * total, and vector/hybrid top 20s mostly agree (their facets count a relevance-floored set, which
 * moves with similarities).
 */
describe('search with int8 profile vectors', () => {
  let dir: string;
  let db: Db;
  let float: RetrievalService;
  let int8: RetrievalService;
  let coarse: RetrievalService;
  const embedder = createHashEmbedder(64);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'int8-search-'));
    db = openDb(path.join(dir, 'mirror.db'));
    seedSyntheticMirror(db, 600);
    const indexDir = path.join(dir, 'index');
    await reindex({ db, beforeIndexing: refreshStaleProfiles(db), indexDir, embedder });
    const open = (vectorPrecision: 'float32' | 'int8', vectorPrefilter: 'off' | number = 'off') =>
      createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder, autoDrain: false, vectorPrecision, vectorPrefilter });
    float = await open('float32');
    int8 = await open('int8');
    // A shortlist barely above the recall net (50), so the sign-code pass runs on most hybrid requests here.
    coarse = await open('int8', 60);
  });

  afterAll(async () => {
    await float.close();
    await int8.close();
    await coarse.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps keyword answers identical and totals and facets exact; vector top 20 mostly the same', async () => {
    let overlap = 0;
    let compared = 0;
    for (const [i, req] of generateRequests(30, 5).entries()) {
      const filters = i % 2 ? defaultFilters(i) : {};
      for (const mode of ['keyword', 'vector', 'hybrid'] as const) {
        const input = { text: req.text, boolean: req.boolean, filters, mode, facets: true, limit: 20 };
        const a = await float.search(input);
        const b = await int8.search(input);
        expect(b.total).toBe(a.total);
        const ids = (r: typeof a) => r.results.map((x) => x.candidateId);
        if (mode === 'keyword') {
          expect(ids(b)).toEqual(ids(a));
          expect(b.facets).toEqual(a.facets);
        } else {
          overlap += ids(b).filter((id) => ids(a).includes(id)).length;
          compared += ids(a).length;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(overlap / compared).toBeGreaterThan(0.9);
  });

  it('sign-code prefilter (nearest-rows.ts) keeps hybrid totals exact and top 20s mostly the same', async () => {
    let overlap = 0;
    let compared = 0;
    let differ = 0;
    for (const [i, req] of generateRequests(30, 5).entries()) {
      const input = { text: req.text, boolean: req.boolean, filters: i % 2 ? defaultFilters(i) : {}, mode: 'hybrid' as const, facets: true, limit: 20 };
      const a = await int8.search(input);
      const b = await coarse.search(input);
      // The pool is every keyword match plus a net of the same size: only who is in the net can change.
      expect(b.total).toBe(a.total);
      const ids = (r: typeof a) => r.results.map((x) => x.candidateId);
      overlap += ids(b).filter((id) => ids(a).includes(id)).length;
      compared += ids(a).length;
      if (ids(a).join() !== ids(b).join()) differ++;
    }
    expect(compared).toBeGreaterThan(300);
    expect(overlap / compared).toBeGreaterThan(0.9);
    expect(differ).toBeLessThan(30);
  });
});
