import type { ApplicationRecord, CandidateRecord } from './types.js';

/*
 * Confidential jobs. Ashby hides a confidential job and its candidates from everyone not on it; a
 * mirror read with an API key that may see them must not undo that. So by default an application to
 * a confidential job is invisible — not counted, not filterable, not shown — and a candidate whose
 * only applications are confidential does not exist. Only viewers granted access
 * (REDISCOVERY_CONFIDENTIAL_ACCESS, decided in src/app/viewer.ts) see them.
 */

export interface Visibility {
  /** True when the viewer may see applications to confidential jobs. */
  confidential: boolean;
}

export const PUBLIC_VISIBILITY: Visibility = Object.freeze({ confidential: false });
export const FULL_VISIBILITY: Visibility = Object.freeze({ confidential: true });

/** True when the candidate has applications and every one of them is to a confidential job. */
function onlyConfidential(applications: readonly Pick<ApplicationRecord, 'jobConfidential'>[]): boolean {
  return applications.length > 0 && applications.every((a) => a.jobConfidential);
}

/**
 * The record as `visibility` allows it: confidential applications dropped, or null when nothing of
 * the candidate may be seen. The same object comes back when nothing was hidden.
 */
export function visibleRecord<T extends Pick<CandidateRecord, 'applications'>>(record: T, visibility: Visibility): T | null {
  if (visibility.confidential || !record.applications.some((a) => a.jobConfidential)) return record;
  if (onlyConfidential(record.applications)) return null;
  return { ...record, applications: record.applications.filter((a) => !a.jobConfidential) };
}
