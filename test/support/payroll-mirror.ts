import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../../src/store/db.js';
import { seedFixtureAccount, upsertCandidates } from './search-mirror.js';

/**
 * A mirror in a fresh temporary folder: the fixture account and two candidates, one payroll (c1 Ada)
 * and one not (c2 Bo), so a keyword search for "payroll" tells which index a service answers from.
 * The index folder inside `root` is left to the test (LiveIndex and the retrieval service build it
 * differently). `remove` closes the database and deletes the folder.
 */
export function payrollMirror(prefix: string): { db: Db; root: string; indexDir: string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const db = openDb(path.join(root, 'mirror.db'));
  seedFixtureAccount(db);
  upsertCandidates(db, [
    { id: 'c1', name: 'Ada', position: 'Payroll Specialist', resume: 'payroll and benefits' },
    { id: 'c2', name: 'Bo', position: 'Chef', resume: 'menu design and kitchen' },
  ]);
  return {
    db,
    root,
    indexDir: path.join(root, 'index'),
    remove() {
      db.$client.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
