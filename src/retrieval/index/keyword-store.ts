import { environment } from '../../shared/config.js';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { makePrivateDir, restrictSqliteFiles } from '../../shared/private-files.js';
import { KeywordPostings, type PostingsStats, type RowSubset } from './postings/keyword-postings.js';
import { readPostingsFile, writePostingsFile } from './postings/postings-file.js';
import { chooseSnippet } from './snippet-choice.js';

/*
 * The keyword half of the index: a standalone SQLite FTS5 table in its own file (index/keyword.db),
 * so the mirror stays the source of truth and the index can be thrown away and rebuilt. FTS5 gives
 * exact Boolean sets, phrases, prefixes and column filters natively; bm25() ranks.
 *
 * `docs` maps candidate ids to FTS rowids, so a candidate's row can be replaced or fetched for a
 * snippet by rowid (fast) instead of by scanning the UNINDEXED candidate_id column.
 *
 * Its SQL is raw on purpose (here, in postings/tokenizer.ts and postings/keyword-postings.ts): this file
 * is not the mirror and has no drizzle schema, and FTS5's virtual tables, MATCH, bm25() and fts5vocab
 * have no drizzle builder. No mirror table is read from here.
 */

export interface KeywordDoc {
  candidateId: string;
  text: string;
  title: string;
  company: string;
  skill: string;
  school: string;
}

interface KeywordHit {
  candidateId: string;
  /** -bm25: higher is better. */
  score: number;
}

/** A match set as parallel arrays: FTS rowid and its score (-bm25, higher is better). */
export interface KeywordMatches {
  rids: Int32Array;
  scores: Float64Array;
}

export const KEYWORD_COLUMNS = ['text', 'title', 'company', 'skill', 'school'] as const;
/** The FTS5 table's definition (columns and tokenizer): the index's, and the snippet scratch table's (snippets). */
const FTS_TABLE = `fts5(candidate_id UNINDEXED, ${KEYWORD_COLUMNS.join(', ')}, tokenize='porter unicode61')`;
/** bm25 column weights (candidate_id first, weight 0): titles and skills say more than a word in the resume body. */
export const DEFAULT_COLUMN_WEIGHTS = [0, 1, 2, 1, 1.5, 1];

export class KeywordStore {
  private readonly upsertTx: (docs: KeywordDoc[], deletes: string[], meta: Record<string, string>) => void;

  private constructor(
    readonly db: Database.Database,
    readonly file: string,
    private readonly weights: number[] = DEFAULT_COLUMN_WEIGHTS,
    private readonly readonly = false,
  ) {
    const findRid = db.prepare<[string], { rid: number }>('SELECT rid FROM docs WHERE candidate_id = ?');
    const delFts = db.prepare('DELETE FROM fts WHERE rowid = ?');
    const delDoc = db.prepare('DELETE FROM docs WHERE rid = ?');
    const insDoc = db.prepare('INSERT INTO docs (candidate_id) VALUES (?)');
    const insFts = db.prepare(
      'INSERT INTO fts (rowid, candidate_id, text, title, company, skill, school) VALUES (@rid, @candidateId, @text, @title, @company, @skill, @school)',
    );
    const setMeta = db.prepare('INSERT INTO index_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    const remove = (id: string) => {
      const row = findRid.get(id);
      if (!row) return;
      delFts.run(row.rid);
      delDoc.run(row.rid);
    };
    this.upsertTx = db.transaction((docs: KeywordDoc[], deletes: string[], meta: Record<string, string>) => {
      for (const id of deletes) remove(id);
      for (const doc of docs) {
        remove(doc.candidateId);
        const rid = Number(insDoc.run(doc.candidateId).lastInsertRowid);
        insFts.run({ ...doc, rid });
      }
      for (const [k, v] of Object.entries(meta)) setMeta.run(k, v);
    });
  }

