import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig, type AppConfig } from '../shared/config.js';
import { openDb, type Db } from '../store/db.js';
import { PUBLIC_VISIBILITY } from '../store/read-model/index.js';
import { syncedDataDir, type SyncedDataDir } from '../../test/support/synced-data-dir.js';
import { upsertCandidates } from '../../test/support/search-mirror.js';
import { openRetrievalService } from './open-retrieval.js';
import { startIndexerThread } from './indexer-thread.js';

/*
 * serve's indexer thread for real (indexer-worker.ts) over a synced mirror and its index, with the
 * real encoder: a change appended to the outbox becomes searchable by a reader after wake() and
 * idle(), and stop() leaves the checkpoint at the outbox head with the thread gone.
 */

describe('indexer thread over a real mirror and index', () => {
  let account: SyncedDataDir;
  let config: AppConfig;
  let writer: Db;

  beforeAll(async () => {
    account = await syncedDataDir({ seed: 9, candidates: 30 });
    config = loadConfig({ REDISCOVERY_DATA_DIR: account.dataDir, REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE });
    writer = openDb(config.mirrorPath);
  }, 300_000);
  afterAll(async () => {
    writer?.$client.close();
    await account?.cleanup();
  });

  test('a changed candidate is indexed on the thread and found by a reader; stop leaves nothing pending', async () => {
    const lines: string[] = [];
    const thread = await startIndexerThread(config, { log: (message, fields) => lines.push(`${message} ${JSON.stringify(fields)}`) });
    const reader = await openRetrievalService(openDb(config.mirrorPath, { reader: true }), config, { reader: true });
    try {
      const loop = thread.start({ intervalMs: 60_000 });
      upsertCandidates(writer, [{ id: 'cand_thread_probe', name: 'Probe Person', position: 'Glassblower', resume: 'Glassblower at Quixotrel studio: furnace work and annealing.' }]);
      loop.wake();
      await loop.idle();
      const found = await reader.search({ boolean: 'quixotrel' }, PUBLIC_VISIBILITY);
      expect(found.results.map((r) => r.candidateId)).toEqual(['cand_thread_probe']);
      const status = reader.syncStatus();
      expect(status.indexCheckpoint).toBe(status.outboxHead);
    } finally {
      await thread.stop();
      await reader.close();
    }
    expect(lines).toEqual([]);
  }, 300_000);
});
