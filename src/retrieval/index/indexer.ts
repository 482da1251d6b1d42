import type { Db } from '../../store/db.js';
import { outboxRowsAfter } from '../../store/outbox.js';
import { logger } from '../../shared/logger.js';
import type { Embedder } from '../../embedding/embedder.js';
import { DEFAULT_CHUNK_PLAN, loadCandidateDocuments, type ChunkPlan } from './candidate-document.js';
import { embedDocuments } from './embed-documents.js';
import { META, type SearchIndex } from './search-index.js';

/*
 * The indexer drains the mirror's outbox into the index. For each batch it writes vectors first,
 * then the keyword rows AND the checkpoint in one SQLite transaction. A crash anywhere before that
 * transaction leaves the checkpoint behind, so the next drain redoes the batch; every write is
 * "replace this candidate's rows", so redoing converges.
 */

/**
 * Brings the data a candidate's index document is built from, beyond the mirror itself, up to date
 * (the derived profiles: work history, skills, years). Wired by the composition root to match's
 * `refreshStaleProfiles`, so retrieval never imports match.
 */
export type BeforeIndexing = (candidateIds: string[]) => void;

interface DrainOptions {
  db: Db;
  index: SearchIndex;
  embedder: Embedder;
  /** Runs on each batch of ids right before their documents are read. */
  beforeIndexing: BeforeIndexing;
  batchSize?: number;
  plan?: ChunkPlan;
  /** Called with the candidate ids of each batch once it is searchable (catalog/vector cache refresh). */
  onIndexed?: (candidateIds: string[]) => void | Promise<void>;
  /** The index holds none of these candidates yet (reindex into a new folder): skip the vector delete. */
  freshIndex?: boolean;
  /** Fault injection for tests: runs between the vector write and the keyword write. */
  afterVectorWrite?: () => void | Promise<void>;
  /** Checked between batches: a stopping server ends the drain at a batch boundary (the rest waits in the outbox). */
  shouldStop?: () => boolean;
}

export interface DrainResult {
  batches: number;
  candidates: number;
  deleted: number;
  checkpoint: number;
}

/** Apply every outbox row after the index's checkpoint. Idempotent; safe to re-run after a crash. */
export async function drainOutbox(opts: DrainOptions): Promise<DrainResult> {
  const { db, index } = opts;
  const batchSize = opts.batchSize ?? 200;
  const result: DrainResult = { batches: 0, candidates: 0, deleted: 0, checkpoint: index.checkpoint() };
  for (;;) {
    if (opts.shouldStop?.()) return result;
    const rows = outboxRowsAfter(db, result.checkpoint, batchSize);
    if (rows.length === 0) return result;
    const ids = [...new Set(rows.map((r) => r.candidateId))];
    const lastSeq = rows[rows.length - 1].seq;
    const deleted = await indexCandidates({ ...opts, ids, checkpoint: lastSeq });
    result.batches++;
    result.candidates += ids.length;
    result.deleted += deleted;
    result.checkpoint = lastSeq;
    await opts.onIndexed?.(ids);
  }
}

/** (Re)index the given candidates; those missing or tombstoned in the mirror are deleted. Returns the deleted count. */
export async function indexCandidates(opts: DrainOptions & { ids: string[]; checkpoint?: number }): Promise<number> {
  const { db, index, embedder, ids } = opts;
  // Profiles (work history, skills, years…) are derived from the mirror too: refresh the stale ones
  // first, so filters, facets and vectors see the candidate as it is now.
  opts.beforeIndexing(ids);
  const docs = loadCandidateDocuments(db, ids, opts.plan ?? DEFAULT_CHUNK_PLAN);
  const present = new Set(docs.map((d) => d.candidateId));
  const gone = ids.filter((id) => !present.has(id));
  const vectors = await embedDocuments(embedder, docs);
  await index.vectors.replace(ids, vectors, { fresh: opts.freshIndex === true });
  await opts.afterVectorWrite?.();
  const meta: Record<string, string> = opts.checkpoint === undefined ? {} : { [META.checkpoint]: String(opts.checkpoint) };
  index.keyword.write(
    docs.map((d) => d.keyword),
    gone,
    meta,
  );
  return gone.length;
}

export interface IndexerLoop {
  /** Ask the loop to drain now (e.g. right after a webhook was applied). */
  wake(): void;
  /** Resolves once the in-flight drain (if any) has finished; the loop does not run again. */
  stop(): Promise<void>;
  /** Resolves after the next complete drain pass (tests and `serve` readiness). */
  idle(): Promise<void>;
}

/**
 * Keep the index in step with the mirror in `serve`: drain on every wake-up (webhook applied, sync
 * finished) and at least every `intervalMs` as a safety net.
 */
export function runIndexerLoop(opts: DrainOptions & { intervalMs?: number; beforePass?: () => Promise<void>; onPassFailed?: (message: string) => void }): IndexerLoop {
  const intervalMs = opts.intervalMs ?? 1000;
  let stopped = false;
  let pending = true;
  let wakeUp: (() => void) | null = null;
  // Waiters registered during a pass resolve only after the NEXT pass, which sees their changes.
  let waitingForNextPass: (() => void)[] = [];
  const wake = () => {
    pending = true;
    wakeUp?.();
  };
  const timer = setInterval(wake, intervalMs);
  timer.unref();
  const loop = (async () => {
    const drainOpts = { ...opts, shouldStop: () => stopped };
    // `opts.index` may be a getter (a rebuilt index replaces it): read it at every pass, not once.
    Object.defineProperty(drainOpts, 'index', { get: () => opts.index });
    while (!stopped) {
      if (!pending) await new Promise<void>((resolve) => (wakeUp = resolve));
      wakeUp = null;
      if (stopped) break;
      pending = false;
      const waiters = waitingForNextPass;
      waitingForNextPass = [];
      try {
        await opts.beforePass?.();
        await drainOutbox(drainOpts);
      } catch (error) {
        // The checkpoint did not move: the next pass retries the same rows.
        const message = error instanceof Error ? error.message : String(error);
        if (opts.onPassFailed) opts.onPassFailed(message);
        else logger.error({ err: message }, 'search indexer pass failed');
      }
      for (const w of waiters) w();
    }
  })();
  return {
    wake,
    idle: () => new Promise<void>((resolve) => {
      waitingForNextPass.push(resolve);
      wake();
    }),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      wakeUp?.();
      await loop;
    },
  };
}
