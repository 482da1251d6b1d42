import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeFormula, safeCellText } from './safe-cell.js';
import type { ExportCandidate, ExportInsights } from './types.js';
import { buildCandidatesWorkbook, linkedInHref } from './workbook.js';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-xlsx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ada: ExportCandidate = {
  candidateId: 'C1',
  name: 'Ada Lovelace',
  currentTitle: 'Senior Backend Engineer',
  currentCompany: 'Analytical Engines',
  location: 'London, UK',
  yearsExperience: 9.5,
  linkedIn: 'https://linkedin.com/in/ada',
  email: 'ada@example.com',
  phone: '+44 20 7123 4567',
  profileUrl: 'https://app.ashbyhq.com/candidates/C1',
  lastUpdated: '2026-11-20T10:00:00.000Z',
  applications: [
    { job: 'Senior Backend Engineer', stage: 'Onsite', status: 'Archived', recruiter: 'Riley Recruiter', source: 'Referral', rejectionReason: 'Lacks Skills', updatedAt: '2026-11-12T10:00:00.000Z' },
    { job: 'Data Scientist', stage: 'Phone Screen', status: 'Active', recruiter: null, source: 'LinkedIn', rejectionReason: null, updatedAt: '2026-11-20T10:00:00.000Z' },
  ],
};
const evil: ExportCandidate = {
  ...ada,
  candidateId: 'C9',
  name: '=HYPERLINK("http://evil.example","click")',
  currentTitle: '+1+1',
  currentCompany: '-2+3',
  location: '@SUM(A1:A2)',
  email: '\t=cmd|calc',
  phone: '\r=1',
  linkedIn: 'javascript:alert(1)',
  profileUrl: 'javascript:alert(1)',
  applications: [],
};
const insights: ExportInsights = {
  total: 2,
  asOf: '2026-11-27T11:00:00.000Z',
  dimensions: [
    { dimension: 'location', label: 'Location', values: [{ value: 'London, UK', count: 1, share: 0.5 }, { value: '=evil()', count: 1, share: 0.5 }] },
    { dimension: 'stage', label: 'Stage', values: [{ value: 'Onsite', count: 2, share: 1 }] },
  ],
};
const provenance = {
  query: 'backend engineer',
  boolean: 'python AND -java',
  filters: { stage: ['Onsite'] },
  asOf: '2026-11-27T11:00:00.000Z',
  exportedBy: 'mcp:stdio',
  exportedAt: '2026-11-27T12:00:00.000Z',
  rowCount: 2,
  appVersion: '0.1.0',
};

