import type { Db } from '../db.js';
import * as s from '../schema.js';

/** Names of the account's entities, by id: how the read model turns ids into what people read. */
export interface Lookups {
  jobs: Map<string, { title: string; departmentId: string | null; confidential: boolean }>;
  departments: Map<string, string>;
  sources: Map<string, string>;
  archiveReasons: Map<string, string>;
  users: Map<string, string>;
}

/** A user's display name: first and last name, else e-mail, else id (the same everywhere a user is named). */
export function userDisplayName(u: { id: string; firstName: string | null; lastName: string | null; email: string | null }): string {
  return [u.firstName, u.lastName].filter(Boolean).join(' ').trim() || u.email || u.id;
}

export function loadLookups(db: Db): Lookups {
  return {
    jobs: new Map(
      db
        .select({ id: s.jobs.id, title: s.jobs.title, departmentId: s.jobs.departmentId, confidential: s.jobs.confidential })
        .from(s.jobs)
        .all()
        .map((j) => [j.id, j]),
    ),
    departments: new Map(db.select({ id: s.departments.id, name: s.departments.name }).from(s.departments).all().map((d) => [d.id, d.name])),
    sources: new Map(db.select({ id: s.sources.id, title: s.sources.title }).from(s.sources).all().map((x) => [x.id, x.title])),
    archiveReasons: new Map(db.select({ id: s.archiveReasons.id, text: s.archiveReasons.text }).from(s.archiveReasons).all().map((r) => [r.id, r.text])),
    users: new Map(
      db
        .select({ id: s.users.id, firstName: s.users.firstName, lastName: s.users.lastName, email: s.users.email })
        .from(s.users)
        .all()
        .map((u) => [u.id, userDisplayName(u)]),
    ),
  };
}
