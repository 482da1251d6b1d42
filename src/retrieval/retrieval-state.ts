import type { AppConfig } from '../shared/config.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../store/db.js';
import type { Visibility } from '../store/read-model/index.js';
import type { Embedder } from '../embedding/embedder.js';
import { catalogFor } from './catalog/load-catalog.js';
import { candidatesByEmail, candidatesByPhone } from './catalog/contact-lookup.js';
import { outboxHead, readAsOf } from './catalog/mirror-facts.js';
import type { Catalog } from './catalog/types.js';
import { drainOutbox, runIndexerLoop, type BeforeIndexing, type DrainResult, type IndexerLoop } from './index/indexer.js';
import type { VectorPrecision } from './index/vector-store.js';
import type { SearchContext } from './search/execute-search.js';
import { embeddingText } from './search/free-text-query.js';
import { DEFAULT_FUSION } from './search/fuse.js';
import { lookupIdentity, NameIndex, type ContactLookup } from './search/identity-lookup.js';
import { prefilterFor, type VectorPrefilterMode } from './search/nearest-rows.js';
import type { SearchTuning } from './search/rank.js';
import { DEFAULT_SIMILARITY_WEIGHTS } from './search/vector-similarity.js';
import { LiveIndex } from './live-index.js';

/*
 * The mutable state behind a retrieval service, in one place: the live index (its generation is
 * swapped whole, live-index.ts), the indexer loop once started, the lock that keeps catch-ups and
 * rebuild checks one at a time, and the name lookups built per catalog version. The service
 * (service.ts) holds no state of its own: it asks this for a search context and computes answers.
 */

export const DEFAULT_TUNING: SearchTuning = { fusion: DEFAULT_FUSION, similarity: DEFAULT_SIMILARITY_WEIGHTS };

export interface RetrievalStateDeps {
  db: Db;
  config: Pick<AppConfig, 'indexDir'>;
  embedder: Embedder;
  /** Refresh derived profiles before indexing (the composition root wires match's refreshStaleProfiles). */
  beforeIndexing: BeforeIndexing;
  now?: () => Date;
  tuning?: SearchTuning;
  /** Drain pending outbox rows before answering (default true), so a CLI search after a sync is current. */
  autoDrain?: boolean;
  /**
   * Next to a running `serve` (the one writer): open its index read-only and never drain, so this
   * process never writes the index or the mirror and never waits on the server's writes.
   */
  reader?: boolean;
  /**
   * Build the in-memory keyword postings at open and keep them current (default true): for
   * long-lived processes. A one-shot command passes false: at 100k candidates the build costs more
   * than FTS5 answering its one query (the postings are still used on small indexes).
   */
  keywordPostings?: boolean;
  /**
   * Profile vectors in memory as float32 (default) or int8 (a quarter of the memory: 2 GB → 512 MB at
   * 1M candidates; REDISCOVERY_VECTOR_PRECISION). The index on disk is the same either way.
   */
  vectorPrecision?: VectorPrecision;
  /** The coarse pass before hybrid's recall net (REDISCOVERY_VECTOR_PREFILTER, nearest-rows.ts; default auto). */
  vectorPrefilter?: VectorPrefilterMode;
}

/** [id, name] of every candidate, streamed (an array of pairs was ~50 MB at 1M candidates). */
function* namesOf(catalog: Catalog): Iterable<[string, string]> {
  for (const c of catalog.candidates.values()) yield [c.id, c.name];
}

export class RetrievalState {
  private loop: IndexerLoop | null = null;
  private lock: Promise<unknown> = Promise.resolve();
  /** Name lookups per catalog view, rebuilt when that view changes (identity-lookup.ts). */
  private readonly names = new WeakMap<Catalog, { version: number; index: NameIndex }>();
  private readonly contacts: ContactLookup;
  private readonly now: () => Date;
  /** Next to a running serve: never drain, never run the indexer. */
  private readonly reader: boolean;

  private constructor(
    private readonly deps: RetrievalStateDeps,
    private readonly live: LiveIndex,
  ) {
    const { db } = deps;
    this.contacts = { byEmail: (e) => candidatesByEmail(db, e), byPhone: (k) => candidatesByPhone(db, k) };
    this.now = deps.now ?? (() => new Date());
    this.reader = deps.reader === true;
  }

