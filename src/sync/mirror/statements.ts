import type Database from 'better-sqlite3';
import type { Db } from '../../store/db.js';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection. The hot write paths (candidates, applications, stage
 * history, outbox) run several statements per record and a full sync writes ~300k records: building
 * each query through the ORM every time cost more than the network (measured in `npm run bench -- sync`).
 */
export function prepared(db: Db, sqlText: string): Database.Statement {
  let cache = caches.get(db.$client);
  if (!cache) {
    cache = new Map();
    caches.set(db.$client, cache);
  }
  let statement = cache.get(sqlText);
  if (!statement) {
    statement = db.$client.prepare(sqlText);
    cache.set(sqlText, statement);
  }
  return statement;
}
