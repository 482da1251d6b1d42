import fs from 'node:fs';
import type { Db } from '../../store/db.js';
import { outboxHead } from '../../store/outbox.js';
import { liveCandidateIds } from '../../store/read-model/index.js';
import type { Embedder } from '../../embedding/embedder.js';
import { DEFAULT_CHUNK_PLAN, type ChunkPlan } from './candidate-document.js';
import { indexCandidates, type BeforeIndexing } from './indexer.js';
import { META, openSearchIndex } from './search-index.js';

export interface ReindexProgress {
  done: number;
  total: number;
}

export interface ReindexResult {
  candidates: number;
  seconds: number;
  checkpoint: number;
}

/**
 * Rebuild the whole index from the mirror into a fresh folder, then swap it in. The checkpoint is the
 * outbox head read BEFORE the build, so changes that land during the build are drained afterwards.
 */
export async function reindex(opts: {
  db: Db;
  indexDir: string;
  embedder: Embedder;
  beforeIndexing: BeforeIndexing;
  plan?: ChunkPlan;
  batchSize?: number;
  onProgress?: (p: ReindexProgress) => void;
}): Promise<ReindexResult> {
  const started = Date.now();
  const { db, indexDir, embedder } = opts;
  const head = outboxHead(db);
  const ids = liveCandidateIds(db);
  const buildDir = `${indexDir}.building`;
  fs.rmSync(buildDir, { recursive: true, force: true });
  const index = await openSearchIndex({ dir: buildDir, embedder });
  try {
    const batchSize = opts.batchSize ?? 256;
    for (let i = 0; i < ids.length; i += batchSize) {
      await indexCandidates({ db, index, embedder, beforeIndexing: opts.beforeIndexing, ids: ids.slice(i, i + batchSize), plan: opts.plan ?? DEFAULT_CHUNK_PLAN, freshIndex: true });
      opts.onProgress?.({ done: Math.min(i + batchSize, ids.length), total: ids.length });
    }
    index.keyword.write([], [], { [META.checkpoint]: String(head) });
    await index.vectors.optimize();
  } finally {
    index.close();
  }
  const oldDir = `${indexDir}.old`;
  fs.rmSync(oldDir, { recursive: true, force: true });
  if (fs.existsSync(indexDir)) fs.renameSync(indexDir, oldDir);
  fs.renameSync(buildDir, indexDir);
  fs.rmSync(oldDir, { recursive: true, force: true });
  return { candidates: ids.length, seconds: (Date.now() - started) / 1000, checkpoint: head };
}
