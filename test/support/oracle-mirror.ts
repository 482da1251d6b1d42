import { afterEach, beforeEach } from 'vitest';
import { openDb, type Db } from '../../src/store/db.js';
import { seedMirror } from './fixed-mirror.js';

/*
 * The oracle setup of the store's query tests (src/store/*-queries.test.ts): a fresh in-memory fixed
 * mirror plus the test file's own edge cases for every test, and the raw SQL the typed store
 * functions replaced, run against it as the oracle they must equal row for row.
 */

export interface OracleMirror {
  /** This test's mirror (fresh in every test). */
  readonly db: Db;
  /** Rows of raw SQL over this test's mirror: the oracle. */
  all<T>(sql: string, params?: unknown): T[];
}

/** Registers the per-test mirror (beforeEach / afterEach); call at the top of a test file. */
export function useOracleMirror(seedEdges: (db: Db) => void): OracleMirror {
  let current: Db | null = null;
  beforeEach(() => {
    current = openDb(':memory:');
    seedMirror(current);
    seedEdges(current);
  });
  afterEach(() => {
    current?.$client.close();
    current = null;
  });
  const mirror: OracleMirror = {
    get db() {
      if (!current) throw new Error('oracle mirror read outside a test');
      return current;
    },
    all: <T>(sql: string, params: unknown = {}) => mirror.db.$client.prepare(sql).all(params) as T[],
  };
  return mirror;
}
