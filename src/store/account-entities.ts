import { eq } from 'drizzle-orm';
import type { Db } from './db.js';
import * as s from './schema.js';

/** The account's named entities as the natural-language parsers know them (ids from the reference tables). */
export interface AccountEntities {
  /** Jobs that are not confidential: confidential ones are not words the shared parser knows (nor values an LLM prompt lists). */
  jobs: { id: string; title: string; department: string | null }[];
  stages: { id: string; title: string; type: string; order: number }[];
  /** Users with a first or last name, as "First Last". */
  recruiters: { id: string; name: string }[];
  sources: { id: string; title: string }[];
  rejectionReasons: { id: string; text: string; reasonType: string }[];
  departments: string[];
  tags: string[];
}

/** Every named entity of the account, in the tables' stored order (the NL parsers' vocabulary, src/app/nl-vocabulary.ts). */
export function readAccountEntities(db: Db): AccountEntities {
  return {
    jobs: db
      .select({ id: s.jobs.id, title: s.jobs.title, department: s.departments.name })
      .from(s.jobs)
      .leftJoin(s.departments, eq(s.departments.id, s.jobs.departmentId))
      .where(eq(s.jobs.confidential, false))
      .all(),
    stages: db
      .select({ id: s.interviewStages.id, title: s.interviewStages.title, type: s.interviewStages.type, order: s.interviewStages.orderInPlan })
      .from(s.interviewStages)
      .all()
      .map((stage) => ({ ...stage, type: stage.type ?? '' })),
    recruiters: db
      .select({ id: s.users.id, first: s.users.firstName, last: s.users.lastName })
      .from(s.users)
      .all()
      .map((u) => ({ id: u.id, name: [u.first, u.last].filter(Boolean).join(' ') }))
      .filter((u) => u.name),
    sources: db.select({ id: s.sources.id, title: s.sources.title }).from(s.sources).all(),
    rejectionReasons: db
      .select({ id: s.archiveReasons.id, text: s.archiveReasons.text, reasonType: s.archiveReasons.reasonType })
      .from(s.archiveReasons)
      .all()
      .map((r) => ({ ...r, reasonType: r.reasonType ?? 'Other' })),
    departments: db.select({ name: s.departments.name }).from(s.departments).all().map((d) => d.name),
    tags: db.select({ title: s.tags.title }).from(s.tags).all().map((t) => t.title),
  };
}
