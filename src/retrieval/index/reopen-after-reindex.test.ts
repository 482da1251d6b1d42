import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/db.js';
import { upsertCandidates } from '../../../test/support/search-mirror.js';
import { payrollMirror } from '../../../test/support/payroll-mirror.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { createRetrievalService, type RetrievalService } from '../service.js';
import { reindex } from './reindex.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';

/*
 * `rediscovery reindex` renames a freshly built folder over the index while `serve` may be running.
 * The running service must switch to the new index (and keep indexing into it), not keep answering
 * from the unlinked old files.
 */

describe('a running service after `reindex`', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  async function setup(): Promise<{ db: Db; indexDir: string; service: RetrievalService }> {
    const mirror = payrollMirror('reopen-');
    const { db, indexDir } = mirror;
    cleanup.push(() => mirror.remove());
    const service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder: createHashEmbedder(32) });
    cleanup.push(() => service.close());
    await service.drain();
    return { db, indexDir, service };
  }

  const ids = async (service: RetrievalService, text: string) =>
    (await service.search({ text, mode: 'keyword', collapseDuplicates: false })).results.map((r) => r.candidateId);

  it('answers from the rebuilt index and drains later changes into it (CLI-style catch-up)', async () => {
    const { db, indexDir, service } = await setup();
    expect(await ids(service, 'payroll')).toEqual(['c1']);
    // Reindex in another "process": a candidate added before it is in the new index only.
    upsertCandidates(db, [{ id: 'c3', name: 'Cy', position: 'Payroll Clerk', resume: 'payroll clerk' }]);
    await reindex({ db, beforeIndexing: refreshStaleProfiles(db), indexDir, embedder: createHashEmbedder(32) });
    expect((await ids(service, 'payroll')).sort()).toEqual(['c1', 'c3']);
    // A change after the swap is indexed into the new folder (searchable, and on disk for others).
    upsertCandidates(db, [{ id: 'c4', name: 'Di', position: 'Payroll Lead', resume: 'payroll lead' }]);
    expect((await ids(service, 'payroll')).sort()).toEqual(['c1', 'c3', 'c4']);
    const other = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder: createHashEmbedder(32), autoDrain: false });
    cleanup.push(() => other.close());
    expect((await ids(other, 'payroll')).sort()).toEqual(['c1', 'c3', 'c4']);
  });

  it('switches the continuous indexer (serve) to the rebuilt index', async () => {
    const { db, indexDir, service } = await setup();
    const loop = service.startIndexer({ intervalMs: 20 });
    await reindex({ db, beforeIndexing: refreshStaleProfiles(db), indexDir, embedder: createHashEmbedder(32) });
    upsertCandidates(db, [{ id: 'c5', name: 'Ed', position: 'Chef', resume: 'pastry chef' }]);
    await loop.idle();
    await loop.idle();
    expect((await ids(service, 'chef')).sort()).toEqual(['c2', 'c5']);
    const other = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder: createHashEmbedder(32), autoDrain: false });
    cleanup.push(() => other.close());
    expect((await ids(other, 'chef')).sort()).toEqual(['c2', 'c5']);
  });
});
