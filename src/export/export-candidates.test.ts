import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { SearchRequestInput, SearchResponse } from '../retrieval/query/search-request.js';
import { hasCode } from '../shared/errors.js';
import { openDb, type Db } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { FIXTURE_NOW, seedMirror } from '../../test/support/fixed-mirror.js';
import { PUBLIC_VISIBILITY } from '../store/read-model/index.js';
import { exportCandidates, exportSlug, type ExportCandidatesDeps } from './export-candidates.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-export-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A search over fixed ids that pages by `limit` with a numeric cursor, like the real engine's contract. */
function pagedSearch(ids: string[], calls: SearchRequestInput[]) {
  return async (req: SearchRequestInput): Promise<SearchResponse> => {
    calls.push(req);
    const start = Number(req.cursor ?? 0);
    const limit = req.limit ?? 20;
    const page = ids.slice(start, start + limit);
    return {
      results: page.map((candidateId) => ({
        candidateId, name: 'x', score: 1, currentTitle: null, currentCompany: null, location: null, profileUrl: null, applications: [], duplicateIds: [],
        why: { matchedTerms: [], snippet: null, keywordScore: null, semanticSimilarity: null, filtersSatisfied: [], summary: '' },
      })),
      total: ids.length,
      facets: {},
      asOf: '2026-11-27T11:00:00.000Z',
      nextCursor: start + limit < ids.length ? String(start + limit) : null,
      mode: 'hybrid',
    };
  };
}

describe('exportCandidates', () => {
  let db: Db;
  let calls: SearchRequestInput[];
  const deps = (ids: string[], maxRows = 100): ExportCandidatesDeps => ({
    db,
    visibility: PUBLIC_VISIBILITY,
    search: pagedSearch(ids, calls),
    insights: async () => ({ total: ids.length, asOf: null, dimensions: [{ dimension: 'location', label: 'Location', values: [{ value: 'London, UK', count: 1, share: 0.5 }] }] }),
    members: async () => ({ ids, kind: 'all matches', reached: ids.length, description: `all ${ids.length} candidates the request matches` }),
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

  it('pages through the search, writes <timestamp>-<slug>.xlsx and audits', async () => {
    const res = await exportCandidates(deps(['C1', 'C3', 'C2'], 2 + 1), { request: { text: 'Backend Engineer!', filters: { stage: ['Onsite'] } }, actor: 'cli' });
    expect(res.fileName).toBe('2026-11-27T12-00-00Z-backend-engineer-onsite.xlsx');
    expect(fs.statSync(res.path).mode & 0o777).toBe(0o600);
    expect(res).toMatchObject({ rowCount: 3, total: 3 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const names: unknown[] = [];
    wb.getWorksheet('Candidates')!.eachRow((r, i) => i > 1 && names.push(r.getCell(1).value));
    expect(names).toEqual(['Ada Lovelace', 'Ada Lovelace', 'Grace Hopper', 'Ada King']);
    const prov = wb.getWorksheet('Provenance')!;
    const kv = Object.fromEntries(prov.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(kv).toMatchObject({ 'Candidates (people)': 3, 'Rows on the Candidates sheet': names.length });
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ actor: 'cli', action: 'export_xlsx', resultCount: 3, outcome: 'ok', detail: res.fileName })]);
  });

  it('pages with a cursor when the result set is larger than one page', async () => {
    const ids = Array.from({ length: 1200 }, (_, i) => (i % 3 === 0 ? 'C1' : i % 3 === 1 ? 'C2' : 'C3') + (i < 3 ? '' : `-${i}`));
    await exportCandidates(deps(ids, 2000), { request: {}, actor: 'cli' });
    expect(calls.map((c) => c.cursor ?? null)).toEqual([null, '500', '1000']);
  });

  it('refuses an export above the row limit, naming the limit and the count, and audits the refusal', async () => {
    const err = await exportCandidates(deps(['C1', 'C2', 'C3'], 2), { request: { text: 'x' }, actor: 'cli' }).catch((e) => e);
    expect(hasCode(err, 'export_too_large')).toBe(true);
    expect(err.message).toContain('3 candidates');
    expect(err.message).toContain('limit of 2 (REDISCOVERY_EXPORT_MAX_ROWS)');
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ action: 'export_xlsx', outcome: 'refused', detail: 'export_too_large' })]);
  });

  it('a free-text export lists the members insights describe, in their order; allReached and filters-only list every match', async () => {
    const relevant = (ids: string[]): ExportCandidatesDeps => ({
      ...deps(ids),
      members: async () => ({ ids: ['C3', 'C1'], kind: 'relevant matches', reached: 3, description: 'the 2 best matches of "x" (floor), of 3 candidates the search reached' }),
    });
    const best = await exportCandidates(relevant(['C1', 'C3', 'C2']), { request: { text: 'x' }, actor: 'cli' });
    expect(best).toMatchObject({ rowCount: 2, total: 2, scope: '2 best matches of 3 reached' });
    expect(calls).toEqual([]); // no search paging: the members are the list
    const names: unknown[] = [];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(best.path);
    wb.getWorksheet('Candidates')!.eachRow((r, i) => i > 1 && names.push(r.getCell(1).value));
    expect(names).toEqual(['Grace Hopper', 'Ada Lovelace', 'Ada Lovelace']);
    const kv = Object.fromEntries(wb.getWorksheet('Provenance')!.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(kv).toMatchObject({ 'Candidates (people)': 2, 'Who the Candidates sheet lists': '2 best matches of 3 reached' });
    expect(kv['How they were chosen']).toContain('the 2 best matches of "x"');

    const all = await exportCandidates(relevant(['C1', 'C3', 'C2']), { request: { text: 'x' }, actor: 'cli', allReached: true });
    expect(all).toMatchObject({ rowCount: 3, scope: 'everyone the search reached: all 3' });
    const filtered = await exportCandidates(relevant(['C1', 'C3', 'C2']), { request: { filters: { stage: ['Onsite'] } }, actor: 'cli' });
    expect(filtered).toMatchObject({ rowCount: 3, scope: 'every match: all 3' });
    expect(db.select().from(auditLog).all().map((a) => (a.args as { allReached?: boolean } | null)?.allReached ?? null)).toEqual([null, true, null]);
  });

  it('refuses a free-text export whose best matches are above the row limit, counting the best matches', async () => {
    const d: ExportCandidatesDeps = { ...deps(['C1', 'C2', 'C3'], 1), members: async () => ({ ids: ['C1', 'C2'], kind: 'relevant matches', reached: 3, description: '' }) };
    const err = await exportCandidates(d, { request: { text: 'x' }, actor: 'cli' }).catch((e) => e);
    expect(hasCode(err, 'export_too_large')).toBe(true);
    expect(err.message).toContain('2 candidates');
  });

  it('makes a slug from the query', () => {
    expect(exportSlug({})).toBe('candidates');
    expect(exportSlug({ boolean: 'python AND "machine learning"' })).toBe('python-and-machine-learning');
  });
});
