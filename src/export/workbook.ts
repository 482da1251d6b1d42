import ExcelJS from 'exceljs';
import { interpretRequest } from '../retrieval/nl/interpretation.js';
import type { SearchFilters } from '../retrieval/query/search-request.js';
import { addInsightsSheet, INSIGHTS_SHEET } from './insights-sheet.js';
import { addNativeCharts } from './native-chart/add-charts.js';
import { printSetup } from './print-setup.js';
import { addSummarySheet } from './summary-sheet.js';
import { phoneCell, safeCellText } from './safe-cell.js';
import type { ExportCandidate, ExportProvenance, ExportInsights } from './types.js';

/*
 * The candidates workbook: "Summary", "Candidates", "Insights", "Provenance"; every sheet prints
 * landscape-or-portrait, one page wide (print-setup.ts).
 *
 * Candidates has one row per application (job + current stage), not one per stage history entry:
 * a recruiter filters and pivots by job and stage, and a candidate's full history is one click away
 * in Ashby. Candidates without applications get one row with the application columns empty.
 * Every string goes through `safeCellText`, so nothing a candidate typed can become a formula.
 */

const CANDIDATE_COLUMNS = [
  { header: 'Name', key: 'name', width: 26 },
  { header: 'Current title', key: 'currentTitle', width: 28 },
  { header: 'Current company', key: 'currentCompany', width: 24 },
  { header: 'Location', key: 'location', width: 22 },
  { header: 'Years of experience', key: 'yearsExperience', width: 11 },
  { header: 'Job', key: 'job', width: 28 },
  // The stage that says more than Status (before archiving, before hire): never "Archived | Archived".
  { header: 'Stage reached', key: 'stage', width: 18 },
  { header: 'Status', key: 'status', width: 10 },
  { header: 'Recruiter', key: 'recruiter', width: 18 },
  { header: 'Source', key: 'source', width: 15 },
  { header: 'Rejection reason', key: 'rejectionReason', width: 24 },
  { header: 'Last updated', key: 'lastUpdated', width: 12 },
  { header: 'LinkedIn', key: 'linkedIn', width: 28 },
  { header: 'Email', key: 'email', width: 28 },
  { header: 'Phone', key: 'phone', width: 17 },
  { header: 'Ashby profile', key: 'profileUrl', width: 14 },
] as const;

