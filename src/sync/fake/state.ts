import { Collection, type Stamped } from './collection.js';
import type { ResumeContact } from './profile.js';
import type { StageType } from './vocabulary.js';

/*
 * The in-memory Ashby account. Records are compact (ids and scalars); the Ashby JSON shapes are
 * built on read by serialize.ts, and resume bytes are rendered on download from `FileRender`.
 */

export interface SocialLinkValue {
  type: string;
  url: string;
}

export interface CustomFieldEntry {
  fieldId: string;
  value: unknown;
}

interface CandidateLocationValue {
  city: string;
  region: string;
  country: string;
  timezone: string;
}

export interface FakeCandidateRecord extends Stamped {
  name: string;
  /** First entry is the primary one. */
  emails: string[];
  phones: string[];
  socialLinks: SocialLinkValue[];
  tagIds: string[];
  position: string | null;
  company: string | null;
  school: string | null;
  location: CandidateLocationValue | null;
  applicationIds: string[];
  resumeFileId: string | null;
  fileIds: string[];
  sourceId: string | null;
  creditedToUserId: string | null;
  customFields: CustomFieldEntry[];
}

/**
 * A candidate record with every field blank except the stamp and `fields`: the one place the fake
 * builds a candidate, so seeding, corpus import and the admin API agree on the defaults.
 */
export function candidateRecord(stamp: Stamped, fields: Pick<FakeCandidateRecord, 'name'> & Partial<Omit<FakeCandidateRecord, keyof Stamped>>): FakeCandidateRecord {
  return {
    ...stamp,
    emails: [],
    phones: [],
    socialLinks: [],
    tagIds: [],
    position: null,
    company: null,
    school: null,
    location: null,
    applicationIds: [],
    resumeFileId: null,
    fileIds: [],
    sourceId: null,
    creditedToUserId: null,
    customFields: [],
    ...fields,
  };
}

export type ApplicationStatus = 'Active' | 'Hired' | 'Archived' | 'Lead';

export interface HistoryEntry {
  stageId: string;
  at: number;
  actorId: string | null;
}

export interface FakeApplicationRecord extends Stamped {
  candidateId: string;
  jobId: string;
  interviewPlanId: string;
  currentStageId: string;
  status: ApplicationStatus;
  sourceId: string | null;
  creditedToUserId: string | null;
  recruiterId: string | null;
  hiringManagerId: string | null;
  archiveReasonId: string | null;
  archivedAt: number | null;
  appliedViaJobPostingId: string | null;
  history: HistoryEntry[];
  customFields: CustomFieldEntry[];
}

export type JobStatus = 'Draft' | 'Open' | 'Closed' | 'Archived';

export interface HiringTeamEntry {
  userId: string;
  role: string;
}

export interface JobRecord extends Stamped {
  title: string;
  status: JobStatus;
  employmentType: string;
  locationId: string | null;
  departmentId: string | null;
  defaultInterviewPlanId: string;
  interviewPlanIds: string[];
  jobPostingIds: string[];
  hiringTeam: HiringTeamEntry[];
  authorId: string | null;
  /** Ashby's confidential flag: the job and its applications are hidden from anyone not allowed. */
  confidential: boolean;
  openedAt: number | null;
  closedAt: number | null;
  customFields: CustomFieldEntry[];
  /** Family key from the vocabulary; drives which candidates apply (not serialized). */
  family: string;
}

export interface JobPostingRecord extends Stamped {
  jobId: string;
  title: string;
  isListed: boolean;
  published: boolean;
  publishedAt: number | null;
  descriptionPlain: string;
}

interface DepartmentRecord extends Stamped {
  name: string;
  parentId: string | null;
  isArchived: boolean;
}

interface LocationRecord extends Stamped {
  name: string;
  country: string;
  region: string | null;
  locality: string | null;
  workplaceType: 'OnSite' | 'Hybrid' | 'Remote';
  isArchived: boolean;
}

export interface InterviewPlanRecord extends Stamped {
  title: string;
  isArchived: boolean;
  /** Stage ids in plan order. */
  stageIds: string[];
}

export interface InterviewStageRecord extends Stamped {
  planId: string;
  title: string;
  type: StageType;
  order: number;
}

export interface UserRecord extends Stamped {
  firstName: string;
  lastName: string;
  email: string;
  globalRole: string;
  isEnabled: boolean;
  isRecruiter: boolean;
}

interface SourceTypeRecord extends Stamped {
  title: string;
  isArchived: boolean;
}

export interface SourceRecord extends Stamped {
  title: string;
  sourceTypeId: string;
  isArchived: boolean;
}

export interface ArchiveReasonRecord extends Stamped {
  text: string;
  reasonType: string;
  isArchived: boolean;
}

export interface TagRecord extends Stamped {
  title: string;
  isArchived: boolean;
}

export interface CustomFieldRecord extends Stamped {
  title: string;
  objectType: string;
  fieldType: string;
  isArchived: boolean;
  selectableValues: string[] | null;
}

/** How a file's bytes are produced at download time (nothing is rendered up front). */
/** How a synthetic resume is saved: mostly PDF, then Word, a few RTF/OpenDocument, and scans (image-only PDFs). */
export type ResumeFormat = 'pdf' | 'docx' | 'doc' | 'rtf' | 'odt' | 'scan';

