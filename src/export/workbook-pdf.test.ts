import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
// pdf-parse's own PDF engine (its pinned dependency): text positions and sizes, which pdf-parse does not expose.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportCandidate, ExportInsights } from './types.js';
import { buildCandidatesWorkbook } from './workbook.js';

/*
 * The workbook as someone prints it: a 300-candidate export converted to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`, the second program that proves the file), then read page
 * by page. Every Candidates page must carry the whole header row (first and last column: fit to one
 * page wide, header repeated), the page count must stay readable, and the Insights sheet's native
 * charts must render whole, one page each, with their labels uncut. CI installs LibreOffice Calc
 * (.ci/run); without soffice this is skipped, never faked.
 */
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-pdf-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const JOBS = ['Senior Backend Engineer', 'Staff Software Engineer, Platform', 'Product Designer', 'Registered Nurse, Telehealth', 'Enterprise Account Executive'];
const STAGES = ['Recruiter Screen', 'Technical Interview', 'Onsite', 'Final Round', 'Offer'];
const STATUSES = ['Archived', 'Active', 'Archived', 'Hired'];

/** 300 people, one to three applications each, with the longest values a real account has. */
function candidates(n: number): ExportCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    candidateId: `C${i}`,
    name: `Candidate Number ${i} Example-Lastname`,
    currentTitle: i % 7 ? 'Senior Software Engineer, Payments' : 'Principal Site Reliability Engineer, Infrastructure',
    currentCompany: `Northwind Analytical Engines ${i % 13}`,
    location: ['San Francisco, California, United States', 'Berlin, Germany', 'Remote'][i % 3]!,
    yearsExperience: (i % 20) + 0.5,
    linkedIn: `https://www.linkedin.com/in/candidate-number-${i}`,
    email: `candidate.number.${i}@example.com`,
    phone: `+1 415 555 ${String(1000 + i).slice(-4)}`,
    profileUrl: `https://app.ashbyhq.com/candidates/C${i}`,
    lastUpdated: '2026-11-20T10:00:00.000Z',
    applications: Array.from({ length: (i % 3) + 1 }, (_, k) => ({
      job: JOBS[(i + k) % JOBS.length]!,
      stage: 'Archived',
      lastStage: STAGES[(i + k) % STAGES.length]!,
      status: STATUSES[(i + k) % STATUSES.length]!,
      recruiter: 'Maya Patel',
      source: 'Referral',
      rejectionReason: (i + k) % 4 === 0 ? 'Lacks Skills/Qualifications' : null,
      updatedAt: '2026-03-01T10:00:00.000Z',
    })),
  }));
}

const insights: ExportInsights = {
  total: 300,
  asOf: '2026-11-27T11:00:00.000Z',
  // As long as a search's basis gets: the title wraps within A–E instead of spilling past it.
  basis: 'the 259 best matches of "engineer" (score at least 50% of the best), of 300 candidates the search reached',
  dimensions: ['Location', 'Current company', 'Current title', 'Skills', 'Stage reached', 'Source'].map((label, d) => ({
    dimension: `d${d}`,
    label,
    // 20 values: the chart draws the top 15, so its title ("… (top 15 of 20)") is text only the chart has.
    values: Array.from({ length: 20 }, (_, i) => ({ value: `${label} value ${i} with a rather long descriptive name`, count: 60 - i * 3, share: (60 - i * 3) / 300 })),
  })),
  // The demo's real reasons: ≈ 150 characters written from column B spilled far past E, and LibreOffice
  // fitted that width to the page, printing every Insights page at 82 % (64 % without Carlito).
  unavailable: [
    { label: 'Industry', reason: "no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES to a company,industry,size CSV (an employer's industry is never guessed)" },
    { label: 'Languages', reason: 'no candidate in this set has a languages value in their profile or applications' },
  ],
};

/** Per page: the size the cells' 11 pt text printed at, and how far right the sheet's text reaches (share of the page width). */
async function pageGeometry(file: string, headerWord = 'Value'): Promise<{ valueSize: number | null; right: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  const out: { valueSize: number | null; right: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const width = page.view[2]!;
    const { items } = await page.getTextContent();
    // The footer (sheet name, page numbers) is never scaled: only the sheet's own text counts.
    const text = items.filter((i): i is Extract<typeof i, { str: string }> => 'str' in i && i.str.trim() !== '' && i.transform[5] > 40);
    const header = text.find((i) => i.str === headerWord);
    out.push({ valueSize: header ? Math.hypot(header.transform[0], header.transform[1]) : null, right: Math.max(0, ...text.map((i) => i.transform[4] + i.width)) / width });
  }
  await doc.destroy();
  return out;
}