  /** Open (creating if needed) the keyword index at `file`; `readonly` opens an existing one for reading only. */
  static open(file: string, weights?: number[], opts: { readonly?: boolean } = {}): KeywordStore {
    if (opts.readonly) {
      // The writer (serve) created the file and its tables, and keeps it in WAL mode.
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      return new KeywordStore(db, file, weights, true);
    }
    makePrivateDir(path.dirname(file));
    const db = new Database(file);
    restrictSqliteFiles(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(`
      CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (rid INTEGER PRIMARY KEY AUTOINCREMENT, candidate_id TEXT NOT NULL UNIQUE);
      CREATE VIRTUAL TABLE IF NOT EXISTS fts USING ${FTS_TABLE};
    `);
    return new KeywordStore(db, file, weights);
  }

  getMeta(key: string): string | null {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM index_meta WHERE key = ?').get(key);
    return row?.value ?? null;
  }

  /** Replace docs, delete ids and set meta keys in ONE transaction (the checkpoint moves with the data). */
  write(docs: KeywordDoc[], deletes: string[], meta: Record<string, string> = {}): void {
    this.upsertTx(docs, deletes, meta);
    this.invalidate();
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
  }

  /** Every candidate matching the FTS5 expression, with its BM25 score. */
  match(expression: string): KeywordHit[] {
    return [...this.scores(expression)].map(([candidateId, score]) => ({ candidateId, score }));
  }

  /**
   * Candidate id → BM25 score (-bm25, higher is better) of every row matching `expression`: the
   * exact match set, never truncated. Cached with `matches`. The returned map is shared: callers
   * must not mutate it.
   */
  scores(expression: string): ReadonlyMap<string, number> {
    const m = this.matches(expression);
    let out = this.maps.get(m);
    if (!out) {
      const ids = this.rowIds();
      const map = new Map<string, number>();
      for (let i = 0; i < m.rids.length; i++) {
        const id = ids.get(m.rids[i]);
        if (id !== undefined) map.set(id, m.scores[i]);
      }
      this.maps.set(m, (out = map));
    }
    return out;
  }

  /**
   * Every row matching `expression` as parallel typed arrays of FTS rowids and BM25 scores (-bm25,
   * higher is better): the exact match set, never truncated, without a string per row. Reads
   * rowids (not the UNINDEXED candidate_id column, which costs 3-4× more per row); `rowIds()` maps
   * them to candidates. Cached per expression until the index changes (own write, or another
   * connection's commit via data_version). Shared: callers must not mutate the arrays.
   */
  matches(expression: string): KeywordMatches {
    this.checkFresh();
    const cached = this.cache.get(expression);
    if (cached) {
      this.cache.delete(expression);
      this.cache.set(expression, cached);
      return cached;
    }
    const fast = this.fromPostings(expression);
    if (fast) {
      this.remember(expression, fast);
      return fast;
    }
    const w = this.weights.join(', ');
    let rows: [number, number][];
    try {
      rows = this.db.prepare(`SELECT rowid, -bm25(fts, ${w}) FROM fts WHERE fts MATCH ?`).raw().all(expression) as [number, number][];
    } catch (error) {
      throw ftsError(error, expression);
    }
    const rids = new Int32Array(rows.length);
    const scores = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      rids[i] = rows[i][0];
      scores[i] = rows[i][1];
    }
    const out: KeywordMatches = { rids, scores };
    this.remember(expression, out);
    return out;
  }

  /**
   * The rows of `within` (rowids in any order, and a byte mask over rowids) that match `expression`,
   * with the same scores `matches` gives them; null when that is not cheaper: the whole match set
   * is cached already, the in-memory postings are not up, or the expression is not free text.
   * Not cached (it depends on the subset): a filtered search's first request for a text scores
   * only its filtered members (keyword-ordinals.ts).
   */
  matchesWithin(expression: string, within: RowSubset): KeywordMatches | null {
    this.checkFresh();
    // Without postings up (disabled, or dropped by a write and not rebuilt yet) `matches` decides how to answer.
    if (this.cache.has(expression) || !this.postings) return null;
    return this.postings.match(expression, this.weights, within);
  }

  /**
   * Keep a match set, dropping the least recently used beyond CACHE_SIZE sets or CACHE_BYTES. An OR
   * query matches most rows: ~1 MB of arrays at 100k candidates, ~11 MB at 1M, plus, for callers
   * without a request pool (insights, exports), the per-ordinal score array derived from it (8 MB at
   * 1M, keyword-ordinals.ts), so 16 sets held ~0.3 GB at 1M.
   */
  private remember(expression: string, m: KeywordMatches): void {
    this.cache.set(expression, m);
    this.cacheBytes += bytesOf(m);
    while (this.cache.size > 1 && (this.cache.size > KeywordStore.CACHE_SIZE || this.cacheBytes > KeywordStore.CACHE_BYTES)) {
      const [oldest, dropped] = this.cache.entries().next().value!;
      this.cache.delete(oldest);
      this.cacheBytes -= bytesOf(dropped);
    }
  }

  private static readonly CACHE_SIZE = 16;
  private static readonly CACHE_BYTES = 48 * 1048576;
  private cacheBytes = 0;
  private readonly cache = new Map<string, KeywordMatches>();
  private readonly maps = new WeakMap<KeywordMatches, Map<string, number>>();
  private rids: Map<number, string> | null = null;
  private ridsVersion: object = {};
  private dataVersion = -1;

