#!/usr/bin/env node
/*
 * Nothing but product in dist/: fails (exit 1, one line per offender) when a compiled test, harness,
 * fixture or stand-in lands in the build. `npm test` runs it right after the build (and
 * src/shared/check-dist.test.ts runs it again with planted files). Test support lives in test/, which
 * tsconfig.build.json never compiles; there is no allow-list.
 * Usage: node scripts/check-dist.mjs [distDir]
 */
import fs from 'node:fs';
import path from 'node:path';

const TEST_CODE = [
  /\.test\.(js|d\.ts|js\.map)$/,
  /(^|\/)(test|tests|test-support|__tests__|__fixtures__|__mocks__|testing|fixtures)\//,
  /mirror-fixture|fixture|test-harness|test-mirror|test-support|test-client|stand-in|harness|fake-deps|fake-slack/,
];

export function findTestCode(distDir) {
  const files = fs.readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(distDir, path.join(d.parentPath ?? d.path, d.name)).split(path.sep).join('/'));
  return { offenders: files.filter((f) => TEST_CODE.some((re) => re.test(f))) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  if (!fs.existsSync(distDir)) {
    console.error(`check-dist: ${distDir} does not exist; run npm run build first`);
    process.exit(1);
  }
  const { offenders } = findTestCode(distDir);
  for (const f of offenders) console.error(`check-dist: test code in dist: ${f}`);
  process.exit(offenders.length ? 1 : 0);
}
