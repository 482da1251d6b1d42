import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.js';
import { orgKey } from '../../vocabulary/org-key.js';

/*
 * The user's company attributes file (REDISCOVERY_COMPANY_ATTRIBUTES): `company,industry,size` rows.
 * It is the only source of an employer's industry and size: the product ships none and never guesses
 * one from a company name. Companies are joined on the same key identity resolution compares
 * (src/vocabulary/org-key.ts: folded, legal suffixes dropped), so "Acme, Inc." meets "ACME".
 */

export interface CompanyAttributes {
  /** Where the file came from (for the "no data" reason). */
  source: string;
  /** Distinct company keys in the file. */
  companies: number;
  lookup(company: string | null | undefined): { industry: string | null; size: string | null } | null;
}

const REQUIRED = ['company', 'industry', 'size'];

/** Parse the CSV text; a missing header column or a malformed file is one coded, one-line error. */
export function parseCompanyAttributes(text: string, source: string): CompanyAttributes {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim().toLowerCase());
        const absent = REQUIRED.filter((r) => !names.includes(r));
        if (absent.length) throw new AppError('config_invalid', `REDISCOVERY_COMPANY_ATTRIBUTES (${source}): header must include company,industry,size (missing ${absent.join(', ')}; found ${names.join(',') || 'nothing'})`);
        return names;
      },
    }) as Record<string, string>[];
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('config_invalid', `REDISCOVERY_COMPANY_ATTRIBUTES (${source}): not a readable company,industry,size CSV (${(err as Error).message.split('\n')[0]})`);
  }
  if (rows.length === 0 && !/\S/.test(text)) {
    throw new AppError('config_invalid', `REDISCOVERY_COMPANY_ATTRIBUTES (${source}): header must include company,industry,size (the file is empty)`);
  }
  const byKey = new Map<string, { industry: string | null; size: string | null }>();
  for (const row of rows) {
    const key = orgKey(row.company, 'company')?.key;
    if (!key) continue;
    // First row wins for a company listed twice, as a spreadsheet's first match would.
    if (!byKey.has(key)) byKey.set(key, { industry: row.industry || null, size: row.size || null });
  }
  return {
    source,
    companies: byKey.size,
    lookup: (company) => {
      const key = orgKey(company, 'company')?.key;
      return key ? byKey.get(key) ?? null : null;
    },
  };
}

/** Read and parse the file at `file` (a path config.ts already checked exists). */
export function readCompanyAttributes(file: string): CompanyAttributes {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('config_invalid', `REDISCOVERY_COMPANY_ATTRIBUTES (${file}): cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseCompanyAttributes(text, file);
}