  /** Drop caches when this or another connection changed the index. */
  private checkFresh(): void {
    const v = this.db.pragma('data_version', { simple: true }) as number;
    if (v !== this.dataVersion) {
      const first = this.dataVersion === -1;
      this.dataVersion = v;
      this.invalidate();
      if (first) this.lastChangeAt = 0;
    }
  }

  private invalidate(): void {
    this.cache.clear();
    this.cacheBytes = 0;
    this.rids = null;
    this.ridsVersion = {};
    this.lastChangeAt = Date.now();
    this.postings = null;
  }

  /*
   * In-memory postings (postings/keyword-postings.ts): the same match sets and bm25 scores as FTS5,
   * without FTS5 walking and scoring every match through SQL. Built at service open (warmPostings),
   * dropped on any change to the index; rebuilt on the next query when the last build was quick
   * (small indexes: under BUILD_NOW_MS), else once the index has been quiet for QUIET_MS (a sync
   * writing batches must not pay a full rebuild per search). Until then FTS5 answers. A store never
   * warmed (a one-shot CLI command) builds them only while the index is small (SMALL_INDEX rows).
   */
  private postings: KeywordPostings | null = null;
  private lastChangeAt = 0;
  private lastBuildMs = 0;
  private static readonly BUILD_NOW_MS = 250;
  private static readonly QUIET_MS = 10_000;
  private static readonly SMALL_INDEX = 20_000;
  private warmed = false;
  private readonly postingsEnabled = environment().REDISCOVERY_KEYWORD_POSTINGS !== 'off';

  /** Build the in-memory postings now (at open), unless disabled; returns their size and build time. */
  warmPostings(): PostingsStats | null {
    this.checkFresh();
    if (!this.postingsEnabled) return null;
    this.warmed = true;
    if (!this.postings) {
      const t0 = performance.now();
      // One read transaction: the key names exactly the rows the build reads.
      const { key, saved, built } = this.db.transaction(() => {
        const key = this.postingsKey();
        const saved = readPostingsFile(this.postingsFile, key, KEYWORD_COLUMNS);
        return { key, saved, built: saved ? KeywordPostings.fromParts(saved, performance.now() - t0) : KeywordPostings.build(this.db, KEYWORD_COLUMNS) };
      })();
      if (!saved && !this.readonly) {
        try {
          writePostingsFile(this.postingsFile, built.parts(), key);
        } catch {
          // Only a cache: the next open builds them again.
        }
      }
      built.precomputeImpacts(this.weights);
      this.postings = built;
      this.lastBuildMs = performance.now() - built.stats.buildStartedAt;
    }
    return this.postings.stats;
  }

  /** The saved postings (postings/postings-file.ts), next to keyword.db: a rebuilt index folder has none. */
  private get postingsFile(): string {
    return `${this.file}.postings`;
  }

