import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { hasCode } from '../../shared/errors.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { deleteCandidate, seedFixtureAccount, upsertCandidates, type FixtureCandidate } from '../../../test/support/search-mirror.js';
import { createRetrievalService } from '../service.js';
import { drainOutbox } from './indexer.js';
import { reindex } from './reindex.js';
import { openSearchIndex } from './search-index.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';

const embedder = createHashEmbedder(16);
const people: FixtureCandidate[] = [
  { id: 'c1', name: 'Ada', position: 'Payroll Specialist', resume: 'Managed payroll and benefits administration for 400 staff.' },
  { id: 'c2', name: 'Bo', position: 'Backend Engineer', resume: 'Built Kubernetes operators in Go and Python.' },
  { id: 'c3', name: 'Cy', position: 'Nurse', resume: 'Registered nurse in intensive care; patient advocacy.' },
];

let dir: string;
let db: Db;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-'));
  db = openDb(':memory:');
  seedFixtureAccount(db);
  upsertCandidates(db, people);
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const indexDir = () => path.join(dir, 'index');
const ids = (res: { results: { candidateId: string }[] }) => res.results.map((r) => r.candidateId).sort();

describe('indexer', () => {
  it('drains the outbox; a deleted candidate disappears from every mode', async () => {
    const service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: indexDir() }, embedder });
    try {
      expect(ids(await service.search({ text: 'payroll', mode: 'keyword' }))).toEqual(['c1']);
      deleteCandidate(db, 'c1');
      for (const mode of ['keyword', 'vector', 'hybrid'] as const) {
        const res = await service.search({ text: 'payroll benefits', mode });
        expect(ids(res)).not.toContain('c1');
      }
      expect(ids(await service.search({}))).toEqual(['c2', 'c3']);
    } finally {
      await service.close();
    }
  });

  it('a crash between the vector and keyword writes loses nothing: re-drain converges', async () => {
    const index = await openSearchIndex({ dir: indexDir(), embedder });
    const plan = { chunkWords: 90, maxChunks: 2 };
    try {
      await drainOutbox({ db, beforeIndexing: refreshStaleProfiles(db), index, embedder, plan });
      const before = index.checkpoint();
      upsertCandidates(db, [{ ...people[1], resume: 'Now a payroll analyst.' }]);
      deleteCandidate(db, 'c3');
      const crash = drainOutbox({ db, beforeIndexing: refreshStaleProfiles(db), index, embedder, plan, afterVectorWrite: () => { throw new Error('killed'); } });
      await expect(crash).rejects.toThrow('killed');
      expect(index.checkpoint()).toBe(before);
      await drainOutbox({ db, beforeIndexing: refreshStaleProfiles(db), index, embedder, plan });
      // Same state as a clean rebuild: c2's new text, c3 gone from both stores.
      expect(index.keyword.match('"payroll"').map((h) => h.candidateId).sort()).toEqual(['c1', 'c2']);
      expect(index.keyword.match('"nurse"')).toEqual([]);
      const vectors = await index.vectors.load();
      expect([...vectors.keys()].sort()).toEqual(['c1', 'c2']);
      expect(vectors.get('c2')!.chunks).toHaveLength(1);
      // Draining again changes nothing.
      expect((await drainOutbox({ db, beforeIndexing: refreshStaleProfiles(db), index, embedder, plan })).batches).toBe(0);
    } finally {
      index.close();
    }
  });

  it('refuses an index built with another model or dimension', async () => {
    (await openSearchIndex({ dir: indexDir(), embedder })).close();
    const error = await openSearchIndex({ dir: indexDir(), embedder: createHashEmbedder(32) }).catch((e: unknown) => e);
    expect(hasCode(error, 'index_model_mismatch')).toBe(true);
    expect((error as Error).message).toContain('rediscovery reindex');
  });

  it('reindex rebuilds from the mirror into a fresh folder with the new model', async () => {
    (await openSearchIndex({ dir: indexDir(), embedder })).close();
    const other = createHashEmbedder(32);
    const result = await reindex({ db, beforeIndexing: refreshStaleProfiles(db), indexDir: indexDir(), embedder: other });
    expect(result.candidates).toBe(3);
    const index = await openSearchIndex({ dir: indexDir(), embedder: other });
    try {
      expect(index.keyword.count()).toBe(3);
      expect(await index.vectors.count()).toBe(3); // one profile vector each; no chunks by default
      expect(index.checkpoint()).toBe(3);
    } finally {
      index.close();
    }
  });

  it('the serve loop makes a change searchable after a wake-up', async () => {
    const service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: indexDir() }, embedder });
    const loop = service.startIndexer({ intervalMs: 60_000 });
    try {
      await loop.idle();
      upsertCandidates(db, [{ id: 'c4', name: 'Di', position: 'Teacher', resume: 'Taught chemistry to grade 10.' }]);
      loop.wake();
      await loop.idle();
      expect(ids(await service.search({ text: 'chemistry', mode: 'keyword' }))).toEqual(['c4']);
    } finally {
      await service.close();
    }
  });
});
