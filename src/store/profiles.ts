import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, max, ne, notExists, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { inIdList } from './id-list.js';
import * as s from './schema.js';

/*
 * `candidate_profiles`, the derived table src/match keeps in step with the mirror: its writes, which
 * profiles are stale, and the queries rediscovery narrows its pool with.
 */

/** One `candidate_profiles` row as written. */
export type ProfileRow = typeof s.candidateProfiles.$inferInsert;

const tombstoned = (db: Db) => db.select({ id: s.candidateTombstones.candidateId }).from(s.candidateTombstones);
/** `+status`: SQLite then walks the files of one candidate by its index instead of all files by status. */
const fileOk = sql`+${s.files.status} = 'ok'`;

/** Upsert `rows` and delete the profiles of `removedIds`, in one transaction. */
export function writeProfiles(db: Db, rows: ProfileRow[], removedIds: string[] = []): void {
  const p = s.candidateProfiles;
  const excluded = (column: { name: string }) => sql.raw(`excluded.${column.name}`);
  const update = {
    currentTitle: excluded(p.currentTitle),
    currentCompany: excluded(p.currentCompany),
    occupationCode: excluded(p.occupationCode),
    location: excluded(p.location),
    yearsExperience: excluded(p.yearsExperience),
    yearsInRole: excluded(p.yearsInRole),
    highestDegree: excluded(p.highestDegree),
    profile: excluded(p.profile),
    sourceUpdatedAt: excluded(p.sourceUpdatedAt),
    extractorVersion: excluded(p.extractorVersion),
    updatedAt: excluded(p.updatedAt),
  };
  db.transaction((tx) => {
    for (const row of rows) tx.insert(p).values(row).onConflictDoUpdate({ target: p.candidateId, set: update }).run();
    for (const id of removedIds) tx.delete(p).where(eq(p.candidateId, id)).run();
  });
}

/**
 * Present candidates whose profile is missing, built by another extractor version, or older than the
 * candidate row or its newest extracted file; plus profiles whose candidate is gone. In id order.
 */
export function readStaleProfileIds(db: Db, extractorVersion: number): string[] {
  const p = s.candidateProfiles;
  const newestFile = db
    .select({ candidateId: s.files.candidateId, extracted: max(s.files.extractedAt).as('extracted') })
    .from(s.files)
    .where(eq(s.files.status, 'ok'))
    .groupBy(s.files.candidateId)
    .as('f');
  const stale = db
    .select({ id: s.candidates.id })
    .from(s.candidates)
    .leftJoin(p, eq(p.candidateId, s.candidates.id))
    .leftJoin(newestFile, eq(newestFile.candidateId, s.candidates.id))
    .where(
      and(
        notInArray(s.candidates.id, tombstoned(db)),
        or(
          isNull(p.candidateId),
          ne(p.extractorVersion, extractorVersion),
          lt(p.sourceUpdatedAt, s.candidates.updatedAt),
          and(isNotNull(newestFile.extracted), lt(p.sourceUpdatedAt, newestFile.extracted)),
        ),
      ),
    );
  const orphaned = db
    .select({ id: p.candidateId })
    .from(p)
    .where(or(notInArray(p.candidateId, db.select({ id: s.candidates.id }).from(s.candidates)), inArray(p.candidateId, tombstoned(db))));
  return stale.union(orphaned).orderBy(sql`id`).all().map((r) => r.id);
}

/**
 * Of `candidateIds` (in their order), those whose profile must be recomputed: no candidate row (so the
 * profile is dropped), no profile, another extractor version, or older than the row or a newer extracted file.
 */
