import type { Db } from '../../store/db.js';
import type { ProfileInput } from '../profile/extract-profile.js';

/*
 * What enrichment reads for a batch of candidates, in three set-based queries (not one per candidate):
 * the indexer calls enrichment for every batch it drains, so this is on the hot path of each sync.
 */

export interface EnrichmentSource {
  candidateId: string;
  candidate: ProfileInput['candidate'];
  resumeText: string | null;
  /** Newest of the candidate's `updatedAt` and its ok files' `extractedAt`: what the profile is derived from. */
  sourceUpdatedAt: string;
}

interface CandidateRow {
  id: string;
  name: string;
  position: string | null;
  company: string | null;
  school: string | null;
  location: string | null;
  resumeFileId: string | null;
  updatedAt: string;
  raw: string;
}

interface FileRow {
  candidateId: string;
  id: string;
  kind: string;
  text: string | null;
  extractedAt: string | null;
}

type Raw = Record<string, unknown>;
const arrayOf = <T>(value: unknown): T[] | null => (Array.isArray(value) ? (value as T[]) : null);

const contacts = (value: unknown) => arrayOf<{ value: string }>(value)?.filter((c) => c && typeof c.value === 'string') ?? null;

function parseRaw(text: string): Raw {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Raw) : {};
  } catch {
    return {};
  }
}

/** Load the present (not tombstoned) candidates among `ids` with their best resume text; missing ids are absent. */
export function loadEnrichmentSources(db: Db, ids: string[]): EnrichmentSource[] {
  if (ids.length === 0) return [];
  const params = { ids: JSON.stringify(ids) };
  const rows = db.$client
    .prepare(
      `SELECT id, name, position, company, school, location_summary AS location, resume_file_id AS resumeFileId,
              updated_at AS updatedAt, raw
         FROM candidates
        WHERE id IN (SELECT value FROM json_each(@ids))
          AND id NOT IN (SELECT candidate_id FROM candidate_tombstones)`,
    )
    .all(params) as CandidateRow[];
  // `+status` keeps SQLite on the candidate index: the status index would scan every ok file per lookup.
  // Ordered so the first row per candidate with text is the one to read: resumes before attachments, newest first.
  const files = db.$client
    .prepare(
      `SELECT candidate_id AS candidateId, id, kind, text, extracted_at AS extractedAt
         FROM files
        WHERE candidate_id IN (SELECT value FROM json_each(@ids)) AND +status = 'ok'
        ORDER BY candidate_id, kind = 'resume' DESC, COALESCE(extracted_at, updated_at) DESC`,
    )
    .all(params) as FileRow[];
  const filesByCandidate = new Map<string, FileRow[]>();
  for (const file of files) {
    const list = filesByCandidate.get(file.candidateId);
    if (list) list.push(file);
    else filesByCandidate.set(file.candidateId, [file]);
  }
  return rows.map((row) => toSource(row, filesByCandidate.get(row.id) ?? []));
}

function toSource(row: CandidateRow, files: FileRow[]): EnrichmentSource {
  const raw = parseRaw(row.raw);
  const withText = files.filter((f) => f.text && f.text.trim());
  // Ashby's current resume (resumeFileHandle) wins over older resume uploads still on the candidate.
  const resume = withText.find((f) => f.id === row.resumeFileId) ?? withText[0] ?? null;
  let sourceUpdatedAt = row.updatedAt;
  for (const file of files) if (file.extractedAt && file.extractedAt > sourceUpdatedAt) sourceUpdatedAt = file.extractedAt;
  const location = raw.location && typeof raw.location === 'object' ? (raw.location as { locationSummary?: string | null }) : row.location;
  return {
    candidateId: row.id,
    candidate: {
      name: row.name,
      position: row.position,
      company: row.company,
      school: row.school,
      location,
      emailAddresses: contacts(raw.emailAddresses),
      phoneNumbers: contacts(raw.phoneNumbers),
      socialLinks: arrayOf<{ type?: string | null; url: string }>(raw.socialLinks)?.filter((l) => l && typeof l.url === 'string') ?? null,
      tags: arrayOf<{ title: string }>(raw.tags)?.filter((t) => t && typeof t.title === 'string') ?? null,
    },
    resumeText: resume?.text ?? null,
    sourceUpdatedAt,
  };
}
