import { z } from 'zod';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { restoreDeferredIndexes } from '../../store/deferred-indexes.js';
import type { AshbyCaller, AshbyCallResult } from './ashby-caller.js';
import type { EntitySpec } from './entities.js';
import { beginPass, checkpointPage, finishPass, recoverPass, type Pass, type PassProgress } from './entity-pass.js';

export interface EntitySyncResult {
  entity: string;
  mode: 'full' | 'incremental';
  pages: number;
  received: number;
  written: number;
  invalid: number;
  removed: number;
}

interface EntitySyncOptions {
  forceFull: boolean;
  now: () => string;
  onPage?: (entity: string, received: number) => void;
}

/**
 * Mirror one entity. Each page's rows and the cursor that follows them commit in one transaction,
 * so a crash (kill -9) at any point resumes from the last committed page; upserts are idempotent,
 * so re-reading a page is harmless. Incremental passes use the stored syncToken; an expired or
 * oversized incremental pass falls back to a full one.
 */
export async function syncEntity(db: Db, client: AshbyCaller, spec: EntitySpec, opts: EntitySyncOptions): Promise<EntitySyncResult> {
  // Checkpoint the WAL far less often while paging: a checkpoint copies (and fsyncs) the WAL's pages
  // into the main file and stalls the page commit that triggers it. At the default 4 MB a full
  // candidate pass spent a quarter of its CPU copying the same index pages over and over; the large
  // lists (candidates, applications) wait for ~400 MB of WAL (measured: ~10% less CPU than 40 MB, and
  // no better with checkpoints on a second thread on this 2-core machine). Durability is unchanged:
  // committed pages are in the WAL, which survives a kill -9.
  // A larger page cache for the same reason: ids are random UUIDs, so each page of upserts touches index
  // pages all over the file, which the default 2 MB cache keeps re-reading once the mirror is large.
  const previousAutocheckpoint = db.$client.pragma('wal_autocheckpoint', { simple: true }) as number;
  const previousCache = db.$client.pragma('cache_size', { simple: true }) as number;
  const previousSizeLimit = db.$client.pragma('journal_size_limit', { simple: true }) as number;
  db.$client.pragma(`wal_autocheckpoint = ${spec.bulk ? 100_000 : 10_000}`);
  db.$client.pragma('cache_size = -65536');
  // Trimming the WAL file at every restart only to grow it again costs file-system work; trim once, after.
  if (spec.bulk) db.$client.pragma('journal_size_limit = -1');
  try {
    return await syncEntityPages(db, client, spec, opts);
  } finally {
    if (db.$client.open) {
      // A pass that failed after an initial load set indexes aside must not leave readers without them.
      if (spec.deferIndexes?.length) restoreDeferredIndexes(db.$client);
      db.$client.pragma(`wal_autocheckpoint = ${previousAutocheckpoint}`);
      db.$client.pragma(`cache_size = ${previousCache}`);
      db.$client.pragma(`journal_size_limit = ${previousSizeLimit}`);
    }
  }
}

/** The page loop: read a page (the next one already requested), write it, move the pass on (entity-pass.ts). */
async function syncEntityPages(db: Db, client: AshbyCaller, spec: EntitySpec, opts: EntitySyncOptions): Promise<EntitySyncResult> {
  const pass = beginPass(db, spec, opts);
  const progress: PassProgress = { pages: 0, received: 0, written: 0, invalid: 0, removed: 0, reconcileSafe: true };
  let nextPage = requestPage(client, spec, pass, pass.cursor);

  for (;;) {
    let page: AshbyCallResult<unknown[]>;
    try {
      page = await nextPage;
    } catch (error) {
      if (!recoverPass(db, pass, error, opts.now)) throw error;
      nextPage = requestPage(client, spec, pass, pass.cursor);
      continue;
    }

    const now = opts.now();
    const items = page.results ?? [];
    const done = spec.mode === 'single' || !page.moreDataAvailable;
    if (!done && !page.nextCursor) throw new Error(`${spec.method} said more data is available but sent no nextCursor`);
    // Fetch the next page while this one is written: the network and SQLite overlap. The checkpoint
    // still only moves once this page's rows are committed.
    if (!done) {
      nextPage = requestPage(client, spec, pass, page.nextCursor!);
      // Let the request actually leave before the synchronous write below: without this turn of the
      // event loop it sat unsent until the write finished, and paging and writing never overlapped.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    db.transaction(() => {
      writeItems(db, spec, pass, items, now, progress);
      if (done) finishPass(db, spec, pass, progress, page.syncToken, now);
      else checkpointPage(db, pass, page.nextCursor!, progress.pages + 1, now);
    });

    progress.pages += 1;
    progress.received += items.length;
    opts.onPage?.(spec.name, items.length);
    if (done) return { entity: spec.name, mode: pass.mode, pages: progress.pages, received: progress.received, written: progress.written, invalid: progress.invalid, removed: progress.removed };
    pass.cursor = page.nextCursor!;
  }
}

/** Request the page at `from` (null: the first) as the pass stands now: its kind and, when incremental, its sync token. */
function requestPage(client: AshbyCaller, spec: EntitySpec, pass: Pass, from: string | null): Promise<AshbyCallResult<unknown[]>> {
  const body: Record<string, unknown> = { ...spec.body };
  if (spec.mode === 'paged') body.limit = 100;
  if (from) body.cursor = from;
  if (pass.mode === 'incremental') body.syncToken = pass.syncToken;
  const request = client.call(spec.method, body, z.array(z.unknown()));
  // A prefetched page may never be awaited (the write before it failed): do not let it go unhandled.
  request.catch(() => undefined);
  return request;
}

/** Validate and write one page's records, counting what was written and what could not be read. */
function writeItems(db: Db, spec: EntitySpec, pass: Pass, items: unknown[], now: string, progress: PassProgress): void {
  for (const rawItem of items) {
    const parsed = spec.item.safeParse(rawItem);
    if (!parsed.success) {
      progress.invalid += 1;
      progress.reconcileSafe = false; // an unreadable record must not be mistaken for a deleted one
      logger.warn({ entity: spec.name, id: (rawItem as { id?: unknown })?.id, issue: parsed.error.issues[0]?.message }, 'skipping malformed record');
      continue;
    }
    const outcome = spec.write(db, parsed.data, now, pass.mode === 'full' ? pass.fullStartedAt : null);
    if (outcome === 'inserted' || outcome === 'updated') progress.written += 1;
  }
}
