import type Database from 'better-sqlite3';
import { parseFtsExpression, type FtsExpr } from './fts5-expression.js';
import { asciiTokens, rowTokens, SqliteTokenizer } from './tokenizer.js';
import { intersectSorted } from '../../sorted-ids.js';

/*
 * In-memory keyword postings over the FTS5 table's own documents and tokens (tokenizer.ts), scoring
 * matches with FTS5's bm25() arithmetic (same k1, b, column weights, IDF and document lengths; see
 * `score` below), so a match set and its scores equal `SELECT rowid, -bm25(fts, …) … MATCH ?`.
 *
 * Why: FTS5 scores a never-seen OR query by walking every match's position lists and calling bm25()
 * once per row through the SQL layer; at 100k candidates an OR query of a few common skills matches
 * ~90% of rows and took ~2.3 s p50 cold under load ~18 (the search bench). Term-at-a-time over
 * typed arrays does the same arithmetic in milliseconds. FTS5 stays the source of truth on disk and
 * the fallback: expressions this module does not model (prefixes, NEAR, column sets) return null.
 *
 * Layout per term: entries sorted by (rowid, column); each has its column, and its positions
 * (token offsets within the column) in one shared array per term. tf = number of positions.
 */

const K1 = 1.2;
const B = 0.75;

export interface TermPostings {
  rids: Int32Array;
  cols: Uint8Array;
  /** posStart[i]..posStart[i+1]: positions of entry i in `pos`. */
  posStart: Uint32Array;
  /** 16 bits when every position of the term fits (`narrowPositions`), else 32. */
  pos: Uint32Array | Uint16Array;
}

/**
 * A set of rows: its rowids (in any order: the restricted scores come out in this order), and a byte
 * per rowid (1: in the set) over at least every rowid of the index. `out`: arrays of at least
 * `rids.length` entries the scores may be written into (the caller's pooled scratch; the result is
 * then views of them), else fresh arrays are made.
 */
export interface RowSubset {
  rids: Int32Array;
  mask: Uint8Array;
  out?: { rids: Int32Array; scores: Float64Array };
}

/** A phrase's match set: rowids ascending, and its weighted frequency (Σ column weight × occurrences) per rowid. */
interface PhraseHits {
  rids: Int32Array;
  /** Float32 when every value is exactly a float32 (kept impact lists: see `compactImpact`). */
  freq: Float64Array | Float32Array;
}

export interface PostingsStats {
  rows: number;
  terms: number;
  entries: number;
  positions: number;
  bytes: number;
  buildMs: number;
  /** performance.now() when the build started (to time what the caller adds, e.g. impacts). */
  buildStartedAt: number;
  /** Rows whose text had non-ASCII characters (tokenized through SQLite itself). */
  sqliteTokenized: number;
  /** Read from the saved postings file (postings-file.ts) instead of built from the FTS rows. */
  fromFile?: boolean;
}

/** Everything the postings are made of (the per-query scratch and impact lists are derived). */
export interface PostingsParts {
  terms: Map<string, TermPostings>;
  docLen: Uint32Array;
  nRow: number;
  nToken: number;
  columns: readonly string[];
}

class Grow32 {
  a: Uint32Array;
  n = 0;
  constructor(cap = 8) {
    this.a = new Uint32Array(cap);
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
  done(): Uint32Array {
    return this.a.slice(0, this.n);
  }
}

/** Column numbers (< 256) while building: a byte each, not four (1M candidates: ~100M entries). */
class Grow8 {
  a: Uint8Array;
  n = 0;
  constructor(cap = 8) {
    this.a = new Uint8Array(cap);
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Uint8Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
  done(): Uint8Array {
    return this.a.slice(0, this.n);
  }
}

interface TermBuilder {
  rids: Grow32;
  cols: Grow8;
  starts: Grow32;
  pos: Grow32;
}

export class KeywordPostings {
  /** The stats of the most recent build in this process (the search bench reports them). */
  static lastBuild: PostingsStats | null = null;

  /** bm25's length norm k1·(1 − b + b·D/avgdl) per rowid: query-independent, so computed once (score). */
  private readonly norm: Float64Array;
  /** Scratch for `score`: a dense accumulator and touched flags by rowid, left zeroed after each call. */
  private readonly acc: Float64Array;
  private readonly touched: Uint8Array;

