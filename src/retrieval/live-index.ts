import type { Db } from '../store/db.js';
import type { Embedder } from '../embedding/embedder.js';
import { loadCatalogViews, refreshCatalogViews, type CatalogViews } from './catalog/load-catalog.js';
import { loadIdentityLinks, outboxCandidates } from './catalog/mirror-facts.js';
import { folderIdentity, indexExists, openSearchIndex, type SearchIndex } from './index/search-index.js';
import type { CandidateVectors, VectorPrecision } from './index/vector-store.js';
import { columnsFor } from './search/columns.js';

/*
 * The state one retrieval service searches: the open index, the catalog views, the profile vectors,
 * the identity links, and the outbox checkpoint they reflect. It changes in two ways only, both
 * here: `refresh` (some candidates changed) and `reopenIfRebuilt` (a rebuilt index replaced the
 * folder). Each reads what it needs first (vectors, a new index), then replaces catalog, vectors and
 * links in one synchronous step, so a search never sees a new catalog version with old vectors
 * (search columns sync on the version).
 */

interface LiveIndexOptions {
  dir: string;
  embedder: Embedder;
  now: () => Date;
  readonly: boolean;
  /** Build the in-memory keyword postings at open (and on every reopen). */
  warmPostings: boolean;
  precision: VectorPrecision;
}

/** Indexes replaced by a rebuild are closed this long after the swap, so a search running on them finishes. */
const RETIRE_AFTER_MS = 30_000;

export class LiveIndex {
  /** Indexes replaced by a rebuild, closed after a grace period (or at close). */
  private readonly retired = new Set<SearchIndex>();

  private constructor(
    private readonly db: Db,
    private readonly opts: LiveIndexOptions,
    readonly catalogs: CatalogViews,
    private current: SearchIndex,
    private identity: string | null,
    private vectorMap: Map<string, CandidateVectors>,
    private linkMap: Map<string, Set<string>>,
    private checkpoint: number,
  ) {}

  /** Open the index and load the catalog, vectors and links, laid out for search now, not on the first query. */
  static async open(db: Db, opts: LiveIndexOptions): Promise<LiveIndex> {
    const index = await openSearchIndex({ dir: opts.dir, embedder: opts.embedder, now: opts.now, readonly: opts.readonly });
    const identity = folderIdentity(opts.dir);
    const catalogs = loadCatalogViews(db);
    const vectors = await index.vectors.load(undefined, { precision: opts.precision });
    const links = loadIdentityLinks(db);
    // Seconds at 100k candidates. The full view (confidential jobs included) is laid out on its first privileged query.
    columnsFor(catalogs.visible, vectors);
    // Keyword postings too (keyword-store.ts): a never-seen query must not wait for them.
    if (opts.warmPostings) index.keyword.warmPostings();
    return new LiveIndex(db, opts, catalogs, index, identity, vectors, links, index.checkpoint());
  }

  get index(): SearchIndex {
    return this.current;
  }

  get vectors(): Map<string, CandidateVectors> {
    return this.vectorMap;
  }

  get links(): Map<string, Set<string>> {
    return this.linkMap;
  }

  /** The outbox position catalog and vectors reflect. */
  get loadedCheckpoint(): number {
    return this.checkpoint;
  }

  /** Record that catalog and vectors now reflect the outbox up to `checkpoint` (after a drain or indexer pass). */
  markLoaded(checkpoint: number): void {
    this.checkpoint = checkpoint;
  }

  /** Reload these candidates: vectors are read first, then catalog and vectors change in one synchronous step. */
  async refresh(ids: string[]): Promise<void> {
    const fresh = await this.current.vectors.load(ids, { precision: this.opts.precision });
    refreshCatalogViews(this.db, this.catalogs, ids);
    for (const id of ids) this.vectorMap.delete(id);
    for (const [id, v] of fresh) this.vectorMap.set(id, v);
    this.linkMap = loadIdentityLinks(this.db);
    columnsFor(this.catalogs.visible, this.vectorMap);
  }

  /** Another process (serve, reindex) moved the index past what is loaded: reload what it touched. Returns the index's checkpoint. */
  async catchUpWithIndex(): Promise<number> {
    const checkpoint = this.current.checkpoint();
    if (checkpoint > this.checkpoint) {
      await this.refresh(outboxCandidates(this.db, this.checkpoint, checkpoint));
      this.checkpoint = checkpoint;
    }
    return checkpoint;
  }

  /*
   * `rediscovery reindex` builds a new folder and renames it over the index: this service keeps
   * reading the old, unlinked files until it notices the folder changed (checked before every
   * catch-up and indexer pass), then opens the new index and reloads the vectors. The old handles
   * are closed a little later, so a search already running on them finishes.
   */
  async reopenIfRebuilt(): Promise<void> {
    const { dir, embedder, now, readonly } = this.opts;
    const identity = folderIdentity(dir);
    if (identity === null || identity === this.identity || !indexExists(dir)) return;
    const fresh = await openSearchIndex({ dir, embedder, now, readonly });
    if (this.opts.warmPostings) fresh.keyword.warmPostings();
    let freshVectors: Map<string, CandidateVectors>;
    try {
      freshVectors = await fresh.vectors.load(undefined, { precision: this.opts.precision });
    } catch (error) {
      fresh.close();
      throw error;
    }
    const old = this.current;
    this.current = fresh;
    this.identity = identity;
    this.vectorMap = freshVectors;
    const checkpoint = fresh.checkpoint();
    if (checkpoint > this.checkpoint) refreshCatalogViews(this.db, this.catalogs, outboxCandidates(this.db, this.checkpoint, checkpoint));
    // Below our own checkpoint (the rebuild started earlier): the drain re-indexes from its checkpoint.
    this.checkpoint = checkpoint;
    this.linkMap = loadIdentityLinks(this.db);
    columnsFor(this.catalogs.visible, this.vectorMap);
    this.retired.add(old);
    setTimeout(() => {
      if (this.retired.delete(old)) old.close();
    }, RETIRE_AFTER_MS).unref();
  }

  /** Close the index and every retired one, and drop the vectors. */
  close(): void {
    this.current.close();
    for (const old of this.retired) old.close();
    this.retired.clear();
    this.vectorMap = new Map();
  }
}
