import type { Embedder } from './embedder.js';

interface EmbeddingThroughput {
  texts: number;
  batches: number;
  seconds: number;
  textsPerSecond: number;
}

/**
 * Times `embedder.embed` over `texts` in batches of `batchSize` (32 by default, the size the
 * embedders use internally). One untimed warm-up batch runs first so session start-up is excluded.
 */
export async function measureEmbeddingThroughput(
  embedder: Embedder,
  texts: string[],
  options: { batchSize?: number; warmUp?: boolean } = {},
): Promise<EmbeddingThroughput> {
  const batchSize = options.batchSize ?? 32;
  if (options.warmUp ?? true) await embedder.embed(texts.slice(0, batchSize));
  let batches = 0;
  const started = performance.now();
  for (let start = 0; start < texts.length; start += batchSize) {
    await embedder.embed(texts.slice(start, start + batchSize));
    batches++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { texts: texts.length, batches, seconds, textsPerSecond: seconds > 0 ? texts.length / seconds : Infinity };
}
