import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db.js';

/*
 * Statements prepared once per connection, and typed rows turned into their bound values. The sync's
 * hot write paths (candidates, applications, stage history, outbox) run several statements per record
 * and a full sync writes ~300k records: building each query through drizzle every time cost more than
 * the network (measured in `npm run bench -- sync`), so these functions keep better-sqlite3 statements
 * but take and return rows typed by the drizzle tables, with the column names read from the schema.
 */

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for `sqlText` on this connection, prepared on first use. */
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

type ColumnKey<T extends SQLiteTable> = keyof T['_']['columns'] & string;

/**
 * Some columns of a table: their SQL names in order, and a row's values bound in that order. The
 * exported write functions type their rows by the table (`InferInsertModel`); this only binds them.
 */
interface ColumnList<K extends string> {
  names: string[];
  values(row: { readonly [P in K]?: unknown }): unknown[];
}

/**
 * The columns `keys` of `table`. Values go through each column's own driver mapping (JSON columns are
 * stringified, boolean columns become 0/1), as drizzle would bind them; a missing optional value is NULL.
 */
export function columnList<T extends SQLiteTable, K extends ColumnKey<T>>(table: T, keys: readonly K[]): ColumnList<K> {
  const all = getTableColumns(table) as Record<string, SQLiteColumn>;
  const columns = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`columnList: ${key} is not a column of this table`);
    return column;
  });
  return {
    names: columns.map((c) => c.name),
    values: (row) =>
      columns.map((column, i) => {
        const value = row[keys[i]!];
        return value === undefined || value === null ? null : column.mapToDriverValue(value);
      }),
  };
}

/** `INSERT … ON CONFLICT(conflictColumn) DO UPDATE SET` every other listed column. */
export function upsertSql(tableName: string, columns: readonly string[], conflictColumn = 'id'): string {
  const placeholders = columns.map(() => '?').join(', ');
  const updates = columns
    .filter((c) => c !== conflictColumn)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  return `INSERT INTO ${tableName} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT(${conflictColumn}) DO UPDATE SET ${updates}`;
}

/**
 * `keys` as given, when they name every key of `Row`; a type error naming the missing ones otherwise,
 * so a column added to the schema (and so to the row type) cannot be silently left out of a write.
 */
export function everyKey<Row>() {
  return <const K extends readonly (keyof Row & string)[]>(keys: K & ([Exclude<keyof Row, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof Row, K[number]> })): K =>
    keys;
}
