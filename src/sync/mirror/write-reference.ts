import { eq } from 'drizzle-orm';
import type { Db } from '../../store/db.js';
import {
  archiveReasons,
  customFields,
  departments,
  interviewPlans,
  interviewStages,
  jobPostings,
  jobs,
  locations,
  sources,
  tags,
  users,
} from '../../store/schema.js';
import type * as A from '../ashby/types.js';
import type { WriteOutcome } from './write-candidate.js';
import { isStale, normalizeTimestamp } from './timestamps.js';

type Raw = Record<string, unknown>;

/* Reference data (jobs, stages, users, …). Rows carrying `updatedAt` get the same stale protection as candidates. */

export function writeJob(db: Db, job: A.Job, now: string): WriteOutcome {
  const updatedAt = normalizeTimestamp(job.updatedAt) ?? now;
  const existing = db.select({ updatedAt: jobs.updatedAt }).from(jobs).where(eq(jobs.id, job.id)).get();
  if (existing && isStale(updatedAt, existing.updatedAt)) {
    db.update(jobs).set({ mirroredAt: now }).where(eq(jobs.id, job.id)).run();
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }
  const row = {
    id: job.id,
    title: job.title,
    status: job.status,
    employmentType: job.employmentType ?? null,
    confidential: job.confidential ?? false,
    departmentId: job.departmentId ?? null,
    locationId: job.locationId ?? null,
    defaultInterviewPlanId: job.defaultInterviewPlanId ?? null,
    createdAt: normalizeTimestamp(job.createdAt),
    updatedAt,
    openedAt: normalizeTimestamp(job.openedAt),
    closedAt: normalizeTimestamp(job.closedAt),
    raw: job as Raw,
    mirroredAt: now,
  };
  db.insert(jobs).values(row).onConflictDoUpdate({ target: jobs.id, set: row }).run();
  return existing ? 'updated' : 'inserted';
}

export function writeJobPosting(db: Db, posting: A.JobPosting, now: string): WriteOutcome {
  const updatedAt = normalizeTimestamp(posting.updatedAt);
  const existing = db.select({ updatedAt: jobPostings.updatedAt }).from(jobPostings).where(eq(jobPostings.id, posting.id)).get();
  if (existing?.updatedAt && updatedAt && isStale(updatedAt, existing.updatedAt)) {
    db.update(jobPostings).set({ mirroredAt: now }).where(eq(jobPostings.id, posting.id)).run();
    return existing.updatedAt === updatedAt ? 'unchanged' : 'stale';
  }
  const row = {
    id: posting.id,
    jobId: posting.jobId,
    title: posting.title,
    isListed: posting.isListed ?? true,
    publishedDate: posting.publishedDate ?? null,
    departmentName: posting.departmentName ?? null,
    locationName: posting.locationName ?? null,
    descriptionPlain: posting.descriptionPlain ?? null,
    updatedAt,
    raw: posting as Raw,
    mirroredAt: now,
  };
  db.insert(jobPostings).values(row).onConflictDoUpdate({ target: jobPostings.id, set: row }).run();
  return existing ? 'updated' : 'inserted';
}

export function writeUser(db: Db, u: A.User): WriteOutcome {
  const row = {
    id: u.id,
    firstName: u.firstName ?? null,
    lastName: u.lastName ?? null,
    email: u.email ?? null,
    globalRole: u.globalRole ?? null,
    isEnabled: u.isEnabled ?? true,
    updatedAt: normalizeTimestamp(u.updatedAt),
    raw: u as Raw,
  };
  db.insert(users).values(row).onConflictDoUpdate({ target: users.id, set: row }).run();
  return 'updated';
}

export function writeDepartment(db: Db, d: A.Department): WriteOutcome {
  const row = { id: d.id, name: d.name, parentId: d.parentId ?? null, isArchived: d.isArchived ?? false, updatedAt: normalizeTimestamp(d.updatedAt), raw: d as Raw };
  db.insert(departments).values(row).onConflictDoUpdate({ target: departments.id, set: row }).run();
  return 'updated';
}

export function writeLocation(db: Db, l: A.Location): WriteOutcome {
  const row = { id: l.id, name: l.name, isArchived: l.isArchived ?? false, raw: l as Raw };
  db.insert(locations).values(row).onConflictDoUpdate({ target: locations.id, set: row }).run();
  return 'updated';
}

export function writeSource(db: Db, s: A.Source): WriteOutcome {
  const row = { id: s.id, title: s.title, sourceType: s.sourceType?.title ?? null, isArchived: s.isArchived ?? false, raw: s as Raw };
  db.insert(sources).values(row).onConflictDoUpdate({ target: sources.id, set: row }).run();
  return 'updated';
}

export function writeArchiveReason(db: Db, r: A.ArchiveReason): WriteOutcome {
  const row = { id: r.id, text: r.text, reasonType: r.reasonType ?? null, isArchived: r.isArchived ?? false, raw: r as Raw };
  db.insert(archiveReasons).values(row).onConflictDoUpdate({ target: archiveReasons.id, set: row }).run();
  return 'updated';
}

export function writeTag(db: Db, t: A.Tag): WriteOutcome {
  const row = { id: t.id, title: t.title, isArchived: t.isArchived ?? false, raw: t as Raw };
  db.insert(tags).values(row).onConflictDoUpdate({ target: tags.id, set: row }).run();
  return 'updated';
}

export function writeCustomField(db: Db, f: A.CustomField): WriteOutcome {
  const row = { id: f.id, title: f.title, objectType: f.objectType ?? null, fieldType: f.fieldType ?? null, isArchived: f.isArchived ?? false, raw: f as Raw };
  db.insert(customFields).values(row).onConflictDoUpdate({ target: customFields.id, set: row }).run();
  return 'updated';
}

export function writeInterviewPlan(db: Db, p: A.InterviewPlan): WriteOutcome {
  const row = { id: p.id, title: p.title, isArchived: p.isArchived ?? false, updatedAt: normalizeTimestamp(p.updatedAt), raw: p as Raw };
  db.insert(interviewPlans).values(row).onConflictDoUpdate({ target: interviewPlans.id, set: row }).run();
  return 'updated';
}

export function writeInterviewStage(db: Db, s: A.InterviewStage, planId: string): WriteOutcome {
  const row = {
    id: s.id,
    interviewPlanId: s.interviewPlanId ?? planId,
    title: s.title,
    type: s.type ?? null,
    orderInPlan: s.orderInInterviewPlan ?? 0,
    raw: s as Raw,
  };
  db.insert(interviewStages).values(row).onConflictDoUpdate({ target: interviewStages.id, set: row }).run();
  return 'updated';
}
