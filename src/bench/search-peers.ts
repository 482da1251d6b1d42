import fs from 'node:fs';
import path from 'node:path';
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import Database from 'better-sqlite3';
import { expandQueryTerm } from '../vocabulary/skills.js';
import type { CatalogCandidate } from '../retrieval/catalog/types.js';
import { FACET_DIMENSIONS } from '../retrieval/facets/dimensions.js';
import { FACET_VALUE_LIMIT } from '../retrieval/facets/compute-facets.js';
import { DEFAULT_COLUMN_WEIGHTS } from '../retrieval/index/keyword-store.js';
import { compileFts } from '../retrieval/query/fts-compile.js';
import { parseBoolean } from '../retrieval/query/boolean-parser.js';
import type { Facets, SearchFilters } from '../retrieval/query/search-request.js';
import { freeTextQuery } from '../retrieval/search/free-text-query.js';
import type { BenchRequest } from './search-queries.js';

/*
 * Peers doing the same work as `keyword+filters+facets` / `hybrid+filters+facets`, on the same
 * documents: the exact match set of the same FTS5 expression, the same filters joined in, the exact
 * total, the top 20, and counts for every facet dimension (30 values each).
 *
 * - FTS5: the product's own keyword.db (same rows, tokenizer and bm25 weights) with a table of
 *   (candidate, dimension, value) rows attached, made with the same FACET_DIMENSIONS extractors the
 *   product counts with. Filters are `rowid IN (…)` joins; facets a GROUP BY over the hits.
 * - Orama: hybrid (BM25 + the index's own profile vectors), `where` filters and facets over enum[]
 *   fields. Orama has no Boolean operators, so a Boolean request runs as its free text only.
 *
 * Filters use only dimensions whose meaning a flat (candidate, value) table keeps: at most one
 * application-level dimension per request (the generator holds to that), so "any application
 * satisfies it" equals "some value of the candidate's applications satisfies it".
 */

export interface PeerAnswer {
  total: number;
  top: string[];
  facets: Facets;
}

const FILTER_DIMENSIONS = ['stageReached', 'stage', 'applicationStatus', 'source', 'currentTitle', 'skill'] as const;

/** The FTS5 expression of a request as the product runs it: free text AND the Boolean query. */
function peerExpression(req: Pick<BenchRequest, 'text' | 'boolean'>): string {
  const text = freeTextQuery(req.text).expression;
  if (!req.boolean) return text!;
  const compiled = compileFts(parseBoolean(req.boolean), { expand: expandQueryTerm }, req.boolean);
  if (compiled.match !== null) return text ? `(${text}) AND (${compiled.match})` : compiled.match;
  return `(${text}) NOT (${compiled.exclude})`;
}

function facetRows(c: CatalogCandidate, now: Date): [string, string][] {
  const out: [string, string][] = [];
  for (const [dim, extract] of Object.entries(FACET_DIMENSIONS)) {
    const seen = new Set<string>();
    for (const v of extract(c, now)) {
      if (!v || seen.has(v)) continue;
      seen.add(v);
      out.push([dim, v]);
    }
  }
  return out;
}

export class Fts5Peer {
  private readonly db: Database.Database;
  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Attach a facet table built from `candidates` to a read connection on the product's keyword.db. */
  static build(indexDir: string, workDir: string, candidates: Iterable<CatalogCandidate>, now: Date): Fts5Peer {
    // Read-write only because ATTACH creates the facet file; the peer never writes the FTS table.
    const db = new Database(path.join(indexDir, 'keyword.db'));
    // A scratch file: a reused --dir holds the last run's, whose tables would make CREATE fail.
    fs.rmSync(path.join(workDir, 'peer-facets.db'), { force: true });
    db.exec(`ATTACH '${path.join(workDir, 'peer-facets.db').replace(/'/g, "''")}' AS peer`);
    db.exec(`CREATE TABLE peer.fv (rid INTEGER NOT NULL, dim TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL);
             CREATE TABLE peer.cand (rid INTEGER PRIMARY KEY, years REAL)`);
    const ridOf = new Map(db.prepare('SELECT candidate_id, rid FROM docs').raw().all() as [string, number][]);
    const insFv = db.prepare('INSERT INTO peer.fv (rid, dim, key, value) VALUES (?, ?, ?, ?)');
    const insCand = db.prepare('INSERT INTO peer.cand (rid, years) VALUES (?, ?)');
    db.transaction(() => {
      for (const c of candidates) {
        const rid = ridOf.get(c.id);
        if (rid === undefined) continue;
        insCand.run(rid, c.yearsExperience);
        for (const [dim, value] of facetRows(c, now)) insFv.run(rid, dim, value.toLowerCase(), value);
      }
    })();
    db.exec(`CREATE INDEX peer.fv_rid ON fv (rid); CREATE INDEX peer.fv_key ON fv (dim, key, rid);
             CREATE TEMP TABLE hits (rid INTEGER PRIMARY KEY, s REAL)`);
    return new Fts5Peer(db);
  }

