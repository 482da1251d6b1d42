import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import type { Embedder } from '../../embedding/embedder.js';
import { KeywordStore } from './keyword-store.js';
import { VectorStore } from './vector-store.js';

/** The derived search index under `<dataDir>/index/`: keyword.db (FTS5) + lance/ (vectors). */
export interface SearchIndex {
  dir: string;
  keyword: KeywordStore;
  vectors: VectorStore;
  modelId: string;
  dimension: number;
  /** Outbox seq up to which the index reflects the mirror. */
  checkpoint(): number;
  close(): void;
}

export const META = { model: 'model_id', dimension: 'dimension', checkpoint: 'checkpoint_seq', createdAt: 'created_at' } as const;

/** True when an index folder has been built at `dir`. */
export function indexExists(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'keyword.db'));
}

/**
 * Open the index at `dir` for `embedder`, creating it when absent. An index built by another model
 * or dimension is refused: mixing vector spaces would silently return nonsense.
 */
export async function openSearchIndex(opts: {
  dir: string;
  embedder: Pick<Embedder, 'modelId' | 'dimension'>;
  now?: () => Date;
  /** A reader next to a running `serve`: open the index it writes, never create or change it. */
  readonly?: boolean;
}): Promise<SearchIndex> {
  const { dir, embedder } = opts;
  if (opts.readonly && !indexExists(dir)) {
    throw new AppError('index_missing', `The search index at ${dir} is being built by the running \`rediscovery serve\`; try again in a minute.`);
  }
  const keyword = KeywordStore.open(path.join(dir, 'keyword.db'), undefined, { readonly: opts.readonly });
  const builtWith = keyword.getMeta(META.model);
  const builtDim = keyword.getMeta(META.dimension);
  if (builtWith !== null && (builtWith !== embedder.modelId || Number(builtDim) !== embedder.dimension)) {
    keyword.close();
    throw new AppError(
      'index_model_mismatch',
      `The search index was built with embedding model ${builtWith} (${builtDim} dimensions) but ${embedder.modelId} (${embedder.dimension}) is configured; run \`rediscovery reindex\` to rebuild it.`,
      { details: { indexModel: builtWith, indexDimension: Number(builtDim), configuredModel: embedder.modelId, configuredDimension: embedder.dimension } },
    );
  }
  if (builtWith === null && !opts.readonly) {
    keyword.write([], [], {
      [META.model]: embedder.modelId,
      [META.dimension]: String(embedder.dimension),
      [META.createdAt]: (opts.now?.() ?? new Date()).toISOString(),
      [META.checkpoint]: '0',
    });
  }
  let vectors: VectorStore;
  try {
    vectors = await VectorStore.open(path.join(dir, 'lance'), embedder.dimension, { readonly: opts.readonly });
  } catch (error) {
    keyword.close();
    throw error;
  }
  return {
    dir,
    keyword,
    vectors,
    modelId: embedder.modelId,
    dimension: embedder.dimension,
    checkpoint: () => Number(keyword.getMeta(META.checkpoint) ?? 0),
    close: () => {
      vectors.close();
      keyword.close();
    },
  };
}

/**
 * Identity of the index folder: its inode, which changes when `reindex` renames a new folder over it
 * (not its times, which change whenever the indexer creates a file inside).
 */
export function folderIdentity(dir: string): string | null {
  try {
    return String(fs.statSync(dir).ino);
  } catch {
    return null;
  }
}
