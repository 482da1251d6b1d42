import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { bestOfReached, readWorkbookCounts } from '../../test/support/workbook-counts.js';

/*
 * The CLI for people, through the shipped entry point (bin/rediscovery.js, built): `sync --demo`
 * mirrors the demo account, `ask` reads plain words with the Slack bot's parser and says how it read
 * them, `export --out` writes the workbook, every filter flag reaches the search, and `sync` next to a
 * running serve says why it will not write. Needs `npm run build`.
 */
const ENTRY = fromPackageRoot('bin/rediscovery.js');

describe.skipIf(!fs.existsSync(fromPackageRoot('dist/src/cli/main.js')))('rediscovery for people (spawned bin/rediscovery.js)', () => {
  let dir: string;
  const run = (args: string[], env: Record<string, string> = {}) => {
    const { ASHBY_API_KEY: _key, ...parent } = process.env;
    const r = spawnSync(process.execPath, [ENTRY, ...args], {
      env: { ...parent, REDISCOVERY_DATA_DIR: dir, LOG_LEVEL: 'error', ...env },
      encoding: 'utf8',
      timeout: 300_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'people-cli-'));
    // Without files: no resumes, so no years of experience (the search test relies on that).
    const r = run(['sync', '--demo', '--demo-candidates', '80', '--no-files', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).entities.find((e: { entity: string }) => e.entity === 'candidates').received).toBe(80);
  }, 300_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ask: the interpretation in words, then people', () => {
    const r = run(['ask', 'engineers who reached final round, not from agencies', '--limit', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Understood as: "engineers" · reached Final Round · not from Agency {2}\(offline parser\)/);
    // The parser's note in plain words (plain-notes.ts), never its own jargon.
    expect(r.stdout.split('\n')[1]).toBe(`  Searched "engineers" as keywords.`);
    expect(r.stdout).not.toMatch(/free text|Not understood/);
    expect(r.stdout).toMatch(/\d+ candidate\(s\) · mode hybrid/);
    expect(r.stdout).not.toContain('--cursor');
    const json = JSON.parse(run(['ask', 'engineers who reached final round, not from agencies', '--json']).stdout);
    expect(json.request.filters).toEqual({ stageReached: ['Final Round'], exclude: { source: ['Agency'] } });
    expect(json.interpretation).toBe('"engineers" · reached Final Round · not from Agency');
    expect(json.response.results.length).toBeGreaterThan(0);
  }, 300_000);

  it('export of free text lists its best matches (as its insights); --all-reached lists everyone reached', async () => {
    const best = path.join(dir, 'best.xlsx');
    const r = run(['export', 'engineer', '--out', best]);
    expect(r.status, r.stderr).toBe(0);
    const book = await readWorkbookCounts(fs.readFileSync(best));
    const counts = bestOfReached(book.provenance.get('Who the Candidates sheet lists'));
    expect(counts, [...book.provenance].join('\n')).not.toBeNull();
    const [n, reached] = counts!;
    expect(n).toBeLessThan(reached);
    expect(r.stdout).toMatch(new RegExp(`^Wrote .*best\\.xlsx: ${n} candidates, ${n} best matches of ${reached} reached `));
    expect(Number(book.provenance.get('Candidates (people)'))).toBe(n);
    expect(Number(book.provenance.get('Insights computed over (candidates)'))).toBe(n);

    const everyone = path.join(dir, 'everyone.xlsx');
    const all = run(['export', 'engineer', '--all-reached', '--out', everyone]);
    expect(all.status, all.stderr).toBe(0);
    const allBook = await readWorkbookCounts(fs.readFileSync(everyone));
    expect(allBook.provenance.get('Who the Candidates sheet lists')).toBe(`everyone the search reached: all ${reached}`);
    expect(Number(allBook.provenance.get('Candidates (people)'))).toBe(reached);
    expect(Number(allBook.provenance.get('Insights computed over (candidates)'))).toBe(reached);
    expect(allBook.candidateRows).toBeGreaterThan(book.candidateRows);
  }, 300_000);

  it('export --out writes the workbook the other doors send', async () => {
    const out = path.join(dir, 'shortlist.xlsx');
    const r = run(['export', 'engineer', '--stage-reached', 'Onsite', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*shortlist\.xlsx: \d+ candidates/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Candidates', 'Provenance']));
    expect(wb.getWorksheet('Candidates')!.rowCount).toBeGreaterThan(1);
    expect(run(['export', '--out', path.join(dir, 'x.csv')]).stderr).toBe(`Error (invalid_input): --out must name an .xlsx file; got "${path.join(dir, 'x.csv')}"`);
  }, 300_000);

  it('search takes every filter as a flag (degree, applied dates, years, current title, --not-degree…)', () => {
    const r = run(['search', '--applied-after', '2020-01-01', '--not-degree', 'doctorate', '--not-current-company', 'Nowhere Inc', '--json', '--limit', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0);
    // The flags reach the filters: nobody applied before 2000, and (synced without resumes) nobody has known years.
    expect(JSON.parse(run(['search', '--applied-before', '2000-01-01', '--json']).stdout).total).toBe(0);
    expect(JSON.parse(run(['search', '--min-years', '0', '--json']).stdout).total).toBe(0);
  }, 300_000);

  it('sync says clearly why not: no key without --demo, and never next to a running serve', () => {
    const noKey = run(['sync']);
    expect(noKey.status).not.toBe(0);
    expect(noKey.stderr).toMatch(/^Error \(ashby_auth_missing\): ASHBY_API_KEY is not set\..*--demo/);
    // A live serve's lock (this test process is alive and started before the lock was written).
    fs.writeFileSync(path.join(dir, 'serve.lock'), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
    try {
      const next = run(['sync', '--demo', '--demo-candidates', '80']);
      expect(next.status).not.toBe(0);
      expect(next.stderr.split('\n')).toHaveLength(1);
      expect(next.stderr).toContain(`Error (data_dir_in_use): \`rediscovery serve\` (pid ${process.pid}) is the writer for ${dir} and keeps it in sync itself`);
    } finally {
      fs.rmSync(path.join(dir, 'serve.lock'), { force: true });
    }
  }, 300_000);
});
