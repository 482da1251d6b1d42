import { eq, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../store/db.js';
import { CandidateProfile, PUBLIC_VISIBILITY, readAsOf, readCandidate, readCandidates, visibleRecord, type Visibility } from '../store/read-model/index.js';
import * as s from '../store/schema.js';

/*
 * One candidate as every door (MCP, Slack, exports) shows it, from the store's read model: Ashby data,
 * the enrichment profile, resume text and duplicate records. Read-only over the mirror.
 */

const Contact = z.object({ value: z.string(), type: z.string().nullable(), isPrimary: z.boolean() });

const StageHistoryEntry = z.object({
  stage: z.string(),
  stageNumber: z.number().int(),
  enteredAt: z.string(),
  leftAt: z.string().nullable(),
});

const ApplicationView = z.object({
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
type ApplicationView = z.infer<typeof ApplicationView>;

const AttachmentView = z.object({
  fileId: z.string(),
  name: z.string(),
  kind: z.string().describe('resume | attachment'),
  extractionStatus: z.string().describe('pending | ok | failed'),
  extractionError: z.string().nullable(),
});

const DuplicateView = z.object({
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
  asOf: z.string().nullable().describe('Data as of (as in search)'),
});
export type CandidateProfileView = z.infer<typeof CandidateProfileView>;

interface ProfileOptions {
  includeResume?: boolean;
  /** Who is looking: applications to confidential jobs are left out unless allowed (default: left out). */
  visibility?: Visibility;
}

/** Load one candidate's full view, or null when the id is not in the mirror or not visible to the viewer. */
export function getCandidateProfile(db: Db, candidateId: string, opts: ProfileOptions = {}): CandidateProfileView | null {
  const found = readCandidate(db, candidateId);
  const visibility = opts.visibility ?? PUBLIC_VISIBILITY;
  const c = found ? visibleRecord(found, visibility) : null;
  if (!c) return null;
  return CandidateProfileView.parse({
    candidateId: c.id,
    name: c.name,
    profileUrl: c.profileUrl,
    position: c.position,
    company: c.company,
    school: c.school,
    location: c.locationSummary,
    contact: c.contacts,
    tags: c.tags.map((t) => t.title),
    source: c.sourceTitle,
    creditedTo: c.creditedToName,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    applications: c.applications.map(
      (a): ApplicationView => ({
        applicationId: a.id,
        jobId: a.jobId,
        job: a.jobTitle,
        stage: a.currentStageTitle,
        status: a.status,
        recruiter: a.recruiterName,
        source: a.sourceTitle,
        archiveReason: a.archiveReasonText,
        archivedAt: a.archivedAt,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        stageHistory: a.stageHistory,
      }),
    ),
    attachments: (c.files ?? []).map((f) => ({ fileId: f.id, name: f.name, kind: f.kind, extractionStatus: f.status, extractionError: f.error })),
    enrichment: c.profile,
    resumeText: opts.includeResume ? (c.resumeText ?? null) : null,
    duplicates: visibleDuplicates(db, candidateId, visibility),
    mirroredAt: c.mirroredAt,
    asOf: readAsOf(db),
  });
}

function visibleDuplicates(db: Db, candidateId: string, visibility: Visibility): z.infer<typeof DuplicateView>[] {
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
  // A duplicate the viewer may not see (only confidential applications) is not named.
  const others = new Map(
    readCandidates(db, [...byOther.keys()])
      .filter((o) => visibleRecord(o, visibility))
      .map((o) => [o.id, o]),
  );
  return [...byOther.entries()]
    .filter(([id]) => others.has(id))
    .map(([id, l]) => ({
      candidateId: id,
      name: others.get(id)?.name ?? null,
      profileUrl: others.get(id)?.profileUrl ?? null,
      confidence: l.confidence,
      reasons: l.reasons,
    }))
    .sort((a, b) => b.confidence - a.confidence);
}
