import type { Embedder } from './embedder.js';

/**
 * A deterministic stand-in embedder for fast tests: each lower-cased word adds ±1 at a hashed
 * position, then the vector is L2-normalised. Texts sharing words score higher, nothing more;
 * it has no notion of meaning, so only tests that need a vector shape should use it.
 */
export function createHashEmbedder(dimension = 64): Embedder {
  if (!Number.isInteger(dimension) || dimension < 2) throw new RangeError(`hash embedder dimension must be an integer ≥ 2, got ${dimension}`);
  return {
    modelId: `hash-${dimension}`,
    dimension,
    maxTokens: 512,
    async embed(texts: string[]): Promise<Float32Array[]> {
      return texts.map((text) => hashVector(text, dimension));
    },
  };
}

function hashVector(text: string, dimension: number): Float32Array {
  const vector = new Float32Array(dimension);
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const hash = fnv1a(token);
    vector[hash % dimension] += hash & 0x80000000 ? -1 : 1;
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  // No words (or words that cancel out): a fixed unit vector keeps the "unit length" promise.
  if (norm === 0) {
    vector[0] = 1;
    return vector;
  }
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < dimension; i++) vector[i] *= scale;
  return vector;
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across platforms and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
