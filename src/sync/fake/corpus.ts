import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.js';
import { Prng } from './prng.js';
import { addFiles, seedApplicationsFor } from './seed-candidates.js';
import { YEAR, type OrgContext } from './seed-org.js';
import type { FakeState, TagRecord } from './state.js';
import { candidateRecord } from './state.js';

/*
 * Corpus mode: each CSV row (livecareer_resumes_pdftotext.csv shape: ID, Category, Resume_str)
 * becomes one candidate. The row ID is recoverable two ways: the candidate is named `Resume <ID>`
 * and carries the custom field "Source ID" = <ID>. Category becomes a tag and nothing else: it is
 * the relevance label of the search eval, so it must not reach the position (which profile
 * extraction turns into the current title, and the index into title text) — the eval leaves the tag
 * out of the index too.
 */

export interface CorpusRow {
  id: string;
  category: string;
  text: string;
}

/** Read corpus rows from a CSV file; `limit` keeps the first N rows. */
export function readCorpusCsv(file: string, limit?: number): CorpusRow[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('invalid_input', `Cannot read corpus CSV ${file}`, { cause: error });
  }
  const records = parse(raw, { columns: true, skip_empty_lines: true, relax_quotes: true, to: limit }) as Record<string, string>[];
  const rows: CorpusRow[] = [];
  for (const r of records) {
    if (r.ID === undefined || r.Category === undefined || r.Resume_str === undefined) {
      throw new AppError('invalid_input', `Corpus CSV ${file} needs the columns ID, Category and Resume_str`);
    }
    rows.push({ id: String(r.ID).trim(), category: String(r.Category).trim(), text: r.Resume_str });
  }
  return rows;
}

/** Corpus categories mapped to the job family whose jobs they apply to (others apply anywhere). */
const CATEGORY_FAMILY: Record<string, string> = {
  'INFORMATION-TECHNOLOGY': 'backend',
  ENGINEERING: 'infra',
  DESIGNER: 'design',
  ARTS: 'design',
  SALES: 'sales',
  'BUSINESS-DEVELOPMENT': 'sales',
  HR: 'people',
  ACCOUNTANT: 'finance',
  FINANCE: 'finance',
  BANKING: 'finance',
  HEALTHCARE: 'clinical',
  'DIGITAL-MEDIA': 'marketing',
  'PUBLIC-RELATIONS': 'marketing',
  CONSULTANT: 'product',
  BPO: 'success',
};

/** Seed one candidate per corpus row, each with applications so filters work. */
export function seedCorpusCandidates(state: FakeState, ctx: OrgContext, rows: CorpusRow[], seed: number): void {
  const tagsByCategory = new Map<string, TagRecord>();
  const sourceIdField = ctx.customFields.get('Source ID')!;
  const span = 5 * YEAR;
  const start = ctx.anchorMs - span;
  rows.forEach((row, i) => {
    const rng = new Prng(`${seed}:corpus:${row.id}:${i}`);
    let tag = tagsByCategory.get(row.category);
    if (!tag) {
      tag = { ...state.stamp(new Prng(`${seed}:tag:${row.category}`).uuid(), start), title: row.category, isArchived: false };
      state.tags.add(tag);
      tagsByCategory.set(row.category, tag);
    }
    const createdAt = Math.floor(start + (i + rng.next()) * (span / rows.length));
    const stamp = state.stamp(rng.uuid(), createdAt);
    const candidate = candidateRecord(stamp, {
      name: `Resume ${row.id}`,
      emails: [`resume-${row.id}@example.com`],
      tagIds: [tag.id],
      customFields: [{ fieldId: sourceIdField.id, value: row.id }],
    });
    state.candidates.add(candidate);
    addFiles(state, rng, candidate, -1, { kind: 'text-resume', text: row.text }, true);
    const family = CATEGORY_FAMILY[row.category] ?? rng.pick([...ctx.jobsByFamily.keys()]);
    seedApplicationsFor(state, rng, ctx, candidate, family);
  });
}
