import { parentPort, workerData } from 'node:worker_threads';
import { refreshStaleProfiles } from '../match/enrich/enrich-stale.js';
import { openIndexWriter, type IndexWriter } from '../retrieval/index/index-writer.js';
import type { IndexerLoop } from '../retrieval/index/indexer.js';
import type { AppConfig } from '../shared/config.js';
import { openDb, type Db } from '../store/db.js';
import { openConfiguredEmbedder } from './open-retrieval.js';
import { FromIndexer, ToIndexer } from './indexer-protocol.js';
import { reportHeapToParent } from './thread-memory.js';

/*
 * serve's indexer thread (indexer-thread.ts): THE writer of the search index. It drains the mirror's
 * outbox: refreshes the changed candidates' profiles (a short write transaction on the mirror per
 * batch), builds their documents, embeds them and writes vectors, then keyword rows and checkpoint.
 * That work ran on serve's event loop before, where a webhook burst stalled /healthz and webhooks
 * (README "Soak"). The main thread keeps receiving and applying webhooks; it only wakes this thread.
 */

/** Compaction of the vectors table at most every 2 minutes, keeping a minute of old versions for readers mid-read (index-writer.ts). */
const COMPACTION = { everyMs: 2 * 60_000, keepVersionsMs: 60_000 };

const config = (workerData as { config: AppConfig }).config;
const post = (message: FromIndexer) => parentPort!.postMessage(message);

let db: Db | null = null;
let writer: IndexWriter | null = null;
let loop: IndexerLoop | null = null;
let closing: Promise<void> | null = null;

async function open(): Promise<void> {
  try {
    db = openDb(config.mirrorPath);
    const embedder = await openConfiguredEmbedder(config);
    writer = await openIndexWriter({ db, indexDir: config.indexDir, embedder, beforeIndexing: refreshStaleProfiles(db), compaction: COMPACTION });
    post({ type: 'ready', checkpoint: writer.checkpoint() });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    post({ type: 'failed', code: typeof e.code === 'string' ? e.code : undefined, message: e.message ?? String(error) });
    db?.$client.close();
    process.exit(1);
  }
}
const opened = open();
reportHeapToParent();

function close(): Promise<void> {
  closing ??= (async () => {
    await opened;
    await writer?.close();
    db?.$client.close();
    post({ type: 'closed' });
  })();
  return closing;
}

parentPort!.on('message', (raw: unknown) => {
  const parsed = ToIndexer.safeParse(raw);
  if (!parsed.success) return post({ type: 'passFailed', message: `indexer thread: malformed message ${JSON.stringify(raw).slice(0, 100)}` });
  const msg = parsed.data;
  if (closing) return;
  void opened.then(() => {
    if (closing || !writer) return;
    if (msg.op === 'start') loop ??= writer.start({ intervalMs: msg.intervalMs, onPassFailed: (message) => post({ type: 'passFailed', message }) });
    else if (msg.op === 'wake') loop?.wake();
    else if (msg.op === 'idle') {
      const id = msg.id;
      if (loop) void loop.idle().then(() => post({ type: 'idle', id }));
    } else void close();
  });
});
