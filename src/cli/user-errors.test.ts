import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { writeFixedMirror } from '../../test/support/mirror-rows.js';

/*
 * Every user error of the shipped CLI (bin/rediscovery.js, built) is one line on stderr saying what
 * was wrong and what is accepted, with a non-zero exit code: no ZodError dump, no stack trace, no
 * silently empty answer. Needs `npm run build`.
 */
const ENTRY = fromPackageRoot('bin/rediscovery.js');

describe.skipIf(!fs.existsSync(fromPackageRoot('dist/src/cli/main.js')))('CLI user errors (spawned bin/rediscovery.js)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-errors-'));
    writeFixedMirror(path.join(dir, 'mirror.db'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [ENTRY, ...args], { env: { ...process.env, REDISCOVERY_DATA_DIR: dir, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, stderr: r.stderr.trim(), stdout: r.stdout };
  };

  it.each([
    [['search', 'python', '--mode', 'semantic'], /--mode.*semantic.*hybrid, keyword, vector/],
    [['search', 'python', '--limit', '0'], /--limit.*0.*whole number from 1 to 500/],
    [['search', 'python', '--limit', 'abc'], /--limit.*abc.*whole number from 1 to 500/],
    [['search', '--boolean', 'foo:bar'], /Unknown field prefix "foo:".*title:, company:, skill:, school:/],
    [['search', 'python', '--stages', 'Onsite'], /unknown option '--stages'.*Did you mean --stage\?/],
    [['search', 'python', '--status', 'Hird'], /--status must be one of Active, Archived, Hired, Lead/],
    [['search', 'python', '--min-years', 'ten'], /--min-years must be a number/],
    [['insights', 'python', '--mode', 'semantic'], /--mode.*semantic.*hybrid, keyword, vector/],
    [['insights', 'python', '--top', 'x'], /--top.*x.*whole number/],
    [['rediscover', '--job', 'J1', '--limit', '0'], /--limit.*whole number from 1 to 500/],
    [['reindex', '--max-chunks', 'many'], /--max-chunks must be an integer.*"many"/],
    [['serve', '--port', 'eighty'], /--port.*eighty.*whole number/],
    [['serach', 'python'], /unknown command 'serach'.*Did you mean search\?/],
  ])('rediscovery %j: one line, non-zero exit', (args, message) => {
    const r = run(...(args as string[]));
    expect(r.status, r.stderr).not.toBe(0);
    expect(r.stderr.split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toMatch(message);
  });
});
