import type { CatalogCandidate } from '../catalog/types.js';
import { candidateMatches } from './apply-filters.js';
import type { ResolvedFilters } from './filter-types.js';
import { FilterValueIndex } from './filter-value-index.js';

/*
 * Filters as intersections of per-value bitsets instead of a predicate call per candidate per
 * request. A filter is a conjunction of units that each hold on their own: every candidate-level
 * dimension (source, title, skill, years, …, and the exclusions) alone, and all application-level
 * dimensions together as ONE unit (they must hold on the same application, so they do not
 * decompose). Each unit's bitset is the exact predicate (`candidateMatches` with that unit alone)
 * evaluated once over the catalog and kept until the catalog changes (the caller's epoch), so a
 * never-seen request with known filter values costs one byte test per candidate and unit.
 * The search bench measured per-candidate evaluation as the next cost after keyword scoring.
 */

const APPLICATION_KEYS = new Set(['job', 'department', 'stage', 'stageReached', 'recruiter', 'rejectionReason', 'applicationStatus', 'applied']);

/** The filter's units: [cache key, the filters of that unit alone]. */
function filterUnits(resolved: ResolvedFilters): [string, ResolvedFilters][] {
  const units: [string, ResolvedFilters][] = [];
  const app: ResolvedFilters = {};
  for (const [key, value] of Object.entries(resolved) as [keyof ResolvedFilters, never][]) {
    if (value === undefined) continue;
    if (APPLICATION_KEYS.has(key)) (app as Record<string, unknown>)[key] = value;
    else units.push([stableKey({ [key]: value }), { [key]: value }]);
  }
  if (Object.keys(app).length > 0) units.push([stableKey(app), app]);
  return units;
}