  private constructor(
    private readonly terms: Map<string, TermPostings>,
    /** Tokens of each row over all columns (bm25's D), by rowid. */
    private readonly docLen: Uint32Array,
    private readonly nRow: number,
    private readonly nToken: number,
    readonly columns: readonly string[],
    readonly stats: PostingsStats,
  ) {
    const avgdl = nToken / nRow;
    this.norm = new Float64Array(docLen.length);
    for (let r = 0; r < docLen.length; r++) this.norm[r] = K1 * (1 - B + (B * docLen[r]) / avgdl);
    this.acc = new Float64Array(docLen.length);
    this.touched = new Uint8Array(docLen.length);
    stats.bytes += this.norm.byteLength + this.acc.byteLength + this.touched.byteLength;
  }

  /**
   * Read every row of the FTS5 table `fts` (its stored column values) and build postings. `columns`
   * are the indexed columns in table order (after the UNINDEXED candidate_id).
   */
  static build(db: Database.Database, columns: readonly string[]): KeywordPostings {
    const t0 = performance.now();
    // Terms are interned to ids; a term's entry for (row, column) is opened on its first token
    // there and its positions appended after it (a column is read whole before the next one), so
    // no per-column map or array is made: the build allocates per term, not per token.
    const idOf = new Map<string, number>();
    const builders: (TermBuilder | null)[] = [];
    const names: string[] = [];
    let lastRow = new Int32Array(1024).fill(-1);
    let lastCol = new Int32Array(1024).fill(-1);
    let sqlite: SqliteTokenizer | null = null;
    let sqliteRows = 0;
    const sqliteTok = () => {
      sqliteRows++;
      return (sqlite ??= new SqliteTokenizer(columns.length));
    };
    const lens: number[] = [];
    let nRow = 0;
    let nToken = 0;
    let maxRid = 0;
    const stmt = db.prepare(`SELECT rowid, ${columns.join(', ')} FROM fts ORDER BY rowid`).raw();
    try {
      for (const row of stmt.iterate() as Iterable<unknown[]>) {
        const rid = row[0] as number;
        const values = row.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
        const perCol = rowTokens(values, sqliteTok);
        let len = 0;
        for (let c = 0; c < perCol.length; c++) {
          const toks = perCol[c];
          len += toks.length;
          for (let k = 0; k < toks.length; k++) {
            const t = toks[k];
            if (t === undefined) continue;
            let id = idOf.get(t);
            if (id === undefined) {
              id = builders.length;
              idOf.set(t, id);
              names.push(t);
              builders.push({ rids: new Grow32(4), cols: new Grow8(4), starts: new Grow32(4), pos: new Grow32(4) });
              if (id >= lastRow.length) {
                const r2 = new Int32Array(lastRow.length * 2).fill(-1);
                r2.set(lastRow);
                lastRow = r2;
                const c2 = new Int32Array(lastCol.length * 2).fill(-1);
                c2.set(lastCol);
                lastCol = c2;
              }
            }
            const b = builders[id]!;
            if (lastRow[id] !== rid || lastCol[id] !== c) {
              lastRow[id] = rid;
              lastCol[id] = c;
              b.rids.push(rid);
              b.cols.push(c);
              b.starts.push(b.pos.n);
            }
            b.pos.push(k);
          }
        }
        lens[rid] = len;
        if (rid > maxRid) maxRid = rid;
        nRow++;
        nToken += len;
      }
    } finally {
      (sqlite as SqliteTokenizer | null)?.close();
    }
    const terms = new Map<string, TermPostings>();
    let entries = 0;
    let positions = 0;
    let bytes = 0;
    for (let id = 0; id < builders.length; id++) {
      const t = names[id];
      const b = builders[id]!;
      // Released term by term: the growth buffers (up to twice the final size) and the final
      // arrays are never all alive at once (at 1M candidates the service's peak was this loop).
      builders[id] = null;
      b.starts.push(b.pos.n);
      const p: TermPostings = { rids: new Int32Array(b.rids.done().buffer), cols: b.cols.done(), posStart: b.starts.done(), pos: narrowPositions(b.pos) };
      terms.set(t, p);
      entries += p.rids.length;
      positions += p.pos.length;
      bytes += p.rids.byteLength + p.cols.byteLength + p.posStart.byteLength + p.pos.byteLength;
    }
    builders.length = 0;
    const docLen = new Uint32Array(maxRid + 1);
    for (let r = 0; r <= maxRid; r++) docLen[r] = lens[r] ?? 0;
    bytes += docLen.byteLength;
    const stats = { rows: nRow, terms: terms.size, entries, positions, bytes, buildMs: Math.round(performance.now() - t0), buildStartedAt: t0, sqliteTokenized: sqliteRows };
    KeywordPostings.lastBuild = stats;
    return new KeywordPostings(terms, docLen, nRow, nToken, columns, stats);
  }