  /** Open the index and load the catalog; an index built by another embedding model is refused. */
  static async open(deps: RetrievalStateDeps): Promise<RetrievalState> {
    const now = deps.now ?? (() => new Date());
    const live = await LiveIndex.open(deps.db, {
      dir: deps.config.indexDir,
      embedder: deps.embedder,
      now,
      readonly: deps.reader === true,
      warmPostings: deps.keywordPostings !== false,
      precision: deps.vectorPrecision ?? 'float32',
    });
    // The O*NET title index that embedding a short query reads (embeddingText): built lazily, it
    // made the first role-name search of a process wait 0.3–0.8 s (search bench profile, 2026-12-05).
    embeddingText('engineer');
    return new RetrievalState({ ...deps, now }, live);
  }

  /** Before an answer: catch up with the mirror's outbox, unless the indexer loop keeps it current. */
  async ready(): Promise<void> {
    if (!this.loop) await this.catchUp();
  }

  /** Bring the index and catalog up to the mirror's outbox now (one catch-up at a time). */
  catchUp(): Promise<DrainResult | null> {
    return this.serialized(async () => {
      const { db, autoDrain, embedder, beforeIndexing } = this.deps;
      const live = this.live;
      await live.reopenIfRebuilt();
      const checkpoint = await live.catchUpWithIndex();
      if (this.reader || autoDrain === false || outboxHead(db) <= checkpoint) return null;
      const result = await drainOutbox({ db, index: live.index, embedder, beforeIndexing, onIndexed: (ids) => live.refresh(ids) });
      live.markLoaded(result.checkpoint);
      return result;
    });
  }

  /** The tuning searches rank with: the given one (else the default), with the configured prefilter unless it sets its own. */
  private tuning(): SearchTuning {
    const tuning = this.deps.tuning ?? DEFAULT_TUNING;
    return tuning.prefilter ? tuning : { ...tuning, prefilter: prefilterFor(this.deps.vectorPrefilter ?? 'auto') };
  }

  /** What one search reads, all from the current generation. */
  context(visibility: Visibility): SearchContext {
    const { db, embedder } = this.deps;
    const gen = this.live.generation;
    const catalog = catalogFor(gen.catalogs, visibility);
    return {
      catalog, keyword: gen.index.keyword, vectors: gen.vectors, embedder, links: gen.links, asOf: readAsOf(db), now: this.now(), tuning: this.tuning(),
      identify: (text) => lookupIdentity(text, this.nameIndex(catalog), this.contacts),
    };
  }

  /** The catalog view this visibility sees. */
  catalog(visibility: Visibility): Catalog {
    return catalogFor(this.live.catalogs, visibility);
  }

  syncStatus() {
    const { db } = this.deps;
    const gen = this.live.generation;
    return { asOf: readAsOf(db), indexCheckpoint: gen.index.checkpoint(), outboxHead: outboxHead(db), candidates: gen.catalogs.full.candidates.size };
  }

  /** Run the indexer continuously (serve); the returned loop's `wake()` is the webhook notify hook. */
  startIndexer(opts?: { intervalMs?: number }): IndexerLoop {
    if (this.reader) throw new AppError('internal', 'A reader next to a running serve cannot run the indexer: serve owns the index.');
    const live = this.live;
    this.loop ??= runIndexerLoop({
      db: this.deps.db,
      embedder: this.deps.embedder,
      beforeIndexing: this.deps.beforeIndexing,
      intervalMs: opts?.intervalMs,
      // Read at every pass: a rebuilt index replaces it.
      get index() {
        return live.index;
      },
      beforePass: () => this.serialized(() => live.reopenIfRebuilt()),
      onIndexed: async (ids) => {
        await live.refresh(ids);
        live.markLoaded(live.index.checkpoint());
      },
    });
    return this.loop;
  }

  async close(): Promise<void> {
    await this.loop?.stop();
    await this.lock;
    this.live.close();
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private nameIndex(catalog: Catalog): () => NameIndex {
    return () => {
      let entry = this.names.get(catalog);
      if (entry?.version !== catalog.version) {
        entry = { version: catalog.version, index: new NameIndex(namesOf(catalog), (id) => catalog.candidates.get(id)?.name) };
        this.names.set(catalog, entry);
      }
      return entry.index;
    };
  }
}
