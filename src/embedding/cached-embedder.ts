import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makePrivateDir, restrictSqliteFiles } from '../shared/private-files.js';
import type { Embedder } from './embedder.js';

/**
 * Wrap an embedder with a persistent cache keyed by (model, text) hash. Reindexing and evaluation
 * reruns then embed only texts they have not seen: embedding is the slow part of every build.
 */
export function createCachedEmbedder(inner: Embedder, file: string): Embedder & { close(): Promise<void>; hits: () => number } {
  makePrivateDir(path.dirname(file));
  const db = new Database(file);
  // Vectors of candidate text.
  restrictSqliteFiles(file);
  db.pragma('journal_mode = WAL');
  // Several processes share the cache (serve indexing, a CLI search embedding its query).
  db.pragma('busy_timeout = 2000');
  db.exec('CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, vector BLOB NOT NULL)');
  const get = db.prepare<[string], { vector: Buffer }>('SELECT vector FROM embeddings WHERE key = ?');
  const put = db.prepare('INSERT OR REPLACE INTO embeddings (key, vector) VALUES (?, ?)');
  const putMany = db.transaction((rows: [string, Buffer][]) => rows.forEach(([k, v]) => put.run(k, v)));
  const keyOf = (text: string) => crypto.createHash('sha1').update(inner.modelId).update('\u0000').update(text).digest('hex');
  let hits = 0;
  return {
    modelId: inner.modelId,
    dimension: inner.dimension,
    maxTokens: inner.maxTokens,
    hits: () => hits,
    async embed(texts: string[]): Promise<Float32Array[]> {
      const keys = texts.map(keyOf);
      const out: (Float32Array | null)[] = keys.map((k) => {
        const row = get.get(k);
        if (!row) return null;
        hits++;
        return new Float32Array(row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength));
      });
      const missing = out.flatMap((v, i) => (v ? [] : [i]));
      if (missing.length) {
        const fresh = await inner.embed(missing.map((i) => texts[i]));
        missing.forEach((i, j) => (out[i] = fresh[j]));
        try {
          putMany(missing.map((i, j) => [keys[i], Buffer.from(fresh[j].buffer, fresh[j].byteOffset, fresh[j].byteLength)]));
        } catch (error) {
          // A cache: when another process holds it longer than busy_timeout, skip storing rather than fail the caller.
          if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
        }
      }
      return out as Float32Array[];
    },
    async close() {
      db.close();
      await inner.close?.();
    },
  };
}
