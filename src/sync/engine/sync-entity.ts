import { eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { hasCode } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { applicationHistory, applications, candidates, jobPostings, jobs, syncState } from '../../store/schema.js';
import { deferIndexes, restoreDeferredIndexes } from '../../store/deferred-indexes.js';
import { deleteCandidate } from '../mirror/remove-candidate.js';
import { enqueueCandidate } from '../mirror/outbox.js';
import type { AshbyCaller } from './ashby-caller.js';
import type { EntitySpec } from './entities.js';

export interface EntitySyncResult {
  entity: string;
  mode: 'full' | 'incremental';
  pages: number;
  received: number;
  written: number;
  invalid: number;
  removed: number;
}

export interface EntitySyncOptions {
  forceFull: boolean;
  now: () => string;
  onPage?: (entity: string, received: number) => void;
}

type State = typeof syncState.$inferSelect;

function loadState(db: Db, entity: string, now: string): State {
  const row = db.select().from(syncState).where(eq(syncState.entity, entity)).get();
  if (row) return row;
  const fresh: State = {
    entity,
    syncToken: null,
    cursor: null,
    cursorMode: null,
    pageCount: 0,
    fullStartedAt: null,
    lastFullSyncAt: null,
    lastSuccessAt: null,
    lastError: null,
    updatedAt: now,
  };
  db.insert(syncState).values(fresh).run();
  return fresh;
}

function saveState(db: Db, entity: string, patch: Partial<State>): void {
  db.update(syncState).set(patch).where(eq(syncState.entity, entity)).run();
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

async function syncEntityPages(db: Db, client: AshbyCaller, spec: EntitySpec, opts: EntitySyncOptions): Promise<EntitySyncResult> {
  const state = loadState(db, spec.name, opts.now());
  let mode: 'full' | 'incremental' = opts.forceFull || !state.syncToken || spec.mode === 'single' ? 'full' : 'incremental';
  let cursor: string | null = null;
  // Resume an interrupted pass of the same kind; a forced full sync abandons an incremental one.
  if (state.cursor && state.cursorMode && !(opts.forceFull && state.cursorMode === 'incremental')) {
    mode = state.cursorMode as 'full' | 'incremental';
    cursor = state.cursor;
  }
  let fullStartedAt = mode === 'full' ? (cursor ? state.fullStartedAt : null) ?? opts.now() : null;
  if (mode === 'full') saveState(db, spec.name, { fullStartedAt, cursorMode: 'full' });
  // A fresh full pass into an empty table (the initial load) builds its secondary indexes once at the end.
  if (mode === 'full' && !cursor && spec.deferIndexes?.length && spec.reconcileTable && tableIsEmpty(db, spec.reconcileTable)) {
    deferIndexes(db.$client, spec.deferIndexes);
  }

  const result: EntitySyncResult = { entity: spec.name, mode, pages: 0, received: 0, written: 0, invalid: 0, removed: 0 };
  let reconcileSafe = true;

  const fetchPage = (from: string | null) => {
    const body: Record<string, unknown> = { ...spec.body };
    if (spec.mode === 'paged') body.limit = 100;
    if (from) body.cursor = from;
    if (mode === 'incremental') body.syncToken = state.syncToken;
    const request = client.call(spec.method, body, z.array(z.unknown()));
    // A prefetched page may never be awaited (the write before it failed): do not let it go unhandled.
    request.catch(() => undefined);
    return request;
  };
  let nextPage = fetchPage(cursor);

  for (;;) {
    let page;
    try {
      page = await nextPage;
    } catch (error) {
      if (hasCode(error, 'ashby_sync_token_expired') || hasCode(error, 'ashby_incremental_sync_too_large')) {
        logger.warn({ entity: spec.name, code: (error as { code: string }).code }, 'sync token unusable; falling back to a full sync');
        state.syncToken = null;
        saveState(db, spec.name, { syncToken: null, cursor: null, cursorMode: 'full', fullStartedAt: opts.now() });
        mode = 'full';
        result.mode = 'full';
        cursor = null;
        fullStartedAt = opts.now();
        nextPage = fetchPage(cursor);
        continue;
      }
      if (hasCode(error, 'ashby_cursor_expired') && cursor) {
        logger.warn({ entity: spec.name }, 'cursor expired; restarting this pass from the first page');
        cursor = null;
        saveState(db, spec.name, { cursor: null });
        nextPage = fetchPage(cursor);
        continue;
      }
      saveState(db, spec.name, { lastError: error instanceof Error ? error.message : String(error), updatedAt: opts.now() });
      throw error;
    }

    const now = opts.now();
    const items = page.results ?? [];
    const done = spec.mode === 'single' || !page.moreDataAvailable;
    if (!done && !page.nextCursor) throw new Error(`${spec.method} said more data is available but sent no nextCursor`);
    // Fetch the next page while this one is written: the network and SQLite overlap. The checkpoint
    // still only moves once this page's rows are committed.
    if (!done) {
      nextPage = fetchPage(page.nextCursor!);
      // Let the request actually leave before the synchronous write below: without this turn of the
      // event loop it sat unsent until the write finished, and paging and writing never overlapped.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    db.transaction(() => {
      for (const rawItem of items) {
        const parsed = spec.item.safeParse(rawItem);
        if (!parsed.success) {
          result.invalid += 1;
          reconcileSafe = false; // an unreadable record must not be mistaken for a deleted one
          logger.warn({ entity: spec.name, id: (rawItem as { id?: unknown })?.id, issue: parsed.error.issues[0]?.message }, 'skipping malformed record');
          continue;
        }
        const outcome = spec.write(db, parsed.data, now, mode === 'full' ? fullStartedAt : null);
        if (outcome === 'inserted' || outcome === 'updated') result.written += 1;
      }
      if (done) {
        if (mode === 'full' && reconcileSafe && spec.reconcileTable && fullStartedAt) {
          result.removed = reconcile(db, spec.reconcileTable, fullStartedAt, now);
        }
        // Whatever an initial load set aside is rebuilt in the transaction that ends the pass.
        if (spec.deferIndexes?.length) restoreDeferredIndexes(db.$client);
        saveState(db, spec.name, {
          syncToken: page.syncToken ?? (spec.mode === 'single' ? null : state.syncToken),
          cursor: null,
          cursorMode: null,
          fullStartedAt: null,
          pageCount: 0,
          lastSuccessAt: now,
          lastError: null,
          updatedAt: now,
          ...(mode === 'full' ? { lastFullSyncAt: now } : {}),
        });
      } else {
        saveState(db, spec.name, { cursor: page.nextCursor ?? null, cursorMode: mode, pageCount: result.pages + 1, updatedAt: now });
      }
    });

    result.pages += 1;
    result.received += items.length;
    opts.onPage?.(spec.name, items.length);
    if (done) return result;
    cursor = page.nextCursor!;
  }
}

function tableIsEmpty(db: Db, table: NonNullable<EntitySpec['reconcileTable']>): boolean {
  return db.$client.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined;
}

/** Delete rows that a complete full pass did not see: they no longer exist in Ashby. */
function reconcile(db: Db, table: NonNullable<EntitySpec['reconcileTable']>, since: string, now: string): number {
  switch (table) {
    case 'candidates': {
      const gone = db.select({ id: candidates.id }).from(candidates).where(lt(candidates.mirroredAt, since)).all();
      for (const { id } of gone) deleteCandidate(db, id, now, 'reconciled');
      return gone.length;
    }
    case 'applications': {
      const gone = db.select({ id: applications.id, candidateId: applications.candidateId }).from(applications).where(lt(applications.mirroredAt, since)).all();
      for (const row of gone) {
        db.delete(applicationHistory).where(eq(applicationHistory.applicationId, row.id)).run();
        db.delete(applications).where(eq(applications.id, row.id)).run();
        enqueueCandidate(db, row.candidateId, 'application_removed', now);
      }
      return gone.length;
    }
    case 'jobs':
      return db.delete(jobs).where(lt(jobs.mirroredAt, since)).run().changes;
    case 'job_postings':
      // jobPosting.list returns published postings only: an unpublished posting drops out here.
      return db.delete(jobPostings).where(lt(jobPostings.mirroredAt, since)).run().changes;
  }
}