describe.skipIf(!hasSoffice)('the workbook printed to PDF by LibreOffice', () => {
  it('a 300-candidate export: Candidates one page wide with the header on every page, in a readable number of pages', async () => {
    const rows = candidates(300);
    const file = path.join(tmp, 'export.xlsx');
    fs.writeFileSync(file, await buildCandidatesWorkbook({
      rows,
      insights,
      provenance: { query: 'engineer', boolean: null, filters: { stageReached: ['Onsite'] }, asOf: insights.asOf, exportedBy: 'cli', exportedAt: '2026-11-27T12:00:00.000Z', rowCount: rows.length, appVersion: '0.1.0' },
    }));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'pdf', '--outdir', tmp, file], { timeout: 240_000, stdio: 'pipe' });
    const parser = new PDFParse({ data: fs.readFileSync(path.join(tmp, 'export.pdf')) });
    const { pages } = await parser.getText();
    await parser.destroy();

    // The footer names the sheet (&A): count each sheet's pages by it.
    const sheetOf = (text: string) => /(Summary|Candidates|Insights|Provenance)\s*Page \d+ of \d+/.exec(text)?.[1] ?? 'unknown';
    const perSheet: Record<string, number> = {};
    for (const p of pages) perSheet[sheetOf(p.text)] = (perSheet[sheetOf(p.text)] ?? 0) + 1;
    // A benchmark prints its numbers: the report quotes these.
    console.log(`PDF pages for 300 candidates (${rows.reduce((n, c) => n + c.applications.length, 0)} application rows): ${pages.length} total`, perSheet);

    const candidatePages = pages.filter((p) => sheetOf(p.text) === 'Candidates');
    expect(candidatePages.length).toBeGreaterThan(0);
    for (const p of candidatePages) {
      expect(p.text).toContain('Name');
      expect(p.text).toContain('Ashby profile'); // the last column: no column pushed to another page
    }
    expect(perSheet.unknown ?? 0).toBe(0);

    // The native charts render (LibreOffice draws them from the caches): each chart's title and every
    // category label in full (the table beside it wraps them in their rows) on one Insights page,
    // so no chart is split by a page break and no label is cut.
    const insightPages = pages.filter((p) => sheetOf(p.text) === 'Insights').map((p) => p.text.replace(/\s+/g, ' '));
    for (const dim of insights.dimensions) {
      const onPages = insightPages.filter((t) => t.includes(`${dim.label} (top 15 of 20)`));
      expect(onPages, dim.label).toHaveLength(1);
      for (const v of dim.values.slice(0, 15)) expect(onPages[0], v.value).toContain(v.value);
    }
    // Readable is a size and a count: the rows printed at 4.6 pt (42 %) in ≤ 20 pages when every value
    // sat on one line of 323 characters; narrower columns whose long values wrap print them at ≥ 5.8 pt,
    // and these 600 rows, every one with a 40-character location and a 50-character title, take 2 lines
    // each (the demo's "engineer" export, 353 rows: 13 pages).
    const candidateSizes = (await pageGeometry(path.join(tmp, 'export.pdf'), 'Name')).filter((_, i) => sheetOf(pages[i]!.text) === 'Candidates').map((g) => g.valueSize);
    console.log('Candidates pages: header size (pt)', [...new Set(candidateSizes.map((v) => v?.toFixed(1)))].join(' '));
    for (const size of candidateSizes) expect(size, 'printed size of the Candidates header').toBeGreaterThan(5.8);
    expect(candidatePages.length).toBeLessThanOrEqual(32);
    expect(pages.length).toBeLessThanOrEqual(45);

    // The Insights pages print at 100 %: the tables' 11 pt header is 11 pt on paper (it was 9.0 pt when
    // the reasons spilled past column E), and the charts reach across the page. LibreOffice needs
    // Carlito (Calibri's metric twin, installed by .ci/run) to measure the columns as Excel does.
    const geometry = await pageGeometry(path.join(tmp, 'export.pdf'));
    const insightGeometry = geometry.filter((_, i) => sheetOf(pages[i]!.text) === 'Insights');
    const sizes = insightGeometry.map((g) => g.valueSize).filter((v): v is number => v !== null);
    console.log('Insights pages: header size (pt)', sizes.map((v) => v.toFixed(1)).join(' '), '· right edge', insightGeometry.map((g) => g.right.toFixed(2)).join(' '));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size, 'printed size of 11 pt text on an Insights page (is fonts-crosextra-carlito installed?)').toBeGreaterThan(10.5);
    for (const g of insightGeometry) expect(g.right, 'text reaching past the chart column').toBeLessThan(0.97);
    expect(Math.max(...insightGeometry.map((g) => g.right))).toBeGreaterThan(0.8);
    const lastInsights = pages.filter((p) => sheetOf(p.text) === 'Insights').at(-1)!.text.replace(/\s+/g, ' ');
    expect(lastInsights).toContain('(an employer\'s industry is never guessed)');
  }, 300_000);
});
