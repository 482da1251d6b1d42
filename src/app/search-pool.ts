import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ExportInsights, ExportSelection } from '../export/types.js';
import type { SearchRequestInput, SearchResponse } from '../retrieval/query/search-request.js';
import type { CatalogVocabulary, IndexStatus, VocabularyValue } from '../retrieval/service.js';
import type { SearchInsights } from '../retrieval/insights/insights.js';
import type { AppConfig } from '../shared/config.js';
import { AppError, type ErrorCode } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import type { SearchEngine } from './search-engine.js';
import { spawnAppWorker } from './spawn-worker.js';
import { forgetThreadMemory, recordThreadMemory } from './thread-memory.js';
import type { Visibility } from '../store/read-model/index.js';

/*
 * Searches and insights of `serve` run on worker threads, not on its event loop. A search is
 * CPU-bound (query embedding, FTS5, ranking over the catalog); measured by `npm run bench -- soak`
 * (500 candidates, 20 MCP clients, 10 webhooks/s) with searches on the one event loop, /healthz
 * took 2.0 s at p50 and 265 of 301 webhooks timed out at Ashby's 10 s before their first answer,
 * because every request waited behind queued searches. The webhook receipt itself was already
 * durable (stored, then acknowledged); what it lacked was the event loop.
 *
 * Each worker is a reader of the mirror and index, as a CLI next to serve is (search-worker.ts):
 * serve's main thread stays the one writer (webhooks, sync, indexer). The price is memory: each
 * worker holds its own catalog, vectors and embedding model (the soak reports serve's RSS). So
 * that serve holds ONE copy with one worker, every other read of the search catalog (insights and
 * their members, filter values, the NL vocabulary, the index checkpoint) is a job here too, and the
 * main thread never loads the catalog or vectors itself (product.ts): at 1M candidates a copy is
 * ~3 GB, and a second one on the main thread put serve far above the 4 GB target (README).
 */

export type SearchJob =
  | { id: number; op: 'search'; request: SearchRequestInput; visibility: Visibility }
  | { id: number; op: 'insights'; request: SearchRequestInput; visibility: Visibility; dimensions?: string[] }
  | { id: number; op: 'membersWithInsights'; request: SearchRequestInput; visibility: Visibility; opts: { allReached: boolean; maxMembers: number } }
  | { id: number; op: 'insightsDetail'; request: SearchRequestInput; visibility: Visibility }
  | { id: number; op: 'filterValues'; dimension: string; visibility: Visibility }
  | { id: number; op: 'vocabulary'; visibility: Visibility }
  | { id: number; op: 'syncStatus' };

export type SearchJobResult = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { code?: string; message: string; details?: Record<string, unknown> } };

/** The search engine (search-engine.ts) on worker threads: each job runs on one worker's local engine. */
export interface SearchPool extends SearchEngine {
  readonly size: number;
  close(): Promise<void>;
}

/**
 * Above this many candidates serve starts ONE search worker unless REDISCOVERY_SEARCH_WORKERS says
 * otherwise: each worker holds its own copy of the catalog, vectors and postings, about 3.5 KB a
 * candidate with int8 vectors (1M: ~3.4 GB of RSS for one copy, README benchmarks), so a second
 * worker at 1M would double serve's memory for throughput that one account's recruiters rarely need.
 */
export const LARGE_ACCOUNT_CANDIDATES = 250_000;

/** Workers when REDISCOVERY_SEARCH_WORKERS is not set: one core is left to the main thread; one worker for a large account. */
export function defaultSearchWorkers(candidates = 0, cores = os.availableParallelism()): number {
  if (candidates > LARGE_ACCOUNT_CANDIDATES) return 1;
  return Math.max(1, Math.min(4, cores - 1));
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;
}

function toError(error: { code?: string; message: string; details?: Record<string, unknown> }): Error {
  return error.code ? new AppError(error.code as ErrorCode, error.message, { details: error.details }) : new Error(error.message);
}

/** `size` search workers over the data folder of `config`; a worker that dies fails its jobs and is replaced. */
export function startSearchPool(config: AppConfig, size: number): SearchPool {
  let nextId = 1;
  let closing = false;
  const slots: Slot[] = [];

  const start = (index: number) => {
    const slot: Slot = { worker: spawnAppWorker('search-worker', { config }), pending: new Map() };
    const thread = `search-${index + 1}`;
    slot.worker.on('message', (msg: SearchJobResult | 'closed') => {
      if (msg === 'closed' || recordThreadMemory(thread, msg)) return;
      const waiter = slot.pending.get(msg.id);
      if (!waiter) return;
      slot.pending.delete(msg.id);
      if (msg.ok) waiter.resolve(msg.value);
      else waiter.reject(toError(msg.error));
    });
    slot.worker.on('error', (error) => logger.error({ err: error.message }, 'search worker failed'));
    slot.worker.on('exit', (code) => {
      forgetThreadMemory(thread);
      for (const waiter of slot.pending.values()) waiter.reject(new AppError('internal', `The search worker stopped (exit ${code}); try again.`));
      slot.pending.clear();
      if (!closing) {
        logger.warn({ code }, 'search worker exited; starting another');
        start(index);
      }
    });
    slots[index] = slot;
  };
  for (let i = 0; i < size; i++) start(i);

  const submit = <T>(job: SearchJob extends infer J ? (J extends SearchJob ? Omit<J, 'id'> : never) : never): Promise<T> => {
    if (closing) return Promise.reject(new AppError('internal', 'The server is stopping.'));
    // The least busy worker: searches differ a lot in cost, so round-robin would queue behind a slow one.
    const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ ...job, id });
    });
  };

  return {
    size,
    search: (request, visibility) => submit<SearchResponse>({ op: 'search', request, visibility }),
    insights: (request, visibility, dimensions) => submit<ExportInsights>({ op: 'insights', request, visibility, dimensions }),
    membersWithInsights: (request, visibility, opts) => submit<ExportSelection>({ op: 'membersWithInsights', request, visibility, opts }),
    insightsDetail: (request, visibility) => submit<SearchInsights>({ op: 'insightsDetail', request, visibility }),
    filterValues: (dimension, visibility) => submit<VocabularyValue[]>({ op: 'filterValues', dimension, visibility }),
    vocabulary: (visibility) => submit<CatalogVocabulary>({ op: 'vocabulary', visibility }),
    syncStatus: () => submit<IndexStatus>({ op: 'syncStatus' }),
    async close() {
      closing = true;
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise<void>((resolve) => {
              const timer = setTimeout(() => void slot.worker.terminate().then(() => resolve()), 10_000);
              slot.worker.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              slot.worker.postMessage('close');
              slot.worker.once('message', (msg) => msg === 'closed' && void slot.worker.terminate());
            }),
        ),
      );
    },
  };
}
