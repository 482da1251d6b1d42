import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { SearchRequestInput } from '../retrieval/query/search-request.js';
import { hasCode } from '../shared/errors.js';
import { openDb, type Db } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { FIXTURE_NOW, seedMirror } from '../../test/support/fixed-mirror.js';
import { PUBLIC_VISIBILITY } from '../store/read-model/index.js';
import { exportCandidates, exportSlug, type ExportCandidatesDeps } from './export-candidates.js';
import type { ExportInsights, ExportSelection } from './types.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-export-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const insightsOver = (n: number, basis?: string): ExportInsights => ({
  total: n,
  asOf: null,
  dimensions: [{ dimension: 'location', label: 'Location', values: [{ value: 'London, UK', count: 1, share: 1 / n }] }],
  ...(basis ? { basis } : {}),
});

/** What the retrieval service answers: ids in rank order with the insights over exactly them, or only the count when over the limit. */
function selection(ids: string[], more: Partial<ExportSelection> = {}) {
  return (calls: { allReached: boolean; maxMembers: number }[]) =>
    async (_req: SearchRequestInput, opts: { allReached: boolean; maxMembers: number }): Promise<ExportSelection> => {
      calls.push(opts);
      const base = { count: ids.length, kind: 'all matches' as const, reached: ids.length, description: `all ${ids.length} candidates the request matches`, asOf: '2026-11-27T11:00:00.000Z', ...more };
      return base.count > opts.maxMembers ? { ...base, ids: [], insights: null } : { ...base, ids, insights: insightsOver(base.count, base.description) };
    };
}

async function sheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names: unknown[] = [];
  wb.getWorksheet('Candidates')!.eachRow((r, i) => i > 1 && names.push(r.getCell(1).value));
  const kv = Object.fromEntries(wb.getWorksheet('Provenance')!.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
  return { names, kv };
}

describe('exportCandidates', () => {
  let db: Db;
  let calls: { allReached: boolean; maxMembers: number }[];
  const deps = (select: ReturnType<typeof selection>, maxRows = 100): ExportCandidatesDeps => ({
    db,
    visibility: PUBLIC_VISIBILITY,
    select: select(calls),
    maxRows,
    exportsDir: path.join(tmp, 'exports'),
    appVersion: '9.9.9',
    now: () => FIXTURE_NOW,
  });
  beforeEach(() => {
    db = openDb(':memory:');
    seedMirror(db);
    calls = [];
  });

  it('lists the selection in rank order, writes <timestamp>-<slug>.xlsx and audits', async () => {
    const res = await exportCandidates(deps(selection(['C1', 'C3', 'C2']), 3), { request: { text: 'Backend Engineer!', filters: { stage: ['Onsite'] } }, actor: 'cli' });
    expect(res.fileName).toBe('2026-11-27T12-00-00Z-backend-engineer-onsite.xlsx');
    expect(fs.statSync(res.path).mode & 0o777).toBe(0o600);
    expect(res).toMatchObject({ rowCount: 3, total: 3 });
    expect(calls).toEqual([{ allReached: false, maxMembers: 3 }]); // one call: the rows and the insights come from one ranking
    const { names, kv } = await sheets(res.path);
    expect(names).toEqual(['Ada Lovelace', 'Ada Lovelace', 'Grace Hopper', 'Ada King']);
    expect(kv).toMatchObject({ 'Candidates (people)': 3, 'Rows on the Candidates sheet': names.length, 'Insights computed over (candidates)': 3 });
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ actor: 'cli', action: 'export_xlsx', resultCount: 3, outcome: 'ok', detail: res.fileName })]);
  });

  it('refuses an export above the row limit, naming the limit and the count, and audits the refusal', async () => {
    const err = await exportCandidates(deps(selection(['C1', 'C2', 'C3']), 2), { request: { text: 'x' }, actor: 'cli' }).catch((e) => e);
    expect(hasCode(err, 'export_too_large')).toBe(true);
    expect(err.message).toContain('3 candidates');
    expect(err.message).toContain('limit of 2 (REDISCOVERY_EXPORT_MAX_ROWS)');
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ action: 'export_xlsx', outcome: 'refused', detail: 'export_too_large' })]);
  });

  it('a free-text export lists the best matches its insights describe; allReached lists and describes everyone reached; filters-only every match', async () => {
    const best = await exportCandidates(
      deps(selection(['C3', 'C1'], { kind: 'relevant matches', reached: 3, description: 'the 2 best matches of "x" (floor), of 3 candidates the search reached' })),
      { request: { text: 'x' }, actor: 'cli' },
    );
    expect(best).toMatchObject({ rowCount: 2, total: 2, scope: '2 best matches of 3 reached' });
    const b = await sheets(best.path);
    expect(b.names).toEqual(['Grace Hopper', 'Ada Lovelace', 'Ada Lovelace']);
    expect(b.kv).toMatchObject({ 'Candidates (people)': 2, 'Insights computed over (candidates)': 2, 'Who the Candidates sheet lists': '2 best matches of 3 reached' });
    expect(b.kv['How they were chosen']).toContain('the 2 best matches of "x"');
    expect(b.kv['Who the Insights sheet describes']).toBe('the 2 best matches of "x" (floor), of 3 candidates the search reached');

    const everyone = 'everyone the search for "x" reached: all 3 candidates, of whom the 2 best matches score at least 50% of the best';
    const all = await exportCandidates(deps(selection(['C1', 'C3', 'C2'], { description: everyone })), { request: { text: 'x' }, actor: 'cli', allReached: true });
    expect(calls.at(-1)).toEqual({ allReached: true, maxMembers: 100 });
    expect(all).toMatchObject({ rowCount: 3, scope: 'everyone the search reached: all 3' });
    const a = await sheets(all.path);
    expect(a.kv).toMatchObject({ 'Candidates (people)': 3, 'Insights computed over (candidates)': 3, 'Who the Insights sheet describes': everyone, 'How they were chosen': everyone });

    const filtered = await exportCandidates(deps(selection(['C1', 'C3', 'C2'])), { request: { filters: { stage: ['Onsite'] } }, actor: 'cli' });
    expect(filtered).toMatchObject({ rowCount: 3, scope: 'every match: all 3' });
    expect(db.select().from(auditLog).all().map((r) => (r.args as { allReached?: boolean } | null)?.allReached ?? null)).toEqual([null, true, null]);
  });

  it('one best match (a name search) is said in the singular', async () => {
    const one = await exportCandidates(deps(selection(['C1'], { kind: 'relevant matches', reached: 3 })), { request: { text: 'Ada Lovelace' }, actor: 'cli' });
    expect(one.scope).toBe('1 best match of 3 reached');
  });

  it('refuses a free-text export whose best matches are above the row limit, counting the best matches', async () => {
    const err = await exportCandidates(deps(selection(['C1', 'C2'], { kind: 'relevant matches', reached: 3 }), 1), { request: { text: 'x' }, actor: 'cli' }).catch((e) => e);
    expect(hasCode(err, 'export_too_large')).toBe(true);
    expect(err.message).toContain('2 candidates');
  });

  it('makes a slug from the query', () => {
    expect(exportSlug({})).toBe('candidates');
    expect(exportSlug({ boolean: 'python AND "machine learning"' })).toBe('python-and-machine-learning');
  });
});