  /** Match set ∩ filters with bm25, then total, top 20 and every facet dimension, all in SQLite. */
  run(req: BenchRequest, filters: SearchFilters): PeerAnswer {
    const where: string[] = [];
    const args: unknown[] = [peerExpression(req)];
    for (const dim of FILTER_DIMENSIONS) {
      const values = filters[dim] as string[] | undefined;
      if (!values) continue;
      where.push(`+rowid IN (SELECT rid FROM peer.fv WHERE dim = ? AND key IN (${values.map(() => '?').join(',')}))`);
      args.push(dim, ...values.map((v) => v.toLowerCase()));
    }
    if (filters.yearsExperience) {
      where.push('+rowid IN (SELECT rid FROM peer.cand WHERE years >= ? AND years <= ?)');
      args.push(filters.yearsExperience.min ?? 0, filters.yearsExperience.max ?? Number.MAX_VALUE);
    }
    const w = DEFAULT_COLUMN_WEIGHTS.join(', ');
    this.db.exec('DELETE FROM temp.hits');
    this.db.prepare(`INSERT INTO temp.hits SELECT rowid, -bm25(fts, ${w}) FROM fts WHERE fts MATCH ?${where.map((x) => ` AND ${x}`).join('')}`).run(...args);
    const total = (this.db.prepare('SELECT count(*) FROM temp.hits').pluck().get() as number);
    const top = this.db.prepare('SELECT d.candidate_id FROM temp.hits h JOIN docs d ON d.rid = h.rid ORDER BY h.s DESC, h.rid LIMIT 20').pluck().all() as string[];
    const rows = this.db.prepare('SELECT f.dim, f.value, count(*) FROM temp.hits h JOIN peer.fv f ON f.rid = h.rid GROUP BY f.dim, f.value').raw().all() as [string, string, number][];
    return { total, top, facets: topFacets(rows) };
  }

  close(): void {
    this.db.close();
  }
}

function topFacets(rows: [string, string, number][]): Facets {
  const by = new Map<string, { value: string; count: number }[]>();
  for (const [dim, value, count] of rows) {
    let list = by.get(dim);
    if (!list) by.set(dim, (list = []));
    list.push({ value, count });
  }
  const out: Facets = {};
  for (const [dim, list] of by) out[dim] = list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, FACET_VALUE_LIMIT);
  return out;
}

const ORAMA_FACETS = ['stageReached', 'stage', 'applicationStatus', 'source', 'currentTitle', 'skill', 'job', 'recruiter', 'location', 'updated'] as const;

export class OramaPeer {
  private constructor(private readonly db: AnyOrama) {}

  /** Orama over the same texts and profile vectors, with the filter and facet dimensions as enum[] fields. */
  static async build(docs: { id: string; text: string; vector: Float32Array; candidate: CatalogCandidate }[], dimension: number, now: Date): Promise<OramaPeer> {
    const schema: Record<string, string> = { id: 'string', text: 'string', embedding: `vector[${dimension}]`, years: 'number' };
    for (const dim of ORAMA_FACETS) schema[dim] = 'enum[]';
    const db = create({ schema: schema as never });
    for (let i = 0; i < docs.length; i += 5000) {
      const part = docs.slice(i, i + 5000).map((d) => {
        const doc: Record<string, unknown> = { id: d.id, text: d.text, embedding: Array.from(d.vector), years: d.candidate.yearsExperience ?? -1 };
        for (const dim of ORAMA_FACETS) doc[dim] = [];
        for (const [dim, value] of facetRows(d.candidate, now)) if ((ORAMA_FACETS as readonly string[]).includes(dim)) (doc[dim] as string[]).push(value);
        return doc;
      });
      await insertMultiple(db, part as never);
    }
    return new OramaPeer(db);
  }

  async run(req: BenchRequest, filters: SearchFilters, vector: Float32Array): Promise<PeerAnswer> {
    const where: Record<string, unknown> = {};
    for (const dim of FILTER_DIMENSIONS) {
      const values = filters[dim] as string[] | undefined;
      if (values) where[dim] = { containsAny: values };
    }
    if (filters.yearsExperience) where.years = { between: [filters.yearsExperience.min ?? 0, filters.yearsExperience.max ?? 1e9] };
    const facets = Object.fromEntries(ORAMA_FACETS.map((d) => [d, { limit: FACET_VALUE_LIMIT }]));
    const res = await oramaSearch(this.db, {
      mode: 'hybrid', term: req.text, vector: { value: Array.from(vector), property: 'embedding' }, similarity: 0.1, where, facets, limit: 20,
    } as never);
    const out = res as unknown as { count: number; hits: { document: { id: string } }[]; facets?: Record<string, { values: Record<string, number> }> };
    const f: Facets = {};
    for (const [dim, v] of Object.entries(out.facets ?? {})) f[dim] = Object.entries(v.values).map(([value, count]) => ({ value, count }));
    return { total: out.count, top: out.hits.map((h) => h.document.id), facets: f };
  }
}
