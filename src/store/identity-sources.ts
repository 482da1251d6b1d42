import { and, asc, desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { parseRawCandidate, type RawCandidateFields } from './read-model/raw-record.js';
import * as s from './schema.js';

/** One present candidate as duplicate detection reads it: the columns, the contact fields of its Ashby record, and the resume's head. */
export interface IdentitySourceRow {
  id: string;
  name: string;
  position: string | null;
  company: string | null;
  school: string | null;
  location: string | null;
  /** Contacts and location from `candidates.raw` (`parseRawCandidate`: a malformed record reads as empty, it does not fail the pass). */
  fields: RawCandidateFields;
  resume: string | null;
}

/*
 * The resume is the head of the candidate's resume file, else of its newest resume-kind file, else of
 * its newest file with text. A correlated subquery built by drizzle (which qualifies its columns); only
 * substr(), `+status` (which keeps SQLite on the candidate index) and ordering by a comparison are fragments.
 */
function resumeHead(db: Db, chars: number) {
  const f = s.files;
  const head = db
    .select({ text: sql<string | null>`substr(${f.text}, 1, ${chars})` })
    .from(f)
    .where(and(eq(f.candidateId, s.candidates.id), sql`+${f.status} = 'ok'`, isNotNull(f.text)))
    .orderBy(sql`${f.id} = ${s.candidates.resumeFileId} desc`, sql`${f.kind} = 'resume' desc`, desc(f.updatedAt))
    .limit(1);
  return sql<string | null>`(${head})`;
}

/** Every present (not tombstoned) candidate in id order, with the first `resumeHeadChars` of its resume (null: no resume read). */
export function readIdentitySources(db: Db, resumeHeadChars: number | null): IdentitySourceRow[] {
  const rows = db
    .select({
      id: s.candidates.id,
      name: s.candidates.name,
      position: s.candidates.position,
      company: s.candidates.company,
      school: s.candidates.school,
      location: s.candidates.locationSummary,
      // The column's JSON decoding is skipped: parseRawCandidate reads the text leniently.
      raw: sql<string>`${s.candidates.raw}`,
      resume: resumeHeadChars === null ? sql<string | null>`null` : resumeHead(db, resumeHeadChars),
    })
    .from(s.candidates)
    .where(notInArray(s.candidates.id, db.select({ id: s.candidateTombstones.candidateId }).from(s.candidateTombstones)))
    .orderBy(asc(s.candidates.id))
    .all();
  return rows.map(({ raw, ...row }) => ({ ...row, fields: parseRawCandidate(raw) }));
}

/** Every stored identity link as a pair of candidate ids. */
export function readIdentityLinkPairs(db: Db): { a: string; b: string }[] {
  return db.select({ a: s.identityLinks.candidateId, b: s.identityLinks.otherCandidateId }).from(s.identityLinks).all();
}
