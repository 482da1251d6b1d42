import type { Db } from '../store/db.js';
import * as s from '../store/schema.js';

/*
 * The small fixed account (departments, jobs, stages, users, sources, reasons, tags) the search bench
 * builds its generated mirror on, written through the store's drizzle tables (only the columns search reads).
 * Retrieval tests seed the same account through test/support/search-mirror.ts.
 */

const T0 = '2024-01-01T00:00:00.000Z';

export interface FixtureAccount {
  departments: { id: string; name: string }[];
  jobs: { id: string; title: string; departmentId: string | null }[];
  stages: { id: string; planId: string; title: string; order: number }[];
  users: { id: string; firstName: string; lastName: string; email: string }[];
  sources: { id: string; title: string }[];
  reasons: { id: string; text: string }[];
  tags: { id: string; title: string }[];
}

export const DEFAULT_ACCOUNT: FixtureAccount = {
  departments: [{ id: 'dept_eng', name: 'Engineering' }, { id: 'dept_fin', name: 'Finance' }],
  jobs: [
    { id: 'job_1', title: 'Backend Engineer', departmentId: 'dept_eng' },
    { id: 'job_2', title: 'Payroll Manager', departmentId: 'dept_fin' },
    { id: 'job_3', title: 'Data Scientist', departmentId: 'dept_eng' },
  ],
  stages: ['Application Review', 'Phone Screen', 'Onsite', 'Offer', 'Hired'].flatMap((title, i) => [
    { id: `stage_a${i}`, planId: 'plan_a', title, order: i },
    { id: `stage_b${i}`, planId: 'plan_b', title, order: i },
  ]),
  users: [
    { id: 'user_1', firstName: 'Riley', lastName: 'Stone', email: 'riley@example.com' },
    { id: 'user_2', firstName: 'Sam', lastName: 'Park', email: 'sam@example.com' },
  ],
  sources: [{ id: 'src_ref', title: 'Referral' }, { id: 'src_li', title: 'LinkedIn' }, { id: 'src_web', title: 'Careers Page' }],
  reasons: [{ id: 'rr_timing', text: 'Timing' }, { id: 'rr_skills', text: 'Lacks skills' }, { id: 'rr_comp', text: 'Compensation' }],
  tags: [{ id: 'tag_alum', title: 'Alumni' }, { id: 'tag_silver', title: 'Silver medalist' }],
};

/** Write the account's named entities, typed by the store's tables (a few dozen rows: drizzle's cost does not matter here). */
export function seedFixtureAccount(db: Db, account: FixtureAccount = DEFAULT_ACCOUNT): void {
  db.transaction((tx) => {
    for (const d of account.departments) tx.insert(s.departments).values({ id: d.id, name: d.name, raw: {} }).run();
    for (const j of account.jobs) {
      tx.insert(s.jobs).values({ id: j.id, title: j.title, status: 'Open', departmentId: j.departmentId, updatedAt: T0, raw: {}, mirroredAt: T0 }).run();
    }
    for (const st of account.stages) {
      tx.insert(s.interviewStages).values({ id: st.id, interviewPlanId: st.planId, title: st.title, orderInPlan: st.order, raw: {} }).run();
    }
    for (const u of account.users) tx.insert(s.users).values({ id: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email, raw: {} }).run();
    for (const src of account.sources) tx.insert(s.sources).values({ id: src.id, title: src.title, raw: {} }).run();
    for (const r of account.reasons) tx.insert(s.archiveReasons).values({ id: r.id, text: r.text, raw: {} }).run();
    for (const t of account.tags) tx.insert(s.tags).values({ id: t.id, title: t.title, raw: {} }).run();
  });
}