function stableKey(f: ResolvedFilters): string {
  return JSON.stringify(f, (_k, v: unknown) => (v instanceof Set ? [...v].map(String).sort() : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/** A unit's matches: a bit per ordinal (32 to a word), and their ascending list when it is short (see `select`). */
interface Unit {
  words: Uint32Array;
  list: Int32Array | null;
}

const has = (words: Uint32Array, o: number) => (words[o >>> 5] >>> (o & 31)) & 1;

export class FilterBitsets {
  private readonly units = new Map<string, Unit>();
  private readonly index: FilterValueIndex;
  private and = new Int32Array(0);

  constructor(private readonly cands: (CatalogCandidate | undefined)[], private readonly size: number) {
    this.index = new FilterValueIndex(cands, size);
  }

  /** Ordinals (ascending) of the candidates that satisfy `resolved`. */
  select(resolved: ResolvedFilters): Int32Array {
    const units = filterUnits(resolved).map(([key, unit]) => this.unit(key, unit));
    // A short unit's list drives the intersection (the others tested by bit); else the units' words are
    // AND'ed 32 ordinals at a time (a byte test per ordinal and unit was ~3% of a cold filtered request).
    let driver: Unit | null = null;
    for (const u of units) if (u.list && (!driver || u.list.length < driver.list!.length)) driver = u;
    const sets = units.filter((u) => u !== driver).map((u) => u.words);
    if (driver) {
      const list = driver.list!;
      const out = new Int32Array(list.length);
      let n = 0;
      outer: for (let i = 0; i < list.length; i++) {
        const o = list[i];
        for (let k = 0; k < sets.length; k++) if (has(sets[k], o) === 0) continue outer;
        out[n++] = o;
      }
      return out.slice(0, n);
    }
    if (sets.length === 0) {
      // No filter: every live ordinal.
      const out = new Int32Array(this.size);
      let n = 0;
      for (let o = 0; o < this.size; o++) if (this.cands[o] !== undefined) out[n++] = o;
      return out.slice(0, n);
    }
    // Every unit's bits are set only for live candidates, so the AND needs no liveness test.
    const first = sets[0];
    const nWords = first.length;
    let count = 0;
    // Scratch kept between calls (select is synchronous); every word read below is written first.
    if (this.and.length !== nWords) this.and = new Int32Array(nWords);
    const and = this.and;
    for (let w = 0; w < nWords; w++) {
      let x = first[w] | 0;
      for (let k = 1; k < sets.length && x !== 0; k++) x &= sets[k][w];
      and[w] = x;
      if (x !== 0) count += popcount(x);
    }
    const out = new Int32Array(count);
    let n = 0;
    for (let w = 0; w < nWords; w++) {
      let x = and[w];
      while (x !== 0) {
        const low = x & -x;
        out[n++] = (w << 5) + (31 - Math.clz32(low));
        x ^= low;
      }
    }
    return out;
  }

  private years: { isNull: Uint8Array; value: Float64Array } | null = null;

  /**
   * Every ordinal's yearsExperience as a number (and a flag for null or no candidate), made on first
   * use: a range unit then scans two typed arrays instead of calling the predicate on each object.
   * A value that is not a number compares as the predicate compares it (NaN: never below a bound).
   */
  private yearsColumn(): { isNull: Uint8Array; value: Float64Array } {
    if (!this.years) {
      const isNull = new Uint8Array(this.size);
      const value = new Float64Array(this.size);
      for (let o = 0; o < this.size; o++) {
        const c = this.cands[o];
        const y = c?.yearsExperience;
        if (c === undefined || y === null) isNull[o] = 1;
        else value[o] = y as number;
      }
      this.years = { isNull, value };
    }
    return this.years;
  }

  private unit(key: string, unit: ResolvedFilters): Unit {
    let entry = this.units.get(key);
    if (!entry) {
      const words = new Uint32Array((this.size + 31) >>> 5);
      let count = 0;
      // The value index's list when it is exactly the unit's matches (one indexed dimension), else the
      // exact predicate over the candidates the index leaves (filter-value-index.ts), else over all.
      const found = this.index.lookup(unit);
      const maybe = found ? found.ords : null;
      const years = !found ? yearsOnly(unit) : null;
      const n = maybe ? maybe.length : this.size;
      if (found?.exact) {
        for (let i = 0; i < n; i++) {
          const o = maybe![i];
          if (this.cands[o] === undefined) continue;
          words[o >>> 5] |= 1 << (o & 31);
          count++;
        }
      } else if (years) {
        const { isNull, value } = this.yearsColumn();
        const min = years.min === undefined ? -Infinity : years.min;
        const max = years.max === undefined ? Infinity : years.max;
        for (let o = 0; o < n; o++) {
          // candidateMatches' test on yearsExperience: null never matches, else min ≤ y ≤ max (a bound left out always holds).
          if (isNull[o] !== 0) continue;
          const y = value[o];
          if (y < min || y > max) continue;
          words[o >>> 5] |= 1 << (o & 31);
          count++;
        }
      } else {
        for (let i = 0; i < n; i++) {
          const o = maybe ? maybe[i] : i;
          const c = this.cands[o];
          if (c !== undefined && candidateMatches(c, unit)) {
            words[o >>> 5] |= 1 << (o & 31);
            count++;
          }
        }
      }
      // Kept as a list too when at most 1 in 16 match: 4 bytes each, at most 2 bits an ordinal.
      let list: Int32Array | null = null;
      if (count <= this.size / 16) {
        list = new Int32Array(count);
        let k = 0;
        if (maybe) {
          for (let i = 0; i < maybe.length; i++) if (has(words, maybe[i]) === 1) list[k++] = maybe[i];
        } else {
          for (let o = 0; o < this.size; o++) if (has(words, o) === 1) list[k++] = o;
        }
      }
      entry = { words, list };
      this.units.set(key, entry);
      // Bounded: a unit is 1 bit per candidate (125 KB at 1M); keep the most recent few hundred.
      if (this.units.size > 256) this.units.delete(this.units.keys().next().value!);
    }
    return entry;
  }
}

/**
 * The unit's years-of-experience range when that is all it tests (the search bench's
 * `yearsExperience: { min }`: a range has no value index, so it was a predicate call per candidate).
 */
function yearsOnly(unit: ResolvedFilters): { min?: number; max?: number } | null {
  const keys = Object.entries(unit).filter(([, v]) => v !== undefined);
  return keys.length === 1 && keys[0][0] === 'yearsExperience' ? (keys[0][1] as { min?: number; max?: number }) : null;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