  /** What `fromParts` needs to make these postings again (postings-file.ts writes it to disk). */
  parts(): PostingsParts {
    return { terms: this.terms, docLen: this.docLen, nRow: this.nRow, nToken: this.nToken, columns: this.columns };
  }

  /** Postings from saved parts (postings-file.ts): `loadMs` is reported as the build time. */
  static fromParts(p: PostingsParts, loadMs: number): KeywordPostings {
    let entries = 0;
    let positions = 0;
    let bytes = p.docLen.byteLength;
    for (const t of p.terms.values()) {
      entries += t.rids.length;
      positions += t.pos.length;
      bytes += t.rids.byteLength + t.cols.byteLength + t.posStart.byteLength + t.pos.byteLength;
    }
    const stats: PostingsStats = { rows: p.nRow, terms: p.terms.size, entries, positions, bytes, buildMs: Math.round(loadMs), buildStartedAt: performance.now() - loadMs, sqliteTokenized: 0, fromFile: true };
    KeywordPostings.lastBuild = stats;
    return new KeywordPostings(p.terms, p.docLen, p.nRow, p.nToken, p.columns, stats);
  }

  /**
   * Rows matching `expression` with their score (-bm25 under `weights`, FTS5's convention: weights[0]
   * is the UNINDEXED candidate_id column), or null when the expression is outside what this models.
   * Rowids ascend.
   */
  match(expression: string, weights: readonly number[], within?: RowSubset): { rids: Int32Array; scores: Float64Array } | null {
    const ast = parseFtsExpression(expression, this.columns);
    if (!ast) return null;
    // Restricted scoring is only modelled for free text (phrases OR'ed): its match set is the union of its phrases.
    if (within && !onlyOr(ast)) return null;
    const phrases: PhraseHits[] = [];
    const colWeight = (c: number) => (weights.length > c + 1 ? weights[c + 1] : 1);
    const weightsKey = weights.join(',');
    // A free-text query is phrases OR'ed together (search/free-text-query.ts): its match set is every row
    // some phrase holds, which the scoring pass visits anyway, so no union is built for it.
    const orOnly = onlyOr(ast);
    const evalNode = (e: FtsExpr): Int32Array | null => {
      if (e.type === 'phrase') {
        if (e.prefix) return null;
        const hits = this.phrase(e.text, e.column === null ? -1 : this.columns.indexOf(e.column), colWeight, weightsKey);
        if (!hits) return null;
        phrases.push(hits);
        return hits.rids;
      }
      if (e.type === 'or' && !orOnly) {
        // An OR chain inside a Boolean expression, united in one pass (unionAll) rather than pair by
        // pair (each pair a new array as large as both). Operands in the same left-to-right order
        // as the pairwise recursion, so `phrases` (the scoring order) is unchanged.
        const lists: Int32Array[] = [];
        const walk = (x: FtsExpr): boolean => {
          if (x.type === 'or') return walk(x.left) && walk(x.right);
          const l = evalNode(x);
          if (l) lists.push(l);
          return l !== null;
        };
        return walk(e) ? this.unionAll(lists) : null;
      }
      const l = evalNode(e.left);
      if (!l) return null;
      const r = evalNode(e.right);
      if (!r) return null;
      if (orOnly) return l;
      return e.type === 'and' ? intersectSorted(l, r) : subtract(l, r);
    };
    const rids = evalNode(ast);
    if (!rids) return null;
    if (within) return this.scoreWithin(phrases, within);
    return this.score(phrases, orOnly ? null : rids);
  }

