import type { Db } from '../../store/db.js';

/** When the mirror was last brought up to date: meta `as_of`, else the last successful sync run or entity sync. */
export function readAsOf(db: Db): string | null {
  const c = db.$client;
  const meta = c.prepare(`SELECT value FROM meta WHERE key = 'as_of'`).get() as { value: string } | undefined;
  if (meta?.value) return meta.value;
  const run = c.prepare(`SELECT max(finished_at) AS at FROM sync_runs WHERE status = 'ok'`).get() as { at: string | null };
  if (run.at) return run.at;
  const state = c.prepare(`SELECT max(last_success_at) AS at FROM sync_state`).get() as { at: string | null };
  return state.at ?? null;
}

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
