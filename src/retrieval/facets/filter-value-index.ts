import type { CatalogApplication, CatalogCandidate } from '../catalog/types.js';
import type { ResolvedFilters, ResolvedValues } from './filter-types.js';
import { locationParts } from './value-vocabulary.js';
import { intersectSorted } from '../sorted-ids.js';

/*
 * Which candidates COULD satisfy a filter unit, from an inverted index per dimension (value → the
 * ordinals holding it), so the exact predicate (`candidateMatches`) runs over those few instead of
 * over the whole catalog. At 1M candidates a never-seen filter value cost a full predicate pass
 * (~21% of a cold hybrid + filters + facets request, search bench profile 2026-12-06); with the
 * index it costs the union of the requested values' lists plus the predicate over that union.
 *
 * Every key a candidate's predicate can match on (lower-cased for free-form facts, ids for entities,
 * exactly as apply-filters.ts compares them) is indexed, so the union of the requested keys' lists
 * is a superset of the unit's matches. For a unit of ONE indexed dimension it is exactly its matches
 * (`keysOf` lists precisely the keys that dimension's predicate compares, so a candidate is in a
 * requested key's list iff the predicate holds; filter-bitsets.test.ts checks every dimension
 * against the predicate), and the caller takes it as is (`exact`); with several dimensions (the
 * application unit: all must hold on the same application) it only prunes, and the caller checks
 * each member with the predicate. Dimensions with ranges (dates, years) or exclusions have no index:
 * those units fall back to the full pass.
 */

type Keyed = 'keys' | 'ids' | 'set';

interface IndexedDimension {
  /** How apply-filters.ts reads the filter value: its `keys`, its `ids`, or a plain set. */
  by: Keyed;
  /** Every key the candidate's predicate for this dimension can match on. */
  keysOf(c: CatalogCandidate): Iterable<string | null>;
}

const lower = (xs: Iterable<string | null>): (string | null)[] => Array.from(xs, (s) => (s === null ? null : s.toLowerCase()));
const ofApps = (c: CatalogCandidate, f: (a: CatalogApplication) => string | null) => c.applications.map(f);

const DIMENSIONS: Partial<Record<keyof ResolvedFilters, IndexedDimension>> = {
  job: { by: 'ids', keysOf: (c) => ofApps(c, (a) => a.jobId) },
  department: { by: 'ids', keysOf: (c) => ofApps(c, (a) => a.departmentId) },
  stage: { by: 'keys', keysOf: (c) => lower(ofApps(c, (a) => a.currentStageTitle)) },
  stageReached: { by: 'keys', keysOf: (c) => lower(c.applications.flatMap((a) => a.stagesReached)) },
  recruiter: { by: 'ids', keysOf: (c) => ofApps(c, (a) => a.recruiterUserId) },
  rejectionReason: { by: 'ids', keysOf: (c) => ofApps(c, (a) => a.archiveReasonId) },
  applicationStatus: { by: 'set', keysOf: (c) => ofApps(c, (a) => a.status) },
  source: { by: 'ids', keysOf: (c) => [c.sourceId, ...ofApps(c, (a) => a.sourceId)] },
  tag: { by: 'ids', keysOf: (c) => c.tagIds },
  currentTitle: { by: 'keys', keysOf: (c) => lower([c.currentTitle]) },
  pastTitle: { by: 'keys', keysOf: (c) => lower(c.titles) },
  currentCompany: { by: 'keys', keysOf: (c) => lower([c.currentCompany]) },
  pastCompany: { by: 'keys', keysOf: (c) => lower(c.companies) },
  location: { by: 'keys', keysOf: (c) => (c.location ? lower([c.location, ...locationParts(c.location)]) : []) },
  skill: { by: 'keys', keysOf: (c) => lower(c.skills) },
  school: { by: 'keys', keysOf: (c) => lower(c.schools) },
  degree: { by: 'set', keysOf: (c) => c.degrees },
};

