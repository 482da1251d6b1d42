import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fromPackageRoot } from '../shared/paths.js';
import { makePrivateDir, restrictSqliteFiles } from '../shared/private-files.js';
import { restoreDeferredIndexes } from './deferred-indexes.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Migrations ship in `drizzle/` at the package root. */
const MIGRATIONS = fromPackageRoot('drizzle');

/**
 * Open (creating if needed) the mirror at `file` and apply migrations. WAL lets readers (search, MCP,
 * a user's read-only `sqlite3`) run while sync writes; `synchronous=NORMAL` is durable across process
 * crashes in WAL mode, which is the failure we must survive (kill -9 mid-sync). A reader (a CLI or
 * `rediscovery mcp` next to a running `serve`) only reads, apart from its audit rows, which wait out
 * the writer's short transactions through busy_timeout.
 */
export function openDb(file: string, opts: { reader?: boolean } = {}): Db {
  if (file !== ':memory:') makePrivateDir(path.dirname(file));
  const sqlite = new Database(file);
  // Before WAL mode creates -wal and -shm, which then take the database file's mode.
  if (file !== ':memory:') restrictSqliteFiles(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // A bulk sync lets the WAL grow to a few hundred MB between checkpoints; trim it back once reset.
  sqlite.pragma('journal_size_limit = 67108864');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle({ client: sqlite, schema }) as Db;
  // A reader next to a running `serve` leaves the schema to the writer, which has already migrated it.
  if (opts.reader) return db;
  // A load that set indexes aside and died before rebuilding them: rebuild them now, before migrations
  // (which expect the schema they created) and before anyone queries.
  restoreDeferredIndexes(sqlite);
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