  /**
   * `score(phrases, null)` restricted to the rows of `within`: the same rows (those some phrase
   * holds) and the same doubles for each (every phrase's idf still counts the rows it matches in the
   * whole index, and a row's sum adds the same terms in the same order), but the arithmetic is done
   * only for rows in the subset and the output walks the subset, not every rowid. A filtered search
   * reads keyword scores of its filtered members only, and a selective filter keeps a few of the
   * ~90% of rows an OR query matches.
   */
  private scoreWithin(phrases: PhraseHits[], within: RowSubset): { rids: Int32Array; scores: Float64Array } {
    const { acc, touched, norm } = this;
    const { rids: subset, mask } = within;
    for (const ph of phrases) {
      let idf = Math.log((this.nRow - ph.rids.length + 0.5) / (ph.rids.length + 0.5));
      if (idf <= 0.0) idf = 1e-6;
      const pr = ph.rids;
      const pf = ph.freq;
      for (let j = 0; j < pr.length; j++) {
        const r = pr[j];
        if (mask[r] !== 1) continue;
        const f = pf[j];
        acc[r] += idf * ((f * (K1 + 1.0)) / (f + norm[r]));
        touched[r] = 1;
      }
    }
    let hit = 0;
    for (let i = 0; i < subset.length; i++) if (touched[subset[i]] === 1) hit++;
    const rids = within.out ? within.out.rids.subarray(0, hit) : new Int32Array(hit);
    const scores = within.out ? within.out.scores.subarray(0, hit) : new Float64Array(hit);
    let n = 0;
    for (let i = 0; i < subset.length; i++) {
      const r = subset[i];
      if (touched[r] === 0) continue;
      rids[n] = r;
      scores[n++] = acc[r];
      // Leave the scratch zeroed for the next query (only rows of the subset were written).
      acc[r] = 0;
      touched[r] = 0;
    }
    return { rids, scores };
  }

  /**
   * FTS5's bm25 (fts5_aux.c) for the rows of `within` (null: every row some phrase holds): Σ over the
   * query's phrases, in query order, of idf · f·(k1+1) / (f + k1·(1 − b + b·D/avgdl)), where f is the
   * phrase's column-weighted count in the row, D the row's token count over all columns,
   * avgdl = all tokens / rows, and idf = ln((N − n + 0.5)/(n + 0.5)) floored at 1e-6 (n: rows the
   * phrase matches). The same expression in the same order, so the doubles come out as FTS5's
   * (Math.log may differ from libm's in the last bit; keyword-postings.test.ts compares to 1e-9
   * relative).
   *
   * Term at a time into a dense accumulator by rowid: each phrase's impact list is walked once, and
   * a row a phrase misses gets nothing added (FTS5 adds idf·0/…, exactly +0, so the sums are the
   * same doubles). The previous form merged every phrase list against the whole match set (work
   * phrases × matches, plus the union): at 100k candidates it was the largest keyword cost of a
   * never-seen OR query (profile of the search bench's hybrid+filters+facets row, 2026-12-05).
   */
  private score(phrases: PhraseHits[], within: Int32Array | null): { rids: Int32Array; scores: Float64Array } {
    const { acc, touched, norm } = this;
    let hit = 0;
    for (const ph of phrases) {
      let idf = Math.log((this.nRow - ph.rids.length + 0.5) / (ph.rids.length + 0.5));
      if (idf <= 0.0) idf = 1e-6;
      const pr = ph.rids;
      const pf = ph.freq;
      for (let j = 0; j < pr.length; j++) {
        const r = pr[j];
        const f = pf[j];
        acc[r] += idf * ((f * (K1 + 1.0)) / (f + norm[r]));
        if (touched[r] === 0) {
          touched[r] = 1;
          hit++;
        }
      }
    }
    let rids: Int32Array;
    let scores: Float64Array;
    if (within === null) {
      rids = new Int32Array(hit);
      scores = new Float64Array(hit);
      let n = 0;
      for (let r = 0; r < touched.length && n < hit; r++) {
        if (touched[r] === 0) continue;
        rids[n] = r;
        scores[n++] = acc[r];
        // Leave the scratch zeroed for the next query: every touched row is output, so clearing here
        // writes each row once instead of once per phrase that holds it (an OR of five common words
        // wrote ~5 × the match set again).
        acc[r] = 0;
        touched[r] = 0;
      }
      return { rids, scores };
    }
    rids = within;
    scores = new Float64Array(within.length);
    for (let i = 0; i < within.length; i++) scores[i] = acc[within[i]];
    // Leave the scratch zeroed for the next query (only touched rows were written; `within` may hold fewer).
    for (const ph of phrases) {
      const pr = ph.rids;
      for (let j = 0; j < pr.length; j++) {
        acc[pr[j]] = 0;
        touched[pr[j]] = 0;
      }
    }
    return { rids, scores };
  }

