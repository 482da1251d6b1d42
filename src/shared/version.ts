import fs from 'node:fs';
import { fromPackageRoot } from './paths.js';

let version: string | undefined;
/** The package version, shown to MCP clients and written into export provenance. */
export function appVersion(): string {
  version ??= (JSON.parse(fs.readFileSync(fromPackageRoot('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
