import type { Catalog, CatalogCandidate } from '../catalog/types.js';
import type { CandidateVectors } from '../index/vector-store.js';
import { emptyFacetCodeIndex, extractCodes, facetCodeIndex, type FacetCodeIndex } from '../facets/compute-facets.js';
import { quantizedDot } from '../index/quantize.js';
import { signWords, writeSignCode } from './sign-codes.js';

/*
 * Search columns: the catalog laid out by integer ordinal, so a query's work over tens of thousands
 * of candidates is typed-array indexing instead of string-keyed Map lookups and scattered objects.
 *
 * Ordinals are stable for the life of the process: a candidate keeps its ordinal across refreshes
 * (a removed one leaves a dead slot, reused if the id comes back). A refresh therefore costs one
 * identity pass over the catalog plus work for the candidates that actually changed, not a rebuild,
 * which matters in `serve` where webhooks refresh a few candidates at a time.
 */

export interface Columns {
  /** Ordinals in use (live and dead); arrays below are at least this long. */
  size: number;
  ordOf: Map<string, number>;
  /** Candidate per ordinal; undefined for a dead slot (removed from the catalog). */
  cands: (CatalogCandidate | undefined)[];
  /** Vector dimension (0 until the first vector is seen). */
  dim: number;
  /** One row of `dim` floats per ordinal: the profile vector, else the first chunk. */
  rows: Float32Array;
  /**
   * int8 profile vectors (loaded with precision 'int8'): each ordinal's codes are in the loaded
   * vectors' shared slab (no copy), at its offset, with its scale; `rows` is then unused.
   */
  quantized: boolean;
  codesOf: (Int8Array | undefined)[];
  codeOffsetOf: Int32Array;
  scaleOf: Float32Array;
  hasRow: Uint8Array;
  /**
   * The sign code of each row (sign-codes.ts: one bit per component, `signWords(dim)` words an
   * ordinal), for the coarse pass of nearest-rows.ts; valid where `hasRow` is 1.
   */
  signs: Uint32Array;
  /** The vectors object each row was copied from (chunks are read from it for the few re-scored). */
  vectorsOf: (CandidateVectors | undefined)[];
  /**
   * Facet value codes of every ordinal for every dimension except the live `updated` one, laid out
   * contiguously (compute-facets.ts `facetCodeIndex`), and the codes of ordinals changed since.
   */
  facetIndex: FacetCodeIndex;
  facetPending: Map<number, Uint32Array>;
  /** Date.parse(lastActivityAt) per ordinal. */
  activityMs: Float64Array;
  /** Bumped whenever any ordinal's data changed: derived caches (filter sets, keyword arrays) key on it. */
  epoch: number;
  catalogVersion: number;
  catalogSize: number;
  vectorsRef: Map<string, CandidateVectors> | null;
}

const columnsOf = new WeakMap<Catalog, Columns>();

/** The columns of `catalog` with `vectors`, brought up to date (cheap when nothing changed). */
export function columnsFor(catalog: Catalog, vectors: Map<string, CandidateVectors>): Columns {
  let cols = columnsOf.get(catalog);
  if (!cols) {
    cols = emptyColumns(catalog.candidates.size);
    columnsOf.set(catalog, cols);
  }
  if (cols.catalogVersion !== catalog.version || cols.catalogSize !== catalog.candidates.size || cols.vectorsRef !== vectors) {
    syncColumns(cols, catalog, vectors);
    idRanks(cols);
  }
  return cols;
}

function emptyColumns(capacity: number): Columns {
  const cap = Math.max(16, capacity);
  return {
    size: 0, ordOf: new Map(), cands: [], dim: 0, rows: new Float32Array(0), quantized: false, codesOf: [], codeOffsetOf: new Int32Array(cap), scaleOf: new Float32Array(cap), hasRow: new Uint8Array(cap), signs: new Uint32Array(0),
    vectorsOf: [], facetIndex: emptyFacetCodeIndex(), facetPending: new Map(), activityMs: new Float64Array(cap), epoch: 0, catalogVersion: -1, catalogSize: -1, vectorsRef: null,
  };
}

/**
 * Bring the columns up to the catalog and vectors: one pass comparing object identity (a refreshed
 * candidate or vector set is a new object), new ordinals for new ids, dead slots for removed ids.
 */
function syncColumns(cols: Columns, catalog: Catalog, vectors: Map<string, CandidateVectors>): void {
  let changed = false;
  const seen = new Uint8Array(cols.size + catalog.candidates.size);
  for (const [id, c] of catalog.candidates) {
    let o = cols.ordOf.get(id);
    if (o === undefined) {
      o = cols.size++;
      cols.ordOf.set(id, o);
      ensureCapacity(cols, cols.size);
    }
    seen[o] = 1;
    if (cols.cands[o] !== c) {
      cols.cands[o] = c;
      cols.activityMs[o] = Date.parse(c.lastActivityAt);
      cols.facetPending.set(o, extractCodes(c));
      // Laid out in steps while the whole catalog loads, so a million pending arrays never live at once.
      if (cols.facetPending.size >= PENDING_LAYOUT) facetCodeIndex(cols);
      changed = true;
    }
    const v = vectors.get(id);
    if (cols.vectorsOf[o] !== v) {
      setRow(cols, o, v);
      changed = true;
    }
  }
  for (let o = 0; o < cols.size; o++) {
    if (seen[o] || cols.cands[o] === undefined) continue;
    cols.cands[o] = undefined;
    cols.facetPending.set(o, EMPTY);
    setRow(cols, o, undefined);
    changed = true;
  }
  if (changed) cols.epoch += 1;
  facetCodeIndex(cols);
  cols.catalogVersion = catalog.version;
  cols.catalogSize = catalog.candidates.size;
  cols.vectorsRef = vectors;
}

