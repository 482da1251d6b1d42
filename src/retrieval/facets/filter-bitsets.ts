import type { CatalogCandidate } from '../catalog/types.js';
import { candidateMatches } from './apply-filters.js';
import type { ResolvedFilters } from './filter-types.js';

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

export class FilterBitsets {
  private readonly units = new Map<string, Uint8Array>();

  constructor(private readonly cands: (CatalogCandidate | undefined)[], private readonly size: number) {}

  /** Ordinals (ascending) of the candidates that satisfy `resolved`. */
  select(resolved: ResolvedFilters): Int32Array {
    const bits = filterUnits(resolved).map(([key, unit]) => this.unit(key, unit));
    const out = new Int32Array(this.size);
    let n = 0;
    outer: for (let o = 0; o < this.size; o++) {
      if (this.cands[o] === undefined) continue;
      for (let k = 0; k < bits.length; k++) if (bits[k][o] === 0) continue outer;
      out[n++] = o;
    }
    return out.slice(0, n);
  }

  private unit(key: string, unit: ResolvedFilters): Uint8Array {
    let bits = this.units.get(key);
    if (!bits) {
      bits = new Uint8Array(this.size);
      for (let o = 0; o < this.size; o++) {
        const c = this.cands[o];
        if (c !== undefined && candidateMatches(c, unit)) bits[o] = 1;
      }
      this.units.set(key, bits);
      // Bounded: a unit is 1 byte per candidate (100 KB at 100k); keep the most recent few hundred.
      if (this.units.size > 256) this.units.delete(this.units.keys().next().value!);
    }
    return bits;
  }
}
