import type { CandidateProfile } from './profile.js';

/*
 * "A candidate" as every reader sees it: the catalog, index text, enrichment, the profile view, job
 * matching and exports all read these records (read-candidates.ts), so they tell the same story.
 */

export interface StageVisit {
  stage: string;
  stageNumber: number;
  enteredAt: string;
  leftAt: string | null;
}

export interface ApplicationRecord {
  id: string;
  jobId: string | null;
  jobTitle: string | null;
  /** Ashby's `confidential` job flag: hidden unless the viewer may see confidential jobs (visibility.ts). */
  jobConfidential: boolean;
  departmentId: string | null;
  departmentName: string | null;
  /** Active | Archived | Hired | Lead */
  status: string;
  currentStageTitle: string | null;
  /** Stage visits, oldest first (empty until the history is synced). */
  stageHistory: StageVisit[];
  sourceId: string | null;
  sourceTitle: string | null;
  archiveReasonId: string | null;
  archiveReasonText: string | null;
  archivedAt: string | null;
  /** The hiring-team recruiter (recruiter.ts), never the credited-to user. */
  recruiterUserId: string | null;
  recruiterName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactPoint {
  value: string;
  type: string | null;
  isPrimary: boolean;
}

/** What only views and enrichment need: read from the candidate's raw Ashby record. */
export interface CandidateContacts {
  emails: ContactPoint[];
  phones: ContactPoint[];
  socialLinks: { type: string; url: string }[];
}

export interface FileRecord {
  id: string;
  name: string;
  kind: string;
  status: string;
  error: string | null;
  updatedAt: string;
  extractedAt: string | null;
}

export interface CandidateRecord {
  id: string;
  name: string;
  profileUrl: string | null;
  position: string | null;
  company: string | null;
  school: string | null;
  locationSummary: string | null;
  sourceId: string | null;
  sourceTitle: string | null;
  creditedToUserId: string | null;
  creditedToName: string | null;
  createdAt: string;
  updatedAt: string;
  mirroredAt: string;
  /** Latest of the candidate's and its applications' `updatedAt`. */
  lastActivityAt: string;
  tags: { id: string; title: string }[];
  /** Oldest first. */
  applications: ApplicationRecord[];
  /** The enrichment profile (null when not computed or no longer readable) and its indexed columns. */
  profile: CandidateProfile | null;
  yearsExperience: number | null;
  yearsInRole: number | null;
  highestDegree: string | null;
  resumeFileId: string | null;
  /** Present when asked for (`include.contacts`). */
  contacts?: CandidateContacts;
  /** Present when asked for (`include.files`). */
  files?: FileRecord[];
  /**
   * Text of the file to read as the resume when asked for (`include.resumeText`): Ashby's current
   * resume, else the newest extracted resume, else (`resumeFallback: 'any'`) the newest attachment.
   */
  resumeText?: string | null;
}
