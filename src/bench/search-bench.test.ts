import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../retrieval/catalog/load-catalog.js';
import { createHashEmbedder } from '../embedding/hash-embedder.js';
import { reindex } from '../retrieval/index/reindex.js';
import { SearchRequest } from '../retrieval/query/search-request.js';
import { createRetrievalService, type RetrievalService } from '../retrieval/service.js';
import { openDb, type Db } from '../store/db.js';
import { seedSyntheticMirror } from './search.js';
import { Fts5Peer } from './search-peers.js';
import { cacheKeys, defaultFilters, generateRequests } from './search-queries.js';
import { refreshStaleProfiles } from '../match/enrich/enrich-stale.js';

/*
 * The search benchmark's inputs and its FTS5 peer: requests are many, distinct in what the engine
 * caches, valid SearchRequests of every kind; and the peer really does our work (same totals and
 * facet counts as the product on the same index), so the ratio the benchmark prints compares equals.
 */

describe('benchmark requests', () => {
  it('are at least 500 distinct requests of every kind, none sharing a cached FTS5 expression, all valid', () => {
    const requests = generateRequests(600);
    expect(requests).toHaveLength(600);
    const keys = requests.flatMap(cacheKeys);
    expect(new Set(keys).size).toBe(keys.length);
    const kinds = new Map<string, number>();
    for (const r of requests) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    for (const kind of ['title', 'skills', 'descriptive', 'boolean']) expect(kinds.get(kind)).toBeGreaterThan(100);
    expect(requests.filter((r) => Object.keys(r.filters).length > 0).length).toBeGreaterThan(200);
    for (const r of requests) expect(() => SearchRequest.parse({ text: r.text, boolean: r.boolean, filters: r.filters })).not.toThrow();
  });
});

describe('FTS5 peer does the same work', () => {
  let dir: string;
  let db: Db;
  let service: RetrievalService;
  const embedder = createHashEmbedder(32);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-peer-'));
    db = openDb(path.join(dir, 'mirror.db'));
    seedSyntheticMirror(db, 400);
    await reindex({ db, beforeIndexing: refreshStaleProfiles(db), indexDir: path.join(dir, 'index'), embedder });
    service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder, autoDrain: false });
  });

  afterAll(async () => {
    await service.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('returns our exact total and facet counts for keyword + filters + facets requests', async () => {
    const now = new Date();
    const peer = Fts5Peer.build(path.join(dir, 'index'), dir, loadCatalog(db).candidates.values(), now);
    try {
      let nonEmpty = 0;
      for (const [i, req] of generateRequests(60, 3).entries()) {
        const filters = Object.keys(req.filters).length ? req.filters : defaultFilters(i);
        const ours = await service.search({ text: req.text, boolean: req.boolean, filters, mode: 'keyword', facets: true, limit: 20 });
        const theirs = peer.run(req, filters);
        expect(theirs.total).toBe(ours.total);
        if (ours.total > 0) nonEmpty++;
        for (const dim of ['stage', 'stageReached', 'applicationStatus', 'source', 'currentTitle']) {
          expect(new Map((theirs.facets[dim] ?? []).map((v) => [v.value, v.count]))).toEqual(new Map((ours.facets[dim] ?? []).map((v) => [v.value, v.count])));
        }
      }
      expect(nonEmpty).toBeGreaterThan(20);
    } finally {
      peer.close();
    }
  });
});
