import type { InferSelectModel } from 'drizzle-orm';
import type { Db } from '../db.js';
import type { files } from '../schema.js';
import { prepared } from './prepared.js';

/** The columns of a file that say which Ashby file it is and whose. */
type FileHandleRow = Pick<InferSelectModel<typeof files>, 'id' | 'candidateId' | 'kind' | 'name' | 'handle'>;

/** Ids of the files the mirror holds for the candidate. */
export function candidateFileIds(db: Db, candidateId: string): string[] {
  return prepared(db, 'SELECT id FROM files WHERE candidate_id = ?').pluck().all(candidateId) as string[];
}

export function deleteFileRow(db: Db, id: string): void {
  prepared(db, 'DELETE FROM files WHERE id = ?').run(id);
}

/** The stored handle columns of a file, or null. */
export function fileHandleRow(db: Db, id: string): FileHandleRow | null {
  const row = prepared(db, 'SELECT id, candidate_id AS candidateId, kind, name, handle FROM files WHERE id = ?').get(id) as FileHandleRow | undefined;
  return row ?? null;
}

/** A new file, queued for download. */
export function insertPendingFile(db: Db, row: FileHandleRow, now: string): void {
  prepared(db, "INSERT INTO files (id, candidate_id, kind, name, handle, status, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)").run(
    row.id,
    row.candidateId,
    row.kind,
    row.name,
    row.handle,
    now,
  );
}

/** A file re-signed or moved to another candidate: new handle and owner, extracted text kept. */
export function updateFileHandle(db: Db, row: FileHandleRow, now: string): void {
  prepared(db, 'UPDATE files SET handle = ?, candidate_id = ?, kind = ?, name = ?, updated_at = ? WHERE id = ?').run(row.handle, row.candidateId, row.kind, row.name, now, row.id);
}

/** A file whose kind or name changed, nothing else. */
export function updateFileLabel(db: Db, row: Pick<FileHandleRow, 'id' | 'kind' | 'name'>): void {
  prepared(db, 'UPDATE files SET kind = ?, name = ? WHERE id = ?').run(row.kind, row.name, row.id);
}
