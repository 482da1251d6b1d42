import path from 'node:path';
import type { AppConfig } from '../shared/config.js';
import { ensureOwnedDir } from '../shared/owned-dir.js';
import { createCachedEmbedder } from './cached-embedder.js';
import { createEmbedder } from './create-embedder.js';
import type { Embedder } from './embedder.js';

/** The embedder named by EMBEDDING_MODEL, with a persistent text-hash cache next to the model files. */
export async function openConfiguredEmbedder(config: Pick<AppConfig, 'EMBEDDING_MODEL' | 'cacheDir'>): Promise<Embedder> {
  // Marked when made here, so purge deletes it whole only if the product created it.
  ensureOwnedDir(config.cacheDir);
  const inner = await createEmbedder({ model: config.EMBEDDING_MODEL, cacheDir: config.cacheDir });
  return createCachedEmbedder(inner, path.join(config.cacheDir, 'embeddings.db'));
}