  /**
   * The state of the index the postings reflect. Every write goes through `write`, which deletes
   * rows (the docs count falls) and inserts rows with fresh AUTOINCREMENT rids (the docs sequence
   * rises, never reused), so any write changes this key.
   */
  private postingsKey(): string {
    const seq = (this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'docs'").pluck().get() as number | undefined) ?? 0;
    const count = this.db.prepare('SELECT count(*) FROM docs').pluck().get() as number;
    const maxRid = (this.db.prepare('SELECT max(rowid) FROM fts').pluck().get() as number | null) ?? 0;
    return `${seq}:${count}:${maxRid}`;
  }

  private fromPostings(expression: string): KeywordMatches | null {
    if (!this.postingsEnabled) return null;
    if (!this.postings) {
      const due = this.lastBuildMs < KeywordStore.BUILD_NOW_MS || Date.now() - this.lastChangeAt > KeywordStore.QUIET_MS;
      if (due && (this.warmed || this.count() <= KeywordStore.SMALL_INDEX)) this.warmPostings();
    }
    const hit = this.postings?.match(expression, this.weights);
    return hit ?? null;
  }

  /**
   * A token that is a new object whenever the index changed: what is derived from the rowid →
   * candidate id pairs (keyword-ordinals.ts) is cached on it.
   */
  rowIdsVersion(): object {
    this.checkFresh();
    return this.ridsVersion;
  }

  /**
   * Every (FTS rowid, candidate id) pair, streamed, and the largest rowid: search keeps only the
   * typed array of ordinals it derives, not a Map of a million entries (~0.1 GB at 1M candidates
   * with the array of rows it was read from).
   */
  eachRowId(visit: (rid: number, candidateId: string) => void): number {
    let max = 0;
    for (const [rid, id] of this.db.prepare('SELECT rid, candidate_id FROM docs').raw().iterate() as Iterable<[number, string]>) {
      visit(rid, id);
      if (rid > max) max = rid;
    }
    return max;
  }

  /** FTS rowid → candidate id of every indexed candidate (a new map object whenever the index changed). */
  rowIds(): Map<number, string> {
    this.checkFresh();
    if (!this.rids) {
      const m = new Map<number, string>();
      for (const [rid, id] of this.db.prepare('SELECT rid, candidate_id FROM docs').raw().all() as [number, string][]) m.set(rid, id);
      this.rids = m;
    }
    return this.rids;
  }

  /**
   * Highlighted excerpts (matches wrapped in **) for the given candidates: FTS5's choice of column unless
   * it only repeats the candidate's titles, then the resume text's or the skills' excerpt (snippet-choice.ts).
   *
   * The page's rows are copied into a scratch FTS5 table of the same definition and the snippets are
   * made there. snippet() reads only the current row's phrase instances and column sizes (fts5_aux.c:
   * no idf, no other row), and whether a row matches depends on that row alone, so the excerpts are
   * the ones the whole index gives; but `MATCH ? AND rowid IN (…)` over the whole index first walks
   * the expression's full doclists (an OR of common words: ~90% of rows), ~8–12% of a cold
   * hybrid + filters + facets request at 100k candidates (search bench CPU profile, 2026-12-07).
   */
  snippets(expression: string, candidateIds: string[], tokens = 14): Map<string, string> {
    const out = new Map<string, string>();
    if (candidateIds.length === 0) return out;
    const rows = this.db
      .prepare(`SELECT rowid, candidate_id, ${KEYWORD_COLUMNS.join(', ')} FROM fts WHERE rowid IN (SELECT rid FROM docs WHERE candidate_id IN (SELECT value FROM json_each(?)))`)
      .raw()
      .all(JSON.stringify(candidateIds)) as unknown[][];
    if (rows.length === 0) return out;
    const scratch = this.snippetScratch();
    // Column numbers count the UNINDEXED candidate_id: 1 is the resume text, 4 the skills.
    const excerpt = (column: number) => `snippet(fts, ${column}, '**', '**', '…', ${tokens})`;
    try {
      const found = scratch.db.transaction(() => {
        scratch.clear.run();
        for (const r of rows) scratch.insert.run(r);
        return scratch.db
          .prepare<[string], { candidateId: string; auto: string; text: string; skill: string; titles: string }>(
            `SELECT candidate_id AS candidateId, ${excerpt(-1)} AS auto, ${excerpt(1)} AS text, ${excerpt(4)} AS skill, title AS titles FROM fts WHERE fts MATCH ?`,
          )
          .all(expression);
      })();
      for (const r of found) {
        const chosen = chooseSnippet([r.auto, r.text, r.skill], r.titles ?? '');
        if (chosen) out.set(r.candidateId, chosen.replace(/\s+/g, ' ').trim());
      }
    } catch (error) {
      throw ftsError(error, expression);
    }
    return out;
  }

  /** An in-memory FTS5 table of the index's definition, holding one page's rows at a time (snippets). */
  private snippetScratch() {
    if (!this.scratch) {
      const db = new Database(':memory:');
      db.exec(`CREATE VIRTUAL TABLE fts USING ${FTS_TABLE}`);
      const cols = ['rowid', 'candidate_id', ...KEYWORD_COLUMNS];
      this.scratch = { db, clear: db.prepare('DELETE FROM fts'), insert: db.prepare(`INSERT INTO fts (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`) };
    }
    return this.scratch;
  }

  private scratch: { db: Database.Database; clear: Database.Statement; insert: Database.Statement } | null = null;

  close(): void {
    this.scratch?.db.close();
    this.scratch = null;
    if (this.db.open) this.db.close();
  }
}

const bytesOf = (m: KeywordMatches) => m.rids.byteLength + m.scores.byteLength;

function ftsError(error: unknown, expression: string): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (/fts5|syntax|no such column/i.test(message)) {
    return new AppError('query_syntax', `Keyword query could not be parsed: ${message.replace(/^fts5: /, '')}`, {
      cause: error,
      details: { expression },
    });
  }
  return new AppError('internal', `Keyword index query failed: ${message}`, { cause: error });
}
