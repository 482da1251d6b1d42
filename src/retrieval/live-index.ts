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
 * folder). Each reads what it needs first (vectors, a new index), then installs the result in one
 * synchronous step that ends by replacing the one `Generation` object, so a search that took a
 * generation never mixes an index with another index's vectors, and never sees a new catalog
 * version with old vectors (search columns sync on the version).
 *
 * The catalog views and the vector map are updated in place by `refresh` (copying them for a few
 * changed candidates would cost seconds and a second copy in memory at 1M); both change in the same
 * synchronous step, so they stay in step with each other for every reader.
 */

/** What one search reads, replaced as a whole: never one field without the others. */
interface Generation {
  readonly index: SearchIndex;
  /** The index folder's identity when it was opened (a rebuild renames a new folder over it). */
  readonly identity: string | null;
  readonly catalogs: CatalogViews;
  readonly vectors: Map<string, CandidateVectors>;
  readonly links: Map<string, Set<string>>;
  /** The outbox position catalog and vectors reflect. */
  readonly checkpoint: number;
}

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
    private current: Generation,
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
    return new LiveIndex(db, opts, { index, identity, catalogs, vectors, links, checkpoint: index.checkpoint() });
  }

  /** The current generation: take it once per search and read everything from it. */
  get generation(): Generation {
    return this.current;
  }

  get index(): SearchIndex {
    return this.current.index;
  }

  get catalogs(): CatalogViews {
    return this.current.catalogs;
  }

  get vectors(): Map<string, CandidateVectors> {
    return this.current.vectors;
  }

  get links(): Map<string, Set<string>> {
    return this.current.links;
  }

  /** The outbox position catalog and vectors reflect. */
  get loadedCheckpoint(): number {
    return this.current.checkpoint;
  }

  /** Record that catalog and vectors now reflect the outbox up to `checkpoint` (after a drain or indexer pass). */
  markLoaded(checkpoint: number): void {
    this.current = { ...this.current, checkpoint };
  }

  /** Reload these candidates: vectors are read first, then catalog and vectors change in one synchronous step. */
  async refresh(ids: string[]): Promise<void> {
    const fresh = await this.current.index.vectors.load(ids, { precision: this.opts.precision });
    // Installed into the generation current now: the same candidates' vectors whichever index they were read from.
    this.install(this.current, ids, fresh);
  }

  /** Another process (serve, reindex) moved the index past what is loaded: reload what it touched. Returns the index's checkpoint. */
  async catchUpWithIndex(): Promise<number> {
    const checkpoint = this.current.index.checkpoint();
    if (checkpoint > this.current.checkpoint) {
      await this.refresh(outboxCandidates(this.db, this.current.checkpoint, checkpoint));
      this.markLoaded(checkpoint);
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
    if (identity === null || identity === this.current.identity || !indexExists(dir)) return;
    const index = await openSearchIndex({ dir, embedder, now, readonly });
    if (this.opts.warmPostings) index.keyword.warmPostings();
    let vectors: Map<string, CandidateVectors>;
    try {
      vectors = await index.vectors.load(undefined, { precision: this.opts.precision });
    } catch (error) {
      index.close();
      throw error;
    }
    const old = this.current;
    const checkpoint = index.checkpoint();
    // Below our own checkpoint (the rebuild started earlier): the drain re-indexes from its checkpoint.
    const changed = checkpoint > old.checkpoint ? outboxCandidates(this.db, old.checkpoint, checkpoint) : null;
    this.install({ ...old, index, identity, vectors, checkpoint }, changed, null);
    this.retired.add(old.index);
    setTimeout(() => {
      if (this.retired.delete(old.index)) old.index.close();
    }, RETIRE_AFTER_MS).unref();
  }

  /**
   * The one synchronous step every change ends with: the catalog views reload `changed` (null: none),
   * the vectors take `fresh` for them (null: `next.vectors` is already whole), the links are read again,
   * the search columns are laid out for the new catalog version, and `next` becomes the current generation.
   */
  private install(next: Generation, changed: string[] | null, fresh: Map<string, CandidateVectors> | null): void {
    if (changed) refreshCatalogViews(this.db, next.catalogs, changed);
    if (changed && fresh) {
      for (const id of changed) next.vectors.delete(id);
      for (const [id, v] of fresh) next.vectors.set(id, v);
    }
    const links = loadIdentityLinks(this.db);
    columnsFor(next.catalogs.visible, next.vectors);
    this.current = { ...next, links };
  }

  /** Close the index and every retired one, and drop the vectors. */
  close(): void {
    this.current.index.close();
    for (const old of this.retired) old.close();
    this.retired.clear();
    this.current = { ...this.current, vectors: new Map() };
  }
}
