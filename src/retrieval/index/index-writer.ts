import type { Db } from '../../store/db.js';
import type { Embedder } from '../../embedding/embedder.js';
import { runIndexerLoop, type BeforeIndexing, type IndexerLoop } from './indexer.js';
import { folderIdentity, indexExists, openSearchIndex, type SearchIndex } from './search-index.js';

/*
 * The index's one writer without a catalog: the outbox drain over an open index, for a process or
 * thread that writes the index and answers no searches (serve's indexer thread, app/indexer-worker.ts).
 * The retrieval service's own indexer (service.ts) also refreshes the catalog it searches; this one
 * only writes, so nothing here holds vectors or a catalog in memory.
 */

export interface IndexWriter {
  /** Outbox seq up to which the index reflects the mirror. */
  checkpoint(): number;
  /** Drain on every wake-up and every `intervalMs` (runIndexerLoop). */
  start(opts?: { intervalMs?: number; onPassFailed?: (message: string) => void }): IndexerLoop;
  /** Stops the loop (at a batch boundary) and closes the index. */
  close(): Promise<void>;
}

/** Open (creating if absent) the index at `indexDir` for writing; an index built by another model is refused. */
export async function openIndexWriter(deps: {
  db: Db;
  indexDir: string;
  embedder: Embedder;
  beforeIndexing: BeforeIndexing;
  /** How often the vectors table is compacted while changes keep coming, and how long old versions are kept (see below). */
  compaction: { everyMs: number; keepVersionsMs: number };
}): Promise<IndexWriter> {
  const { db, indexDir, embedder } = deps;
  let index: SearchIndex = await openSearchIndex({ dir: indexDir, embedder });
  let identity = folderIdentity(indexDir);
  let loop: IndexerLoop | null = null;
  // `rediscovery reindex` renames a rebuilt folder over the index: write to the new one from the next pass.
  // Nothing else reads this thread's handles, so the old ones close at once.
  const reopenIfRebuilt = async () => {
    const now = folderIdentity(indexDir);
    if (now === null || now === identity || !indexExists(indexDir)) return;
    const fresh = await openSearchIndex({ dir: indexDir, embedder });
    index.close();
    index = fresh;
    identity = now;
  };
  /*
   * Each drained batch is a delete and an add on the vectors table: two new table versions and one
   * more small fragment. Measured in a 2,000-candidate soak at 10 webhooks/s: 1,100 versions and
   * 105 fragments after 11 minutes, and a reader's LanceDB metadata cache (Session.sizeBytes)
   * growing with them, ~1.2 MiB/min per connection (serve has one per thread), with every read
   * opening more fragments. So the writer compacts now and then and drops versions older than a
   * minute: readers re-check the latest version before every read (readConsistencyInterval 0) and
   * hold no version that long.
   */
  let lastOptimized = { at: Date.now(), checkpoint: index.checkpoint() };
  const optimizeNowAndThen = async () => {
    const checkpoint = index.checkpoint();
    if (checkpoint === lastOptimized.checkpoint || Date.now() - lastOptimized.at < deps.compaction.everyMs) return;
    lastOptimized = { at: Date.now(), checkpoint };
    await index.vectors.optimize({ keepVersionsMs: deps.compaction.keepVersionsMs });
  };
  return {
    checkpoint: () => index.checkpoint(),
    start(opts) {
      loop ??= runIndexerLoop({
        db,
        embedder,
        beforeIndexing: deps.beforeIndexing,
        intervalMs: opts?.intervalMs,
        get index() {
          return index;
        },
        beforePass: async () => {
          await reopenIfRebuilt();
          await optimizeNowAndThen();
        },
        onPassFailed: opts?.onPassFailed,
      });
      return loop;
    },
    async close() {
      await loop?.stop();
      index.close();
    },
  };
}
