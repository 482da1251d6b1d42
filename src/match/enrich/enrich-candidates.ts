import type { Db } from '../../store/db.js';
import { readAllProfileIds, readStaleProfileIds, writeProfiles, type ProfileRow } from '../../store/profiles.js';
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
 * 3: a role title may start with a camel-case brand ("iOS Engineer" was no title).
 * 4: a wrapped lower-case line is body text, not a section heading; future-marked dates ("2015 (anticipated)")
 * do not date a resume (`yearsInRoleAtLeast`); Negotiation from its verb forms.
 * 5: no skill from an event or publication name or an industries-served list; a recruiter's own task after the
 * people recruited ("…candidates, negotiating rates") is hers.
 * 6: a year range after a software product is its versions, not a role; skills described without their names;
 * credentials inside organisation names and business "networking" lists are not the candidate's (round j). Two
 * branches each took 5 the same day, so the merged extractor is 6 and every stored profile is recomputed once.
 * 7: a title run into its first duty on one line is read; dated totals are one decimal rounded down; "with N years
 * <doing>" is a stated figure; networking among sourcing and influence words is professional networking.
 * 8: a capital split off its word by pdftotext is joined before skills are read ("I mprovement"); a stated total
 * below the dated one wins when roles held while studying explain the difference (round k).
 * 9: a skill duration ("5+ years of expertise in C", "6 years of experience with SQL") is no stated total (round m).
 * 10: a season or month used as a date is no skill ("Spring 2018"), and Spring needs its framework's words near (round o).
 * 11: an academic-assistant role (research or teaching assistant, graduate researcher, tutor …) within a degree's
 * study period is a student job, flagged on the work entry and left out of the dated total (round p).
 * 12: "Agile" as the PLM product ("Agile PLM", or among Windchill, CREO and other PLM/CAD tools) is no agile method (round q).
 * 13: undergraduate and student researcher posts are academic-assistant titles too (round r).
 * 14: a block of roles dated by its heading ("Additional Experience (1995 – 1999)" then undated titled roles) counts
 * in the dated total (round t).
 * 15: a neighbouring "Workshops : … (2013)" line no longer dates a degree; "C" before "/B-level" or "-suite" is no
 * language (round u).
 * 16: "retail" listed among marketing words is the retail market, not the Retail Sales skill (round v).
 * 17: products named as competitors ("competitors such as AWS, Microsoft Azure") are no skill of the candidate (round x);
 * a legal citation's section number ("7 U.S.C.2024") does not date a resume (round y).
 * 18: a test instrument the candidate made ("implemented a digital Spectrum Analyzer", and its project's heading) is
 * no instrument used (round v); what an organisation keeps its data in ("Merck has data in SAP …") is its
 * system, not the candidate's skill (round t).
 */
export const EXTRACTOR_VERSION = 18;

/** Batches keep each transaction short: readers (search, MCP) are never blocked for long. */
const BATCH_SIZE = 200;

export interface EnrichResult {
  written: number;
  removed: number;
}

/** The `candidate_profiles` row for a profile (shared with evaluations that build profiles outside the mirror). */
export function profileRow(candidateId: string, profile: CandidateProfile, sourceUpdatedAt: string, now: Date): ProfileRow {
  return {
    candidateId,
    currentTitle: profile.currentTitle?.value ?? null,
    currentCompany: profile.currentCompany?.value ?? null,
    occupationCode: profile.occupationCode,
    location: profile.location?.value ?? null,
    yearsExperience: profile.yearsExperience,
    yearsInRole: profile.yearsInRole,
    highestDegree: profile.highestDegree,
    profile,
    sourceUpdatedAt,
    extractorVersion: EXTRACTOR_VERSION,
    updatedAt: now.toISOString(),
  };
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
    writeProfiles(db, rows, gone);
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
  return readStaleProfileIds(db, EXTRACTOR_VERSION);
}

interface EnrichAllProgress {
  done: number;
  total: number;
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
  const ids = options.all ? readAllProfileIds(db) : staleProfileIds(db);
  const result: EnrichResult = { written: 0, removed: 0 };
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const part = enrichCandidates(db, ids.slice(start, start + BATCH_SIZE), now);
    result.written += part.written;
    result.removed += part.removed;
    onProgress?.({ done: Math.min(start + BATCH_SIZE, ids.length), total: ids.length });
  }
  return { ...result, ms: Math.round(performance.now() - started) };
}
