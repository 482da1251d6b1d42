import type { Catalog, CatalogCandidate } from '../catalog/types.js';

/**
 * Distinct values, with candidate counts, that each filterable dimension takes in the account:
 * account entities (jobs, stages, users, …) plus facts found on candidates (titles, skills, …).
 * Keys are lower-cased; the display value is the first spelling seen.
 */
export type ValueVocabulary = Record<string, Map<string, { value: string; count: number; ids: Set<string> }>>;

const VOCABULARY_DIMENSIONS = [
  'job', 'department', 'stage', 'recruiter', 'source', 'rejectionReason', 'tag',
  'title', 'company', 'location', 'skill', 'school',
] as const;
export type VocabularyDimension = (typeof VOCABULARY_DIMENSIONS)[number];

/*
 * Kept up to date by difference, not rebuilt per catalog version. Under `npm run bench -- soak`
 * (2,000 candidates, 10 webhooks/s) the catalog changes about once a second and each search worker
 * rebuilt the whole vocabulary before its next search: 2.7 % of the worker's samples against 7.9 %
 * for executeSearch, i.e. a third of a search's CPU (2-minute --cpu-prof run, load 13). Applying a
 * refresh's removed/added candidates (the catalog's change journal) costs their facts only.
 *
 * Each entry counts candidates, and how often each entity id and the account named it, so a
 * candidate leaving takes back exactly what it added. The display value stays the first spelling
 * seen while the entry lives (a rebuild could pick another candidate's spelling of the same key).
 */
interface Entry {
  value: string;
  count: number;
  ids: Set<string>;
  idRefs: Map<string, number>;
  accountRefs: number;
}
type Dims = Record<VocabularyDimension, Map<string, Entry>>;
interface State {
  version: number;
  dims: Dims;
  account: Catalog['account'];
}

const cache = new WeakMap<Catalog, State>();

/** Build (or bring up to the catalog's version) the value vocabulary. */
export function valueVocabulary(catalog: Catalog): ValueVocabulary {
  let state = cache.get(catalog);
  if (state && state.version !== catalog.version && !catchUp(state, catalog)) state = undefined;
  if (!state) {
    state = { version: catalog.version, dims: emptyDims(), account: catalog.account };
    applyAccount(state.dims, catalog.account, +1);
    for (const c of catalog.candidates.values()) applyCandidate(state.dims, c, +1);
    cache.set(catalog, state);
  }
  return state.dims;
}

/** Apply the journal's refreshes after `state.version`; false when the journal does not reach back that far. */
function catchUp(state: State, catalog: Catalog): boolean {
  const changes = catalog.changes ?? [];
  const from = changes.findIndex((ch) => ch.version === state.version + 1);
  if (from < 0 || changes.at(-1)!.version !== catalog.version) return false;
  for (const ch of changes.slice(from)) {
    for (const c of ch.removed) applyCandidate(state.dims, c, -1);
    for (const c of ch.added) applyCandidate(state.dims, c, +1);
  }
  if (state.account !== catalog.account) {
    applyAccount(state.dims, state.account, -1);
    applyAccount(state.dims, catalog.account, +1);
    state.account = catalog.account;
  }
  state.version = catalog.version;
  return true;
}

function emptyDims(): Dims {
  return Object.fromEntries(VOCABULARY_DIMENSIONS.map((d) => [d, new Map()])) as Dims;
}

/** Add (`sign` +1) or take back (-1) one contribution: `count` counts candidates, `fromAccount` the account's entities. */
function apply(dims: Dims, dim: VocabularyDimension, value: string | null, id: string | null, sign: 1 | -1, counts: boolean, fromAccount: boolean): void {
  if (!value) return;
  const key = value.trim().toLowerCase();
  const map = dims[dim];
  let entry = map.get(key);
  if (!entry) {
    if (sign < 0) return;
    map.set(key, (entry = { value: value.trim(), count: 0, ids: new Set(), idRefs: new Map(), accountRefs: 0 }));
  }
  if (counts) entry.count += sign;
  if (fromAccount) entry.accountRefs += sign;
  if (id) {
    const refs = (entry.idRefs.get(id) ?? 0) + sign;
    if (refs > 0) {
      entry.idRefs.set(id, refs);
      entry.ids.add(id);
    } else {
      entry.idRefs.delete(id);
      entry.ids.delete(id);
    }
  }
  if (entry.count <= 0 && entry.accountRefs <= 0) map.delete(key);
}

function applyAccount(dims: Dims, a: Catalog['account'], sign: 1 | -1): void {
  const add = (dim: VocabularyDimension, value: string | null, id: string | null) => apply(dims, dim, value, id, sign, false, true);
  for (const j of a.jobs) add('job', j.title, j.id);
  for (const d of a.departments) add('department', d.name, d.id);
  for (const s of a.stageTitles) add('stage', s.title, null);
  for (const u of a.users) add('recruiter', u.name, u.id);
  for (const s of a.sources) add('source', s.title, s.id);
  for (const r of a.archiveReasons) add('rejectionReason', r.text, r.id);
  for (const t of a.tags) add('tag', t.title, t.id);
}

/** One candidate's facts: each (dimension, value) counts the candidate once, however often it appears. */
function applyCandidate(dims: Dims, c: CatalogCandidate, sign: 1 | -1): void {
  const once = new Set<string>();
  const addOnce = (dim: VocabularyDimension, value: string | null, id: string | null) => {
    if (!value) return;
    const k = `${dim}\u0000${value.toLowerCase()}`;
    apply(dims, dim, value, id, sign, !once.has(k), false);
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

/** "Berlin, Germany" → ["Berlin", "Germany"]: a location filter may name any component. */
export function locationParts(location: string | null): string[] {
  if (!location) return [];
  const parts = location.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [];
}
