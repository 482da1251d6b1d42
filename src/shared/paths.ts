import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The package root (the folder with package.json), the same from `src/` under vitest and from `dist/src/`. */
function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  cached = dir;
  return dir;
}

/** A path inside the package (shipped assets: migrations, O*NET subset, eval case files). */
export function fromPackageRoot(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}
