import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { syncedDataDir, type SyncedDataDir } from '../../test/support/synced-data-dir.js';

/*
 * Industry and company size in `rediscovery insights --json`, through the shipped entry point, on a
 * mirror `sync` filled and `reindex` indexed, with a company attributes CSV written here (the product
 * ships none). Needs `npm run build`.
 */
const ENTRY = fromPackageRoot('bin/rediscovery.js');

interface Insights {
  total: number;
  dimensions: { dimension: string; label: string; missing: number; buckets: { value: string; count: number }[] }[];
  unavailable: { dimension: string; reason: string }[];
}

describe.skipIf(!fs.existsSync(fromPackageRoot('dist/src/cli/main.js')))('insights with REDISCOVERY_COMPANY_ATTRIBUTES (spawned bin/rediscovery.js)', () => {
  let account: SyncedDataDir;
  const run = (args: string[], env: Record<string, string | undefined> = {}) => {
    const r = spawnSync(process.execPath, [ENTRY, ...args], { env: { ...process.env, ...account.env, ...env }, encoding: 'utf8', timeout: 300_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
  };
  const csvPath = () => path.join(path.dirname(account.dataDir), 'companies.csv');

  beforeAll(async () => {
    account = await syncedDataDir({ seed: 5, candidates: 40 });
  }, 300_000);
  afterAll(async () => account?.cleanup());

  it('without the variable, industry and company size are "no data" with the reason', () => {
    const r = run(['insights', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const ins = JSON.parse(r.stdout) as Insights;
    const reason = Object.fromEntries(ins.unavailable.map((u) => [u.dimension, u.reason]));
    expect(reason.industry).toMatch(/^no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES/);
    expect(reason.companySize).toMatch(/^no company attributes file/);
  });

  it('with a CSV: each current employer\'s industry and size, matched after company normalisation', () => {
    const plain = JSON.parse(run(['insights', '--json']).stdout) as Insights;
    const companies = plain.dimensions.find((d) => d.dimension === 'currentCompany')!.buckets;
    expect(companies.length).toBeGreaterThanOrEqual(2);
    const [first, second] = companies as [{ value: string; count: number }, { value: string; count: number }];
    // Spelled as a user's spreadsheet might: upper case with a legal suffix, and quoted with a comma.
    fs.writeFileSync(csvPath(), `company,industry,size\n${first.value.toUpperCase()} Inc.,Fintech,51-200\n"${second.value}, LLC",Healthcare,"1,001-5,000"\n`);
    const r = run(['insights', '--json'], { REDISCOVERY_COMPANY_ATTRIBUTES: csvPath() });
    expect(r.status, r.stderr).toBe(0);
    const ins = JSON.parse(r.stdout) as Insights;
    const industry = ins.dimensions.find((d) => d.dimension === 'industry')!;
    expect(industry.label).toMatch(/current employer/);
    expect(industry.buckets).toEqual(expect.arrayContaining([{ value: 'Fintech', count: first.count, share: expect.any(Number) }, { value: 'Healthcare', count: second.count, share: expect.any(Number) }]));
    expect(industry.buckets).toHaveLength(2);
    expect(industry.missing).toBe(ins.total - first.count - second.count);
    expect(ins.dimensions.find((d) => d.dimension === 'companySize')!.buckets.map((b) => b.value).sort()).toEqual(['1,001-5,000', '51-200']);
    expect(ins.unavailable.map((u) => u.dimension)).not.toContain('industry');
  });

  it('a file no candidate\'s employer is in says so; a bad header or a missing path is one line naming the variable', () => {
    fs.writeFileSync(csvPath(), 'company,industry,size\nNo Such Employer Anywhere,Mining,10\n');
    const none = JSON.parse(run(['insights', '--json'], { REDISCOVERY_COMPANY_ATTRIBUTES: csvPath() }).stdout) as Insights;
    expect(none.unavailable.find((u) => u.dimension === 'industry')!.reason).toMatch(/^no current employer of a candidate in this set is in the company attributes file with an industry \(1 company listed/);

    fs.writeFileSync(csvPath(), 'name,sector\nAcme,Mining\n');
    const bad = run(['insights', '--json'], { REDISCOVERY_COMPANY_ATTRIBUTES: csvPath() });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain(`REDISCOVERY_COMPANY_ATTRIBUTES (${csvPath()}): header must include company,industry,size (missing company, industry, size; found name,sector)`);
    expect(bad.stderr.split('\n')).toHaveLength(1);

    const missing = run(['insights', '--json'], { REDISCOVERY_COMPANY_ATTRIBUTES: '/nonexistent/companies.csv' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('REDISCOVERY_COMPANY_ATTRIBUTES: no such file "/nonexistent/companies.csv"');
    expect(missing.stderr.split('\n')).toHaveLength(1);
  });
});
