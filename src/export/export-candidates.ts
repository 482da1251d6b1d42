import fs from 'node:fs/promises';
import path from 'node:path';
import { audit } from '../audit/audit-log.js';
import type { SearchRequestInput, SearchResponse } from '../retrieval/query/search-request.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../store/db.js';
import type { Visibility } from '../store/read-model/index.js';
import { buildExportRows } from './rows.js';
import type { ExportInsights, ExportMembers } from './types.js';
import { buildCandidatesWorkbook } from './workbook.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 500; // SearchRequest's own limit cap

export interface ExportCandidatesDeps {
  db: Db;
  /** The exporting actor's visibility of confidential jobs (the same the search ran with). */
  visibility: Visibility;
  search(req: SearchRequestInput): Promise<SearchResponse>;
  insights(req: SearchRequestInput): Promise<ExportInsights>;
  /** Who the insights describe (the same relevance floor), for a free-text export's default Candidates sheet. */
  members(req: SearchRequestInput): Promise<ExportMembers>;
  /** REDISCOVERY_EXPORT_MAX_ROWS */
  maxRows: number;
  /** `<dataDir>/exports` */
  exportsDir: string;
  appVersion: string;
  now(): Date;
}

export interface ExportResult {
  path: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  rowCount: number;
  total: number;
  /** Who the Candidates sheet lists, e.g. "89 best matches of 502 reached". */
  scope?: string;
}

/** A file-name-safe slug of the query, e.g. "senior-backend-engineer"; "candidates" when there is no text. */
export function exportSlug(req: SearchRequestInput): string {
  const words = [req.text, req.boolean, ...Object.values(req.filters ?? {}).flat().filter((v) => typeof v === 'string')].filter(Boolean).join(' ');
  const slug = words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return slug || 'candidates';
}

function timestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** Every candidate id the request matches, page by page; refuses before fetching when over the row limit. */
async function collectIds(deps: ExportCandidatesDeps, req: SearchRequestInput): Promise<{ ids: string[]; first: SearchResponse }> {
  const first = await deps.search({ ...req, limit: Math.min(PAGE, deps.maxRows), cursor: undefined, facets: false });
  if (first.total > deps.maxRows) throw tooLarge(first.total, deps.maxRows);
  const ids = first.results.map((r) => r.candidateId);
  let cursor = first.nextCursor;
  while (cursor && ids.length < first.total) {
    const page = await deps.search({ ...req, limit: PAGE, cursor, facets: false });
    ids.push(...page.results.map((r) => r.candidateId));
    cursor = page.nextCursor;
  }
  return { ids: [...new Set(ids)].slice(0, deps.maxRows), first };
}

function tooLarge(total: number, limit: number): AppError {
  return new AppError(
    'export_too_large',
    `This export would have ${total} candidates, above the limit of ${limit} (REDISCOVERY_EXPORT_MAX_ROWS). Narrow the search with filters, or raise the limit.`,
    { details: { total, limit } },
  );
}

interface Selection {
  ids: string[];
  asOf: string | null;
  total: number;
  scope?: string;
  scopeNote?: string;
}

/**
 * Who goes on the Candidates sheet. A free-text export lists the people its Insights sheet describes
 * (the ranked matches above the relevance floor, issue 15): listing all 502 the semantic net reached
 * under insights about the 89 best made a workbook that contradicted itself. `allReached` lists
 * everyone the search reached instead; a filters-only export lists every match either way.
 */
async function selectCandidates(deps: ExportCandidatesDeps, request: SearchRequestInput, allReached: boolean): Promise<Selection> {
  if (request.text?.trim() && !allReached) {
    const members = await deps.members(request);
    if (members.kind === 'relevant matches') {
      if (members.ids.length > deps.maxRows) throw tooLarge(members.ids.length, deps.maxRows);
      return {
        ids: members.ids,
        asOf: null,
        total: members.ids.length,
        scope: `${members.ids.length} best matches of ${members.reached} reached`,
        scopeNote: `${members.description}. To list everyone the search reached: allReached (MCP), --all-reached (CLI), "export everyone" (Slack).`,
      };
    }
  }
  const { ids, first } = await collectIds(deps, request);
  const reached = request.text?.trim() ? `everyone the search reached: all ${first.total}` : `every match: all ${first.total}`;
  return { ids, asOf: first.asOf, total: first.total, scope: reached };
}

/** Run the search, build the workbook, write it under `exportsDir` and audit the export. */
export async function exportCandidates(deps: ExportCandidatesDeps, input: { request: SearchRequestInput; actor: string; allReached?: boolean }): Promise<ExportResult> {
  const { request, actor } = input;
  const now = deps.now();
  try {
    const selected = await selectCandidates(deps, request, input.allReached === true);
    const rows = buildExportRows(deps.db, selected.ids, deps.visibility);
    const insights = await deps.insights(request);
    const bytes = await buildCandidatesWorkbook({
      rows,
      insights,
      provenance: {
        query: request.text ?? null,
        boolean: request.boolean ?? null,
        filters: (request.filters ?? {}) as Record<string, unknown>,
        asOf: selected.asOf ?? insights.asOf,
        exportedBy: actor,
        exportedAt: now.toISOString(),
        rowCount: rows.length,
        ...(selected.scope ? { scope: selected.scope } : {}),
        ...(selected.scopeNote ? { scopeNote: selected.scopeNote } : {}),
        appVersion: deps.appVersion,
      },
    });
    const fileName = `${timestamp(now)}-${exportSlug(request)}.xlsx`;
    const file = path.join(deps.exportsDir, fileName);
    await fs.mkdir(deps.exportsDir, { recursive: true });
    await fs.writeFile(file, bytes, { mode: 0o600 });
    audit(deps.db, { actor, action: 'export_xlsx', args: auditArgs(request, input.allReached), resultCount: rows.length, detail: fileName, at: now });
    return { path: file, fileName, mimeType: XLSX_MIME, bytes, rowCount: rows.length, total: selected.total, ...(selected.scope ? { scope: selected.scope } : {}) };
  } catch (err) {
    const outcome = AppError.isInstance(err) && err.code === 'export_too_large' ? 'refused' : 'error';
    audit(deps.db, { actor, action: 'export_xlsx', args: auditArgs(request, input.allReached), outcome, detail: AppError.isInstance(err) ? err.code : 'internal', at: now });
    throw err;
  }
}

const auditArgs = (request: SearchRequestInput, allReached: boolean | undefined): Record<string, unknown> =>
  (allReached ? { ...request, allReached: true } : request) as Record<string, unknown>;
