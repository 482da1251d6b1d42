import type { Embedder } from '../../embedding/embedder.js';
import { embeddingText } from './free-text-query.js';

/** Query embeddings per embedder and text: the same text is searched again on every page and refinement. */
let queryVectors = new WeakMap<Embedder, Map<string, Float32Array>>();

/** Forget every cached query vector (the search benchmark's cold rows, via dropRequestCaches). */
export function dropQueryVectors(): void {
  queryVectors = new WeakMap();
}

export async function embedQuery(embedder: Embedder, text: string): Promise<Float32Array> {
  let cache = queryVectors.get(embedder);
  if (!cache) queryVectors.set(embedder, (cache = new Map()));
  let v = cache.get(text);
  if (!v) {
    // Short, title-like queries are embedded with their O*NET occupation title (see free-text-query.ts).
    v = (await embedder.embed([embeddingText(text)]))[0];
    cache.set(text, v);
    if (cache.size > 256) cache.delete(cache.keys().next().value!);
  }
  return v;
}
