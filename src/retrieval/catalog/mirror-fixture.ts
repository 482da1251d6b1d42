import type { Db } from '../../store/db.js';

/*
 * Test fixtures: write mirror rows the way sync would (raw SQL, only the columns search reads), with
 * stable ids (job_1, stage titles, user_1…). Used by retrieval tests, the search eval and the bench.
 */

const T0 = '2024-01-01T00:00:00.000Z';

export interface FixtureApplication {
  id: string;
  jobId: string;
  status?: 'Active' | 'Archived' | 'Hired' | 'Lead';
  stage?: string;
  history?: string[];
  sourceId?: string | null;
  archiveReasonId?: string | null;
  recruiterUserId?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface FixtureCandidate {
  id: string;
  name: string;
  position?: string | null;
  company?: string | null;
  school?: string | null;
  location?: string | null;
  sourceId?: string | null;
  tagIds?: string[];
  resume?: string | null;
  profile?: Record<string, unknown> | null;
  yearsExperience?: number | null;
  updatedAt?: string;
  applications?: FixtureApplication[];
}

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

export function seedAccount(db: Db, account: FixtureAccount = DEFAULT_ACCOUNT): void {
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

/** Insert or replace candidates (with applications, history, resume, profile) and append them to the outbox. */
export function upsertCandidates(db: Db, candidates: FixtureCandidate[], reason = 'fixture'): void {
  const c = db.$client;
  const tx = c.transaction(() => {
    for (const cand of candidates) {
      const updatedAt = cand.updatedAt ?? T0;
      removeRows(db, cand.id);
      c.prepare(
        `INSERT INTO candidates (id, name, position, company, school, location_summary, source_id, created_at, updated_at, raw, mirrored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
      ).run(cand.id, cand.name, cand.position ?? null, cand.company ?? null, cand.school ?? null, cand.location ?? null, cand.sourceId ?? null, T0, updatedAt, updatedAt);
      for (const t of cand.tagIds ?? []) c.prepare(`INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)`).run(cand.id, t);
      if (cand.resume) {
        c.prepare(`INSERT INTO files (id, candidate_id, kind, name, handle, status, text, updated_at) VALUES (?, ?, 'resume', 'resume.pdf', 'h', 'ok', ?, ?)`).run(
          `file_${cand.id}`, cand.id, cand.resume, updatedAt,
        );
      }
      if (cand.profile) {
        c.prepare(
          `INSERT INTO candidate_profiles (candidate_id, profile, years_experience, source_updated_at, extractor_version, updated_at) VALUES (?, ?, ?, ?, 1, ?)`,
        ).run(cand.id, JSON.stringify(cand.profile), cand.yearsExperience ?? null, updatedAt, updatedAt);
      }
      for (const a of cand.applications ?? []) insertApplication(db, cand.id, a);
      c.prepare(`INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, ?, ?)`).run(cand.id, reason, updatedAt);
    }
  });
  tx();
}

/** The raw Ashby record as sync stores it: the recruiter is the hiring-team member with the Recruiter role. */
function rawApplication(a: FixtureApplication): string {
  return JSON.stringify({ hiringTeam: a.recruiterUserId ? [{ userId: a.recruiterUserId, role: 'Recruiter' }] : [] });
}

function insertApplication(db: Db, candidateId: string, a: FixtureApplication): void {
  const c = db.$client;
  const createdAt = a.createdAt ?? T0;
  c.prepare(
    `INSERT INTO applications (id, candidate_id, job_id, status, current_stage_title, source_id, archive_reason_id, recruiter_user_id, created_at, updated_at, raw, mirrored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, candidateId, a.jobId, a.status ?? 'Active', a.stage ?? null, a.sourceId ?? null, a.archiveReasonId ?? null, a.recruiterUserId ?? null, createdAt, a.updatedAt ?? createdAt, rawApplication(a), createdAt);
  (a.history ?? []).forEach((title, i) => {
    c.prepare(`INSERT INTO application_history (id, application_id, title, stage_number, entered_stage_at, raw) VALUES (?, ?, ?, ?, ?, '{}')`).run(
      `${a.id}_h${i}`, a.id, title, i, createdAt,
    );
  });
}

function removeRows(db: Db, id: string): void {
  const c = db.$client;
  c.prepare(`DELETE FROM application_history WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = ?)`).run(id);
  for (const table of ['applications', 'candidate_tags', 'files', 'candidate_profiles']) c.prepare(`DELETE FROM ${table} WHERE candidate_id = ?`).run(id);
  c.prepare(`DELETE FROM candidates WHERE id = ?`).run(id);
}

/** Delete a candidate from the mirror the way sync does on candidate.delete: rows gone, tombstone, outbox row. */
export function deleteCandidate(db: Db, id: string): void {
  const c = db.$client;
  c.transaction(() => {
    removeRows(db, id);
    c.prepare(`INSERT OR REPLACE INTO candidate_tombstones (candidate_id, reason, removed_at) VALUES (?, 'deleted', ?)`).run(id, T0);
    c.prepare(`INSERT INTO outbox (candidate_id, reason, created_at) VALUES (?, 'deleted', ?)`).run(id, T0);
  })();
}
