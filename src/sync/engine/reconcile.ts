import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../store/db.js';
import { applicationHistory, applications, candidates, jobPostings, jobs } from '../../store/schema.js';
import { deleteCandidate } from '../mirror/remove-candidate.js';
import { enqueueCandidate } from '../mirror/outbox.js';
import type { EntitySpec } from './entities.js';

type ReconcileTable = NonNullable<EntitySpec['reconcileTable']>;

const RECONCILE_TABLES = { candidates, applications, jobs, job_postings: jobPostings } satisfies Record<ReconcileTable, unknown>;

/** True when `table` has no row (a full pass into it is the initial load). */
export function tableIsEmpty(db: Db, table: ReconcileTable): boolean {
  return db.select({ one: sql`1` }).from(RECONCILE_TABLES[table]).limit(1).get() === undefined;
}

/** Delete rows that a complete full pass did not see: they no longer exist in Ashby. */
export function reconcile(db: Db, table: ReconcileTable, since: string, now: string): number {
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