  /**
   * The ascending union of ascending rowid lists: pair by pair when they are short, else by marking
   * every row in `touched` (free between calls: score runs after the expression is evaluated, and
   * the marks are cleared while read out) and reading the marks in rowid order. Both give the same
   * array.
   */
  private unionAll(lists: Int32Array[]): Int32Array {
    let total = 0;
    for (const l of lists) total += l.length;
    const touched = this.touched;
    if (total * 8 < touched.length) return lists.reduce((a, b) => union(a, b));
    let n = 0;
    for (const l of lists) {
      for (let i = 0; i < l.length; i++) {
        const r = l[i];
        if (touched[r] === 0) {
          touched[r] = 1;
          n++;
        }
      }
    }
    const out = new Int32Array(n);
    let k = 0;
    for (let r = 0; r < touched.length && k < n; r++) {
      if (touched[r] === 0) continue;
      out[k++] = r;
      touched[r] = 0;
    }
    return out;
  }

  /** Rows holding the phrase `text` (in column `col`, -1: any), or null when the text has no token. */
  private phrase(text: string, col: number, weight: (c: number) => number, weightsKey: string): PhraseHits | null {
    const tokens = queryTokens(text);
    if (tokens.length === 0) return null;
    if (tokens.length === 1 && col < 0) {
      // A term's rows and weighted frequencies depend on the term alone: kept per term (an impact
      // list), so a never-seen query made of known words reads them instead of re-walking entries.
      const key = `${weightsKey}|${tokens[0]}`;
      let hits = this.impacts.get(key);
      if (!hits) {
        hits = this.termImpact(tokens[0], weight);
        this.impacts.set(key, hits);
      }
      return hits;
    }
    return this.phraseHits(tokens, col, weight);
  }

  private readonly impacts = new Map<string, PhraseHits>();

  /** Precompute the impact list of every term under `weights` (at build, so no query pays it). */
  precomputeImpacts(weights: readonly number[]): void {
    const colWeight = (c: number) => (weights.length > c + 1 ? weights[c + 1] : 1);
    const key = weights.join(',');
    for (const t of this.terms.keys()) if (!this.impacts.has(`${key}|${t}`)) this.impacts.set(`${key}|${t}`, this.termImpact(t, colWeight));
  }

  /**
   * A term's impact list: `compactImpact(phraseHits([term], -1, weight))` (the same rows, sums and
   * order), in arrays of the exact size counted first. Every term's list is made at open, and
   * phraseHits' scratch arrays sized for every entry, then sliced, were ~24 bytes of garbage per
   * entry in one burst (at 100k candidates RSS rose 230 MB for a second at the end of the open).
   */
  private termImpact(term: string, weight: (c: number) => number): PhraseHits {
    const t = this.terms.get(term);
    if (!t) return compactImpact({ rids: new Int32Array(0), freq: new Float64Array(0) });
    const { rids, cols, posStart } = t;
    let n = 0;
    let last = -1;
    for (let e = 0; e < rids.length; e++) {
      if (posStart[e + 1] === posStart[e]) continue;
      if (n === 0 || rids[e] !== last) n++;
      last = rids[e];
    }
    // Every entry its own row: the term's rowid array itself (never mutated; see phraseHits).
    const outR = n === rids.length ? rids : new Int32Array(n);
    const outF = new Float64Array(n);
    let k = -1;
    last = -1;
    for (let e = 0; e < rids.length; e++) {
      const count = posStart[e + 1] - posStart[e];
      if (count === 0) continue;
      const w = weight(cols[e]) * count;
      if (k >= 0 && rids[e] === last) outF[k] += w;
      else {
        k++;
        if (outR !== rids) outR[k] = rids[e];
        outF[k] = w;
      }
      last = rids[e];
    }
    return compactImpact({ rids: outR, freq: outF });
  }

