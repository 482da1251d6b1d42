import ExcelJS from 'exceljs';
import { interpretRequest } from '../retrieval/nl/interpretation.js';
import type { SearchFilters } from '../retrieval/query/search-request.js';
import { addInsightsSheet, INSIGHTS_SHEET, wrappedLines } from './insights-sheet.js';
import { addNativeCharts } from './native-chart/add-charts.js';
import { cellFont } from './fonts.js';
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

/*
 * Widths in characters, narrow enough that "one page wide" prints the rows at about 55 % (6 pt): at the
 * first widths (323 characters, every value on one line) LibreOffice printed them at 42 %, 4.6 pt, too
 * small to read. A longer value wraps within its cell and its row grows (`rowLines`), so nothing is
 * cut; a link (LinkedIn, e-mail) cannot wrap in LibreOffice, so it shrinks to its cell instead.
 */
const CANDIDATE_COLUMNS = [
  { header: 'Name', key: 'name', width: 17 },
  { header: 'Current title', key: 'currentTitle', width: 19 },
  { header: 'Current company', key: 'currentCompany', width: 16 },
  { header: 'Location', key: 'location', width: 18 },
  { header: 'Years of experience', key: 'yearsExperience', width: 10 },
  { header: 'Job', key: 'job', width: 19 },
  // The stage that says more than Status (before archiving, before hire): never "Archived | Archived".
  { header: 'Stage reached', key: 'stage', width: 13 },
  { header: 'Status', key: 'status', width: 9 },
  { header: 'Recruiter', key: 'recruiter', width: 13 },
  { header: 'Source', key: 'source', width: 11 },
  { header: 'Rejection reason', key: 'rejectionReason', width: 19 },
  { header: 'Last updated', key: 'lastUpdated', width: 11 },
  { header: 'LinkedIn', key: 'linkedIn', width: 24 },
  { header: 'Email', key: 'email', width: 24 },
  { header: 'Phone', key: 'phone', width: 15 },
  { header: 'Ashby profile', key: 'profileUrl', width: 13 },
] as const;

/** The 15 pt line of Calibri 11; a wrapped row is this many points per line tall. */
const LINE_PT = 15;

/**
 * Lines a row's cells wrap to at the column widths: LibreOffice does not grow a row to its wrapped text
 * when it opens the file, and Excel only when the cell is edited, so the height is written.
 */
function rowLines(row: ExcelJS.Row): number {
  let lines = 1;
  CANDIDATE_COLUMNS.forEach((c, i) => {
    const v = row.getCell(i + 1).value;
    // A link shrinks to fit (it never wraps); a date or a number is one line.
    if (typeof v !== 'string') return;
    lines = Math.max(lines, wrappedLines(v, Math.floor(c.width * CHARS_PER_WIDTH)));
  });
  return lines;
}

/**
 * Characters of a wrapped line per width unit: Calibri 11 fits ≈ 1.18 of mixed case (45 in the Insights
 * sheet's 38); at 1.05 the estimate gave most rows a blank third line.
 */
const CHARS_PER_WIDTH = 1.15;

/** Wrap text at the top of its cell; a link, which LibreOffice does not wrap, shrinks to the cell's width. */
function alignCell(cell: ExcelJS.Cell): void {
  const link = typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value;
  cell.alignment = link ? { shrinkToFit: true, vertical: 'top' } : { wrapText: true, vertical: 'top' };
}

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

/**
 * The words a LinkedIn link shows: the address without its scheme and "www."/country prefix
 * ("linkedin.com/in/ada-l"), so it fits its printed column; the link keeps the whole address.
 */
function linkedInText(href: string): string {
  const u = new URL(href);
  return `linkedin.com${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

/** A plain address (no spaces, quotes or angle brackets) becomes a mailto: link. */
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[a-z]{2,}$/i;

const LINK_FONT = cellFont({ color: { argb: 'FF1F4FD8' }, underline: true });

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
  ws.getRow(1).font = cellFont({ bold: true });
  ws.getRow(1).alignment = { wrapText: true, vertical: 'bottom' };
  ws.getRow(1).height = rowLines(ws.getRow(1)) * LINE_PT;
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
        row.getCell('linkedIn').value = { text: linkedInText(linkedIn), hyperlink: linkedIn };
        row.getCell('linkedIn').font = LINK_FONT;
      }
      if (c.email && EMAIL.test(c.email)) {
        row.getCell('email').value = { text: c.email, hyperlink: `mailto:${c.email}` };
        row.getCell('email').font = LINK_FONT;
      }
      for (let i = 1; i <= CANDIDATE_COLUMNS.length; i++) alignCell(row.getCell(i));
      const lines = rowLines(row);
      if (lines > 1) row.height = lines * LINE_PT;
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CANDIDATE_COLUMNS.length } };
  printSetup(ws, { headerRows: '1:1' });
  return dataRows;
}

/** Width of the Provenance values' column in characters (Calibri fits ≈ 1.1 of them a unit on a line). */
const PROVENANCE_VALUE_CHARS = 70;

function addProvenanceSheet(wb: ExcelJS.Workbook, p: ExportProvenance, counts: { requestWords: string; applicationRows: number; insightsTotal: number; insightsBasis: string | null }): void {
  const ws = wb.addWorksheet('Provenance');
  ws.columns = [{ width: 34 }, { width: PROVENANCE_VALUE_CHARS }];
  const rows: [string, string | number | Date | null][] = [
    ['Request', counts.requestWords],
    ['Query', p.query],
    ['Boolean query', p.boolean],
    // The filters in words for the reader, and as the API takes them for whoever reruns the export.
    ['Filters', Object.keys(p.filters).length ? interpretRequest({ filters: p.filters as SearchFilters }) : '(none)'],
    ...(Object.keys(p.filters).length ? [['Filters (as the API takes them)', JSON.stringify(p.filters)] as [string, string]] : []),
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
    row.getCell(1).font = cellFont({ bold: true });
    row.getCell(1).alignment = { vertical: 'top' };
    // Numbers and dates read left like the text beside them; a long value wraps and its row grows.
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    if (v instanceof Date) row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
    const lines = typeof v === 'string' ? wrappedLines(v, Math.floor(PROVENANCE_VALUE_CHARS * 1.1)) : 1;
    if (lines > 1) row.height = lines * LINE_PT;
  }
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
