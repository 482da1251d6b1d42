import fs from 'node:fs';
import zlib from 'node:zlib';
import { fromPackageRoot } from '../shared/paths.js';
import type { OnetSubset } from './build-onet-subset.js';

/** Where the shipped O*NET subset lives (CC BY 4.0, see assets/onet/ATTRIBUTION.md). */
export const ONET_SUBSET_FILE = fromPackageRoot('assets', 'onet', 'onet-subset.json.gz');

let cached: OnetSubset | undefined;

/** The shipped O*NET subset, read once per process. */
export function loadOnetSubset(file = ONET_SUBSET_FILE): OnetSubset {
  if (cached && file === ONET_SUBSET_FILE) return cached;
  const subset = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as OnetSubset;
  if (file === ONET_SUBSET_FILE) cached = subset;
  return subset;
}
