import Database from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDb, type Db } from '../../src/store/db.js';
import * as s from '../../src/store/schema.js';
import { seedMirror } from './fixed-mirror.js';

/*
 * What door tests (src/mcp, src/slack, src/cli, src/server) check in the mirror, so that they never
 * import src/store themselves (src/layering.test.ts): the audit log, stored webhook events and single
 * rows by id, and a data folder's mirror seeded with the fixed account.
 */

/** Every audit row, oldest first. */
export function auditRows(db: Db): (typeof s.auditLog.$inferSelect)[] {
  return db.select().from(s.auditLog).orderBy(asc(s.auditLog.id)).all();
}

/** Who did what, oldest first, read from the mirror file of another process's data folder (opened read-only). */
export function auditActionsInFile(mirrorPath: string): { actor: string; action: string }[] {
  const sqlite = new Database(mirrorPath, { readonly: true, fileMustExist: true });
  try {
    return drizzle({ client: sqlite }).select({ actor: s.auditLog.actor, action: s.auditLog.action }).from(s.auditLog).orderBy(asc(s.auditLog.id)).all();
  } finally {
    sqlite.close();
  }
}

/** The mirrored application, or undefined. */
export function applicationRow(db: Db, id: string): typeof s.applications.$inferSelect | undefined {
  return db.select().from(s.applications).where(eq(s.applications.id, id)).get();
}

/** The mirrored candidate, or undefined (deleted and merged candidates are removed). */
export function candidateRow(db: Db, id: string): typeof s.candidates.$inferSelect | undefined {
  return db.select().from(s.candidates).where(eq(s.candidates.id, id)).get();
}

/** Every webhook event the receiver stored, with its status. */
export function webhookEventRows(db: Db): (typeof s.webhookEvents.$inferSelect)[] {
  return db.select().from(s.webhookEvents).all();
}

/** Create `mirrorPath` holding the fixed mirror (test/support/fixed-mirror.ts), as a CLI finds it in its data folder. */
export function writeFixedMirror(mirrorPath: string): void {
  const db = openDb(mirrorPath);
  try {
    seedMirror(db);
  } finally {
    db.$client.close();
  }
}
