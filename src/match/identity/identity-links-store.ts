import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../store/db.js';
import { identityLinks } from '../../store/schema.js';
import type { IdentityPair } from './types.js';

/*
 * `identity_links` stores each pair once, in canonical order (`candidate_id < other_candidate_id`):
 * a pair is one fact, and one row per pair keeps a recompute's delete-and-insert exact. Readers look
 * in both columns (each has an index) — use `duplicatesOf`, not the table, to get a record's links.
 */

interface PersistOptions {
  /** Replace every stored link (an account-wide recompute). Default true. */
  replaceAll?: boolean;
  /** With `replaceAll: false`: first drop the stored links touching these ids (their records changed). */
  replaceFor?: string[];
  now?: () => Date;
}

/** Write the pairs judged the same person; returns how many links were written. */
export function persistIdentityLinks(db: Db, pairs: IdentityPair[], options: PersistOptions = {}): number {
  const updatedAt = (options.now?.() ?? new Date()).toISOString();
  const rows = new Map<string, typeof identityLinks.$inferInsert>();
  for (const pair of pairs) {
    if (pair.a === pair.b) continue;
    const [candidateId, otherCandidateId] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    rows.set(`${candidateId}\u0000${otherCandidateId}`, { candidateId, otherCandidateId, confidence: pair.confidence, reasons: pair.reasons, updatedAt });
  }
  db.transaction((tx) => {
    if (options.replaceAll ?? true) tx.delete(identityLinks).run();
    else if (options.replaceFor && options.replaceFor.length > 0) {
      for (let i = 0; i < options.replaceFor.length; i += 400) {
        const ids = options.replaceFor.slice(i, i + 400);
        tx.delete(identityLinks).where(or(inArray(identityLinks.candidateId, ids), inArray(identityLinks.otherCandidateId, ids))).run();
      }
    }
    for (const row of rows.values()) {
      tx.insert(identityLinks)
        .values(row)
        .onConflictDoUpdate({
          target: [identityLinks.candidateId, identityLinks.otherCandidateId],
          set: { confidence: row.confidence, reasons: row.reasons, updatedAt: row.updatedAt },
        })
        .run();
    }
  });
  return rows.size;
}

interface DuplicateLink {
  candidateId: string;
  confidence: number;
  reasons: string[];
}

/** The records directly linked to `candidateId` as the same person, most confident first. */
export function duplicatesOf(db: Db, candidateId: string): DuplicateLink[] {
  const rows = db
    .select()
    .from(identityLinks)
    .where(or(eq(identityLinks.candidateId, candidateId), eq(identityLinks.otherCandidateId, candidateId)))
    .all();
  return rows
    .map((row) => ({
      candidateId: row.candidateId === candidateId ? row.otherCandidateId : row.candidateId,
      confidence: row.confidence,
      reasons: row.reasons,
    }))
    .sort((x, y) => y.confidence - x.confidence || (x.candidateId < y.candidateId ? -1 : 1));
}

/** Every record connected to `candidateId` through links, itself included (sorted ids). */
export function identityGroupOf(db: Db, candidateId: string): string[] {
  const group = new Set([candidateId]);
  const queue = [candidateId];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const link of duplicatesOf(db, current)) {
      if (!group.has(link.candidateId)) {
        group.add(link.candidateId);
        queue.push(link.candidateId);
      }
    }
  }
  return [...group].sort();
}