async function readBack(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

describe('buildCandidatesWorkbook', () => {
  it('writes Candidates (one row per application), Insights with charts and Provenance', async () => {
    const buf = await buildCandidatesWorkbook({ rows: [ada, { ...ada, candidateId: 'C3', name: 'Grace Hopper', applications: [] }], insights, provenance });
    const wb = await readBack(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Candidates', 'Insights', 'Provenance']);

    const c = wb.getWorksheet('Candidates')!;
    expect(c.getRow(1).values).toEqual([
      undefined, 'Name', 'Current title', 'Current company', 'Location', 'Years of experience', 'Job', 'Stage reached', 'Status', 'Recruiter', 'Source',
      'Rejection reason', 'Last updated', 'LinkedIn', 'Email', 'Phone', 'Ashby profile',
    ]);
    expect(c.rowCount).toBe(4); // header + 2 applications of Ada + Grace without applications
    const r2 = c.getRow(2);
    expect([r2.getCell(1).value, r2.getCell(5).value, r2.getCell(6).value, r2.getCell(7).value, r2.getCell(9).value, r2.getCell(11).value]).toEqual([
      'Ada Lovelace', 9.5, 'Senior Backend Engineer', 'Onsite', 'Riley Recruiter', 'Lacks Skills',
    ]);
    expect(r2.getCell(12).value).toEqual(new Date('2026-11-12T10:00:00.000Z'));
    expect(r2.getCell(16).value).toEqual({ text: 'Open in Ashby', hyperlink: 'https://app.ashbyhq.com/candidates/C1' });
    expect(c.getRow(3).getCell(6).value).toBe('Data Scientist');
    expect(c.getRow(4).getCell(1).value).toBe('Grace Hopper');
    expect(c.getRow(4).getCell(6).value).toBeNull();

    const ins = wb.getWorksheet('Insights')!;
    const texts: unknown[] = [];
    ins.eachRow((row) => texts.push(row.getCell(1).value));
    expect(texts).toEqual(expect.arrayContaining(['Location', 'London, UK', 'Stage', 'Onsite']));
    let shareCell: ExcelJS.Cell | undefined;
    ins.eachRow((row) => {
      if (row.getCell(1).value === 'London, UK') shareCell = row.getCell(3);
    });
    expect(shareCell?.value).toBe(0.5);
    expect(shareCell?.numFmt).toBe('0.0%');
    // The charts are native chart parts (insights-charts.test.ts), not pictures; exceljs reads past them.
    expect(ins.getImages()).toHaveLength(0);
    expect((wb.model as unknown as { media: unknown[] }).media).toHaveLength(0);

    const p = wb.getWorksheet('Provenance')!;
    const kv = Object.fromEntries(p.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(kv).toMatchObject({
      Request: '"backend engineer" · matching python AND -java · in Onsite now', Query: 'backend engineer', 'Boolean query': 'python AND -java', Filters: 'in Onsite now', 'Filters (as the API takes them)': '{"stage":["Onsite"]}',
      'Exported by': 'mcp:stdio', 'Candidates (people)': 2, 'Rows on the Candidates sheet': 3, 'Insights computed over (candidates)': 2, 'App version': '0.1.0',
    });
    expect(kv['Rows on the Candidates sheet']).toBe(c.rowCount - 1);
    expect(kv['Data as of']).toEqual(new Date('2026-11-27T11:00:00.000Z'));

    const summary = Object.fromEntries(wb.getWorksheet('Summary')!.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(Object.keys(summary)[0]).toBe('Candidates: "backend engineer" · matching python AND -java · in Onsite now');
    expect(summary).toMatchObject({ 'Candidates (people)': 2, 'Applications (rows on Candidates)': 3, Archived: 1, Active: 1 });
  });

  it('prints landscape, one page wide, header row on every page; Stage reached never repeats Status', async () => {
    const hired = { ...ada, applications: [
      { job: 'Platform', stage: 'Hired', lastStage: 'Offer', status: 'Hired', recruiter: null, source: null, rejectionReason: null, updatedAt: null },
      { job: 'SRE', stage: 'Archived', lastStage: 'Onsite', status: 'Archived', recruiter: null, source: null, rejectionReason: 'Timing', updatedAt: null },
      { job: 'Old', stage: 'Archived', status: 'Archived', recruiter: null, source: null, rejectionReason: null, updatedAt: null },
    ] };
    const wb = await readBack(await buildCandidatesWorkbook({ rows: [hired], insights, provenance }));
    const c = wb.getWorksheet('Candidates')!;
    expect(c.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    for (const name of ['Summary', 'Insights', 'Provenance']) expect(wb.getWorksheet(name)!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect([2, 3, 4].map((r) => [c.getRow(r).getCell(7).value, c.getRow(r).getCell(8).value])).toEqual([['Offer', 'Hired'], ['Onsite', 'Archived'], [null, 'Archived']]);
    // Every bold label names its font: without a name LibreOffice printed them in a wider serif, clipped.
    for (const [sheet, row] of [['Candidates', 1], ['Provenance', 1], ['Summary', 3]] as const) {
      expect(wb.getWorksheet(sheet)!.getRow(row).getCell(1).font, sheet).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    }
    // The header wraps (two lines: "Years of / experience") and the rows wrap at the top of their cells.
    expect(c.getRow(1).height).toBe(30);
    expect(c.getRow(2).getCell(1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('never writes a formula: cells starting with = + - @ tab or CR are text with a leading quote', async () => {
    const wb = await readBack(await buildCandidatesWorkbook({ rows: [evil], insights, provenance }));
    const row = wb.getWorksheet('Candidates')!.getRow(2);
    const cells = [1, 2, 3, 4, 14, 15].map((i) => row.getCell(i));
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(String(cell.value).startsWith("'")).toBe(true);
    }
    expect(row.getCell(1).value).toBe(`'=HYPERLINK("http://evil.example","click")`);
    // a non-web profile link is not turned into a hyperlink
    expect(row.getCell(16).value).toBeNull();
    let evilInsight: unknown;
    wb.getWorksheet('Insights')!.eachRow((r) => {
      if (String(r.getCell(1).value).includes('evil')) evilInsight = r.getCell(1).value;
    });
    expect(evilInsight).toBe("'=evil()");
  });

  it('makes LinkedIn and e-mail clickable: a scheme-less linkedin.com address gets https://, anything else stays text', async () => {
    const bare = { ...ada, candidateId: 'C4', linkedIn: 'www.linkedin.com/in/ada-l', email: 'ada@example.com' };
    const odd = { ...ada, candidateId: 'C5', linkedIn: 'https://evil.example/in/ada', email: 'not an address', applications: [] };
    const wb = await readBack(await buildCandidatesWorkbook({ rows: [{ ...bare, applications: [] }, odd], insights, provenance }));
    const c = wb.getWorksheet('Candidates')!;
    // The text is the address without scheme and "www." (it fits its printed column); the link is whole.
    expect(c.getRow(2).getCell(13).value).toEqual({ text: 'linkedin.com/in/ada-l', hyperlink: 'https://www.linkedin.com/in/ada-l' });
    expect(c.getRow(2).getCell(14).value).toEqual({ text: 'ada@example.com', hyperlink: 'mailto:ada@example.com' });
    expect(c.getRow(3).getCell(13).value).toBe('https://evil.example/in/ada');
    expect(c.getRow(3).getCell(14).value).toBe('not an address');
    expect(linkedInHref('javascript:alert(1)')).toBeNull();
    expect(linkedInHref('http://uk.linkedin.com/in/amos')).toBe('http://uk.linkedin.com/in/amos');
  });

  it('writes phone numbers as text cells, without a visible apostrophe', async () => {
    const wb = await readBack(await buildCandidatesWorkbook({ rows: [ada, { ...ada, phone: '(020) 7946-0958' }], insights, provenance }));
    const cells = wb.getWorksheet('Candidates')!.getColumn(15).values.length;
    const phones: ExcelJS.Cell[] = [];
    wb.getWorksheet('Candidates')!.eachRow((row, n) => n > 1 && phones.push(row.getCell(15)));
    expect(cells).toBeGreaterThan(2);
    expect(new Set(phones.map((c) => c.value))).toEqual(new Set(['+44 20 7123 4567', '(020) 7946-0958']));
    for (const cell of phones) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
  });

  it('guards exactly the formula triggers', () => {
    for (const s of ['=1', '+1', '-1', '@x', '\tx', '\rx', '\n=1', '\n+1']) expect(looksLikeFormula(s)).toBe(true);
    expect(safeCellText('\n=HYPERLINK("x")')).toBe('\'\n=HYPERLINK("x")');
    for (const s of ['Ada', ' =1', '1-2', 'a@b.c']) expect(looksLikeFormula(s)).toBe(false);
    expect(safeCellText(null)).toBeNull();
    expect(safeCellText('-5')).toBe("'-5");
  });

  // The CSV filter's 12th token picks the sheet (LibreOffice ≥ 7.2): 2 = Candidates, after Summary.
  it.skipIf(!hasSoffice)('opens in LibreOffice (headless conversion to CSV of the Candidates sheet)', async () => {
    const file = path.join(tmp, 'export.xlsx');
    fs.writeFileSync(file, await buildCandidatesWorkbook({ rows: [ada, evil], insights, provenance }));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', tmp, file], {
      // LibreOffice's cold start dominates (seconds idle, much longer on a loaded 2-core CI box)
      timeout: 90_000,
      stdio: 'pipe',
    });
    // With a sheet chosen LibreOffice names the file after it.
    const csv = fs.readFileSync(path.join(tmp, fs.existsSync(path.join(tmp, 'export-Candidates.csv')) ? 'export-Candidates.csv' : 'export.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('Name,Current title,Current company');
    expect(csv).toContain('Ada Lovelace');
    expect(csv).toContain('Onsite');
    // the injected value arrives as text, not as an evaluated formula
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"",""click"")`);
  }, 100_000);
});
