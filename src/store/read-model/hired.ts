import type { ApplicationRecord } from './types.js';

/**
 * A candidate is currently hired when one of their applications is Hired and was not archived after
 * it (an archived hire has left, or the hire was undone). Hired people are employees, not "past
 * candidates": job matching and digests leave them out unless asked.
 */
export function isCurrentlyHired(applications: readonly Pick<ApplicationRecord, 'status' | 'archivedAt'>[]): boolean {
  return applications.some((a) => a.status === 'Hired' && !a.archivedAt);
}
