import fs from 'node:fs';

/*
 * The mirror, the index and the embedding cache hold e-mails, phones and resume text: owner-only,
 * whatever the process umask (bin/rediscovery.js also sets 077, this covers programmatic use and
 * files created before that). SQLite creates -wal and -shm with the database file's mode.
 */

/** Create `dir` (and missing parents) as 0700. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** chmod 0600 a SQLite file and, when present, its -wal and -shm files. */
export function restrictSqliteFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(f, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
