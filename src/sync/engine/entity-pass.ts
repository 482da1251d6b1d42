import { eq } from 'drizzle-orm';
import { hasCode } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { deferIndexes, restoreDeferredIndexes } from '../../store/deferred-indexes.js';
import { syncState } from '../../store/schema.js';
import type { EntitySpec } from './entities.js';
import { reconcile, tableIsEmpty } from './reconcile.js';

/*
 * A pass over one entity as explicit transitions of its state, each one stored in sync_state:
 *   begin     → a fresh or resumed pass (full or incremental; where it resumes)
 *   recover   → an unusable sync token restarts as a fresh full pass; an expired cursor restarts this pass
 *   checkpoint → a page is written: the cursor after it is stored with its rows
 *   finish    → the last page is written: reconcile (full passes), new sync token, no cursor
 * The caller (sync-entity.ts) pages and writes; checkpoint and finish run inside the page's transaction.
 */

/** Where a pass stands. */
export interface Pass {
  entity: string;
  mode: 'full' | 'incremental';
  /** The cursor of the page being read (null: the first page). */
  cursor: string | null;
  /** When this full pass started listing (rows not seen since are gone from Ashby); null for incremental passes. */
  fullStartedAt: string | null;
  /** The token an incremental pass continues from; null once Ashby refused it. */
  syncToken: string | null;
}

/** What a pass has done: counts cover every page read, including those before a restart. */
export interface PassProgress {
  pages: number;
  received: number;
  written: number;
  invalid: number;
  removed: number;
  /** False once a record could not be read: an unreadable record must not be mistaken for a deleted one. */
  reconcileSafe: boolean;
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
 * Begin a pass: resume an interrupted pass of the same kind (a forced full sync abandons an
 * incremental one), else full when forced, without a sync token or for a single-response entity.
 */
export function beginPass(db: Db, spec: EntitySpec, opts: { forceFull: boolean; now: () => string }): Pass {
  const state = loadState(db, spec.name, opts.now());
  let mode: Pass['mode'] = opts.forceFull || !state.syncToken || spec.mode === 'single' ? 'full' : 'incremental';
  let cursor: string | null = null;
  if (state.cursor && state.cursorMode && !(opts.forceFull && state.cursorMode === 'incremental')) {
    mode = state.cursorMode as Pass['mode'];
    cursor = state.cursor;
  }
  const fullStartedAt = mode === 'full' ? (cursor ? state.fullStartedAt : null) ?? opts.now() : null;
  if (mode === 'full') saveState(db, spec.name, { fullStartedAt, cursorMode: 'full' });
  // A fresh full pass into an empty table (the initial load) builds its secondary indexes once at the end.
  if (mode === 'full' && !cursor && spec.deferIndexes?.length && spec.reconcileTable && tableIsEmpty(db, spec.reconcileTable)) {
    deferIndexes(db.$client, spec.deferIndexes);
  }
  return { entity: spec.name, mode, cursor, fullStartedAt, syncToken: state.syncToken };
}

/**
 * The transition an error reading a page allows, applied to `pass` and stored: true when the pass
 * goes on (from `pass.cursor`). Otherwise the error is stored as the entity's last error and false
 * is returned: the caller rethrows it.
 */
export function recoverPass(db: Db, pass: Pass, error: unknown, now: () => string): boolean {
  if (hasCode(error, 'ashby_sync_token_expired') || hasCode(error, 'ashby_incremental_sync_too_large')) {
    logger.warn({ entity: pass.entity, code: (error as { code: string }).code }, 'sync token unusable; falling back to a full sync');
    pass.syncToken = null;
    saveState(db, pass.entity, { syncToken: null, cursor: null, cursorMode: 'full', fullStartedAt: now() });
    pass.mode = 'full';
    pass.cursor = null;
    pass.fullStartedAt = now();
    return true;
  }
  if (hasCode(error, 'ashby_cursor_expired') && pass.cursor) {
    logger.warn({ entity: pass.entity }, 'cursor expired; restarting this pass from the first page');
    pass.cursor = null;
    saveState(db, pass.entity, { cursor: null });
    return true;
  }
  saveState(db, pass.entity, { lastError: error instanceof Error ? error.message : String(error), updatedAt: now() });
  return false;
}

/** A page is written: store the cursor of the next one (inside the page's transaction, so a crash resumes there). */
export function checkpointPage(db: Db, pass: Pass, nextCursor: string, pageCount: number, now: string): void {
  saveState(db, pass.entity, { cursor: nextCursor, cursorMode: pass.mode, pageCount, updatedAt: now });
}

/**
 * The last page is written (inside its transaction): a complete full pass deletes what it did not see,
 * indexes set aside are rebuilt, and the pass's new sync token replaces the cursor.
 */
export function finishPass(db: Db, spec: EntitySpec, pass: Pass, progress: PassProgress, pageSyncToken: string | null | undefined, now: string): void {
  if (pass.mode === 'full' && progress.reconcileSafe && spec.reconcileTable && pass.fullStartedAt) {
    progress.removed = reconcile(db, spec.reconcileTable, pass.fullStartedAt, now);
  }
  // Whatever an initial load set aside is rebuilt in the transaction that ends the pass.
  if (spec.deferIndexes?.length) restoreDeferredIndexes(db.$client);
  saveState(db, pass.entity, {
    syncToken: pageSyncToken ?? (spec.mode === 'single' ? null : pass.syncToken),
    cursor: null,
    cursorMode: null,
    fullStartedAt: null,
    pageCount: 0,
    lastSuccessAt: now,
    lastError: null,
    updatedAt: now,
    ...(pass.mode === 'full' ? { lastFullSyncAt: now } : {}),
  });
}