function isWebUrl(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/**
 * The LinkedIn address as a link a click opens: resumes and Ashby often hold it without a scheme
 * ("www.linkedin.com/in/…", 1 in 2 demo rows). Only http(s) addresses on linkedin.com become links;
 * anything else stays text (a `javascript:` value must never be clickable).
 */
export function linkedInHref(url: string | null): string | null {
  if (!url) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`;
  try {
    const u = new URL(withScheme);
    return /^https?:$/.test(u.protocol) && /(^|\.)linkedin\.com$/i.test(u.hostname) ? u.href : null;
  } catch {
    return null;
  }
}

/** A plain address (no spaces, quotes or angle brackets) becomes a mailto: link. */
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[a-z]{2,}$/i;

const LINK_FONT = { color: { argb: 'FF1F4FD8' }, underline: true } as const;

function dateOrNull(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The Stage reached cell: the stage that does not repeat the status (rows.ts `lastMeaningfulStage`). */
function stageCell(a: ExportCandidate['applications'][number] | null): string | null {
  if (!a) return null;
  if (a.lastStage !== undefined) return a.lastStage;
  const repeats = !a.stage || a.stage.toLowerCase() === (a.status ?? '').toLowerCase() || a.stage === 'Archived';
  return repeats ? null : a.stage;
}

/** Adds the Candidates sheet; returns its number of data rows (one per application). */
function addCandidatesSheet(wb: ExcelJS.Workbook, rows: ExportCandidate[]): number {
  let dataRows = 0;
  const ws = wb.addWorksheet('Candidates', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = CANDIDATE_COLUMNS.map((c) => ({ ...c }));
  ws.getRow(1).font = { bold: true };
  for (const c of rows) {
    const apps = c.applications.length ? c.applications : [null];
    for (const a of apps) {
      const row = ws.addRow({
        name: safeCellText(c.name),
        currentTitle: safeCellText(c.currentTitle),
        currentCompany: safeCellText(c.currentCompany),
        location: safeCellText(c.location),
        yearsExperience: c.yearsExperience,
        job: safeCellText(a?.job),
        stage: safeCellText(stageCell(a)),
        status: safeCellText(a?.status),
        recruiter: safeCellText(a?.recruiter),
        source: safeCellText(a?.source),
        rejectionReason: safeCellText(a?.rejectionReason),
        lastUpdated: dateOrNull(a?.updatedAt ?? c.lastUpdated),
        linkedIn: safeCellText(c.linkedIn),
        email: safeCellText(c.email),
        phone: null,
        profileUrl: null,
      });
      dataRows += 1;
      row.getCell('lastUpdated').numFmt = 'yyyy-mm-dd';
      const phone = phoneCell(c.phone);
      row.getCell('phone').value = phone.value;
      if (phone.numFmt) row.getCell('phone').numFmt = phone.numFmt;
      if (isWebUrl(c.profileUrl)) {
        const cell = row.getCell('profileUrl');
        cell.value = { text: 'Open in Ashby', hyperlink: c.profileUrl };
        cell.font = LINK_FONT;
      }
      const linkedIn = linkedInHref(c.linkedIn);
      if (linkedIn) {
        row.getCell('linkedIn').value = { text: safeCellText(c.linkedIn) ?? linkedIn, hyperlink: linkedIn };
        row.getCell('linkedIn').font = LINK_FONT;
      }
      if (c.email && EMAIL.test(c.email)) {
        row.getCell('email').value = { text: c.email, hyperlink: `mailto:${c.email}` };
        row.getCell('email').font = LINK_FONT;
      }
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CANDIDATE_COLUMNS.length } };
  printSetup(ws, { headerRows: '1:1' });
  return dataRows;
}

function addProvenanceSheet(wb: ExcelJS.Workbook, p: ExportProvenance, counts: { requestWords: string; applicationRows: number; insightsTotal: number; insightsBasis: string | null }): void {
  const ws = wb.addWorksheet('Provenance');
  ws.columns = [{ width: 34 }, { width: 80 }];
  const rows: [string, string | number | Date | null][] = [
    ['Request', counts.requestWords],
    ['Query', p.query],
    ['Boolean query', p.boolean],
    ['Filters', Object.keys(p.filters).length ? JSON.stringify(p.filters) : '(none)'],
    ['Data as of', dateOrNull(p.asOf) ?? 'unknown'],
    ['Exported by', p.exportedBy],
    ['Exported at', dateOrNull(p.exportedAt)],
    // The counts each sheet holds, named by sheet, so they can be checked against it.
    ['Candidates (people)', p.rowCount],
    ...(p.scope ? [['Who the Candidates sheet lists', p.scope] as [string, string]] : []),
    ...(p.scopeNote ? [['How they were chosen', p.scopeNote] as [string, string]] : []),
    ['Rows on the Candidates sheet', counts.applicationRows],
    ['Insights computed over (candidates)', counts.insightsTotal],
    // Which population the Insights sheet describes: the best matches, or everyone reached (allReached).
    ...(counts.insightsBasis ? [['Who the Insights sheet describes', counts.insightsBasis] as [string, string]] : []),
    ['App version', p.appVersion],
  ];
  for (const [k, v] of rows) {
    const row = ws.addRow([k, typeof v === 'string' ? safeCellText(v) : v]);
    row.getCell(1).font = { bold: true };
    if (v instanceof Date) row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
  }
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  printSetup(ws, { orientation: 'portrait' });
}

/** Build the XLSX bytes for an export: candidates (one row per application), insights with native Excel charts, provenance. */
export async function buildCandidatesWorkbook(input: {
  rows: ExportCandidate[];
  insights: ExportInsights;
  provenance: ExportProvenance;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'rediscovery';
  wb.created = dateOrNull(input.provenance.exportedAt) ?? new Date();
  const p = input.provenance;
  const requestWords = interpretRequest({ text: p.query ?? undefined, boolean: p.boolean ?? undefined, filters: p.filters as SearchFilters });
  const applicationRows = input.rows.reduce((n, c) => n + Math.max(1, c.applications.length), 0);
  addSummarySheet(wb, { requestWords, scope: p.scope ?? null, rows: input.rows, applicationRows, insights: input.insights, asOf: dateOrNull(p.asOf) });
  const written = addCandidatesSheet(wb, input.rows);
  const charts = addInsightsSheet(wb, input.insights);
  addProvenanceSheet(wb, p, { requestWords, applicationRows: written, insightsTotal: input.insights.total, insightsBasis: input.insights.basis ?? null });
  // exceljs cannot write chart parts: the native charts are added to the package it wrote.
  return addNativeCharts(Buffer.from(await wb.xlsx.writeBuffer()), { [INSIGHTS_SHEET]: charts });
}
