import * as lancedb from '@lancedb/lancedb';
import { Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from 'apache-arrow';
import { AppError } from '../../shared/errors.js';

/*
 * The vector half of the index: one LanceDB table `vectors` under index/lance with a `kind` column
 * ('profile' | 'chunk'). One table (not two) so a candidate's vectors are replaced or deleted with a
 * single predicate, which keeps crash recovery simple: delete-by-candidate then add is idempotent.
 */

export interface VectorRow {
  candidateId: string;
  kind: 'profile' | 'chunk';
  chunkNo: number;
  vector: Float32Array;
}

/** A candidate's vectors as search reads them. */
export interface CandidateVectors {
  profile: Float32Array | null;
  chunks: Float32Array[];
}

const TABLE = 'vectors';
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class VectorStore {
  private constructor(
    private readonly connection: lancedb.Connection,
    private readonly table: lancedb.Table,
    readonly dimension: number,
  ) {}

  /** Open (creating if needed) the vectors table in `dir`. */
  static async open(dir: string, dimension: number, opts: { readonly?: boolean } = {}): Promise<VectorStore> {
    // A reader (a CLI, serve's search workers) must see the versions serve's indexer commits after it opened.
    const connection = await lancedb.connect(dir, opts.readonly ? { readConsistencyInterval: 0 } : undefined);
    const names = await connection.tableNames();
    if (!names.includes(TABLE) && opts.readonly) {
      connection.close();
      throw new AppError('index_missing', `The search index at ${dir} is being built by the running \`rediscovery serve\`; try again in a minute.`);
    }
    const table = names.includes(TABLE)
      ? await connection.openTable(TABLE)
      : await connection.createEmptyTable(TABLE, schema(dimension), { existOk: true });
    return new VectorStore(connection, table, dimension);
  }

  /** Delete every vector of `candidateIds`, then add `rows` (which must belong to those candidates). */
  async replace(candidateIds: string[], rows: VectorRow[]): Promise<void> {
    for (const r of rows) {
      // LanceDB silently pads/truncates wrong-length vectors; refuse them instead.
      if (r.vector.length !== this.dimension) {
        throw new AppError('internal', `Vector of dimension ${r.vector.length} for a ${this.dimension}-dimension index`);
      }
    }
    await this.delete(candidateIds);
    if (rows.length) {
      await this.table.add(
        rows.map((r) => ({ candidate_id: r.candidateId, kind: r.kind, chunk_no: r.chunkNo, vector: Array.from(r.vector) })),
      );
    }
  }

  async delete(candidateIds: string[]): Promise<void> {
    for (let i = 0; i < candidateIds.length; i += 1000) {
      const part = candidateIds.slice(i, i + 1000);
      if (part.length) await this.table.delete(`candidate_id IN (${part.map(sqlString).join(',')})`);
    }
  }

  async count(): Promise<number> {
    return this.table.countRows();
  }

  /** Read vectors (all, or of the given candidates) into memory, grouped by candidate. */
  async load(candidateIds?: string[]): Promise<Map<string, CandidateVectors>> {
    const out = new Map<string, CandidateVectors>();
    const batches: string[][] = candidateIds ? chunk(candidateIds, 1000) : [[]];
    for (const part of batches) {
      if (candidateIds && part.length === 0) continue;
      let query = this.table.query().select(['candidate_id', 'kind', 'chunk_no', 'vector']);
      if (candidateIds) query = query.where(`candidate_id IN (${part.map(sqlString).join(',')})`);
      const arrow = await query.toArrow();
      for (const batch of arrow.batches) {
        const ids = batch.getChild('candidate_id')!;
        const kinds = batch.getChild('kind')!;
        const vectors = batch.getChild('vector')!;
        for (let i = 0; i < batch.numRows; i++) {
          const id = ids.get(i) as string;
          const vector = new Float32Array((vectors.get(i) as { toArray(): Float32Array }).toArray());
          let entry = out.get(id);
          if (!entry) out.set(id, (entry = { profile: null, chunks: [] }));
          if (kinds.get(i) === 'profile') entry.profile = vector;
          else entry.chunks.push(vector);
        }
      }
    }
    return out;
  }

  /**
   * Compact the small fragments incremental writes leave behind; with `keepVersionsMs`, also delete
   * the files of table versions older than that (by default LanceDB keeps every version for 7 days).
   */
  async optimize(opts: { keepVersionsMs?: number } = {}): Promise<void> {
    await this.table.optimize(opts.keepVersionsMs === undefined ? undefined : { cleanupOlderThan: new Date(Date.now() - opts.keepVersionsMs) });
  }

  close(): void {
    this.table.close();
    this.connection.close();
  }
}

function schema(dimension: number): Schema {
  return new Schema([
    new Field('candidate_id', new Utf8(), false),
    new Field('kind', new Utf8(), false),
    new Field('chunk_no', new Int32(), false),
    new Field('vector', new FixedSizeList(dimension, new Field('item', new Float32(), true)), false),
  ]);
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
