import type { Db } from '../../store/db.js';
import { userDisplayName, type Visibility } from '../../store/read-model/index.js';
import * as s from '../../store/schema.js';
import type { FilterEntities } from './types.js';

/**
 * Read the account's own entities (jobs, stages, users, sources, reasons, departments, tags) from the
 * mirror. Confidential jobs are left out unless `visibility` allows them: their titles are not filter
 * values for a viewer who may not see them.
 */
export function loadFilterEntities(db: Db, visibility: Visibility): FilterEntities {
  const jobs = db.select({ id: s.jobs.id, title: s.jobs.title, departmentId: s.jobs.departmentId, confidential: s.jobs.confidential }).from(s.jobs).all();
  return {
    jobs: jobs.filter((j) => visibility.confidential || !j.confidential).map(({ id, title, departmentId }) => ({ id, title, departmentId })),
    stageTitles: db.select({ id: s.interviewStages.id, title: s.interviewStages.title }).from(s.interviewStages).all(),
    users: db
      .select({ id: s.users.id, firstName: s.users.firstName, lastName: s.users.lastName, email: s.users.email })
      .from(s.users)
      .all()
      .map((u) => ({ id: u.id, name: userDisplayName(u), email: u.email })),
    sources: db.select({ id: s.sources.id, title: s.sources.title }).from(s.sources).all(),
    archiveReasons: db.select({ id: s.archiveReasons.id, text: s.archiveReasons.text }).from(s.archiveReasons).all(),
    departments: db.select({ id: s.departments.id, name: s.departments.name }).from(s.departments).all(),
    tags: db.select({ id: s.tags.id, title: s.tags.title }).from(s.tags).all(),
  };
}
