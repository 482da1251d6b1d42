import * as lancedb from '@lancedb/lancedb';
import { Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from 'apache-arrow';
import { boundLanceReadAhead } from '../../shared/config.js';
import { AppError } from '../../shared/errors.js';
import { quantizeInto } from './quantize.js';

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

/**
 * A candidate's vectors as search reads them. One flat object: an int8 profile is an offset into a
 * slab of codes shared by the candidates of one load, with its scale here, not an Int8Array view
 * and a { codes, scale } object per candidate (those were ~200 of the ~290 heap bytes a candidate's
 * vectors cost: 0.2 GB at 1M candidates).
 */
export interface CandidateVectors {
  /** The profile vector in float32 (null when absent, or when loaded as int8: see `codes`). */
  profile: Float32Array | null;
  /** int8 profile (loaded with `precision: 'int8'`): `codes[codeOffset .. codeOffset + codeDim)`, × `scale`; null otherwise. */
  codes: Int8Array | null;
  codeOffset: number;
  codeDim: number;
  scale: number;
  chunks: Float32Array[];
}

/** How profile vectors are held in memory: float32 as stored, or int8 (quantize.ts) at a quarter of the size. */
export type VectorPrecision = 'float32' | 'int8';

const TABLE = 'vectors';
/** Shared by every candidate without chunk vectors (most: the default plan embeds profiles only), never mutated: 32 MB at 1M. */
const NO_CHUNKS: Float32Array[] = [];
/** Profiles per int8 slab (8 MB at 512 dimensions). */
const SLAB_ROWS = 16_384;
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class VectorStore {
  private constructor(
    private readonly connection: lancedb.Connection,
    private readonly table: lancedb.Table,
    readonly dimension: number,
  ) {}

  /** Open (creating if needed) the vectors table in `dir`. */
  static async open(dir: string, dimension: number, opts: { readonly?: boolean } = {}): Promise<VectorStore> {
    boundLanceReadAhead();
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

  /**
   * Delete every vector of `candidateIds`, then add `rows` (which must belong to those candidates).
   * `fresh`: the candidates have no rows yet (a rebuild into an empty folder), so the delete is
   * skipped: each delete scans the table, so a full build grew quadratically (hash vectors, 100k
   * candidates: 274 s with the deletes, 39 s without, flat at ~0.3 s per 1,000; 2026-12-05, load ~6).
   */
  async replace(candidateIds: string[], rows: VectorRow[], opts: { fresh?: boolean } = {}): Promise<void> {
    for (const r of rows) {
      // LanceDB silently pads/truncates wrong-length vectors; refuse them instead.
      if (r.vector.length !== this.dimension) {
        throw new AppError('internal', `Vector of dimension ${r.vector.length} for a ${this.dimension}-dimension index`);
      }
    }
    if (!opts.fresh) await this.delete(candidateIds);
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

  /**
   * Read vectors (all, or of the given candidates) into memory, grouped by candidate. Batches are
   * streamed (a whole-table Arrow read at 1M candidates is 2 GB on top of what is kept), and with
   * `int8` each batch's profile vectors are quantized into one shared buffer.
   */
  async load(candidateIds?: string[], opts: { precision?: VectorPrecision } = {}): Promise<Map<string, CandidateVectors>> {
    const int8 = opts.precision === 'int8';
    const dim = this.dimension;
    const out = new Map<string, CandidateVectors>();
    const batches: string[][] = candidateIds ? chunk(candidateIds, 1000) : [[]];
    // int8 codes go into slabs of SLAB_ROWS profiles, filled in turn (not one slab per Arrow batch,
    // whose rows include chunks): few large buffers, each full but the last.
    let slab: Int8Array | null = null;
    let used = 0;
    for (const part of batches) {
      if (candidateIds && part.length === 0) continue;
      let query = this.table.query().select(['candidate_id', 'kind', 'chunk_no', 'vector']);
      if (candidateIds) query = query.where(`candidate_id IN (${part.map(sqlString).join(',')})`);
      for await (const batch of query) {
        const ids = batch.getChild('candidate_id')!;
        const kinds = batch.getChild('kind')!;
        const vectors = batch.getChild('vector')!;
        for (let i = 0; i < batch.numRows; i++) {
          const id = ids.get(i) as string;
          const floats = (vectors.get(i) as { toArray(): Float32Array }).toArray();
          let entry = out.get(id);
          if (!entry) out.set(id, (entry = { profile: null, codes: null, codeOffset: 0, codeDim: 0, scale: 0, chunks: NO_CHUNKS }));
          if (kinds.get(i) !== 'profile') {
            if (entry.chunks === NO_CHUNKS) entry.chunks = [];
            entry.chunks.push(new Float32Array(floats));
          } else if (int8 && floats.length === dim) {
            if (!slab || used + dim > slab.length) {
              slab = new Int8Array(dim * (candidateIds ? Math.min(SLAB_ROWS, candidateIds.length) : SLAB_ROWS));
              used = 0;
            }
            entry.codes = slab;
            entry.codeOffset = used;
            entry.codeDim = dim;
            entry.scale = quantizeInto(floats, slab, used);
            used += dim;
          } else entry.profile = new Float32Array(floats);
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
