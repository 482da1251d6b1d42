import { asc, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import type { Visibility } from './read-model/index.js';
import * as s from './schema.js';

/** Open jobs by title, as `visibility` allows (confidential ones only with access): what a candidate can be added to. */
export function readOpenJobs(db: Db, visibility: Visibility): { id: string; title: string }[] {
  const open = db.select({ id: s.jobs.id, title: s.jobs.title, confidential: s.jobs.confidential }).from(s.jobs).where(eq(s.jobs.status, 'Open')).orderBy(asc(s.jobs.title)).all();
  return open.filter((j) => visibility.confidential || !j.confidential).map(({ id, title }) => ({ id, title }));
}
