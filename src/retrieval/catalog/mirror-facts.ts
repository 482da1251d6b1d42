import type { Db } from '../../store/db.js';

/** Re-exported: "as of" is decided by the store's read model, the same for every door. */
export { readAsOf } from '../../store/read-model/as-of.js';

/** Identity links as an undirected adjacency map. */
export function loadIdentityLinks(db: Db): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let s = out.get(a);
    if (!s) out.set(a, (s = new Set()));
    s.add(b);
  };
  const rows = db.$client.prepare('SELECT candidate_id AS a, other_candidate_id AS b FROM identity_links').all() as { a: string; b: string }[];
  for (const { a, b } of rows) {
    add(a, b);
    add(b, a);
  }
  return out;
}

/** Highest outbox seq (0 when empty). */
export function outboxHead(db: Db): number {
  return (db.$client.prepare('SELECT coalesce(max(seq), 0) AS seq FROM outbox').get() as { seq: number }).seq;
}

/** Distinct candidate ids of outbox rows in (after, upTo]. */
export function outboxCandidates(db: Db, after: number, upTo: number): string[] {
  const rows = db.$client
    .prepare('SELECT DISTINCT candidate_id AS id FROM outbox WHERE seq > ? AND seq <= ?')
    .all(after, upTo) as { id: string }[];
  return rows.map((r) => r.id);
}
