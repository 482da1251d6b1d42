import type { Columns } from './columns.js';
import type { IdentityMatch } from './identity-lookup.js';

/*
 * Name lookup on top of any strategy: people the free text identifies (name, e-mail, phone,
 * identity-lookup.ts) who are in the candidate set rank above everyone else.
 */

/** Identified people who are in the filtered base, by ordinal (base is ascending: binary search). */
export function identityOrdinals(cols: Columns, base: Int32Array, byId: Map<string, IdentityMatch>): Map<number, IdentityMatch> {
  const out = new Map<number, IdentityMatch>();
  for (const [id, m] of byId) {
    const o = cols.ordOf.get(id);
    if (o === undefined || cols.cands[o] === undefined) continue;
    let lo = 0;
    let hi = base.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (base[mid] === o) {
        out.set(o, m);
        break;
      }
      if (base[mid] < o) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return out;
}

/** Fused, keyword and vector scores all stay below 2; identified people sit above them, best match first. */
const IDENTITY_SCORE = 10;

/** Identified people join the result set (if the text alone missed them) with a score above everyone. */
export function pinFirst(ords: Int32Array, scores: Float64Array, identified: Map<number, IdentityMatch>): { ords: Int32Array; scores: Float64Array } {
  const missing = new Set(identified.keys());
  for (let i = 0; i < ords.length; i++) {
    const m = identified.get(ords[i]);
    if (m) {
      scores[i] = IDENTITY_SCORE + m.quality;
      missing.delete(ords[i]);
    }
  }
  if (missing.size === 0) return { ords, scores };
  const o2 = new Int32Array(ords.length + missing.size);
  const s2 = new Float64Array(ords.length + missing.size);
  o2.set(ords);
  s2.set(scores);
  let k = ords.length;
  for (const o of missing) {
    o2[k] = o;
    s2[k++] = IDENTITY_SCORE + identified.get(o)!.quality;
  }
  return { ords: o2, scores: s2 };
}
