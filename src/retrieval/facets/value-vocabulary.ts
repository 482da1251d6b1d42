import type { Catalog } from '../catalog/types.js';

/**
 * Distinct values, with candidate counts, that each filterable dimension takes in the account:
 * account entities (jobs, stages, users, …) plus facts found on candidates (titles, skills, …).
 * Keys are lower-cased; the display value is the first spelling seen.
 */
export type ValueVocabulary = Record<string, Map<string, { value: string; count: number; ids: Set<string> }>>;

const cache = new WeakMap<Catalog, { version: number; vocabulary: ValueVocabulary }>();

export const VOCABULARY_DIMENSIONS = [
  'job', 'department', 'stage', 'recruiter', 'source', 'rejectionReason', 'tag',
  'title', 'company', 'location', 'skill', 'school',
] as const;
export type VocabularyDimension = (typeof VOCABULARY_DIMENSIONS)[number];

/** Build (or reuse, until the catalog changes) the value vocabulary. */
export function valueVocabulary(catalog: Catalog): ValueVocabulary {
  const hit = cache.get(catalog);
  if (hit && hit.version === catalog.version) return hit.vocabulary;
  const vocabulary = buildVocabulary(catalog);
  cache.set(catalog, { version: catalog.version, vocabulary });
  return vocabulary;
}

function buildVocabulary(catalog: Catalog): ValueVocabulary {
  const v = Object.fromEntries(VOCABULARY_DIMENSIONS.map((d) => [d, new Map()])) as ValueVocabulary;
  const add = (dim: VocabularyDimension, value: string | null, id: string | null, count: number) => {
    if (!value) return;
    const key = value.trim().toLowerCase();
    let entry = v[dim].get(key);
    if (!entry) v[dim].set(key, (entry = { value: value.trim(), count: 0, ids: new Set() }));
    entry.count += count;
    if (id) entry.ids.add(id);
  };
  const a = catalog.account;
  for (const j of a.jobs) add('job', j.title, j.id, 0);
  for (const d of a.departments) add('department', d.name, d.id, 0);
  for (const s of a.stageTitles) add('stage', s.title, null, 0);
  for (const u of a.users) add('recruiter', u.name, u.id, 0);
  for (const s of a.sources) add('source', s.title, s.id, 0);
  for (const r of a.archiveReasons) add('rejectionReason', r.text, r.id, 0);
  for (const t of a.tags) add('tag', t.title, t.id, 0);

  for (const c of catalog.candidates.values()) {
    const once = new Set<string>();
    const addOnce = (dim: VocabularyDimension, value: string | null, id: string | null) => {
      if (!value) return;
      const k = `${dim}\u0000${value.toLowerCase()}`;
      add(dim, value, id, once.has(k) ? 0 : 1);
      once.add(k);
    };
    for (const app of c.applications) {
      addOnce('job', app.jobTitle, app.jobId);
      addOnce('department', app.departmentName, app.departmentId);
      for (const s of app.stagesReached) addOnce('stage', s, null);
      addOnce('recruiter', app.recruiterName, app.recruiterUserId);
      addOnce('source', app.sourceTitle, app.sourceId);
      addOnce('rejectionReason', app.archiveReasonText, app.archiveReasonId);
    }
    addOnce('source', c.sourceTitle, c.sourceId);
    c.tagTitles.forEach((t, i) => addOnce('tag', t, c.tagIds[i] ?? null));
    for (const t of c.titles) addOnce('title', t, null);
    for (const co of c.companies) addOnce('company', co, null);
    addOnce('location', c.location, null);
    for (const part of locationParts(c.location)) addOnce('location', part, null);
    for (const s of c.skills) addOnce('skill', s, null);
    for (const s of c.schools) addOnce('school', s, null);
  }
  return v;
}

/** "Berlin, Germany" → ["Berlin", "Germany"]: a location filter may name any component. */
export function locationParts(location: string | null): string[] {
  if (!location) return [];
  const parts = location.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [];
}
