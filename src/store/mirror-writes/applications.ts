import type { InferInsertModel } from 'drizzle-orm';
import type { Db } from '../db.js';
import { applicationHistory, applications } from '../schema.js';
import { columnList, everyKey, prepared, upsertSql } from './prepared.js';

/**
 * An application as the sync writes it: every column of `applications` but `historyUpdatedAt`, which
 * starts empty and is left alone on update (it says which version the stored history matches).
 */
export type ApplicationRow = Required<Omit<InferInsertModel<typeof applications>, 'historyUpdatedAt'>>;

/** One stage visit of an application's history: every column of `application_history`. */
type ApplicationHistoryRow = Required<InferInsertModel<typeof applicationHistory>>;

const APPLICATION_COLUMNS = columnList(applications, everyKey<ApplicationRow>()([
  'id', 'candidateId', 'jobId', 'status', 'currentStageId', 'currentStageTitle', 'currentStageType', 'sourceId',
  'archiveReasonId', 'archivedAt', 'creditedToUserId', 'recruiterUserId', 'createdAt', 'updatedAt', 'raw', 'mirroredAt',
]));
const UPSERT_APPLICATION = upsertSql('applications', APPLICATION_COLUMNS.names);

const HISTORY_COLUMNS = columnList(applicationHistory, everyKey<ApplicationHistoryRow>()(['id', 'applicationId', 'stageId', 'title', 'stageNumber', 'enteredStageAt', 'leftStageAt', 'raw']));
// A visit keeps its stage and entry time once stored; a later copy may move it, retitle it or close it.
const UPSERT_HISTORY = `INSERT INTO application_history (${HISTORY_COLUMNS.names.join(', ')}) VALUES (${HISTORY_COLUMNS.names.map(() => '?').join(', ')})
  ON CONFLICT(id) DO UPDATE SET application_id = excluded.application_id, title = excluded.title, stage_number = excluded.stage_number, left_stage_at = excluded.left_stage_at`;

/** Insert the application, or replace every column of the stored one but `historyUpdatedAt`. */
export function upsertApplicationRow(db: Db, row: ApplicationRow): void {
  prepared(db, UPSERT_APPLICATION).run(...APPLICATION_COLUMNS.values(row));
}

/** The stored application's `updatedAt` and candidate, or null when the mirror does not have it. */
export function applicationVersion(db: Db, id: string): Pick<ApplicationRow, 'updatedAt' | 'candidateId'> | null {
  const row = prepared(db, 'SELECT updated_at AS updatedAt, candidate_id AS candidateId FROM applications WHERE id = ?').get(id) as
    | Pick<ApplicationRow, 'updatedAt' | 'candidateId'>
    | undefined;
  return row ?? null;
}

/** Mark the application as seen by a sync pass at `now`, without changing its data. */
export function touchApplication(db: Db, id: string, now: string): void {
  prepared(db, 'UPDATE applications SET mirrored_at = ? WHERE id = ?').run(now, id);
}

/** Replace an application's stage history with `rows`; `forUpdatedAt` records which version of the application it matches. */
export function replaceApplicationHistory(db: Db, applicationId: string, rows: readonly ApplicationHistoryRow[], forUpdatedAt: string): void {
  prepared(db, 'DELETE FROM application_history WHERE application_id = ?').run(applicationId);
  const insert = prepared(db, UPSERT_HISTORY);
  for (const row of rows) insert.run(...HISTORY_COLUMNS.values(row));
  prepared(db, 'UPDATE applications SET history_updated_at = ? WHERE id = ?').run(forUpdatedAt, applicationId);
}