  private phraseHits(tokens: string[], col: number, weight: (c: number) => number): PhraseHits {
    const lists = tokens.map((t) => this.terms.get(t));
    if (lists.some((l) => l === undefined)) return { rids: new Int32Array(0), freq: new Float64Array(0) };
    const ls = lists as TermPostings[];
    const first = ls[0];
    const outR = new Int32Array(first.rids.length);
    const outF = new Float64Array(first.rids.length);
    let n = 0;
    const ptr = new Int32Array(ls.length);
    const at = new Int32Array(ls.length);
    for (let e = 0; e < first.rids.length; e++) {
      const rid = first.rids[e];
      const c = first.cols[e];
      if (col >= 0 && c !== col) continue;
      let count = 0;
      if (ls.length === 1) count = first.posStart[e + 1] - first.posStart[e];
      else {
        // Entry of every later token at the same (rowid, column), if any (kept in `at`).
        let ok = true;
        for (let k = 1; k < ls.length; k++) {
          const l = ls[k];
          let q = ptr[k];
          while (q < l.rids.length && (l.rids[q] < rid || (l.rids[q] === rid && l.cols[q] < c))) q++;
          ptr[k] = q;
          if (q < l.rids.length && l.rids[q] === rid && l.cols[q] === c) at[k] = q;
          else {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        for (let a = first.posStart[e]; a < first.posStart[e + 1]; a++) {
          const p0 = first.pos[a];
          let all = true;
          for (let k = 1; k < ls.length && all; k++) all = hasPos(ls[k], at[k], p0 + k);
          if (all) count++;
        }
      }
      if (count === 0) continue;
      const w = weight(c) * count;
      if (n > 0 && outR[n - 1] === rid) outF[n - 1] += w;
      else {
        outR[n] = rid;
        outF[n++] = w;
      }
    }
    // Every entry kept and no two on one row (a term in one column of each row, like most resume
    // words): the rows are the term's own rowid array, shared rather than copied (never mutated),
    // so a kept impact list costs its frequencies only.
    return { rids: n === first.rids.length ? first.rids : outR.slice(0, n), freq: outF.slice(0, n) };
  }
}

/**
 * A kept impact list with its frequencies in float32 when that loses nothing (every value
 * round-trips: the default column weights 1, 2, 1.5 give sums of halves), so scores stay exactly
 * FTS5's. At 1M candidates the impact lists are ~50M rows: 200 MB saved.
 */
export function compactImpact(hits: PhraseHits): PhraseHits {
  const f = hits.freq;
  for (let i = 0; i < f.length; i++) if (Math.fround(f[i]) !== f[i]) return hits;
  return { rids: hits.rids, freq: Float32Array.from(f) };
}

/**
 * A term's positions in 16 bits when all fit (token offsets within one column: a resume's text
 * column passes 65,535 tokens only in a book-length file), else in 32. Positions are the largest
 * part of the postings (100k synthetic candidates: 12.2M positions against 5.0M entries), so this
 * halves the biggest array: ~0.25 GB less at 1M candidates.
 */
function narrowPositions(g: { a: Uint32Array; n: number }): Uint32Array | Uint16Array {
  let max = 0;
  for (let i = 0; i < g.n; i++) if (g.a[i] > max) max = g.a[i];
  return max <= 0xffff ? Uint16Array.from(g.a.subarray(0, g.n)) : g.a.slice(0, g.n);
}

/** True when the expression is phrases joined by OR only (a free-text query). */
function onlyOr(e: FtsExpr): boolean {
  return e.type === 'phrase' || (e.type === 'or' && onlyOr(e.left) && onlyOr(e.right));
}

function hasPos(l: TermPostings, entry: number, p: number): boolean {
  let lo = l.posStart[entry];
  let hi = l.posStart[entry + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = l.pos[mid];
    if (v === p) return true;
    if (v < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Tokens of a quoted query string, as FTS5 tokenizes it (ASCII here, else through SQLite). */
const queryTokenCache = new Map<string, string[]>();
let querySqlite: SqliteTokenizer | null = null;
function queryTokens(text: string): string[] {
  let t = queryTokenCache.get(text);
  if (!t) {
    t = /^[\x00-\x7f]*$/.test(text) ? asciiTokens(text) : (querySqlite ??= new SqliteTokenizer(1)).tokens([text])[0].filter((x) => x !== undefined);
    if (queryTokenCache.size > 10_000) queryTokenCache.clear();
    queryTokenCache.set(text, t);
  }
  return t;
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else {
      out[n++] = a[i];
      i++;
      j++;
    }
  }
  return out.slice(0, n);
}

function subtract(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let j = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j < b.length && b[j] === a[i]) continue;
    out[n++] = a[i];
  }
  return out.slice(0, n);
}
