import fs from 'node:fs';
import path from 'node:path';

/*
 * Folders the product creates carry a marker file, so `rediscovery purge` can tell a folder it may
 * delete whole (it made it) from one a user pointed it at (REDISCOVERY_MODEL_CACHE=~/models), where
 * only the product's own files inside may go.
 */

export const OWNED_MARKER = '.rediscovery-owned';

/** Create `dir` (0700) with the marker when it does not exist yet; an existing folder is left as it is. */
export function ensureOwnedDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dir, OWNED_MARKER), 'Created by ashby-rediscovery: `rediscovery purge` deletes this folder with everything in it.\n', { mode: 0o600 });
}

/** True when the product created `dir` (it holds the marker). */
export function isOwnedDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, OWNED_MARKER));
}
