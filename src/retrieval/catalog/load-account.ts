import type { Db } from '../../store/db.js';
import type { AccountVocabulary } from './types.js';

/** Read the account's own entities (jobs, stages, users, sources, reasons, departments, tags) from the mirror. */
export function loadAccountVocabulary(db: Db): AccountVocabulary {
  const c = db.$client;
  const all = <T>(sql: string) => c.prepare(sql).all() as T[];
  return {
    jobs: all(`SELECT id, title, department_id AS departmentId FROM jobs`),
    stageTitles: all(`SELECT id, title FROM interview_stages`),
    users: all<{ id: string; first: string | null; last: string | null; email: string | null }>(
      `SELECT id, first_name AS first, last_name AS last, email FROM users`,
    ).map((u) => ({ id: u.id, name: [u.first, u.last].filter(Boolean).join(' ') || (u.email ?? u.id), email: u.email })),
    sources: all(`SELECT id, title FROM sources`),
    archiveReasons: all(`SELECT id, text FROM archive_reasons`),
    departments: all(`SELECT id, name FROM departments`),
    tags: all(`SELECT id, title FROM tags`),
  };
}
