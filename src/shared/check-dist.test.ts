import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fromPackageRoot } from './paths.js';

const script = fromPackageRoot('scripts/check-dist.mjs');
const check = (distDir: string) => spawnSync(process.execPath, [script, distDir], { encoding: 'utf8' });

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A dist/ with a product file and the given files. */
function fakeDist(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-dist-'));
  dirs.push(dir);
  for (const f of ['src/cli/main.js', ...files]) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), '');
  }
  return dir;
}

describe('nothing but product in dist/', () => {
  test('the built dist/ holds no test file, harness, fixture or stand-in', () => {
    // `npm test` builds first; a missing dist/ is a failure here, not a skip.
    const r = check(fromPackageRoot('dist'));
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
  });

  test.each([
    'src/search/search.test.js',
    'src/test-support/mcp-harness.js',
    'src/slack/testing/fake-slack.js',
    'src/sync/client/__fixtures__/replay-server.js',
    'src/foo/__tests__/x.js',
    'src/views/mirror-fixture.js',
    'src/mcp/test-harness.js',
    'src/mcp/stand-in-deps.js',
    'src/retrieval/catalog/mirror-fixture.js',
    'src/sync/__tests__/harness.js',
    'test/support/mcp-harness.js',
    'test/support/sync/sync-child.js',
    'src/sync/client/__fixtures__/api-key-info.json',
  ])('a planted %s fails the check, naming it', (file) => {
    const r = check(fakeDist([file]));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`test code in dist: ${file}`);
  });

  test('a product-only dist passes', () => {
    expect(check(fakeDist(['src/search/search.js'])).status).toBe(0);
  });
});
