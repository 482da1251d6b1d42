#!/usr/bin/env node
/*
 * Nothing but product in dist/: fails (exit 1, one line per offender) when a compiled test, harness,
 * fixture or stand-in lands in the build. Run after `npm run build`; src/shared/check-dist.test.ts runs it.
 * Usage: node scripts/check-dist.mjs [distDir]
 */
import fs from 'node:fs';
import path from 'node:path';

const TEST_CODE = [
  /\.test\.(js|d\.ts|js\.map)$/,
  /(^|\/)(test-support|__tests__|__fixtures__|testing)\//,
  /mirror-fixture|fixture-vocabulary|test-harness|test-mirror|test-support|stand-in|harness/,
];

/*
 * Test code that still compiles, each for a stated reason (issue 14 moves them out of src/). Listed, not
 * hidden: the check prints them, and an entry that no longer exists in dist fails, so the list only shrinks.
 */
export const KNOWN_REMAINING = {
  'src/retrieval/catalog/mirror-fixture': 'imported by product code: src/bench/search.ts seeds its demo account from it',
  'src/sync/__tests__/': 'crash-resume.test.ts spawns the compiled dist/src/sync/__tests__/fixtures/sync-child.js',
};

export function findTestCode(distDir) {
  const files = fs.readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(distDir, path.join(d.parentPath ?? d.path, d.name)).split(path.sep).join('/'));
  const flagged = files.filter((f) => TEST_CODE.some((re) => re.test(f)));
  const known = (f) => Object.keys(KNOWN_REMAINING).some((k) => f.startsWith(k));
  const unusedAllowances = Object.keys(KNOWN_REMAINING).filter((k) => !files.some((f) => f.startsWith(k)));
  return { offenders: flagged.filter((f) => !known(f)), allowed: flagged.filter(known), unusedAllowances };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  if (!fs.existsSync(distDir)) {
    console.error(`check-dist: ${distDir} does not exist; run npm run build first`);
    process.exit(1);
  }
  const { offenders, allowed, unusedAllowances } = findTestCode(distDir);
  for (const f of allowed) console.error(`check-dist: known, still shipped: ${f}`);
  for (const k of unusedAllowances) console.error(`check-dist: ${k} is no longer in dist; remove it from KNOWN_REMAINING`);
  for (const f of offenders) console.error(`check-dist: test code in dist: ${f}`);
  process.exit(offenders.length || unusedAllowances.length ? 1 : 0);
}
