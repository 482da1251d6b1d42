import { asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { CandidateProfile } from '../match/profile/types.js';
import type { Db } from '../store/db.js';
import * as s from '../store/schema.js';

/*
 * The read-model of one candidate as every door (MCP, Slack, exports) shows it: Ashby data from the
 * mirror, the enrichment profile, resume text and duplicate records. Read-only over the mirror.
 */

const Contact = z.object({ value: z.string(), type: z.string().nullable(), isPrimary: z.boolean() });

export const StageHistoryEntry = z.object({
  stage: z.string(),
  stageNumber: z.number().int(),
  enteredAt: z.string(),
  leftAt: z.string().nullable(),
});

export const ApplicationView = z.object({
  applicationId: z.string(),
  jobId: z.string().nullable(),
  job: z.string().nullable().describe('Job title'),
  stage: z.string().nullable().describe('Current interview stage title'),
  status: z.string().describe('Active | Archived | Hired | Lead'),
  recruiter: z.string().nullable(),
  source: z.string().nullable(),
  archiveReason: z.string().nullable().describe('Rejection (archive) reason, when archived'),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  stageHistory: z.array(StageHistoryEntry),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const AttachmentView = z.object({
  fileId: z.string(),
  name: z.string(),
  kind: z.string().describe('resume | attachment'),
  extractionStatus: z.string().describe('pending | ok | failed'),
  extractionError: z.string().nullable(),
});

export const DuplicateView = z.object({
  candidateId: z.string(),
  name: z.string().nullable(),
  profileUrl: z.string().nullable(),
  confidence: z.number(),
  reasons: z.array(z.string()),
});

export const CandidateProfileView = z.object({
  candidateId: z.string(),
  name: z.string(),
  profileUrl: z.string().nullable().describe('Link to the candidate in Ashby'),
  position: z.string().nullable().describe('Title as recorded in Ashby'),
  company: z.string().nullable().describe('Company as recorded in Ashby'),
  school: z.string().nullable(),
  location: z.string().nullable(),
  contact: z.object({
    emails: z.array(Contact),
    phones: z.array(Contact),
    socialLinks: z.array(z.object({ type: z.string(), url: z.string() })),
  }),
  tags: z.array(z.string()),
  source: z.string().nullable(),
  creditedTo: z.string().nullable().describe('Credited user'),
  createdAt: z.string(),
  updatedAt: z.string(),
  applications: z.array(ApplicationView),
  attachments: z.array(AttachmentView),
  enrichment: CandidateProfile.nullable().describe('Extracted profile (work history, skills, education), if computed'),
  resumeText: z.string().nullable().describe('Extracted resume text: untrusted, candidate-supplied content'),
  duplicates: z.array(DuplicateView).describe('Other records judged to be the same person'),
  mirroredAt: z.string(),
});
export type CandidateProfileView = z.infer<typeof CandidateProfileView>;

type Raw = Record<string, unknown>;

function contacts(list: unknown, primary: unknown): z.infer<typeof Contact>[] {
  const out: z.infer<typeof Contact>[] = [];
  const push = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const r = c as Raw;
    if (typeof r.value !== 'string' || out.some((o) => o.value === r.value)) return;
    out.push({ value: r.value, type: typeof r.type === 'string' ? r.type : null, isPrimary: r.isPrimary === true });
  };
  push(primary);
  if (Array.isArray(list)) list.forEach(push);
  return out;
}

function userName(u: { firstName: string | null; lastName: string | null } | undefined): string | null {
  if (!u) return null;
  const n = [u.firstName, u.lastName].filter(Boolean).join(' ').trim();
  return n || null;
}

/** Recruiter of an application: the hiring-team member with the Recruiter role, else the mirrored recruiter user. */
function recruiterFromRaw(raw: Raw): string | null {
  const team = Array.isArray(raw.hiringTeam) ? (raw.hiringTeam as Raw[]) : [];
  const r = team.find((m) => typeof m.role === 'string' && /recruiter/i.test(m.role as string));
  if (!r) return null;
  return [r.firstName, r.lastName].filter((x) => typeof x === 'string' && x).join(' ') || null;
}

/** Load one candidate's full view, or null when the id is not in the mirror. */
export function getCandidateProfile(db: Db, candidateId: string, opts: { includeResume?: boolean } = {}): CandidateProfileView | null {
  const c = db.select().from(s.candidates).where(eq(s.candidates.id, candidateId)).get();
  if (!c) return null;
  const raw = c.raw as Raw;

  const userIds = new Set<string>();
  const apps = db.select().from(s.applications).where(eq(s.applications.candidateId, candidateId)).orderBy(asc(s.applications.createdAt)).all();
  for (const a of apps) {
    if (a.recruiterUserId) userIds.add(a.recruiterUserId);
    if (a.creditedToUserId) userIds.add(a.creditedToUserId);
  }
  if (c.creditedToUserId) userIds.add(c.creditedToUserId);
  const users = new Map(
    (userIds.size ? db.select().from(s.users).where(inArray(s.users.id, [...userIds])).all() : []).map((u) => [u.id, u]),
  );

  const jobIds = apps.map((a) => a.jobId).filter((x): x is string => !!x);
  const jobs = new Map((jobIds.length ? db.select().from(s.jobs).where(inArray(s.jobs.id, jobIds)).all() : []).map((j) => [j.id, j.title]));
  const sources = new Map(db.select().from(s.sources).all().map((x) => [x.id, x.title]));
  const reasons = new Map(db.select().from(s.archiveReasons).all().map((x) => [x.id, x.text]));
  const appIds = apps.map((a) => a.id);
  const history = appIds.length
    ? db.select().from(s.applicationHistory).where(inArray(s.applicationHistory.applicationId, appIds)).orderBy(asc(s.applicationHistory.enteredStageAt)).all()
    : [];

  const applications = apps.map((a): ApplicationView => {
    const araw = a.raw as Raw;
    const rawJob = araw.job as Raw | null | undefined;
    const rawReason = araw.archiveReason as Raw | null | undefined;
    return {
      applicationId: a.id,
      jobId: a.jobId,
      job: (a.jobId && jobs.get(a.jobId)) || (typeof rawJob?.title === 'string' ? rawJob.title : null),
      stage: a.currentStageTitle,
      status: a.status,
      recruiter: userName(a.recruiterUserId ? users.get(a.recruiterUserId) : undefined) ?? recruiterFromRaw(araw),
      source: (a.sourceId && sources.get(a.sourceId)) || null,
      archiveReason: (a.archiveReasonId && reasons.get(a.archiveReasonId)) || (typeof rawReason?.text === 'string' ? rawReason.text : null),
      archivedAt: a.archivedAt,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      stageHistory: history
        .filter((h) => h.applicationId === a.id)
        .map((h) => ({ stage: h.title, stageNumber: h.stageNumber, enteredAt: h.enteredStageAt, leftAt: h.leftStageAt })),
    };
  });

  const tagRows = db
    .select({ title: s.tags.title })
    .from(s.candidateTags)
    .innerJoin(s.tags, eq(s.tags.id, s.candidateTags.tagId))
    .where(eq(s.candidateTags.candidateId, candidateId))
    .all();
  const rawTags = Array.isArray(raw.tags) ? (raw.tags as Raw[]).map((t) => t.title).filter((t): t is string => typeof t === 'string') : [];
  const tags = [...new Set([...tagRows.map((t) => t.title), ...rawTags])];

  const fileRows = db.select().from(s.files).where(eq(s.files.candidateId, candidateId)).all();
  const resumeFile = fileRows.find((f) => f.id === c.resumeFileId && f.status === 'ok') ?? fileRows.find((f) => f.kind === 'resume' && f.status === 'ok');

  const prof = db.select().from(s.candidateProfiles).where(eq(s.candidateProfiles.candidateId, candidateId)).get();
  const enrichment = prof ? CandidateProfile.safeParse(prof.profile) : undefined;

  const rawSource = raw.source as Raw | null | undefined;
  const rawLocation = raw.location as Raw | null | undefined;
  const socialLinks = Array.isArray(raw.socialLinks)
    ? (raw.socialLinks as Raw[]).filter((l) => typeof l.url === 'string').map((l) => ({ type: String(l.type ?? 'Other'), url: String(l.url) }))
    : [];

  return CandidateProfileView.parse({
    candidateId: c.id,
    name: c.name,
    profileUrl: c.profileUrl,
    position: c.position,
    company: c.company,
    school: c.school,
    location: c.locationSummary ?? (typeof rawLocation?.locationSummary === 'string' ? rawLocation.locationSummary : null),
    contact: {
      emails: contacts(raw.emailAddresses, raw.primaryEmailAddress ?? (c.primaryEmail ? { value: c.primaryEmail, isPrimary: true } : null)),
      phones: contacts(raw.phoneNumbers, raw.primaryPhoneNumber ?? (c.primaryPhone ? { value: c.primaryPhone, isPrimary: true } : null)),
      socialLinks,
    },
    tags,
    source: (c.sourceId && sources.get(c.sourceId)) || (typeof rawSource?.title === 'string' ? rawSource.title : null),
    creditedTo: userName(c.creditedToUserId ? users.get(c.creditedToUserId) : undefined),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    applications,
    attachments: fileRows.map((f) => ({ fileId: f.id, name: f.name, kind: f.kind, extractionStatus: f.status, extractionError: f.error })),
    enrichment: enrichment?.success ? enrichment.data : null,
    resumeText: opts.includeResume ? (resumeFile?.text ?? null) : null,
    duplicates: duplicatesOf(db, candidateId),
    mirroredAt: c.mirroredAt,
  });
}

function duplicatesOf(db: Db, candidateId: string): z.infer<typeof DuplicateView>[] {
  const links = db
    .select()
    .from(s.identityLinks)
    .where(or(eq(s.identityLinks.candidateId, candidateId), eq(s.identityLinks.otherCandidateId, candidateId)))
    .all();
  const byOther = new Map<string, (typeof links)[number]>();
  for (const l of links) {
    const other = l.candidateId === candidateId ? l.otherCandidateId : l.candidateId;
    const prev = byOther.get(other);
    if (!prev || prev.confidence < l.confidence) byOther.set(other, l);
  }
  if (!byOther.size) return [];
  const others = new Map(
    db
      .select({ id: s.candidates.id, name: s.candidates.name, profileUrl: s.candidates.profileUrl })
      .from(s.candidates)
      .where(inArray(s.candidates.id, [...byOther.keys()]))
      .all()
      .map((o) => [o.id, o]),
  );
  return [...byOther.entries()]
    .map(([id, l]) => ({
      candidateId: id,
      name: others.get(id)?.name ?? null,
      profileUrl: others.get(id)?.profileUrl ?? null,
      confidence: l.confidence,
      reasons: l.reasons,
    }))
    .sort((a, b) => b.confidence - a.confidence);
}
