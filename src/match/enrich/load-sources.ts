import type { Db } from '../../store/db.js';
import { readCandidates, type CandidateRecord } from '../../store/read-model/index.js';
import type { ProfileInput } from '../profile/extract-profile.js';

/*
 * What enrichment reads for a batch of candidates, through the store's read model (set-based, not
 * one query per candidate): the indexer calls enrichment for every batch it drains, so this is on the
 * hot path of each sync.
 */

interface EnrichmentSource {
  candidateId: string;
  candidate: ProfileInput['candidate'];
  resumeText: string | null;
  /** Newest of the candidate's `updatedAt` and its ok files' `extractedAt`: what the profile is derived from. */
  sourceUpdatedAt: string;
}

/** Load the present (not tombstoned) candidates among `ids` with their best resume text; missing ids are absent. */
export function loadEnrichmentSources(db: Db, ids: string[]): EnrichmentSource[] {
  if (ids.length === 0) return [];
  return readCandidates(db, ids, { contacts: true, files: true, resumeText: true }).map(toSource);
}

function toSource(record: CandidateRecord): EnrichmentSource {
  let sourceUpdatedAt = record.updatedAt;
  for (const file of record.files ?? []) {
    if (file.status === 'ok' && file.extractedAt && file.extractedAt > sourceUpdatedAt) sourceUpdatedAt = file.extractedAt;
  }
  const contacts = record.contacts;
  return {
    candidateId: record.id,
    candidate: {
      name: record.name,
      position: record.position,
      company: record.company,
      school: record.school,
      location: record.locationSummary,
      emailAddresses: contacts?.emails ?? null,
      phoneNumbers: contacts?.phones ?? null,
      socialLinks: contacts?.socialLinks ?? null,
      tags: record.tags.filter((t) => t.title !== t.id).map((t) => t.title),
    },
    resumeText: record.resumeText ?? null,
    sourceUpdatedAt,
  };
}
