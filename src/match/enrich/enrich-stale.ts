import type { Db } from '../../store/db.js';
import { EXTRACTOR_VERSION, enrichCandidates, type EnrichResult } from './enrich-candidates.js';

/**
 * Of `candidateIds`, those whose profile is missing, built by an older extractor, or older than
 * the candidate row or its newest extracted file; ids no longer in the mirror are included so their
 * profile is dropped.
 */
export function staleAmong(db: Db, candidateIds: string[]): string[] {
  if (candidateIds.length === 0) return [];
  const rows = db.$client
    .prepare(
      `SELECT ids.value AS id
         FROM json_each(@ids) ids
         LEFT JOIN candidates c ON c.id = ids.value
         LEFT JOIN candidate_profiles p ON p.candidate_id = ids.value
        WHERE c.id IS NULL
           OR p.candidate_id IS NULL
           OR p.extractor_version <> @version
           OR p.source_updated_at < c.updated_at
           OR EXISTS (SELECT 1 FROM files f WHERE f.candidate_id = c.id AND +f.status = 'ok' AND f.extracted_at > p.source_updated_at)`,
    )
    .all({ ids: JSON.stringify(candidateIds), version: EXTRACTOR_VERSION }) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Bring the profiles of `candidateIds` up to date before they are indexed; fresh ones are skipped. */
export function enrichStale(db: Db, candidateIds: string[], now: Date): EnrichResult {
  return enrichCandidates(db, staleAmong(db, candidateIds), now);
}

/** `enrichStale` as the indexer's `beforeIndexing` hook (wired by the composition root, never by retrieval). */
export function refreshStaleProfiles(db: Db): (candidateIds: string[]) => void {
  return (candidateIds) => {
    enrichStale(db, candidateIds, new Date());
  };
}
