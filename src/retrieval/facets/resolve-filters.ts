import { distance } from 'fastest-levenshtein';
import { AppError } from '../../shared/errors.js';
import type { DateRange, ExcludeFilters, SearchFilters } from '../query/search-request.js';
import type { Catalog } from '../catalog/types.js';
import type { ResolvedFilters, ResolvedRange, ResolvedValues } from './filter-types.js';
import { valueVocabulary, type ValueVocabulary, type VocabularyDimension } from './value-vocabulary.js';

/** Which vocabulary each value filter is resolved against. */
const DIMENSION_OF: Partial<Record<keyof SearchFilters, VocabularyDimension>> = {
  job: 'job', department: 'department',
  stage: 'stage', stageReached: 'stage', recruiter: 'recruiter', source: 'source',
  rejectionReason: 'rejectionReason', tag: 'tag',
  currentTitle: 'title', pastTitle: 'title', currentCompany: 'company', pastCompany: 'company',
  location: 'location', skill: 'skill', school: 'school',
};

/** Facts read from candidates (not account entities): unknown values match nobody instead of erroring. */
const OPEN_DIMENSIONS = new Set<VocabularyDimension>(['company', 'school', 'title', 'location', 'skill']);

/**
 * Resolve every filter value against the account vocabulary (names or ids, case-insensitive).
 * An unknown account value (job, stage, recruiter, …) throws `filter_unknown_value` naming the filter and
 * the 5 closest valid values; an unknown open-vocabulary value (company, school, title, location, skill)
 * matches its normalised text, so it can legitimately find 0 candidates.
 */
export function resolveFilters(filters: SearchFilters, catalog: Catalog): ResolvedFilters {
  const out = resolveValueFilters(filters, catalog, '');
  if (filters.exclude) {
    const exclude = resolveValueFilters(filters.exclude, catalog, 'exclude.');
    if (Object.keys(exclude).length > 0) out.exclude = exclude;
  }
  if (filters.yearsExperience) out.yearsExperience = filters.yearsExperience;
  if (filters.updated) out.updated = resolveRange('updated', filters.updated);
  if (filters.applied) out.applied = resolveRange('applied', filters.applied);
  return out;
}

/** The value-list keys (shared by `filters` and `filters.exclude`); `prefix` names the path in errors. */
function resolveValueFilters(filters: ExcludeFilters, catalog: Catalog, prefix: string): ResolvedFilters {
  const vocabulary = valueVocabulary(catalog);
  const out: ResolvedFilters = {};
  for (const [key, dimension] of Object.entries(DIMENSION_OF) as [keyof ExcludeFilters, VocabularyDimension][]) {
    const values = filters[key] as string[] | undefined;
    if (values?.length) (out as Record<string, ResolvedValues>)[key] = resolveValues(`${prefix}${key}`, values, dimension, vocabulary, catalog);
  }
  if (filters.applicationStatus?.length) out.applicationStatus = new Set(filters.applicationStatus);
  if (filters.degree?.length) out.degree = new Set(filters.degree);
  return out;
}

function resolveValues(
  filter: string,
  values: string[],
  dimension: VocabularyDimension,
  vocabulary: ValueVocabulary,
  catalog: Catalog,
): ResolvedValues {
  const entries = vocabulary[dimension];
  const resolved: ResolvedValues = { ids: new Set(), keys: new Set(), labels: [] };
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    let entry = entries.get(key);
    if (!entry) entry = [...entries.values()].find((e) => e.ids.has(value));
    if (!entry && dimension === 'stage') {
      const stage = catalog.account.stageTitles.find((s) => s.id === value);
      if (stage) entry = entries.get(stage.title.toLowerCase());
    }
    if (!entry && dimension === 'recruiter') {
      const user = catalog.account.users.find((u) => u.email?.toLowerCase() === key);
      if (user) entry = entries.get(user.name.toLowerCase());
    }
    if (!entry && OPEN_DIMENSIONS.has(dimension)) {
      // An open vocabulary only lists what some candidate has: a real company nobody worked at is a
      // valid filter whose answer is 0 candidates, not a typo to reject.
      resolved.keys.add(key);
      resolved.labels.push(value);
      continue;
    }
    if (!entry) throw unknownValue(filter, value, [...entries.values()].map((e) => e.value));
    resolved.keys.add(entry.value.toLowerCase());
    for (const id of entry.ids) resolved.ids.add(id);
    resolved.labels.push(entry.value);
  }
  return resolved;
}

/** The `limit` valid values closest to `value` (substring matches first, then edit distance). */
function closestValues(value: string, valid: string[], limit = 5): string[] {
  const v = value.toLowerCase();
  return [...new Set(valid)]
    .map((candidate) => {
      const c = candidate.toLowerCase();
      const contains = c.includes(v) || v.includes(c) ? 0 : 1;
      return { candidate, contains, d: distance(v, c) };
    })
    .sort((a, b) => a.contains - b.contains || a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}

function unknownValue(filter: string, value: string, valid: string[]): AppError {
  const suggestions = closestValues(value, valid);
  const hint = suggestions.length ? ` Closest valid values: ${suggestions.map((s) => `"${s}"`).join(', ')}.` : ' The account has no values for this filter yet.';
  return new AppError('filter_unknown_value', `Unknown ${filter} "${value}".${hint}`, { details: { filter, value, suggestions } });
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function resolveRange(filter: string, range: DateRange): ResolvedRange {
  const out: ResolvedRange = {};
  for (const bound of ['after', 'before'] as const) {
    const v = range[bound];
    if (v === undefined) continue;
    if (!DATE.test(v) || Number.isNaN(Date.parse(v))) {
      throw new AppError('invalid_input', `${filter}.${bound} must be an ISO date (YYYY-MM-DD) or date-time, got "${v}"`);
    }
    out[bound] = new Date(v.length === 10 ? `${v}T00:00:00.000Z` : v).toISOString();
  }
  return out;
}
