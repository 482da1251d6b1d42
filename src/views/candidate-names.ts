import type { Db } from '../store/db.js';

/**
 * Candidates whose name, or a word of it, starts with `prefix` (case-insensitive), most recently
 * updated first: the suggestions behind MCP argument completion. Deleted candidates are left out.
 */
export function candidateNamesStartingWith(db: Db, prefix: string, limit: number): { id: string; name: string }[] {
  const p = prefix.trim().toLowerCase().replace(/[%_\\]/g, (ch) => `\\${ch}`);
  return db.$client
    .prepare(
      `SELECT id, name FROM candidates
        WHERE id NOT IN (SELECT candidate_id FROM candidate_tombstones)
          AND (lower(name) LIKE @p ESCAPE '\\' OR lower(name) LIKE @w ESCAPE '\\' OR id LIKE @p ESCAPE '\\')
        ORDER BY updated_at DESC, id LIMIT @limit`,
    )
    .all({ p: `${p}%`, w: `% ${p}%`, limit }) as { id: string; name: string }[];
}