const EMPTY = new Uint32Array(0);
const PENDING_LAYOUT = 65_536;

function ensureCapacity(cols: Columns, size: number): void {
  if (size <= cols.hasRow.length) return;
  const cap = Math.max(size, Math.ceil(cols.hasRow.length * 1.5));
  const hasRow = new Uint8Array(cap);
  hasRow.set(cols.hasRow);
  cols.hasRow = hasRow;
  const activity = new Float64Array(cap);
  activity.set(cols.activityMs);
  cols.activityMs = activity;
  const scales = new Float32Array(cap);
  scales.set(cols.scaleOf);
  cols.scaleOf = scales;
  const offsets = new Int32Array(cap);
  offsets.set(cols.codeOffsetOf);
  cols.codeOffsetOf = offsets;
  if (cols.dim > 0) {
    const signs = new Uint32Array(cap * signWords(cols.dim));
    signs.set(cols.signs);
    cols.signs = signs;
  }
  if (cols.dim > 0 && !cols.quantized) {
    const rows = new Float32Array(cap * cols.dim);
    rows.set(cols.rows);
    cols.rows = rows;
  }
}

function setRow(cols: Columns, o: number, v: CandidateVectors | undefined): void {
  cols.vectorsOf[o] = v;
  cols.codesOf[o] = undefined;
  if (v?.codes) {
    if (cols.dim === 0) {
      cols.dim = v.codeDim;
      cols.quantized = true;
      cols.signs = new Uint32Array(cols.hasRow.length * signWords(cols.dim));
    }
    // One precision per process (the service loads every vector the same way); a float row in
    // int8 columns or the reverse is a half-written state, like a wrong dimension below.
    if (!cols.quantized || v.codeDim !== cols.dim) {
      cols.hasRow[o] = 0;
      return;
    }
    cols.codesOf[o] = v.codes;
    cols.codeOffsetOf[o] = v.codeOffset;
    cols.scaleOf[o] = v.scale;
    writeSignCode(cols.signs, o * signWords(cols.dim), v.codes, v.codeOffset, cols.dim);
    cols.hasRow[o] = 1;
    return;
  }
  const source = v ? (v.profile ?? v.chunks[0] ?? null) : null;
  if (!source || cols.quantized) {
    cols.hasRow[o] = 0;
    return;
  }
  if (cols.dim === 0) {
    cols.dim = source.length;
    cols.rows = new Float32Array(cols.hasRow.length * cols.dim);
    cols.signs = new Uint32Array(cols.hasRow.length * signWords(cols.dim));
  }
  if (source.length !== cols.dim) {
    // A vector of another dimension cannot be compared with the query; the index refuses mixed
    // models, so this only guards against a half-written state.
    cols.hasRow[o] = 0;
    return;
  }
  cols.rows.set(source, o * cols.dim);
  writeSignCode(cols.signs, o * signWords(cols.dim), source, 0, cols.dim);
  cols.hasRow[o] = 1;
}

const idRankCache = new WeakMap<Columns, Int32Array>();

/**
 * Each ordinal's position in id order, so ties are broken by comparing integers instead of strings.
 * Ids never change for an ordinal, so this is rebuilt only when ordinals are added.
 */
export function idRanks(cols: Columns): Int32Array {
  let ranks = idRankCache.get(cols);
  if (!ranks || ranks.length !== cols.size) {
    const ids = [...cols.ordOf.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    ranks = new Int32Array(cols.size);
    ids.forEach(([, o], i) => (ranks![o] = i));
    idRankCache.set(cols, ranks);
  }
  return ranks;
}

/** Dot product of `query` with row `o` (this is the loop over every filtered candidate). */
export function rowDot(cols: Columns, query: Float32Array, o: number): number {
  if (cols.quantized) return quantizedDot(query, cols.codesOf[o]!, cols.codeOffsetOf[o], cols.scaleOf[o], cols.dim);
  const rows = cols.rows;
  const n = Math.min(query.length, cols.dim);
  const base = o * cols.dim;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  // Unrolled by eight with the same four accumulators, so sums are bit-identical (quantize.ts quantizedDot).
  for (; i + 7 < n; i += 8) {
    const b = base + i;
    s0 += query[i] * rows[b];
    s1 += query[i + 1] * rows[b + 1];
    s2 += query[i + 2] * rows[b + 2];
    s3 += query[i + 3] * rows[b + 3];
    s0 += query[i + 4] * rows[b + 4];
    s1 += query[i + 5] * rows[b + 5];
    s2 += query[i + 6] * rows[b + 6];
    s3 += query[i + 7] * rows[b + 7];
  }
  for (; i + 3 < n; i += 4) {
    s0 += query[i] * rows[base + i];
    s1 += query[i + 1] * rows[base + i + 1];
    s2 += query[i + 2] * rows[base + i + 2];
    s3 += query[i + 3] * rows[base + i + 3];
  }
  for (; i < n; i++) s0 += query[i] * rows[base + i];
  return s0 + s1 + (s2 + s3);
}
