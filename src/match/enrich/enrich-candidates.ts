import type { Db } from '../../store/db.js';
import { extractProfile } from '../profile/extract-profile.js';
import type { CandidateProfile } from '../profile/types.js';
import { loadEnrichmentSources } from './load-sources.js';

/*
 * Keeps `candidate_profiles` in step with the mirror: one profile per present candidate, derived from
 * its Ashby fields and resume text. The search indexer calls `enrichCandidates` for each batch it
 * drains (before indexing it), and `rediscovery enrich` catches up whatever is stale.
 */

/**
 * Bump when extraction or normalisation rules change: every stored profile with an older version is
 * stale and gets recomputed by `enrichAll` (and by the indexer as candidates change). 2: groups, interests, honors.
 */
export const EXTRACTOR_VERSION = 2;

/** Batches keep each transaction short: readers (search, MCP) are never blocked for long. */
const BATCH_SIZE = 200;

export interface EnrichResult {
  written: number;
  removed: number;
}

/** The `candidate_profiles` row for a profile (shared with evaluations that build profiles outside the mirror). */
export function profileRow(candidateId: string, profile: CandidateProfile, sourceUpdatedAt: string, now: Date) {
  return {
    candidateId,
    currentTitle: profile.currentTitle?.value ?? null,
    currentCompany: profile.currentCompany?.value ?? null,
    occupationCode: profile.occupationCode,
    location: profile.location?.value ?? null,
    yearsExperience: profile.yearsExperience,
    yearsInRole: profile.yearsInRole,
    highestDegree: profile.highestDegree,
    profile: JSON.stringify(profile),
    sourceUpdatedAt,
    extractorVersion: EXTRACTOR_VERSION,
    updatedAt: now.toISOString(),
  };
}

const UPSERT = `INSERT INTO candidate_profiles (candidate_id, current_title, current_company, occupation_code, location,
    years_experience, years_in_role, highest_degree, profile, source_updated_at, extractor_version, updated_at)
  VALUES (@candidateId, @currentTitle, @currentCompany, @occupationCode, @location, @yearsExperience, @yearsInRole,
    @highestDegree, @profile, @sourceUpdatedAt, @extractorVersion, @updatedAt)
  ON CONFLICT (candidate_id) DO UPDATE SET current_title = excluded.current_title, current_company = excluded.current_company,
    occupation_code = excluded.occupation_code, location = excluded.location, years_experience = excluded.years_experience,
    years_in_role = excluded.years_in_role, highest_degree = excluded.highest_degree, profile = excluded.profile,
    source_updated_at = excluded.source_updated_at, extractor_version = excluded.extractor_version, updated_at = excluded.updated_at`;

/** Write the profile rows of one batch in one transaction (exported for evaluations that extract profiles themselves). */
export function writeProfileRows(db: Db, rows: ReturnType<typeof profileRow>[], removedIds: string[] = []): void {
  const upsert = db.$client.prepare(UPSERT);
  const remove = db.$client.prepare('DELETE FROM candidate_profiles WHERE candidate_id = ?');
  db.$client.transaction(() => {
    for (const row of rows) upsert.run(row);
    for (const id of removedIds) remove.run(id);
  })();
}

/**
 * (Re)compute the profiles of `candidateIds`; ids missing or tombstoned in the mirror lose their profile.
 * Idempotent: running it twice writes the same rows. One transaction per batch of 200.
 */
export function enrichCandidates(db: Db, candidateIds: string[], now: Date): EnrichResult {
  const result: EnrichResult = { written: 0, removed: 0 };
  const ids = [...new Set(candidateIds)];
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const batch = ids.slice(start, start + BATCH_SIZE);
    const sources = loadEnrichmentSources(db, batch);
    const present = new Set(sources.map((s) => s.candidateId));
    const rows = sources.map((source) =>
      profileRow(source.candidateId, extractProfile({ candidate: source.candidate, resumeText: source.resumeText, now }), source.sourceUpdatedAt, now),
    );
    const gone = batch.filter((id) => !present.has(id));
    writeProfileRows(db, rows, gone);
    result.written += rows.length;
    result.removed += gone.length;
  }
  return result;
}

/**
 * Candidates whose profile must be (re)computed: none yet, an older extractor version, or sources
 * (candidate row, extracted files) newer than the profile; plus profiles whose candidate is gone.
 */
export function staleProfileIds(db: Db): string[] {
  const rows = db.$client
    .prepare(
      `SELECT c.id AS id
         FROM candidates c
         LEFT JOIN candidate_profiles p ON p.candidate_id = c.id
         LEFT JOIN (SELECT candidate_id, MAX(extracted_at) AS extracted FROM files WHERE status = 'ok' GROUP BY candidate_id) f
                ON f.candidate_id = c.id
        WHERE c.id NOT IN (SELECT candidate_id FROM candidate_tombstones)
          AND (p.candidate_id IS NULL OR p.extractor_version <> @version OR p.source_updated_at < c.updated_at
               OR (f.extracted IS NOT NULL AND p.source_updated_at < f.extracted))
       UNION
       SELECT p.candidate_id AS id
         FROM candidate_profiles p
        WHERE p.candidate_id NOT IN (SELECT id FROM candidates)
           OR p.candidate_id IN (SELECT candidate_id FROM candidate_tombstones)
       ORDER BY id`,
    )
    .all({ version: EXTRACTOR_VERSION }) as { id: string }[];
  return rows.map((r) => r.id);
}

export interface EnrichAllProgress {
  done: number;
  total: number;
}

/** Every candidate id plus every profiled id: what a full recompute (`--all`) visits. */
export function allProfileIds(db: Db): string[] {
  const rows = db.$client
    .prepare('SELECT id FROM candidates UNION SELECT candidate_id AS id FROM candidate_profiles ORDER BY id')
    .all() as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * Bring every stale profile up to date (or, with `all`, recompute every profile), reporting progress
 * after each batch. `ms` is the wall time, for the per-candidate cost.
 */
export function enrichAll(
  db: Db,
  now: Date,
  onProgress?: (progress: EnrichAllProgress) => void,
  options: { all?: boolean } = {},
): EnrichResult & { ms: number } {
  const started = performance.now();
  const ids = options.all ? allProfileIds(db) : staleProfileIds(db);
  const result: EnrichResult = { written: 0, removed: 0 };
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const part = enrichCandidates(db, ids.slice(start, start + BATCH_SIZE), now);
    result.written += part.written;
    result.removed += part.removed;
    onProgress?.({ done: Math.min(start + BATCH_SIZE, ids.length), total: ids.length });
  }
  return { ...result, ms: Math.round(performance.now() - started) };
}
