import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fromPackageRoot } from './paths.js';

const BIN = fromPackageRoot('bin', 'rediscovery.js');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// `npm test` builds first: a missing dist/ fails here rather than skipping.
describe('a mistyped on/off variable stops start-up through the shipped entry point', () => {
  test.each([
    ['serve', 'REDISCOVERY_ALLOW_WRITES', 'ture'],
    ['mcp', 'REDISCOVERY_ALLOW_WRITES', 'ture'],
    ['serve', 'SLACK_SHOW_CONTACTS_IN_CHANNELS', 'yess'],
  ])('`rediscovery %s` with %s=%s exits 1 with one line naming the variable', (command, variable, value) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-startup-'));
    dirs.push(dataDir);
    const r = spawnSync(process.execPath, [BIN, command, ...(command === 'serve' ? ['--port', '0'] : [])], {
      encoding: 'utf8',
      input: '',
      env: { ...process.env, REDISCOVERY_DATA_DIR: dataDir, [variable]: value, ASHBY_API_KEY: '', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    expect(lines[0]).toContain(`"${value}" is not a boolean`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
