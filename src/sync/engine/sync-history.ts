import { and, desc, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { hasCode } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { applications } from '../../store/schema.js';
import { ApplicationHistoryItem } from '../ashby/types.js';
import { enqueueCandidate } from '../mirror/outbox.js';
import { writeHistory } from '../mirror/write-application.js';
import type { AshbyCaller } from './ashby-caller.js';
import { runPool } from './pool.js';

/**
 * Stage history is not in application.list, so it is fetched per application whose history is older
 * than the application itself (application.listHistory, cursor-paged). Each application's history
 * commits on its own: a crash loses at most the in-flight ones, which stay marked as stale, and the
 * next sync resumes with them (the work list is "stale history", not a position).
 *
 * At Ashby's 1,000 requests/minute a first backfill of 200k applications takes hours, so the order
 * matters: active applications first, then the most recently updated, so stage filters are right
 * for the pipelines recruiters look at within minutes while old archived ones fill in behind.
 *
 * An application never updated since it was created (updatedAt = createdAt) never left the stage it
 * was created in: its history is exactly one entry, that stage, entered at createdAt. It is written
 * without a call (a later change bumps updatedAt, and the real history is fetched then).
 */
export async function syncApplicationHistory(
  db: Db,
  client: AshbyCaller,
  opts: { concurrency: number; now: () => string; onProgress?: (done: number, total: number) => void },
): Promise<{ fetched: number; failed: number; derived: number }> {
  const stale = or(isNull(applications.historyUpdatedAt), ne(applications.historyUpdatedAt, applications.updatedAt));
  const derived = writeUntouchedHistories(db, opts.now);
  const todo = db
    .select({ id: applications.id, updatedAt: applications.updatedAt, candidateId: applications.candidateId })
    .from(applications)
    .where(stale)
    .orderBy(desc(sql`${applications.status} = 'Active'`), desc(applications.updatedAt), applications.id)
    .all();
  let fetched = 0;
  let failed = 0;
  await runPool(todo, opts.concurrency, async (app) => {
    try {
      const items: ApplicationHistoryItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await client.call('application.listHistory', { applicationId: app.id, limit: 100, ...(cursor ? { cursor } : {}) }, z.array(ApplicationHistoryItem));
        items.push(...page.results);
        cursor = page.moreDataAvailable && page.nextCursor ? page.nextCursor : undefined;
      } while (cursor);
      db.transaction(() => {
        // The application may have changed while we fetched: only record history for the version we saw.
        const current = db.select({ updatedAt: applications.updatedAt }).from(applications).where(eq(applications.id, app.id)).get();
        if (!current) return;
        writeHistory(db, app.id, items, app.updatedAt);
        enqueueCandidate(db, app.candidateId, 'history_changed', opts.now());
      });
      fetched += 1;
    } catch (error) {
      if (hasCode(error, 'ashby_auth_invalid') || hasCode(error, 'ashby_auth_missing')) throw error;
      failed += 1;
      logger.warn({ applicationId: app.id, err: (error as Error).message }, 'could not fetch application history; will retry next sync');
    }
    opts.onProgress?.(fetched + failed, todo.length);
  });
  return { fetched, failed, derived };
}

/** Write the one-entry history of every stale application untouched since creation; returns how many. */
function writeUntouchedHistories(db: Db, now: () => string): number {
  const untouched = db
    .select({ id: applications.id, candidateId: applications.candidateId, createdAt: applications.createdAt, stageId: applications.currentStageId, title: applications.currentStageTitle })
    .from(applications)
    .where(and(isNull(applications.historyUpdatedAt), eq(applications.updatedAt, applications.createdAt), isNotNull(applications.currentStageTitle)))
    .all();
  if (untouched.length === 0) return 0;
  db.transaction(() => {
    for (const app of untouched) {
      const only: ApplicationHistoryItem = { id: `derived:${app.id}`, stageId: app.stageId, title: app.title!, stageNumber: 0, enteredStageAt: app.createdAt, leftStageAt: null, actorId: null };
      writeHistory(db, app.id, [only], app.createdAt);
      enqueueCandidate(db, app.candidateId, 'history_changed', now());
    }
  });
  return untouched.length;
}

/** How far the stage-history backfill has got: applications whose history matches their current version. */
export function historyProgress(db: Db): { complete: number; total: number } {
  const row = db
    .select({ total: sql<number>`count(*)`, complete: sql<number>`coalesce(sum(${applications.historyUpdatedAt} = ${applications.updatedAt}), 0)` })
    .from(applications)
    .get();
  return { complete: row?.complete ?? 0, total: row?.total ?? 0 };
}
