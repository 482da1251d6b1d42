import fs from 'node:fs/promises';
import path from 'node:path';
import { audit } from '../audit/audit-log.js';
import type { SearchRequestInput } from '../retrieval/query/search-request.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../store/db.js';
import type { Visibility } from '../store/read-model/index.js';
import { buildExportRows } from './rows.js';
import type { ExportSelection } from './types.js';
import { buildCandidatesWorkbook } from './workbook.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportCandidatesDeps {
  db: Db;
  /** The exporting actor's visibility of confidential jobs (the same the search ran with). */
  visibility: Visibility;
  /**
   * Who the Candidates sheet lists and the insights over exactly them, in one call (one ranking): two
   * calls could rank twice, on different search workers or index generations under `serve`.
   */
  select(req: SearchRequestInput, opts: { allReached: boolean; maxMembers: number }): Promise<ExportSelection>;
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

function tooLarge(total: number, limit: number): AppError {
  return new AppError(
    'export_too_large',
    `This export would have ${total} candidates, above the limit of ${limit} (REDISCOVERY_EXPORT_MAX_ROWS). Narrow the search with filters, or raise the limit.`,
    { details: { total, limit } },
  );
}

/** Who the Candidates sheet lists, in words with both counts, and how they were chosen (Provenance). */
function scopeOf(request: SearchRequestInput, selected: ExportSelection, allReached: boolean): { scope: string; scopeNote?: string } {
  if (!request.text?.trim()) return { scope: `every match: all ${selected.count}` };
  if (selected.kind === 'relevant matches') {
    return {
      scope: `${selected.count} best ${selected.count === 1 ? 'match' : 'matches'} of ${selected.reached} reached`,
      scopeNote: `${selected.description}. To list everyone the search reached: allReached (MCP), --all-reached (CLI), "Export everyone" (Slack).`,
    };
  }
  return { scope: `everyone the search reached: all ${selected.count}`, ...(allReached ? { scopeNote: selected.description } : {}) };
}

/** Run the search, build the workbook, write it under `exportsDir` and audit the export. */
export async function exportCandidates(deps: ExportCandidatesDeps, input: { request: SearchRequestInput; actor: string; allReached?: boolean }): Promise<ExportResult> {
  const { request, actor } = input;
  const now = deps.now();
  try {
    // A free-text export lists the people its Insights sheet describes (the ranked matches above the
    // relevance floor, issue 15): all 502 the semantic net reached under insights about the 89 best
    // made a workbook that contradicted itself. `allReached` lists, and describes, everyone reached.
    const allReached = input.allReached === true;
    const selected = await deps.select(request, { allReached, maxMembers: deps.maxRows });
    if (selected.count > deps.maxRows || !selected.insights) throw tooLarge(selected.count, deps.maxRows);
    const { insights } = selected;
    const rows = buildExportRows(deps.db, selected.ids, deps.visibility);
    const { scope, scopeNote } = scopeOf(request, selected, allReached);
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
        scope,
        ...(scopeNote ? { scopeNote } : {}),
        appVersion: deps.appVersion,
      },
    });
    const fileName = `${timestamp(now)}-${exportSlug(request)}.xlsx`;
    const file = path.join(deps.exportsDir, fileName);
    await fs.mkdir(deps.exportsDir, { recursive: true });
    await fs.writeFile(file, bytes, { mode: 0o600 });
    audit(deps.db, { actor, action: 'export_xlsx', args: auditArgs(request, input.allReached), resultCount: rows.length, detail: fileName, at: now });
    return { path: file, fileName, mimeType: XLSX_MIME, bytes, rowCount: rows.length, total: selected.count, scope };
  } catch (err) {
    const outcome = AppError.isInstance(err) && err.code === 'export_too_large' ? 'refused' : 'error';
    audit(deps.db, { actor, action: 'export_xlsx', args: auditArgs(request, input.allReached), outcome, detail: AppError.isInstance(err) ? err.code : 'internal', at: now });
    throw err;
  }
}

const auditArgs = (request: SearchRequestInput, allReached: boolean | undefined): Record<string, unknown> =>
  (allReached ? { ...request, allReached: true } : request) as Record<string, unknown>;