export function readStaleAmong(db: Db, candidateIds: string[], extractorVersion: number): string[] {
  if (candidateIds.length === 0) return [];
  const p = s.candidateProfiles;
  const fresh = db
    .select({ id: s.candidates.id })
    .from(s.candidates)
    .innerJoin(p, eq(p.candidateId, s.candidates.id))
    .where(
      and(
        inIdList(s.candidates.id, candidateIds),
        eq(p.extractorVersion, extractorVersion),
        gte(p.sourceUpdatedAt, s.candidates.updatedAt),
        notExists(db.select({ one: sql`1` }).from(s.files).where(and(eq(s.files.candidateId, s.candidates.id), fileOk, gt(s.files.extractedAt, p.sourceUpdatedAt)))),
      ),
    )
    .all();
  const isFresh = new Set(fresh.map((r) => r.id));
  return candidateIds.filter((id) => !isFresh.has(id));
}

/** Every candidate id plus every profiled id, in id order: what a full recompute visits. */
export function readAllProfileIds(db: Db): string[] {
  return db
    .select({ id: s.candidates.id })
    .from(s.candidates)
    .union(db.select({ id: s.candidateProfiles.candidateId }).from(s.candidateProfiles))
    .orderBy(sql`id`)
    .all()
    .map((r) => r.id);
}

/** How many profiles are stored (live or not). */
export function countProfiles(db: Db): number {
  return db.select({ n: count() }).from(s.candidateProfiles).get()?.n ?? 0;
}

const liveProfile = (db: Db) =>
  and(inArray(s.candidateProfiles.candidateId, db.select({ id: s.candidates.id }).from(s.candidates)), notInArray(s.candidateProfiles.candidateId, tombstoned(db)));

/** Ids of the profiles of present candidates, in id order. */
export function readLiveProfileIds(db: Db): string[] {
  return db
    .select({ id: s.candidateProfiles.candidateId })
    .from(s.candidateProfiles)
    .where(liveProfile(db))
    .orderBy(asc(s.candidateProfiles.candidateId))
    .all()
    .map((r) => r.id);
}

/**
 * Ids of present candidates who share the occupation (3 points) or skills (1 point each) with a job,
 * most points first, then by id, at most `limit`. The skill count reads the profile's JSON with
 * json_each, which drizzle has no builder for: a SQL fragment over typed columns. Its NULL arithmetic
 * is kept as it was measured: with no occupation code, a profile that has one scores NULL and is left out.
 */
export function readProfileIdsSharing(db: Db, job: { occupationCode: string | null; skills: string[] }, limit: number): string[] {
  const p = s.candidateProfiles;
  const hits = sql<number | null>`(${p.occupationCode} is not null and ${p.occupationCode} = ${job.occupationCode}) * 3
    + (select count(*) from json_each(${p.profile}, '$.skills') sk
        where json_extract(sk.value, '$.value') in (select value from json_each(${JSON.stringify(job.skills)})))`.as('hits');
  const scored = db.select({ id: p.candidateId, hits }).from(p).where(liveProfile(db)).as('scored');
  return db
    .select({ id: scored.id })
    .from(scored)
    .where(gt(scored.hits, 0))
    .orderBy(sql`${scored.hits} desc`, asc(scored.id))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

/** Each given candidate's stored profile (as JSON text, parsed by the caller) and full resume text. */
interface ProfileWithResumeRow {
  id: string;
  profile: string;
  /** The newest parsed resume-kind file, else the newest parsed file with text. */
  text: string | null;
}

export function readProfilesWithResumeText(db: Db, candidateIds: string[]): ProfileWithResumeRow[] {
  if (candidateIds.length === 0) return [];
  const p = s.candidateProfiles;
  // A correlated subquery built by drizzle; ordering by a comparison (kind = 'resume') is the one fragment.
  const resume = db
    .select({ text: s.files.text })
    .from(s.files)
    .where(and(eq(s.files.candidateId, p.candidateId), fileOk, isNotNull(s.files.text)))
    .orderBy(sql`${s.files.kind} = 'resume' desc`, desc(s.files.updatedAt))
    .limit(1);
  // The profile column's JSON decoding is skipped: a malformed profile still has its resume text.
  return db.select({ id: p.candidateId, profile: sql<string>`${p.profile}`, text: sql<string | null>`(${resume})` }).from(p).where(inIdList(p.candidateId, candidateIds)).all();
}
