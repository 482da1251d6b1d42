import { derivedUuid, hashString } from './prng.js';
import type {
  FakeApplicationRecord,
  FakeCandidateRecord,
  CustomFieldEntry,
  FakeState,
  FakeFileRecord,
  HiringTeamEntry,
  InterviewStageRecord,
  JobPostingRecord,
  JobRecord,
  UserRecord,
} from './state.js';

/*
 * Internal records → Ashby JSON, in the shapes of ashby-api.md §3–4. Absent optional values are
 * `null` (as real Ashby sends them), never omitted; timestamps are ISO-8601 with milliseconds.
 */

type Json = Record<string, unknown>;

export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function user(u: UserRecord): Json {
  return { id: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email, globalRole: u.globalRole, isEnabled: u.isEnabled, updatedAt: iso(u.updatedAt), managerId: null };
}

function userById(state: FakeState, id: string | null): Json | null {
  const u = id ? state.users.get(id) : undefined;
  return u ? user(u) : null;
}

function customFieldValues(state: FakeState, entries: CustomFieldEntry[]): Json[] {
  return entries.flatMap((e) => {
    const field = state.customFields.get(e.fieldId);
    if (!field) return [];
    const select = field.fieldType === 'ValueSelect';
    return [{ id: field.id, title: field.title, isPrivate: false, value: e.value, ...(select ? { valueLabel: String(e.value) } : {}) }];
  });
}

export function source(state: FakeState, id: string | null): Json | null {
  const s = id ? state.sources.get(id) : undefined;
  if (!s) return null;
  const t = state.sourceTypes.get(s.sourceTypeId);
  return { id: s.id, title: s.title, isArchived: s.isArchived, sourceType: t ? { id: t.id, title: t.title, isArchived: t.isArchived } : null };
}

/** Opaque file handle in Ashby's shape: base64url JSON {handle:{type,fileId,ownerId},signature,version}. */
export function fileHandle(file: FakeFileRecord): Json {
  const inner = { handle: { type: file.type, fileId: file.id, ownerId: file.candidateId }, signature: hashString(`sig:${file.id}`).toString(16), version: '1' };
  return { id: file.id, name: file.name, handle: Buffer.from(JSON.stringify(inner)).toString('base64url') };
}

/** The file id a handle names, or null when the handle is not one of ours. */
export function fileIdFromHandle(handle: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(handle, 'base64url').toString('utf8')) as { handle?: { fileId?: unknown }; signature?: unknown };
    const id = parsed.handle?.fileId;
    if (typeof id !== 'string' || parsed.signature !== hashString(`sig:${id}`).toString(16)) return null;
    return id;
  } catch {
    return null;
  }
}

export function candidate(state: FakeState, c: FakeCandidateRecord): Json {
  const contacts = (values: string[], type: string) => values.map((value, i) => ({ value, type, isPrimary: i === 0 }));
  const emails = contacts(c.emails, 'Personal');
  const phones = contacts(c.phones, 'Mobile');
  const resume = c.resumeFileId ? state.files.get(c.resumeFileId) : undefined;
  const loc = c.location;
  return {
    id: c.id,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    name: c.name,
    primaryEmailAddress: emails[0] ?? null,
    emailAddresses: emails,
    primaryPhoneNumber: phones[0] ?? null,
    phoneNumbers: phones,
    socialLinks: c.socialLinks.map((l) => ({ type: l.type, url: l.url })),
    tags: c.tagIds.flatMap((id) => {
      const t = state.tags.get(id);
      return t ? [{ id: t.id, title: t.title, isArchived: t.isArchived }] : [];
    }),
    position: c.position,
    company: c.company,
    school: c.school,
    applicationIds: c.applicationIds.slice(),
    resumeFileHandle: resume ? fileHandle(resume) : null,
    fileHandles: c.fileIds.flatMap((id) => {
      const f = state.files.get(id);
      return f ? [fileHandle(f)] : [];
    }),
    customFields: customFieldValues(state, c.customFields),
    profileUrl: `https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/${c.id}`,
    source: source(state, c.sourceId),
    creditedToUser: userById(state, c.creditedToUserId),
    timezone: loc?.timezone ?? null,
    location: loc
      ? {
          id: derivedUuid(`location:${loc.city}:${loc.country}`),
          locationSummary: `${loc.city}, ${loc.region}, ${loc.country}`,
          locationComponents: [
            { type: 'Country', name: loc.country },
            { type: 'Region', name: loc.region },
            { type: 'City', name: loc.city },
          ],
        }
      : null,
    fraudStatus: null,
  };
}

export function interviewStage(s: InterviewStageRecord): Json {
  return { id: s.id, title: s.title, type: s.type, orderInInterviewPlan: s.order, interviewStageGroupId: null, interviewPlanId: s.planId };
}

function hiringTeam(state: FakeState, team: HiringTeamEntry[]): Json[] {
  return team.flatMap((m) => {
    const u = state.users.get(m.userId);
    return u ? [{ userId: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email, role: m.role }] : [];
  });
}

