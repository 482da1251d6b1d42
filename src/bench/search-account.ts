import type { Db } from '../store/db.js';

/*
 * The small fixed account (departments, jobs, stages, users, sources, reasons, tags) the search bench
 * builds its generated mirror on, written the way sync would (raw SQL, only the columns search reads).
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

export function seedFixtureAccount(db: Db, account: FixtureAccount = DEFAULT_ACCOUNT): void {
  const c = db.$client;
  const tx = c.transaction(() => {
    for (const d of account.departments) c.prepare(`INSERT INTO departments (id, name, raw) VALUES (?, ?, '{}')`).run(d.id, d.name);
    for (const j of account.jobs) {
      c.prepare(`INSERT INTO jobs (id, title, status, department_id, updated_at, raw, mirrored_at) VALUES (?, ?, 'Open', ?, ?, '{}', ?)`).run(j.id, j.title, j.departmentId, T0, T0);
    }
    for (const s of account.stages) {
      c.prepare(`INSERT INTO interview_stages (id, interview_plan_id, title, order_in_plan, raw) VALUES (?, ?, ?, ?, '{}')`).run(s.id, s.planId, s.title, s.order);
    }
    for (const u of account.users) {
      c.prepare(`INSERT INTO users (id, first_name, last_name, email, raw) VALUES (?, ?, ?, ?, '{}')`).run(u.id, u.firstName, u.lastName, u.email);
    }
    for (const s of account.sources) c.prepare(`INSERT INTO sources (id, title, raw) VALUES (?, ?, '{}')`).run(s.id, s.title);
    for (const r of account.reasons) c.prepare(`INSERT INTO archive_reasons (id, text, raw) VALUES (?, ?, '{}')`).run(r.id, r.text);
    for (const t of account.tags) c.prepare(`INSERT INTO tags (id, title, raw) VALUES (?, ?, '{}')`).run(t.id, t.title);
  });
  tx();
}
