import type { Db } from '../../store/db.js';
import { readStaleAmong } from '../../store/profiles.js';
import { EXTRACTOR_VERSION, enrichCandidates, type EnrichResult } from './enrich-candidates.js';

/**
 * Of `candidateIds`, those whose profile is missing, built by an older extractor, or older than
 * the candidate row or its newest extracted file; ids no longer in the mirror are included so their
 * profile is dropped.
 */
export function staleAmong(db: Db, candidateIds: string[]): string[] {
  return readStaleAmong(db, candidateIds, EXTRACTOR_VERSION);
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
