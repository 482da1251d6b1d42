import { isNull, ne, or, eq } from 'drizzle-orm';
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
 * commits on its own: a crash loses at most the in-flight ones, which stay marked as stale.
 */
export async function syncApplicationHistory(
  db: Db,
  client: AshbyCaller,
  opts: { concurrency: number; now: () => string; onProgress?: (done: number, total: number) => void },
): Promise<{ fetched: number; failed: number }> {
  const todo = db
    .select({ id: applications.id, updatedAt: applications.updatedAt, candidateId: applications.candidateId })
    .from(applications)
    .where(or(isNull(applications.historyUpdatedAt), ne(applications.historyUpdatedAt, applications.updatedAt)))
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
  return { fetched, failed };
}