export type FileRender =
  | { kind: 'synthetic-resume'; profileSeed: number; family: string; asOf: number; contact: ResumeContact; format?: ResumeFormat }
  | { kind: 'oversized-pdf'; profileSeed: number; family: string; asOf: number; contact: ResumeContact }
  | { kind: 'text-resume'; text: string }
  | { kind: 'attachment'; title: string; body: string }
  | { kind: 'not-pdf' }
  | { kind: 'truncated-pdf'; profileSeed: number; family: string; asOf: number; contact: ResumeContact };

export interface FakeFileRecord extends Stamped {
  candidateId: string;
  name: string;
  type: 'ResumeFile' | 'CandidateFile';
  render: FileRender;
}

interface FakeStateOptions {
  /** Wall clock for mutations; the state keeps its own clock monotonic on top of it. */
  now?: () => number;
}

/** Everything the fake account holds, plus the change clock that syncTokens are built on. */
export class FakeState {
  readonly candidates = new Collection<FakeCandidateRecord>();
  readonly applications = new Collection<FakeApplicationRecord>();
  readonly jobs = new Collection<JobRecord>();
  readonly jobPostings = new Collection<JobPostingRecord>();
  readonly departments = new Collection<DepartmentRecord>();
  readonly locations = new Collection<LocationRecord>();
  readonly interviewPlans = new Collection<InterviewPlanRecord>();
  readonly interviewStages = new Collection<InterviewStageRecord>();
  readonly users = new Collection<UserRecord>();
  readonly sourceTypes = new Collection<SourceTypeRecord>();
  readonly sources = new Collection<SourceRecord>();
  readonly archiveReasons = new Collection<ArchiveReasonRecord>();
  readonly tags = new Collection<TagRecord>();
  readonly customFields = new Collection<CustomFieldRecord>();
  readonly files = new Collection<FakeFileRecord>();

  /** Ground truth for identity-resolution evals: duplicate candidate id → the candidate it copies. */
  readonly duplicateOf = new Map<string, string>();

  /** Last change sequence handed out. */
  seq = 0;
  private lastOrd = 0;
  private lastTimestamp = 0;
  private readonly wallClock: () => number;

  constructor(options: FakeStateOptions = {}) {
    this.wallClock = options.now ?? Date.now;
  }

  /** A timestamp strictly after every one handed out before, so `updatedAt` never goes backwards. */
  tick(): number {
    this.lastTimestamp = Math.max(this.wallClock(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }

  /** Seeding writes historical timestamps; later ticks must come after the latest of them. */
  observeTimestamp(at: number): void {
    if (at > this.lastTimestamp) this.lastTimestamp = at;
  }

  nextOrd(): number {
    return ++this.lastOrd;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  /** Stamp fields for a record created now (or at `at` while seeding). */
  stamp(id: string, at?: number): Stamped {
    const when = at ?? this.tick();
    this.observeTimestamp(when);
    return { id, ord: this.nextOrd(), seq: this.nextSeq(), createdAt: when, updatedAt: when };
  }

  /** Mark a record changed now: bumps `updatedAt` and the change sequence. */
  touch(record: Stamped, at?: number): void {
    record.updatedAt = at ?? this.tick();
    this.observeTimestamp(record.updatedAt);
    record.seq = this.nextSeq();
  }

  stagesOf(planId: string): InterviewStageRecord[] {
    const plan = this.interviewPlans.get(planId);
    if (!plan) return [];
    return plan.stageIds.map((id) => this.interviewStages.get(id)).filter((s): s is InterviewStageRecord => !!s);
  }

  stageOfType(planId: string, type: StageType): InterviewStageRecord | undefined {
    return this.stagesOf(planId).find((s) => s.type === type);
  }

  /** Remove a candidate with its applications and files (Ashby's delete). */
  deleteCandidate(candidateId: string): FakeCandidateRecord | undefined {
    const candidate = this.candidates.remove(candidateId);
    if (!candidate) return undefined;
    for (const appId of candidate.applicationIds) this.applications.remove(appId);
    for (const fileId of candidate.fileIds) this.files.remove(fileId);
    this.duplicateOf.delete(candidateId);
    return candidate;
  }

  /** Merge `removedId` into `survivorId`: applications and files move, the removed candidate goes. */
  mergeCandidates(survivorId: string, removedId: string): FakeCandidateRecord | undefined {
    const survivor = this.candidates.get(survivorId);
    const removed = this.candidates.get(removedId);
    if (!survivor || !removed || survivor === removed) return undefined;
    for (const appId of removed.applicationIds) {
      const app = this.applications.get(appId);
      if (!app) continue;
      app.candidateId = survivor.id;
      this.touch(app);
      survivor.applicationIds.push(appId);
    }
    for (const fileId of removed.fileIds) {
      const file = this.files.get(fileId);
      if (!file) continue;
      file.candidateId = survivor.id;
      this.touch(file);
      survivor.fileIds.push(fileId);
    }
    if (!survivor.resumeFileId && removed.resumeFileId) survivor.resumeFileId = removed.resumeFileId;
    for (const email of removed.emails) if (!survivor.emails.includes(email)) survivor.emails.push(email);
    for (const phone of removed.phones) if (!survivor.phones.includes(phone)) survivor.phones.push(phone);
    for (const link of removed.socialLinks) if (!survivor.socialLinks.some((l) => l.url === link.url)) survivor.socialLinks.push(link);
    for (const tagId of removed.tagIds) if (!survivor.tagIds.includes(tagId)) survivor.tagIds.push(tagId);
    removed.applicationIds = [];
    removed.fileIds = [];
    this.candidates.remove(removed.id);
    this.duplicateOf.delete(removed.id);
    this.touch(survivor);
    return survivor;
  }
}
