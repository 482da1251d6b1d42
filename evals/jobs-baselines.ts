import Database from 'better-sqlite3';
import { resumeChunks } from '../src/match/rediscover/semantic.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { GooglePosting } from './jobs.js';
import type { ResumeRow } from './profiles.js';

/*
 * The baselines the judged rediscovery evaluation compares the product against, and that pool
 * results for blind grading:
 *  - BM25: SQLite FTS5 bm25() over the raw resume text; the query is the posting title plus the
 *    first 60 words of the description (the protocol of issue 12), terms OR-ed.
 *  - dense: the product's encoder over the whole resume in the product's ~90-word chunks; a resume
 *    scores by its best chunk against the same query text.
 */

interface RankedId {
  id: string;
  score: number;
}

/** Title + the first 60 words of the description: the query both baselines read. */
export function baselineQueryText(posting: Pick<GooglePosting, 'title' | 'description'>): string {
  // The CSV's own text: the section headings `readGooglePostings` adds for the product are not the posting's words.
  const raw = posting.description.replace(/^(?:Responsibilities|Minimum qualifications|Preferred qualifications):$/gm, '');
  const opening = raw.split(/\s+/).filter(Boolean).slice(0, 60).join(' ');
  return `${posting.title} ${opening}`.trim();
}

/** FTS5 terms: words of 2+ letters, quoted so punctuation and operators never reach the parser. */
function ftsQueryOf(text: string): string {
  const terms = [...new Set(text.toLowerCase().match(/[a-z0-9]{2,}/g) ?? [])];
  return terms.map((t) => `"${t}"`).join(' OR ');
}

export class Bm25Baseline {
  private readonly db: Database.Database;

  constructor(resumes: ResumeRow[]) {
    this.db = new Database(':memory:');
    this.db.exec(`CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, text, tokenize='porter unicode61')`);
    const insert = this.db.prepare('INSERT INTO docs (id, text) VALUES (?, ?)');
    this.db.transaction(() => resumes.forEach((r) => insert.run(r.ID, r.text)))();
  }

  /** Top `k` resume ids for a free-text query (OR of its words, ranked by bm25). */
  search(text: string, k: number): RankedId[] {
    const query = ftsQueryOf(text);
    if (!query) return [];
    const rows = this.db.prepare('SELECT id, -bm25(docs) AS score FROM docs WHERE docs MATCH ? ORDER BY score DESC, id LIMIT ?').all(query, k) as { id: string; score: number }[];
    return rows.map((r) => ({ id: r.id, score: r.score }));
  }

  close(): void {
    this.db.close();
  }
}

/** Best-chunk cosine of every resume to a query, over the whole resume (chunked). */
export class DenseBaseline {
  private constructor(
    private readonly embedder: Embedder,
    private readonly chunkVectors: Map<string, Float32Array[]>,
  ) {}

  static async build(embedder: Embedder, resumes: ResumeRow[], onProgress?: (done: number, total: number) => void): Promise<DenseBaseline> {
    const all = resumes.flatMap((r) => resumeChunks(r.text).map((text) => ({ id: r.ID, text })));
    const vectors = new Map<string, Float32Array[]>();
    const batch = 256;
    for (let i = 0; i < all.length; i += batch) {
      const part = all.slice(i, i + batch);
      const out = await embedder.embed(part.map((p) => p.text));
      part.forEach((p, j) => {
        const list = vectors.get(p.id) ?? [];
        list.push(out[j]);
        vectors.set(p.id, list);
      });
      onProgress?.(Math.min(i + batch, all.length), all.length);
    }
    return new DenseBaseline(embedder, vectors);
  }

  /** Best-chunk cosine per resume id. */
  async similarities(text: string): Promise<Map<string, number>> {
    const [q] = await this.embedder.embed([text]);
    const out = new Map<string, number>();
    for (const [id, list] of this.chunkVectors) {
      let best = -1;
      for (const v of list) {
        let dot = 0;
        for (let i = 0; i < v.length; i++) dot += v[i] * q[i];
        if (dot > best) best = dot;
      }
      out.set(id, best);
    }
    return out;
  }

  async search(text: string, k: number): Promise<RankedId[]> {
    const sims = await this.similarities(text);
    return [...sims.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([id, score]) => ({ id, score }));
  }
}
