import type Database from 'better-sqlite3';

/*
 * Secondary indexes can be set aside while a table is loaded from empty and rebuilt once at the end:
 * maintaining them row by row on random-UUID keys made every page commit rewrite hundreds of index
 * pages (measured: more than half of a 100k-candidate initial load's WAL volume). Crash safety: the
 * dropped indexes' SQL is recorded in `meta` in the same transaction that drops them, and
 * `restoreDeferredIndexes` (run by openDb before migrations, and by the sync when its pass ends)
 * recreates every recorded index. A process killed mid-load therefore never leaves the mirror without
 * an index past its next start.
 */

const META_KEY = 'deferred_indexes';

interface DeferredIndex {
  name: string;
  sql: string;
}

function hasMetaTable(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get() !== undefined;
}

function readDeferred(sqlite: Database.Database): DeferredIndex[] {
  const row = sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as DeferredIndex[]) : [];
}

/**
 * Drop the named indexes (those that exist) and remember their SQL (call inside a transaction, or
 * alone: it opens a savepoint). Returns the names actually dropped.
 */
export function deferIndexes(sqlite: Database.Database, names: readonly string[]): string[] {
  return sqlite.transaction(() => {
    const deferred = readDeferred(sqlite);
    const dropped: string[] = [];
    for (const name of names) {
      const row = sqlite.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ? AND sql IS NOT NULL").get(name) as { sql: string } | undefined;
      if (!row) continue;
      if (!deferred.some((d) => d.name === name)) deferred.push({ name, sql: row.sql });
      sqlite.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
      dropped.push(name);
    }
    if (dropped.length) {
      sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(META_KEY, JSON.stringify(deferred));
    }
    return dropped;
  })();
}

/** Recreate every deferred index (call inside a transaction, or alone). Returns the names rebuilt. */
export function restoreDeferredIndexes(sqlite: Database.Database): string[] {
  if (!hasMetaTable(sqlite)) return [];
  return sqlite.transaction(() => {
    const deferred = readDeferred(sqlite);
    for (const { sql } of deferred) sqlite.exec(sql.replace(/^CREATE (UNIQUE )?INDEX (?!IF NOT EXISTS)/i, 'CREATE $1INDEX IF NOT EXISTS '));
    if (deferred.length) sqlite.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY);
    return deferred.map((d) => d.name);
  })();
}

/** Names of the indexes currently set aside (for tests and status). */
export function deferredIndexNames(sqlite: Database.Database): string[] {
  return hasMetaTable(sqlite) ? readDeferred(sqlite).map((d) => d.name) : [];
}
