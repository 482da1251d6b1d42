import { parentPort, workerData } from 'node:worker_threads';
import type { AppConfig } from '../shared/config.js';
import { openDb } from '../store/db.js';
import { openRetrievalService } from './open-retrieval.js';
import { toExportInsights, toExportSelection } from './export-insights.js';
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

async function run(job: SearchJob): Promise<unknown> {
  const retrieval = await ready;
  switch (job.op) {
    case 'search':
      return retrieval.search(job.request, job.visibility);
    case 'insights':
      return toExportInsights(await retrieval.insights(job.request, job.visibility), job.dimensions);
    case 'insightsDetail':
      return retrieval.insights(job.request, job.visibility);
    case 'membersWithInsights':
      return toExportSelection(await retrieval.membersWithInsights(job.request, job.visibility, job.opts));
    // The catalog reads below catch up with the indexer first, as a search does.
    case 'filterValues':
      await retrieval.drain();
      return retrieval.filterValues(job.dimension, job.visibility);
    case 'vocabulary':
      await retrieval.drain();
      return retrieval.vocabulary(job.visibility);
    case 'syncStatus':
      await retrieval.drain();
      return retrieval.syncStatus();
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
