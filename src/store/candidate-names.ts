import { and, desc, notInArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from './db.js';
import * as s from './schema.js';

/*
 * drizzle's like() has no ESCAPE clause, and the prefix is user text whose %, _ and \ must match
 * literally; nor has it lower(). So these two terms are SQL fragments over typed columns.
 */
const likeLiteral = (expr: SQLWrapper, pattern: string) => sql`${expr} like ${pattern} escape '\\'`;
const lowerName = sql`lower(${s.candidates.name})`;

/**
 * Candidates (not deleted or merged) whose name, or a word of it, or whose id starts with `prefix`
 * (case-insensitive), most recently updated first.
 */
export function readCandidateNamesStartingWith(db: Db, prefix: string, limit: number): { id: string; name: string }[] {
  const p = prefix.trim().toLowerCase().replace(/[%_\\]/g, (ch) => `\\${ch}`);
  return db
    .select({ id: s.candidates.id, name: s.candidates.name })
    .from(s.candidates)
    .where(
      and(
        notInArray(s.candidates.id, db.select({ id: s.candidateTombstones.candidateId }).from(s.candidateTombstones)),
        or(likeLiteral(lowerName, `${p}%`), likeLiteral(lowerName, `% ${p}%`), likeLiteral(s.candidates.id, `${p}%`)),
      ),
    )
    .orderBy(desc(s.candidates.updatedAt), s.candidates.id)
    .limit(limit)
    .all();
}
