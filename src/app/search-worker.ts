import { parentPort, workerData } from 'node:worker_threads';
import type { AppConfig } from '../shared/config.js';
import { openDb } from '../store/db.js';
import { openRetrievalService } from './open-retrieval.js';
import { localSearchEngine } from './search-engine.js';
import type { SearchJob, SearchJobResult } from './search-pool.js';
import { reportHeapToParent } from './thread-memory.js';

/*
 * One search worker thread of `serve` (search-pool.ts): a reader of the mirror and the index, as a
 * CLI next to serve is. It never writes either; before each search it catches up with what serve's
 * indexer committed (the index checkpoint), so answers are as fresh as the main thread's.
 */

const config = (workerData as { config: AppConfig }).config;
const db = openDb(config.mirrorPath, { reader: true });
const ready = openRetrievalService(db, config, { reader: true });
reportHeapToParent();

// Searches catch up with the index themselves; the catalog reads catch up with the indexer first, as a search does.
const engine = localSearchEngine({
  service: () => ready,
  caughtUp: async () => {
    const retrieval = await ready;
    await retrieval.drain();
    return retrieval;
  },
});

function run(job: SearchJob): Promise<unknown> {
  switch (job.op) {
    case 'search':
      return engine.search(job.request, job.visibility);
    case 'insights':
      return engine.insights(job.request, job.visibility, job.dimensions);
    case 'insightsDetail':
      return engine.insightsDetail(job.request, job.visibility);
    case 'membersWithInsights':
      return engine.membersWithInsights(job.request, job.visibility, job.opts);
    case 'filterValues':
      return engine.filterValues(job.dimension, job.visibility);
    case 'vocabulary':
      return engine.vocabulary(job.visibility);
    case 'syncStatus':
      return engine.syncStatus();
  }
}

parentPort!.on('message', (job: SearchJob | 'close') => {
  if (job === 'close') {
    void ready
      .then((r) => r.close())
      .catch(() => undefined)
      .finally(() => {
        db.$client.close();
        parentPort!.postMessage('closed');
      });
    return;
  }
  run(job).then(
    (value) => parentPort!.postMessage({ id: job.id, ok: true, value } satisfies SearchJobResult),
    (error: unknown) => {
      const e = error as { code?: string; message?: string; details?: Record<string, unknown> };
      parentPort!.postMessage({ id: job.id, ok: false, error: { code: e.code, message: e.message ?? String(error), details: e.details } } satisfies SearchJobResult);
    },
  );
});