/** The application.list item shape (also the webhook payload shape). */
export function application(state: FakeState, a: FakeApplicationRecord): Json {
  const c = state.candidates.get(a.candidateId);
  const stage = state.interviewStages.get(a.currentStageId);
  const job = state.jobs.get(a.jobId);
  const reason = a.archiveReasonId ? state.archiveReasons.get(a.archiveReasonId) : undefined;
  const team: HiringTeamEntry[] = [];
  if (a.recruiterId) team.push({ userId: a.recruiterId, role: 'Recruiter' });
  if (a.hiringManagerId) team.push({ userId: a.hiringManagerId, role: 'Hiring Manager' });
  return {
    id: a.id,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
    status: a.status,
    customFields: customFieldValues(state, a.customFields),
    candidate: {
      id: a.candidateId,
      name: c?.name ?? null,
      primaryEmailAddress: c && c.emails[0] ? { value: c.emails[0], type: 'Personal', isPrimary: true } : null,
      primaryPhoneNumber: c && c.phones[0] ? { value: c.phones[0], type: 'Mobile', isPrimary: true } : null,
    },
    currentInterviewStage: stage ? interviewStage(stage) : null,
    source: source(state, a.sourceId),
    archiveReason: reason ? { id: reason.id, text: reason.text, reasonType: reason.reasonType, isArchived: reason.isArchived, customFields: [] } : null,
    archivedAt: iso(a.archivedAt),
    job: job ? { id: job.id, title: job.title, locationId: job.locationId, departmentId: job.departmentId, brandId: null } : null,
    creditedToUser: userById(state, a.creditedToUserId),
    hiringTeam: hiringTeam(state, team),
    appliedViaJobPostingId: a.appliedViaJobPostingId,
    submitterClientIp: null,
    submitterUserAgent: null,
  };
}

export function applicationHistoryItems(state: FakeState, a: FakeApplicationRecord): Json[] {
  return a.history.map((h, i) => ({
    id: derivedUuid(`history:${a.id}:${i}`),
    stageId: h.stageId,
    title: state.interviewStages.get(h.stageId)?.title ?? 'Unknown stage',
    stageNumber: i,
    enteredStageAt: iso(h.at),
    leftStageAt: iso(a.history[i + 1]?.at ?? null),
    allowedActions: ['none'],
    actorId: h.actorId,
  }));
}

/** application.info: the list shape plus `applicationHistory` and the resume handle. */
export function applicationInfo(state: FakeState, a: FakeApplicationRecord): Json {
  const c = state.candidates.get(a.candidateId);
  const resume = c?.resumeFileId ? state.files.get(c.resumeFileId) : undefined;
  return { ...application(state, a), applicationHistory: applicationHistoryItems(state, a), resumeFileHandle: resume ? fileHandle(resume) : null };
}

export function job(state: FakeState, j: JobRecord): Json {
  const author = j.authorId ? state.users.get(j.authorId) : undefined;
  return {
    id: j.id,
    title: j.title,
    confidential: j.confidential,
    status: j.status,
    employmentType: j.employmentType,
    locationId: j.locationId,
    departmentId: j.departmentId,
    defaultInterviewPlanId: j.defaultInterviewPlanId,
    interviewPlanIds: j.interviewPlanIds.slice(),
    customFields: customFieldValues(state, j.customFields),
    jobPostingIds: j.jobPostingIds.filter((id) => state.jobPostings.get(id)?.published),
    customRequisitionId: null,
    brandId: null,
    hiringTeam: hiringTeam(state, j.hiringTeam),
    author: author ? user(author) : null,
    createdAt: iso(j.createdAt),
    updatedAt: iso(j.updatedAt),
    openedAt: iso(j.openedAt),
    closedAt: iso(j.closedAt),
  };
}

/** jobPosting.list item shape (also the jobPosting* webhook payload). */
export function jobPosting(state: FakeState, p: JobPostingRecord): Json {
  const j = state.jobs.get(p.jobId);
  const dept = j?.departmentId ? state.departments.get(j.departmentId) : undefined;
  const parent = dept?.parentId ? state.departments.get(dept.parentId) : undefined;
  const loc = j?.locationId ? state.locations.get(j.locationId) : undefined;
  return {
    id: p.id,
    title: p.title,
    jobId: p.jobId,
    departmentName: (parent ?? dept)?.name ?? null,
    teamName: dept?.name ?? null,
    locationName: loc?.name ?? null,
    locationExternalName: loc?.name ?? null,
    locationIds: { primaryLocationId: loc?.id ?? null, secondaryLocationIds: [] },
    workplaceType: loc?.workplaceType ?? null,
    employmentType: j?.employmentType ?? null,
    isListed: p.isListed,
    publishedDate: p.publishedAt === null ? null : new Date(p.publishedAt).toISOString().slice(0, 10),
    applicationDeadline: null,
    externalLink: null,
    applyLink: `https://jobs.ashbyhq.com/northstar/${p.id}/application`,
    compensationTierSummary: null,
    shouldDisplayCompensationOnJobBoard: false,
    updatedAt: iso(p.updatedAt),
  };
}

export function jobPostingInfo(state: FakeState, p: JobPostingRecord): Json {
  const base = jobPosting(state, p);
  const loc = state.locations.get(state.jobs.get(p.jobId)?.locationId ?? '');
  return {
    ...base,
    descriptionPlain: p.descriptionPlain,
    descriptionHtml: `<p>${p.descriptionPlain.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
    descriptionSocial: p.descriptionPlain.slice(0, 200),
    teamNameHierarchy: [base.departmentName, base.teamName].filter((n, i, a) => n && a.indexOf(n) === i),
    isRemote: loc?.workplaceType === 'Remote',
    address: loc ? { postalAddress: { addressCountry: loc.country, addressRegion: loc.region, addressLocality: loc.locality } } : null,
    compensation: null,
  };
}