function requestedKeys(dim: IndexedDimension, value: unknown): Iterable<string> {
  if (dim.by === 'set') return value as Set<string>;
  return (value as ResolvedValues)[dim.by];
}

export class FilterValueIndex {
  /** Per dimension, built on first use: key → ascending ordinals holding it. */
  private readonly lists = new Map<keyof ResolvedFilters, Map<string, Int32Array>>();
  /** unionOf's byte per ordinal, all zero between calls (reused: at 1M a fresh one was 1 MB a call). */
  private mark: Uint8Array | null = null;

  constructor(private readonly cands: (CatalogCandidate | undefined)[], private readonly size: number) {}

  /**
   * Ascending ordinals that may satisfy `unit` (a superset of its matches: the intersection over
   * its indexed dimensions of the union of the requested keys' lists), or null when no dimension
   * of the unit is indexed (the caller then checks every candidate).
   */
  candidates(unit: ResolvedFilters): Int32Array | null {
    return this.lookup(unit)?.ords ?? null;
  }

  /**
   * `candidates(unit)`, and whether they are exactly the unit's matches (a unit of one indexed
   * dimension: see the note at the top), so the predicate need not run over them.
   */
  lookup(unit: ResolvedFilters): { ords: Int32Array; exact: boolean } | null {
    let dims = 0;
    let indexed = 0;
    let out: Int32Array | null = null;
    for (const [key, value] of Object.entries(unit) as [keyof ResolvedFilters, unknown][]) {
      if (value === undefined) continue;
      dims++;
      const dim = DIMENSIONS[key];
      if (!dim) continue;
      indexed++;
      const index = this.listsOf(key, dim);
      const union = unionOf([...requestedKeys(dim, value)].map((k) => index.get(k)).filter((l): l is Int32Array => l !== undefined), (this.mark ??= new Uint8Array(this.size)));
      out = out === null ? union : intersectSorted(out, union);
      if (out.length === 0) break;
    }
    return out === null ? null : { ords: out, exact: dims === 1 && indexed === 1 };
  }

  private listsOf(key: keyof ResolvedFilters, dim: IndexedDimension): Map<string, Int32Array> {
    let index = this.lists.get(key);
    if (index) return index;
    // Two passes: count per key, then fill exact-size lists (no growing arrays per value).
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    const eachKey = (c: CatalogCandidate, fn: (k: string) => void) => {
      seen.clear();
      for (const k of dim.keysOf(c)) {
        if (k === null || seen.has(k)) continue;
        seen.add(k);
        fn(k);
      }
    };
    for (let o = 0; o < this.size; o++) {
      const c = this.cands[o];
      if (c !== undefined) eachKey(c, (k) => counts.set(k, (counts.get(k) ?? 0) + 1));
    }
    index = new Map();
    const fill = new Map<string, number>();
    for (const [k, n] of counts) {
      index.set(k, new Int32Array(n));
      fill.set(k, 0);
    }
    for (let o = 0; o < this.size; o++) {
      const c = this.cands[o];
      if (c === undefined) continue;
      eachKey(c, (k) => {
        const at = fill.get(k)!;
        index!.get(k)![at] = o;
        fill.set(k, at + 1);
      });
    }
    this.lists.set(key, index);
    return index;
  }
}

/**
 * Ascending union of ascending lists (a byte mark over the ordinals when there are several). `mark`
 * (one byte per ordinal) must be all zero, and is left so.
 */
function unionOf(lists: Int32Array[], mark: Uint8Array): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  if (lists.length === 1) return lists[0];
  const size = mark.length;
  let n = 0;
  for (const l of lists) {
    for (let i = 0; i < l.length; i++) {
      if (mark[l[i]] === 0) {
        mark[l[i]] = 1;
        n++;
      }
    }
  }
  const out = new Int32Array(n);
  let k = 0;
  for (let o = 0; o < size && k < n; o++) {
    if (mark[o] === 1) {
      out[k++] = o;
      mark[o] = 0;
    }
  }
  return out;
}

